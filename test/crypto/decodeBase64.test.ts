import { decodeBase64 } from '../../src/crypto';

describe('decodeBase64 (xs:base64Binary, strict)', () => {
  it('decodes base64 with XML whitespace anywhere, as signers wrap long values', () => {
    expect(decodeBase64('aGVs bG8=')?.toString()).toBe('hello');
    expect(decodeBase64('aGVs\r\n\tbG8=\n')?.toString()).toBe('hello');
    expect(decodeBase64('')?.length).toBe(0);
  });

  it('rejects what Buffer.from(…, "base64") would silently skip or accept', () => {
    for (const bad of ['aGVsbG8', 'aGV*bG8=', 'aGVsbG8==', 'aGVs=bG8', '_-8=', 'aGVsbG8=AA==', 'a']) {
      expect(decodeBase64(bad)).toBeUndefined();
    }
  });
});

describe('decodeBase64 fast path', () => {
  /** The definition: XML whitespace removed, then the xs:base64Binary pattern. */
  const PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
  function expected(text: string): Buffer | undefined {
    const compact = text.replace(/[ \t\r\n]+/g, '');
    return PATTERN.test(compact) ? Buffer.from(compact, 'base64') : undefined;
  }

  it('agrees with the pattern on valid values and on values with one character changed', () => {
    const alphabet = 'AQZaqz09+/=-_ \n.*!\u0000\u00c1\u0141\u4e00\ud83d';
    let state = 99;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
    for (let i = 0; i < 5000; i++) {
      let text = Buffer.from(Array.from({ length: next(40) }, () => next(256))).toString('base64');
      if (i % 4 !== 0 && text.length > 0) {
        const at = next(text.length);
        text = text.slice(0, at) + alphabet[next(alphabet.length)] + text.slice(at + (i % 2));
      }
      const actual = decodeBase64(text);
      const want = expected(text);
      expect([text, actual?.toString('hex')]).toEqual([text, want?.toString('hex')]);
    }
  });
});
