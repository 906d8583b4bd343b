import {
  DEFAULT_MAX_XML_SIZE,
  decodeXmlBytes,
  defaultReaderQuotas,
  maxReaderQuotas,
  parseXml,
  resolveReaderQuotas,
  XmlParseError,
  XmlQuotaExceededError,
  type XmlElement,
  type XmlText,
} from '../../src/xml';

function parseError(input: string | Buffer, options?: Parameters<typeof parseXml>[1]): XmlParseError {
  try {
    parseXml(input, options);
  } catch (err) {
    if (err instanceof XmlParseError) return err;
    throw err;
  }
  throw new Error('expected parseXml to fail');
}

function quotaError(input: string | Buffer, options?: Parameters<typeof parseXml>[1]): XmlQuotaExceededError {
  const err = parseError(input, options);
  if (!(err instanceof XmlQuotaExceededError)) throw new Error(`expected a quota error, got: ${err.message}`);
  return err;
}

function nested(depth: number): string {
  return '<e>'.repeat(depth) + '</e>'.repeat(depth);
}

function firstText(e: XmlElement): string {
  return (e.children[0] as XmlText).value;
}

describe('parseXml', () => {
  describe('forbidden constructs', () => {
    it('rejects a DOCTYPE', () => {
      expect(parseError('<!DOCTYPE a><a/>').reason).toBe('DOCTYPE is not allowed');
    });

    it('rejects an external entity declaration', () => {
      const xml = '<!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><a>&xxe;</a>';
      expect(parseError(xml).reason).toBe('DOCTYPE is not allowed');
    });

    it('rejects a billion-laughs attempt before expanding anything', () => {
      let dtd = '<!ENTITY lol0 "lol">';
      for (let i = 1; i < 10; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
      const start = performance.now();
      const err = parseError(`<!DOCTYPE lolz [${dtd}]><lolz>&lol9;</lolz>`);
      expect(err.reason).toBe('DOCTYPE is not allowed');
      expect(performance.now() - start).toBeLessThan(1000);
    });

    it('rejects an undefined entity', () => {
      expect(parseError('<a>&nbsp;</a>').reason).toMatch(/undefined entity/);
    });

    it('resolves the five predefined entities and character references', () => {
      const doc = parseXml('<a>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;</a>');
      expect(firstText(doc.root)).toBe('<>&"\'AB\u{1F600}');
    });

    it('rejects a duplicate attribute', () => {
      expect(parseError('<a x="1" x="2"/>').reason).toMatch(/duplicate attribute/);
    });

    it('rejects two attributes with the same expanded name through different prefixes', () => {
      expect(parseError('<a xmlns:p="urn:x" xmlns:q="urn:x" p:k="1" q:k="2"/>').reason).toMatch(
        /duplicate attribute/,
      );
    });

    it('rejects an undeclared element prefix', () => {
      expect(parseError('<p:a/>').reason).toMatch(/unbound namespace prefix/);
    });

    it('rejects an undeclared attribute prefix', () => {
      expect(parseError('<a p:x="1"/>').reason).toMatch(/unbound namespace prefix/);
    });

    it('rejects mis-nested tags', () => {
      expect(parseError('<a><b></a></b>').reason).toMatch(/unexpected close tag/);
    });

    it('rejects an unclosed element', () => {
      expect(parseError('<a><b></b>').reason).toMatch(/unclosed tag/);
    });

    it('rejects text after the root element', () => {
      expect(parseError('<a/>trailing').reason).toMatch(/outside of root/);
    });

    it('rejects a second root element', () => {
      expect(parseError('<a/><b/>').reason).toMatch(/only one root/);
    });

    it('rejects an empty document', () => {
      expect(parseError('').reason).toMatch(/root/);
    });

    it('rejects XML 1.1', () => {
      expect(parseError('<?xml version="1.1"?><a/>').reason).toBe('XML version "1.1" is not supported');
    });

    it('reports the line and column of the problem', () => {
      const err = parseError('<a>\n  <b x="1" x="2"/>\n</a>');
      expect([err.line, err.column]).toEqual([2, 18]);
      expect(err.message).toContain('(line 2, column 18)');
    });
  });

  describe('reader quotas', () => {
    it('accepts an element nesting of 32, the default maxDepth (the root is depth 1)', () => {
      expect(() => parseXml(nested(32))).not.toThrow();
    });

    it('rejects an element nesting of 33', () => {
      const err = quotaError(nested(33));
      expect([err.quota, err.limit, err.line]).toEqual(['maxDepth', 32, 1]);
    });

    it('honours a custom maxDepth', () => {
      expect(() => parseXml(nested(100), { quotas: { maxDepth: 100 } })).not.toThrow();
      expect(quotaError(nested(4), { quotas: { maxDepth: 3 } }).quota).toBe('maxDepth');
    });

    it('accepts a text node of exactly maxStringContentLength characters', () => {
      expect(() => parseXml(`<a>${'x'.repeat(8192)}</a>`)).not.toThrow();
    });

    it('rejects a text node longer than maxStringContentLength', () => {
      const err = quotaError(`<a>${'x'.repeat(8193)}</a>`);
      expect([err.quota, err.limit]).toEqual(['maxStringContentLength', 8192]);
    });

    it('counts text and adjacent CDATA as one string', () => {
      expect(
        quotaError('<a>xxx<![CDATA[yyy]]>zzz</a>', { quotas: { maxStringContentLength: 8 } }).quota,
      ).toBe('maxStringContentLength');
    });

    it('rejects an attribute value longer than maxStringContentLength', () => {
      expect(quotaError(`<a v="${'x'.repeat(11)}"/>`, { quotas: { maxStringContentLength: 10 } }).quota).toBe(
        'maxStringContentLength',
      );
    });

    it('rejects a comment longer than maxStringContentLength', () => {
      expect(
        quotaError(`<a><!--${'x'.repeat(11)}--></a>`, { quotas: { maxStringContentLength: 10 } }).quota,
      ).toBe('maxStringContentLength');
    });

    it('rejects a document whose distinct names overflow maxNameTableCharCount', () => {
      let xml = '<root>';
      for (let i = 0; i < 2000; i++) xml += `<element${i}/>`;
      xml += '</root>';
      const err = quotaError(xml, { maxSize: 1e6 });
      expect([err.quota, err.limit]).toEqual(['maxNameTableCharCount', 16384]);
    });

    it('counts a repeated name once in the name table', () => {
      const xml = `<root>${'<element/>'.repeat(5000)}</root>`;
      expect(() => parseXml(xml, { maxSize: 1e6, quotas: { maxNameTableCharCount: 20 } })).not.toThrow();
    });

    it('counts prefixes and namespace URIs in the name table', () => {
      const xml = '<p:a xmlns:p="urn:a-long-namespace-uri"/>';
      expect(() => parseXml(xml, { quotas: { maxNameTableCharCount: 26 } })).not.toThrow();
      expect(quotaError(xml, { quotas: { maxNameTableCharCount: 25 } }).quota).toBe('maxNameTableCharCount');
    });

    it('rejects a start tag longer than maxBytesPerRead', () => {
      let attributes = '';
      for (let i = 0; i < 400; i++) attributes += ` a${i}="value"`;
      expect(quotaError(`<a${attributes}/>`).quota).toBe('maxBytesPerRead');
    });

    it('carries maxArrayLength without enforcing it at parse time', () => {
      expect(defaultReaderQuotas.maxArrayLength).toBe(16384);
      expect(() => parseXml(`<a>${'<i/>'.repeat(20)}</a>`, { quotas: { maxArrayLength: 5 } })).not.toThrow();
    });

    it('rejects a quota that is not a positive integer', () => {
      expect(() => parseXml('<a/>', { quotas: { maxDepth: 0 } })).toThrow(RangeError);
      const bad: Record<string, unknown>[] = [
        { maxDepth: undefined },
        { maxDepth: 1.5, maxArrayLength: -1 },
        { extra: 'x' },
      ];
      for (const quotas of bad) {
        expect(() => parseXml('<a/>', { quotas })).toThrow(RangeError);
        expect(() => resolveReaderQuotas(quotas)).toThrow(RangeError);
      }
      expect(() => resolveReaderQuotas({ maxDepth: 1.5, maxArrayLength: -1 })).toThrow(
        'reader quota maxDepth must be a positive integer, got 1.5',
      );
    });

    it('resolves quotas to a frozen copy with the defaults filled in', () => {
      const given = { maxDepth: 3 };
      const resolved = resolveReaderQuotas(given);
      expect(resolved).toEqual({ ...defaultReaderQuotas, maxDepth: 3 });
      expect(Object.isFrozen(resolved)).toBe(true);
      expect(resolved).not.toBe(given);
      expect(resolveReaderQuotas()).toBe(defaultReaderQuotas);
    });

    it('accepts deep and long input with maxReaderQuotas', () => {
      expect(() => parseXml(nested(1000), { quotas: maxReaderQuotas, maxSize: 1e6 })).not.toThrow();
    });
  });

  describe('size limit', () => {
    it('rejects a 10 MB buffer before parsing it', () => {
      // 0xFF bytes are neither valid UTF-8 nor XML: only a check made before decoding and parsing can
      // report a size error for them.
      const huge = Buffer.alloc(10 * 1024 * 1024, 0xff);
      const start = performance.now();
      const err = quotaError(huge, { maxSize: 1024 * 1024 });
      expect(performance.now() - start).toBeLessThan(50);
      expect([err.quota, err.limit, err.line, err.column]).toEqual(['maxSize', 1024 * 1024, 0, 0]);
    });

    it('rejects a string over the limit before parsing it', () => {
      expect(quotaError('<<<'.repeat(30000)).quota).toBe('maxSize');
    });

    it('measures a string in UTF-8 bytes', () => {
      const xml = `<a>${'\u00e9'.repeat(600)}</a>`; // 607 characters, 1207 bytes
      expect(() => parseXml(xml, { maxSize: 1207 })).not.toThrow();
      expect(quotaError(xml, { maxSize: 1206 }).quota).toBe('maxSize');
    });

    it("defaults to 65536 bytes, WCF's maxReceivedMessageSize", () => {
      expect(DEFAULT_MAX_XML_SIZE).toBe(65536);
      expect(quotaError(Buffer.alloc(65537, 0x20)).limit).toBe(65536);
    });
  });

  describe('encodings', () => {
    const xml = '<a t="\u00e9">caf\u00e9 \u{1F600}</a>';
    const text = 'caf\u00e9 \u{1F600}';

    it('reads UTF-8 without a byte order mark', () => {
      expect(parseXml(Buffer.from(xml, 'utf8')).root.textContent).toBe(text);
    });

    it('reads UTF-8 with a byte order mark', () => {
      const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml, 'utf8')]);
      expect(parseXml(bytes).root.textContent).toBe(text);
    });

    it('reads UTF-16LE with a byte order mark', () => {
      const bytes = Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(`<?xml version="1.0" encoding="utf-16"?>${xml}`, 'utf16le'),
      ]);
      const doc = parseXml(bytes);
      expect([doc.root.textContent, doc.root.getAttribute('t')]).toEqual([text, '\u00e9']);
    });

    it('reads UTF-16BE with a byte order mark', () => {
      const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]).swap16();
      expect(parseXml(bytes).root.textContent).toBe(text);
    });

    it('reads UTF-16LE without a byte order mark when the declaration names it', () => {
      const bytes = Buffer.from(`<?xml version="1.0" encoding="UTF-16"?>${xml}`, 'utf16le');
      expect(parseXml(bytes).root.textContent).toBe(text);
    });

    it('rejects a declaration that contradicts the byte order mark', () => {
      const bytes = Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(`<?xml version="1.0" encoding="utf-8"?>${xml}`, 'utf16le'),
      ]);
      expect(parseError(bytes).reason).toMatch(/declared as "utf-8" but the input is utf-16le/);
    });

    it('rejects a UTF-16 declaration on single-byte input', () => {
      expect(parseError(Buffer.from(`<?xml version="1.0" encoding="utf-16"?>${xml}`, 'utf8')).reason).toMatch(
        /not UTF-16/,
      );
    });

    it('rejects invalid UTF-8 instead of replacing it', () => {
      expect(parseError(Buffer.from([0x3c, 0x61, 0x3e, 0xc3, 0x28, 0x3c, 0x2f, 0x61, 0x3e])).reason).toBe(
        'input is not valid UTF-8',
      );
    });

    it('reads ASCII input (the Latin-1 copy) and UTF-8 after a long ASCII prefix alike', () => {
      const ascii = `<a b="x">${'0123456789+/='.repeat(1000)}</a>`;
      expect(decodeXmlBytes(Buffer.from(ascii, 'utf8'))).toBe(ascii);
      expect(decodeXmlBytes(Buffer.from(`\ufeff${ascii}`, 'utf8'))).toBe(ascii);
      const wide = `<a>${'x'.repeat(5000)}\u00e9\u20ac\ud83d\ude00</a>`;
      expect(decodeXmlBytes(Buffer.from(wide, 'utf8'))).toBe(wide);
      const invalid = Buffer.concat([
        Buffer.from(`<a>${'x'.repeat(5000)}`),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('</a>'),
      ]);
      expect(parseError(invalid).reason).toBe('input is not valid UTF-8');
    });

    it('honours an iso-8859-1 declaration', () => {
      const bytes = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>caf\u00e9</a>', 'latin1');
      expect(parseXml(bytes).root.textContent).toBe('caf\u00e9');
    });

    it('rejects an unsupported encoding', () => {
      expect(parseError(Buffer.from('<?xml version="1.0" encoding="Shift_JIS"?><a/>')).reason).toMatch(
        /unsupported encoding "shift_jis"/,
      );
    });
  });

  describe('normalisation and content', () => {
    it('turns CRLF and lone CR into LF in text and keeps &#xD; as CR', () => {
      expect(firstText(parseXml('<a>1\r\n2\r3&#xD;4&#13;\n</a>').root)).toBe('1\n2\n3\r4\r\n');
    });

    it('normalises literal tab, CR and LF in attribute values to spaces and keeps character references', () => {
      const doc = parseXml('<a v="1\t2\r\n3\n4\r5" w="&#9;&#xA;&#xD;&#x20;"/>');
      expect([doc.root.getAttribute('v'), doc.root.getAttribute('w')]).toEqual(['1 2 3 4 5', '\t\n\r ']);
    });

    it('turns CDATA sections into text merged with adjacent text', () => {
      const doc = parseXml('<a>x<![CDATA[<y> & ]]>z<![CDATA[]]></a>');
      expect(doc.root.children).toHaveLength(1);
      expect(firstText(doc.root)).toBe('x<y> & z');
    });

    it('keeps whitespace-only text nodes exactly', () => {
      const doc = parseXml('<a>\n  <b/>\t \n</a>');
      expect(doc.root.children.map((c) => (c.kind === 'text' ? c.value : c.kind))).toEqual([
        '\n  ',
        'element',
        '\t \n',
      ]);
    });

    it('keeps comments and processing instructions in the prolog, the tree and the epilog', () => {
      const doc = parseXml('<?xml version="1.0"?>\n<!--p1--><?pi  data ?>\n<a><!--in--><?t?></a>\n<!--e1-->');
      expect(doc.prolog.map((n) => (n.kind === 'comment' ? n.value : `${n.target}|${n.data}`))).toEqual([
        'p1',
        'pi|data ',
      ]);
      expect(doc.root.children.map((n) => n.kind)).toEqual(['comment', 'pi']);
      expect(doc.epilog.map((n) => n.kind)).toEqual(['comment']);
    });

    it('resolves element and attribute namespaces and keeps declarations apart, in order', () => {
      const doc = parseXml('<s:E xmlns:s="urn:s" xmlns="urn:d" a="1" s:b="2"><c xmlns=""/><d/></s:E>');
      const root = doc.root;
      expect([root.prefix, root.localName, root.namespaceUri]).toEqual(['s', 'E', 'urn:s']);
      expect(root.namespaceDeclarations).toEqual([
        { prefix: 's', uri: 'urn:s' },
        { prefix: '', uri: 'urn:d' },
      ]);
      expect(root.attributes).toEqual([
        { prefix: '', localName: 'a', namespaceUri: '', value: '1' },
        { prefix: 's', localName: 'b', namespaceUri: 'urn:s', value: '2' },
      ]);
      const [c, d] = root.elements();
      expect([c.namespaceUri, c.namespaceDeclarations, d.namespaceUri]).toEqual([
        '',
        [{ prefix: '', uri: '' }],
        'urn:d',
      ]);
    });

    it('links every node to its parent', () => {
      const doc = parseXml('<a>t<b><!--c--></b></a>');
      const b = doc.root.elements()[0];
      expect([doc.root.parent, doc.root.children[0].parent, b.parent, b.children[0].parent]).toEqual([
        null,
        doc.root,
        doc.root,
        b,
      ]);
    });

    it('throws typed errors only', () => {
      const err = quotaError(nested(40));
      expect(err).toBeInstanceOf(XmlParseError);
      expect(err.name).toBe('XmlQuotaExceededError');
    });
  });
});
