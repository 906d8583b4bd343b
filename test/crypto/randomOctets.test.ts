import { randomOctets } from '../../src/crypto/randomOctets';

describe('randomOctets', () => {
  it('returns fresh buffers of the asked length, never the same octets twice, across pool refills', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const n = [16, 17, 32, 64, 65, 300][i % 6];
      const r = randomOctets(n);
      expect(r).toHaveLength(n);
      // Its own memory: not a view on a shared pool that a later call could overwrite.
      expect(r.byteOffset).toBe(0);
      expect(r.buffer.byteLength).toBe(n);
      const hex = r.toString('hex');
      expect(seen.has(hex)).toBe(false);
      seen.add(hex);
    }
  });

  it('returns an empty buffer for 0 and refuses bad lengths', () => {
    expect(randomOctets(0)).toHaveLength(0);
    expect(() => randomOctets(-1)).toThrow(RangeError);
    expect(() => randomOctets(1.5)).toThrow(RangeError);
  });
});
