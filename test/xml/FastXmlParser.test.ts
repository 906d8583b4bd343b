/**
 * The fast path of the message parser (src/xml/FastXmlParser.ts) against the saxes path it stands in for: on
 * every document it accepts, saxes must accept it too and build the same infoset; everything else it must leave
 * to saxes. Checked on the repository's captured messages, on seeded random documents and on seeded mutations
 * of both (characters that matter to XML inserted, deleted and replaced).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tryParseXmlContentFast, tryParseXmlFast } from '../../src/xml/FastXmlParser';
import { parseXmlWithSaxes } from '../../src/xml/XmlParser';
import {
  decodeXmlBytes,
  defaultReaderQuotas,
  maxReaderQuotas,
  resolveReaderQuotas,
  type XmlDictionaryReaderQuotas,
  XmlElement,
} from '../../src/xml';
import { documentInfoset, infosetOf } from './infoset';
import { RandomXml, seededRandom } from './oracle/randomXml';

function xmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) xmlFiles(path, out);
    else if (name.endsWith('.xml')) out.push(path);
  }
  return out;
}

function checkParents(e: XmlElement): void {
  for (const c of e.children) {
    expect(c.parent).toBe(e);
    if (c.kind === 'element') checkParents(c);
  }
}

/** 'fast' when the fast path took it (and agreed with saxes), 'saxes' when it left it to saxes. */
function compare(text: string, quotas: XmlDictionaryReaderQuotas = maxReaderQuotas): 'fast' | 'saxes' {
  const fast = tryParseXmlFast(text, quotas);
  let slow;
  let error: unknown;
  try {
    slow = parseXmlWithSaxes(text, quotas);
  } catch (err) {
    error = err;
  }
  if (fast === undefined) return 'saxes';
  if (slow === undefined)
    throw new Error(`the fast path accepted what saxes refuses (${String(error)}):\n${text}`);
  expect(documentInfoset(fast)).toEqual(documentInfoset(slow));
  expect(fast.root.parent).toBeNull();
  checkParents(fast.root);
  return 'fast';
}

const MUTATION_CHARS = [
  '<',
  '>',
  '&',
  ';',
  '"',
  "'",
  '=',
  ':',
  '/',
  ' ',
  '\r',
  '\n',
  '\t',
  ']',
  '!',
  '?',
  '#',
  'x',
  'a',
  '1',
  '-',
  '.',
  '\u00e9',
  '\ud83d',
  '\ude00',
  '\u0001',
  '\uffff',
  'xmlns',
  'xmlns:',
  'xml:',
  '&#',
  '&#x',
  ']]>',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '<!--',
  '<?',
  '<![CDATA[',
];

/** INDIGO_FUZZ_MUTATIONS raises it for a longer hunt. */
const mutationsPerSource = Number(process.env.INDIGO_FUZZ_MUTATIONS ?? 40);

function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const piece = MUTATION_CHARS[Math.floor(random() * MUTATION_CHARS.length)];
  const r = random();
  if (r < 0.4) return text.slice(0, at) + piece + text.slice(at);
  if (r < 0.7) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
  return text.slice(0, at) + piece + text.slice(at + 1);
}

describe('tryParseXmlFast', () => {
  const captures = xmlFiles(join(__dirname, '..', 'interop')).map((f) => decodeXmlBytes(readFileSync(f)));

  it('takes the captured WCF and CXF messages and builds what saxes builds', () => {
    expect(captures.length).toBeGreaterThan(20);
    const paths = captures.map((text) => compare(text));
    expect(paths.filter((p) => p === 'fast').length).toBeGreaterThan(captures.length / 2);
  });

  it('builds what saxes builds for random documents, or leaves them to saxes', () => {
    const random = seededRandom(20260101);
    const gen = new RandomXml(random);
    let fast = 0;
    for (let i = 0; i < 1500; i++) {
      let doc = gen.document();
      // Without comments, PIs and CDATA most documents are the fast path's to take.
      if (i % 2) doc = doc.replace(/<!--.*?-->|<\?.*?\?>|<!\[CDATA\[.*?\]\]>/gs, '');
      if (compare(doc) === 'fast') fast++;
    }
    expect(fast).toBeGreaterThan(500);
  });

  it('never accepts a mutated document saxes refuses, nor builds another tree', () => {
    const random = seededRandom(7);
    const gen = new RandomXml(random);
    const sources = [...captures.slice(0, 10)];
    for (let i = 0; i < 200; i++)
      sources.push(gen.document().replace(/<!--.*?-->|<\?.*?\?>|<!\[CDATA\[.*?\]\]>/gs, ''));
    for (const source of sources) {
      for (let k = 0; k < mutationsPerSource; k++) {
        let text = source;
        const edits = 1 + Math.floor(random() * 3);
        for (let e = 0; e < edits; e++) text = mutate(text, random);
        compare(text);
      }
    }
  });

  it('handles references, line ends, whitespace and the declaration as saxes does', () => {
    const cases = [
      '<a>x&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;\r\ny\rz</a>',
      '<a b="1&#9;2&#xA;3&#xD;4\t5\n6\r\n7\r8 &lt;&amp;" c=\'"\'/>',
      '<?xml version="1.0" encoding="utf-8"?>\n<a/>\n',
      "<?xml version='1.0' standalone='yes' ?><a/>",
      '<?xml version="1.1"?><a/>',
      ' \r\n<a  b = "1"\n c\t=\'2\' ></a >',
      '<p:a xmlns:p="urn:p" xmlns="urn:d" p:b="1" b="2" xml:lang="en"><b xmlns=""/><p:c/></p:a>',
      '<a xmlns:p="urn:x" xmlns:q="urn:x" p:b="1" q:b="2"/>',
      '<a xmlns:p=""/>',
      '<a b="1" b="2"/>',
      '<p:a/>',
      '<a>]]></a>',
      '<a>\u0001</a>',
      '<a>&#0;</a>',
      '<a>&#xD800;</a>',
      '<a>\ud83d\ude00 \ud83d</a>',
      '<a></b>',
      '<a/><b/>',
      '<a/>x',
      '<a>',
      '',
      '<a b="<"/>',
      '<a b=1/>',
      '<a b="1"c="2"/>',
      '<xmlns:a/>',
      '<a xmlns:xml="http://www.w3.org/XML/1998/namespace"/>',
      '<a xmlns:b="http://www.w3.org/2000/xmlns/"/>',
      '<é/>',
      '<a:b:c xmlns:a="urn:a"/>',
      '\ufeff<a/>',
    ];
    for (const text of cases) compare(text);
    expect(compare(cases[0])).toBe('fast');
    expect(compare(cases[1])).toBe('fast');
    expect(compare(cases[6])).toBe('fast');
  });

  it('decodes long Latin-1 text and attribute values (the byte loop) as saxes does', () => {
    const random = seededRandom(512);
    const common = [
      '&lt;',
      '&gt;',
      '&amp;',
      '&quot;',
      '&apos;',
      '\r\n',
      '\r',
      '\n',
      '\t',
      'ab ',
      '\u00e9',
      '\u00ff',
      '>',
    ];
    const rare = [
      '&#65;',
      '&#xE9;',
      '&#x20AC;',
      '&',
      '&l',
      '&lt',
      '&ltx;',
      '&amp',
      '\u0001',
      '<',
      '\u20ac',
      "'",
      '"',
    ];
    const value = (length: number, badness: number): string => {
      let s = '';
      while (s.length < length) {
        const list = random() < badness ? rare : common;
        s += list[Math.floor(random() * list.length)];
      }
      return s;
    };
    let fast = 0;
    for (let i = 0; i < 400; i++) {
      const badness = i % 2 ? 0 : 0.002;
      const attribute = value(500 + Math.floor(random() * 1500), badness);
      const text = value(500 + Math.floor(random() * 3000), badness);
      if (
        compare(`<a x="${attribute.replace(/"/g, '&quot;')}" y='${attribute}'>${text}<b/>${text}</a>`) ===
        'fast'
      )
        fast++;
    }
    expect(fast).toBeGreaterThan(200);
    // Longer than the reused buffer (65536), then short again.
    for (const length of [65536, 70000, 200000, 600]) {
      const text = value(length, 0);
      expect(compare(`<a x="${value(length >> 2, 0).replace(/"/g, '&quot;')}">${text}</a>`)).toBe('fast');
    }
  });

  it('finds one character that matters anywhere in long ASCII text (the native scans) as saxes does', () => {
    const base = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= \t\n"\'>'.repeat(40);
    const singles = [
      '&amp;',
      '&',
      '&#65;',
      '\r',
      '\r\n',
      '\u0000',
      '\u0008',
      '\u000b',
      '\u001f',
      '\u007f',
      ']]>',
      '<',
    ];
    const wide = ['\u0080', '\u00e9', '\u20ac', '\ud800', '\udfff', '\ud83d\ude00', '\ufffe', '\uffff'];
    let fast = 0;
    for (const single of [...singles, ...wide]) {
      for (const at of [0, 1, 1500, base.length - 1, base.length]) {
        if (compare(`<a><b>${base.slice(0, at)}${single}${base.slice(at)}</b></a>`) === 'fast') fast++;
      }
    }
    expect(fast).toBeGreaterThan(40);
  });

  it('counts each distinct name once against maxNameTableCharCount, however many documents came before', () => {
    // Thousands of distinct names in one document share the parser's table of names with every document
    // before it (and collide in it); the boundary is still exactly where saxes puts it.
    const random = seededRandom(4096);
    for (let round = 0; round < 6; round++) {
      const names = new Set<string>();
      while (names.size < 3000) names.add(`n${Math.floor(random() * 1e6).toString(36)}`);
      const list = [...names];
      // Some names twice, some as attributes, all in one namespace: the URI and the prefix count once too.
      let body = '';
      for (let i = 0; i < list.length; i++)
        body += i % 3 === 0 ? `<p:${list[i]} ${list[(i * 7) % list.length]}="1"/>` : `<${list[i]}/>`;
      const text = `<p:r xmlns:p="urn:p">${body}${body}</p:r>`;
      const distinct = new Set([...list, 'r', 'p', 'urn:p']);
      let total = 0;
      for (const name of distinct) total += name.length;
      for (const limit of [total - 1, total]) {
        const quotas = resolveReaderQuotas({ ...maxReaderQuotas, maxNameTableCharCount: limit });
        expect([round, limit - total, compare(text, quotas)]).toEqual([
          round,
          limit - total,
          limit < total ? 'saxes' : 'fast',
        ]);
      }
    }
  });

  it('leaves exactly the documents over a quota to saxes, which words the error', () => {
    const text = '<a xmlns="urn:a"><b c="0123456789">0123456789</b><b/></a>';
    const names = ['maxDepth', 'maxStringContentLength', 'maxBytesPerRead', 'maxNameTableCharCount'] as const;
    for (const name of names) {
      for (let limit = 1; limit <= 24; limit++) {
        const quotas = resolveReaderQuotas({ ...defaultReaderQuotas, [name]: limit });
        let saxesAccepts = true;
        try {
          parseXmlWithSaxes(text, quotas);
        } catch {
          saxesAccepts = false;
        }
        expect([name, limit, compare(text, quotas)]).toEqual([name, limit, saxesAccepts ? 'fast' : 'saxes']);
      }
    }
  });
});

/** The place's namespaces for content: prefix, URI, … (a default namespace too). */
const CONTENT_BINDINGS = ['s', 'urn:s', 'a', 'urn:a', '', 'urn:default'];
const CONTENT_WRAPPER = '<w xmlns:s="urn:s" xmlns:a="urn:a" xmlns="urn:default">';

/** As compare, for `text` read as content (decrypted XML): against saxes on it wrapped in a declaring element. */
function compareContent(text: string): 'fast' | 'saxes' {
  const holder = new XmlElement('', 'holder', '');
  const fast = tryParseXmlContentFast(text, holder, CONTENT_BINDINGS, maxReaderQuotas);
  let slow;
  let error: unknown;
  try {
    slow = parseXmlWithSaxes(`${CONTENT_WRAPPER}${text}</w>`, maxReaderQuotas);
  } catch (err) {
    error = err;
  }
  if (!fast) {
    expect(holder.children).toEqual([]);
    return 'saxes';
  }
  if (slow === undefined)
    throw new Error(`the fast path accepted content saxes refuses (${String(error)}):\n${text}`);
  expect(holder.children.map(infosetOf)).toEqual(slow.root.children.map(infosetOf));
  checkParents(holder);
  return 'fast';
}

describe('tryParseXmlContentFast', () => {
  it('reads plain content with the given namespaces in scope, as saxes reads it wrapped', () => {
    expect(compareContent('lead <a:x s:y="1">t &amp; u</a:x><plain/> tail')).toBe('fast');
    expect(compareContent('')).toBe('fast');
    expect(compareContent('only text')).toBe('fast');
  });

  it('leaves comments, CDATA, PIs and anything malformed to saxes, with nothing appended', () => {
    for (const text of ['<a:x><!--c--></a:x>', '<![CDATA[x]]>', '<?pi?>', '<a:x>', '</a:x>', '</holder>']) {
      expect([text, compareContent(text)]).toEqual([text, 'saxes']);
    }
  });

  it('builds what saxes builds for random and mutated content, or leaves it to saxes', () => {
    const random = seededRandom(20261204);
    const gen = new RandomXml(random);
    let fast = 0;
    for (let i = 0; i < 400; i++) {
      // Comments, PIs and CDATA are saxes' business; without them the fast path has the rest to take.
      const text = `x${gen.document().replace(/<!--.*?-->|<\?.*?\?>|<!\[CDATA\[.*?\]\]>/gs, '')}y`;
      if (compareContent(text) === 'fast') fast++;
      for (let m = 0; m < mutationsPerSource / 4; m++) compareContent(mutate(text, random));
    }
    expect(fast).toBeGreaterThan(200);
  });
});
