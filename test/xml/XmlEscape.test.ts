import {
  canonicalize,
  escapeAttribute,
  escapeText,
  maxReaderQuotas,
  parseXml,
  serializeXml,
  XmlElement,
  XmlSerializationError,
  type XmlText,
} from '../../src/xml';
import { seededRandom } from './oracle/randomXml';

/**
 * C14N 1.0 §2.3's escaping written the plain way, one code unit at a time, as the oracle for XmlEscape's
 * fast paths (a byte loop for long Latin-1 strings, a string loop for the rest): the replacement text, or
 * the index of the first character XML 1.0 §2.2 refuses.
 */
function reference(value: string, attribute: boolean): string | number {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ch = value[i];
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>' && !attribute) out += '&gt;';
    else if (ch === '"' && attribute) out += '&quot;';
    else if (ch === '\r') out += '&#xD;';
    else if (ch === '\t' && attribute) out += '&#x9;';
    else if (ch === '\n' && attribute) out += '&#xA;';
    else if (ch === '\t' || ch === '\n') out += ch;
    else if (c < 0x20 || c === 0xfffe || c === 0xffff) return i;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return i;
      out += value.slice(i, i + 2);
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
    else out += ch;
  }
  return out;
}

function outcome(escape: (value: string) => string, value: string): string | number {
  try {
    return escape(value);
  } catch (err) {
    if (!(err instanceof XmlSerializationError)) throw err;
    const index = /at index (\d+)/.exec(err.message);
    if (!index) throw err;
    return Number(index[1]);
  }
}

/** Characters weighted towards the ones escaping is about; `wide` adds non-Latin-1 and surrogates. */
function randomString(random: () => number, length: number, wide: boolean, invalid: boolean): string {
  const special = ['&', '<', '>', '"', "'", '\r', '\n', '\t', ';', '#', 'é', '\u00ff', '\u0080'];
  const rare = ['\u0000', '\u0001', '\u001f', '\u000b'];
  const wideChars = ['€', '中', '\ud83d\ude00', '\ufffd', '\ud800', '\udc00', '\ufffe', '\uffff'];
  let s = '';
  while (s.length < length) {
    const r = random();
    if (r < 0.55) s += String.fromCharCode(0x20 + Math.floor(random() * 0x5f));
    else if (r < 0.95) s += special[Math.floor(random() * special.length)];
    else if (wide && r < 0.985) s += wideChars[Math.floor(random() * (invalid ? 8 : 4))];
    else if (invalid && random() < 0.05) s += rare[Math.floor(random() * rare.length)];
  }
  return s;
}

describe('escapeText / escapeAttribute', () => {
  const random = seededRandom(0x5eed);
  const lengths = [0, 1, 7, 100, 511, 512, 513, 1024, 5000, 20000];

  for (const attribute of [false, true]) {
    const escape = attribute ? escapeAttribute : escapeText;
    const name = attribute ? 'escapeAttribute' : 'escapeText';

    it(`${name} agrees with a character-by-character escaper on random Latin-1 and wider strings`, () => {
      let checked = 0;
      for (const length of lengths) {
        for (let round = 0; round < 12; round++) {
          const value = randomString(random, length, round % 3 === 0, round % 4 === 1);
          expect(outcome(escape, value)).toEqual(reference(value, attribute));
          checked++;
        }
      }
      expect(checked).toBe(lengths.length * 12);
    });

    it(`${name} refuses a control character at the end of a long Latin-1 string, naming its index`, () => {
      const value = `${'a&b<c>d"e\u00e9'.repeat(200)}\u0001`;
      expect(() => escape(value)).toThrow(
        `'\\u0001' at index ${value.length - 1} is not a valid XML character`,
      );
    });

    it(`${name} agrees with the oracle on strings longer than the reused buffer (65536)`, () => {
      for (const length of [65535, 65536, 65537, 200000]) {
        const value = randomString(random, length, false, false);
        expect(escape(value) === reference(value, attribute)).toBe(true);
      }
      // After a long string, a short one is not mixed with what the long one left in the buffer.
      expect(escape('a&b'.repeat(40))).toBe(reference('a&b'.repeat(40), attribute));
    });

    it(`${name} finds one character to escape or refuse anywhere in a long ASCII string`, () => {
      const base = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= \t\n"\''.repeat(40);
      const singles = [
        '&',
        '<',
        '>',
        '"',
        '\r',
        '\t',
        '\n',
        '\u0000',
        '\u0008',
        '\u000b',
        '\u000c',
        '\u001f',
        '\u007f',
      ];
      const wide = ['\u0080', '\u00e9', '\u20ac', '\ud800', '\udfff', '\ud83d\ude00', '\ufffe', '\uffff'];
      for (const single of [...singles, ...wide]) {
        for (const at of [0, 1, 1500, base.length - 1, base.length]) {
          const value = base.slice(0, at) + single + base.slice(at);
          expect([single, at, outcome(escape, value)]).toEqual([single, at, reference(value, attribute)]);
        }
      }
    });

    it(`${name} keeps a long string with nothing to escape as it is`, () => {
      const value = 'plain text 0123456789 \u00e9\u00ff '.repeat(100);
      expect(escape(value)).toBe(value);
    });
  }
});

describe('escaped forms remembered for long text', () => {
  const parse = (xml: string) => parseXml(xml, { quotas: maxReaderQuotas, maxSize: 1e7 });
  // Units of 5+ characters: 5000+ characters, over the length from which escaped forms are remembered.
  const long = (unit: string) => unit.repeat(1000);

  // Written as C14N writes it (remembered by the parser), and every other way that parses to the same text.
  const bodies = [
    long('a &lt; b &amp;&amp; c &gt; d "q" \'s\' \u00e9\t\n'),
    long('a &lt; b &amp;&amp; c > d'),
    long('a &quot;q&quot; &apos;s&apos; &lt;'),
    long('line\r\nend\rmore &amp;'),
    long('&#60;&#x3E;&#38; &amp;'),
    long('plain text without anything'),
    long('plain text > with a greater-than'),
    long('wide \u20ac &lt; \ud83d\ude00'),
  ];

  it('C14N and the serializer of a parsed long text give what a fresh copy of the tree gives', () => {
    for (const body of bodies) {
      const root = parse(`<r xmlns="urn:r"><t>${body}</t></r>`).root;
      const copy = root.clone();
      expect(canonicalize(root)).toBe(canonicalize(copy));
      expect(serializeXml(root)).toBe(serializeXml(copy));
      // A second time, from whatever the first remembered.
      expect(canonicalize(root)).toBe(canonicalize(copy));
      expect(canonicalize(root)).toBe(`<r xmlns="urn:r"><t>${escapeText(copy.textContent)}</t></r>`);
    }
  });

  it('escapes a text node again once its value is replaced', () => {
    const root = parse(`<r>${bodies[0]}</r>`).root;
    const text = root.children[0] as XmlText;
    const before = canonicalize(root);
    text.value = text.value.replace(/&/g, '+');
    expect(canonicalize(root)).toBe(`<r>${escapeText(text.value)}</r>`);
    expect(canonicalize(root)).not.toBe(before);
    text.value = long('x & y ');
    expect(serializeXml(root)).toBe(`<r>${long('x &amp; y ')}</r>`);
  });

  it('remembers a built text node’s escaped form between C14N and the serializer without changing either', () => {
    const e = new XmlElement('', 'a', '').setText(long('1 < 2 & 3 > 0\r'));
    const c14n = canonicalize(e);
    expect(serializeXml(e)).toBe(`<a>${long('1 &lt; 2 &amp; 3 &gt; 0&#xD;')}</a>`);
    expect(c14n).toBe(`<a>${long('1 &lt; 2 &amp; 3 &gt; 0&#xD;')}</a>`);
  });
});
