import { InMemoryNonceCache } from '../../../src/security/NonceCache';

describe('InMemoryNonceCache', () => {
  it('refuses a nonce seen within its lifetime and accepts it again after', () => {
    const cache = new InMemoryNonceCache(1000, 10);
    const n = Buffer.from('sig');
    expect(cache.tryAdd(n, 0)).toBe(true);
    expect(cache.tryAdd(n, 999)).toBe(false);
    expect(cache.tryAdd(n, 1000)).toBe(true);
  });

  it('fails closed when full of live nonces, and frees expired ones', () => {
    const cache = new InMemoryNonceCache(1000, 2);
    expect(cache.tryAdd(Buffer.from('a'), 0)).toBe(true);
    expect(cache.tryAdd(Buffer.from('b'), 10)).toBe(true);
    expect(cache.tryAdd(Buffer.from('c'), 20)).toBe(false);
    expect(cache.tryAdd(Buffer.from('c'), 1005)).toBe(true);
    expect(cache.size).toBe(2);
  });
});
