import {
  maxReaderQuotas,
  parseXml,
  serializeXml,
  serializeXmlToBuffer,
  XmlComment,
  XmlElement,
  XmlProcessingInstruction,
  XmlSerializationError,
  XML_NAMESPACE,
} from '../../src/xml';
import { documentInfoset } from './infoset';
import { HARD_CASES } from './oracle/c14nCases';
import { RandomXml, seededRandom } from './oracle/randomXml';

const parse = (xml: string) => parseXml(xml, { quotas: maxReaderQuotas, maxSize: 1e7 });

describe('serializeXml', () => {
  it('writes namespace declarations, then attributes, as stored', () => {
    const xml = '<s:E xmlns:s="urn:s" xmlns="urn:d" b="2" s:a="1"><c xmlns=""/></s:E>';
    expect(serializeXml(parse(xml))).toBe(xml);
  });

  it('writes an element without children as an empty-element tag', () => {
    expect(serializeXml(parse('<a><b></b><c> </c></a>'))).toBe('<a><b/><c> </c></a>');
  });

  it('escapes & < > and CR in text', () => {
    expect(serializeXml(new XmlElement('', 'a', '').setText('1 & 2 < 3 > 0 "q" \'s\'\r\n\t'))).toBe(
      '<a>1 &amp; 2 &lt; 3 &gt; 0 "q" \'s\'&#xD;\n\t</a>',
    );
  });

  it('escapes & < " and tab, LF, CR in attribute values', () => {
    expect(serializeXml(new XmlElement('', 'a', '').setAttribute('v', `&<>"'\t\n\r`))).toBe(
      `<a v="&amp;&lt;>&quot;'&#x9;&#xA;&#xD;"/>`,
    );
  });

  it('writes comments and processing instructions', () => {
    const e = new XmlElement('', 'a', '');
    e.appendChild(new XmlComment(' note '));
    e.appendChild(new XmlProcessingInstruction('pi', 'some data'));
    e.appendChild(new XmlProcessingInstruction('empty', ''));
    expect(serializeXml(e)).toBe('<a><!-- note --><?pi some data?><?empty?></a>');
  });

  it('writes the prolog and epilog of a document', () => {
    const xml = '<!--c--><?p d?><a/><!--e-->';
    expect(serializeXml(parse(xml))).toBe(xml);
  });

  it('writes the XML declaration when asked', () => {
    expect(serializeXml(parse('<a/>'), { xmlDeclaration: true })).toBe(
      '<?xml version="1.0" encoding="utf-8"?><a/>',
    );
  });

  it('writes UTF-8 bytes', () => {
    expect(serializeXmlToBuffer(parse('<a>\u00e9</a>')).equals(Buffer.from('<a>\u00e9</a>', 'utf8'))).toBe(
      true,
    );
  });

  describe('namespace fix-up', () => {
    it('declares the ancestors’ namespaces a subtree uses when it is written on its own', () => {
      const doc = parse('<s:E xmlns:s="urn:s" xmlns:u="urn:u" xmlns="urn:d"><s:B u:Id="1"><x/></s:B></s:E>');
      expect(serializeXml(doc.root.elements()[0])).toBe(
        '<s:B xmlns:s="urn:s" xmlns:u="urn:u" u:Id="1"><x xmlns="urn:d"/></s:B>',
      );
    });

    it('declares the namespaces of elements built in code without declarations', () => {
      const envelope = new XmlElement('s', 'Envelope', 'urn:s');
      envelope
        .appendChild(new XmlElement('s', 'Body', 'urn:s'))
        .appendChild(new XmlElement('', 'Add', 'urn:t'));
      expect(serializeXml(envelope)).toBe(
        '<s:Envelope xmlns:s="urn:s"><s:Body><Add xmlns="urn:t"/></s:Body></s:Envelope>',
      );
    });

    it('undeclares the default namespace for an element in no namespace', () => {
      const root = new XmlElement('', 'a', 'urn:d');
      root.appendChild(new XmlElement('', 'b', ''));
      expect(serializeXml(root)).toBe('<a xmlns="urn:d"><b xmlns=""/></a>');
    });

    it('gives a namespaced attribute without a prefix an in-scope prefix for its namespace', () => {
      const e = new XmlElement('u', 'T', 'urn:u').setAttribute('Id', '_1', 'urn:u');
      expect(serializeXml(e)).toBe('<u:T xmlns:u="urn:u" u:Id="_1"/>');
    });

    it('generates a prefix when no prefix is bound to the attribute’s namespace', () => {
      const e = new XmlElement('', 'T', '').setAttribute('Id', '_1', 'urn:u');
      expect(serializeXml(e)).toBe('<T xmlns:ns0="urn:u" ns0:Id="_1"/>');
    });

    it('writes xml:* attributes without declaring the xml namespace', () => {
      const e = new XmlElement('', 'T', '').setAttribute('lang', 'en', XML_NAMESPACE, 'xml');
      expect(serializeXml(e)).toBe('<T xml:lang="en"/>');
    });

    it('rejects an element whose own declaration binds its prefix elsewhere', () => {
      const e = new XmlElement('p', 'a', 'urn:1').declareNamespace('p', 'urn:2');
      expect(() => serializeXml(e)).toThrow(XmlSerializationError);
    });
  });

  describe('invalid content', () => {
    it('rejects a control character in text', () => {
      expect(() => serializeXml(new XmlElement('', 'a', '').setText('x\u0001'))).toThrow(
        XmlSerializationError,
      );
    });

    it('rejects a lone surrogate in an attribute', () => {
      expect(() => serializeXml(new XmlElement('', 'a', '').setAttribute('v', '\ud800x'))).toThrow(
        /'\\uD800' at index 0 is not a valid XML character/,
      );
    });

    it('accepts a surrogate pair', () => {
      expect(serializeXml(new XmlElement('', 'a', '').setText('\u{1F600}'))).toBe('<a>\u{1F600}</a>');
    });

    it('rejects a comment containing "--"', () => {
      const e = new XmlElement('', 'a', '');
      e.appendChild(new XmlComment('a--b'));
      expect(() => serializeXml(e)).toThrow(XmlSerializationError);
    });

    it('rejects processing-instruction data containing "?>"', () => {
      const e = new XmlElement('', 'a', '');
      e.appendChild(new XmlProcessingInstruction('p', 'a?>b'));
      expect(() => serializeXml(e)).toThrow(XmlSerializationError);
    });
  });

  describe('round trip', () => {
    const documents = [
      ...new Set(HARD_CASES.map((c) => c.xml)),
      ...Array.from({ length: 100 }, (_, i) => new RandomXml(seededRandom(i + 1)).document()),
    ];

    it(`parse(serialize(parse(x))) is the same infoset as parse(x) for ${documents.length} documents`, () => {
      for (const xml of documents) {
        const first = parse(xml);
        const again = parse(serializeXml(first));
        expect({ xml, infoset: documentInfoset(again) }).toEqual({ xml, infoset: documentInfoset(first) });
      }
    });

    it('serialize is a fixed point after one parse', () => {
      for (const xml of documents) {
        const once = serializeXml(parse(xml));
        expect(serializeXml(parse(once))).toBe(once);
      }
    });

    it('keeps text that needs escaping intact, including CR and "]]>"', () => {
      const e = new XmlElement('', 'a', '').setText('x\r\ny]]>z&<');
      e.setAttribute('v', ' \t\n\r<&"\'');
      const back = parse(serializeXml(e)).root;
      expect([back.textContent, back.getAttribute('v')]).toEqual(['x\r\ny]]>z&<', ' \t\n\r<&"\'']);
    });
  });
});
