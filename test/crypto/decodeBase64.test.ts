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
