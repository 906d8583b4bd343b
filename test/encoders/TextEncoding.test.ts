import { decodeText, encodeText, TextEncoding } from '../../src/encoders/text/TextEncoding';

describe('encodeText (UTF-8)', () => {
  it.each([
    ['empty', ''],
    ['ASCII markup', '<s:Envelope xmlns:s="urn:x">a &amp; b</s:Envelope>'],
    ['Latin-1 beyond ASCII', 'caf\u00e9 \u00ff'],
    ['the BMP', '\u4e00\u0141\u20ac'],
    ['an astral character', 'x\ud83d\ude00y'],
    ['a lone surrogate', 'x\ud83dy'],
    ['NUL and DEL', '\u0000\u007f'],
  ])('writes the UTF-8 octets of %s', (_name, text) => {
    expect(encodeText(text, TextEncoding.utf8).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('round-trips long ASCII text through decodeText', () => {
    const text = 'QUJD'.repeat(350_000);
    expect(decodeText(encodeText(text, TextEncoding.utf8), TextEncoding.utf8)).toBe(text);
  });
});
