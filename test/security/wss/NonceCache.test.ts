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

  it('keeps exact expiries at epoch times and across a rebase of its origin', () => {
    const t0 = Date.UTC(2026, 11, 4);
    const cache = new InMemoryNonceCache(600_000, 10);
    const a = Buffer.from([0, 1, 2, 0xff]);
    expect(cache.tryAdd(a, t0)).toBe(true);
    expect(cache.tryAdd(Buffer.from([0, 1, 2, 0xfe]), t0)).toBe(true);
    expect(cache.tryAdd(a, t0 + 599_999)).toBe(false);
    expect(cache.tryAdd(a, t0 + 600_000)).toBe(true);
    // Ten days on (past the 2^29 ms after which expiries are rebased), a nonce added just before still counts.
    const later = t0 + 10 * 86_400_000;
    const b = Buffer.from('b');
    expect(cache.tryAdd(b, later - 1)).toBe(true);
    expect(cache.tryAdd(Buffer.from('c'), later)).toBe(true);
    expect(cache.tryAdd(b, later + 599_998)).toBe(false);
    expect(cache.tryAdd(b, later + 599_999)).toBe(true);
    // A clock that steps back keeps what it has.
    expect(cache.tryAdd(Buffer.from('c'), later - 5000)).toBe(false);
  });
});
