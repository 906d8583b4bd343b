import type { Clock } from '../../../src/channels/Clock';
import {
  DEFAULT_SECURITY_CONTEXT_TOKEN_CACHE_CAPACITY,
  InMemorySecurityContextTokenCache,
  SecurityContextToken,
} from '../../../src/security/conversation';

class ManualClock implements Clock {
  constructor(public time = 1_000_000) {}
  now(): number {
    return this.time;
  }
}

function token(
  contextId: string,
  options: {
    generation?: string;
    validTo?: number;
    keyExpirationTime?: number;
    keyEffectiveTime?: number;
  } = {},
): SecurityContextToken {
  return new SecurityContextToken({
    contextId,
    keyGeneration: options.generation,
    key: Buffer.alloc(32, 1),
    validFrom: 0,
    validTo: options.validTo ?? Number.MAX_SAFE_INTEGER,
    keyEffectiveTime: options.keyEffectiveTime ?? 0,
    keyExpirationTime: options.keyExpirationTime ?? 2_000_000,
  });
}

describe('InMemorySecurityContextTokenCache', () => {
  it('finds a token by Identifier and key generation, and nothing else', () => {
    const cache = new InMemorySecurityContextTokenCache({ clock: new ManualClock() });
    const first = token('urn:uuid:a');
    const renewed = token('urn:uuid:a', { generation: 'urn:uuid:g1' });
    expect(cache.add(first)).toBe(true);
    expect(cache.add(renewed)).toBe(true);
    expect(cache.get('urn:uuid:a')).toBe(first);
    expect(cache.get('urn:uuid:a', 'urn:uuid:g1')).toBe(renewed);
    expect(cache.get('urn:uuid:a', 'urn:uuid:g2')).toBeUndefined();
    expect(cache.get('urn:uuid:b')).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it('returns every live generation of a context, oldest key first, for rollover', () => {
    const cache = new InMemorySecurityContextTokenCache({ clock: new ManualClock() });
    const newer = token('urn:uuid:a', { generation: 'urn:uuid:g1', keyEffectiveTime: 500 });
    const older = token('urn:uuid:a', { keyEffectiveTime: 100 });
    cache.add(newer);
    cache.add(older);
    cache.add(token('urn:uuid:b'));
    expect(cache.getAll('urn:uuid:a')).toEqual([older, newer]);
    expect(cache.getAll('urn:uuid:none')).toEqual([]);
  });

  it('replaces a token of the same context and generation without using another slot', () => {
    const cache = new InMemorySecurityContextTokenCache({ capacity: 1, clock: new ManualClock() });
    const one = token('urn:uuid:a');
    const two = token('urn:uuid:a');
    expect(cache.add(one)).toBe(true);
    expect(cache.add(two)).toBe(true);
    expect(cache.get('urn:uuid:a')).toBe(two);
    expect(cache.size).toBe(1);
  });

  it('removes every generation of a context', () => {
    const cache = new InMemorySecurityContextTokenCache({ clock: new ManualClock() });
    cache.add(token('urn:uuid:a'));
    cache.add(token('urn:uuid:a', { generation: 'urn:uuid:g1' }));
    cache.add(token('urn:uuid:b'));
    cache.remove('urn:uuid:a');
    cache.remove('urn:uuid:unknown');
    expect(cache.getAll('urn:uuid:a')).toEqual([]);
    expect(cache.size).toBe(1);
  });

  it('says false when full, and takes tokens again once one leaves', () => {
    const cache = new InMemorySecurityContextTokenCache({ capacity: 2, clock: new ManualClock() });
    expect(cache.add(token('urn:uuid:1'))).toBe(true);
    expect(cache.add(token('urn:uuid:2'))).toBe(true);
    expect(cache.add(token('urn:uuid:3'))).toBe(false);
    expect(cache.get('urn:uuid:3')).toBeUndefined();
    cache.remove('urn:uuid:1');
    expect(cache.add(token('urn:uuid:3'))).toBe(true);
  });

  it('drops tokens at their own expiry (validTo), freeing their slots', () => {
    const clock = new ManualClock(1_000);
    const cache = new InMemorySecurityContextTokenCache({ capacity: 2, clock });
    cache.add(token('urn:uuid:early', { validTo: 3_000, keyExpirationTime: 3_000 }));
    cache.add(token('urn:uuid:late', { validTo: 5_000, keyExpirationTime: 5_000 }));
    expect(cache.add(token('urn:uuid:more'))).toBe(false);
    clock.time = 2_999;
    expect(cache.get('urn:uuid:early')).toBeDefined();
    clock.time = 3_000;
    expect(cache.get('urn:uuid:early')).toBeUndefined();
    expect(cache.size).toBe(1);
    expect(cache.add(token('urn:uuid:more'))).toBe(true);
    clock.time = 5_000;
    expect(cache.get('urn:uuid:late')).toBeUndefined();
    expect(cache.getAll('urn:uuid:late')).toEqual([]);
    expect(cache.size).toBe(1);
  });

  it('keeps a session token whose key has expired: the service answers RenewNeeded for it (spec §9)', () => {
    const clock = new ManualClock(1_000);
    const cache = new InMemorySecurityContextTokenCache({ clock });
    const session = token('urn:uuid:session', { keyExpirationTime: 5_000 });
    cache.add(session);
    clock.time = 9_000;
    expect(cache.get('urn:uuid:session')).toBe(session);
    expect(session.isKeyValidAt(clock.time)).toBe(false);
  });

  it('refuses a token that has already expired', () => {
    const cache = new InMemorySecurityContextTokenCache({ clock: new ManualClock(10_000) });
    expect(cache.add(token('urn:uuid:old', { validTo: 10_000, keyExpirationTime: 10_000 }))).toBe(false);
    expect(cache.size).toBe(0);
  });

  it('holds 1000 tokens by default (WCF’s maxCachedCookies) and refuses a capacity below one', () => {
    expect(new InMemorySecurityContextTokenCache().capacity).toBe(
      DEFAULT_SECURITY_CONTEXT_TOKEN_CACHE_CAPACITY,
    );
    expect(DEFAULT_SECURITY_CONTEXT_TOKEN_CACHE_CAPACITY).toBe(1000);
    expect(() => new InMemorySecurityContextTokenCache({ capacity: 0 })).toThrow(RangeError);
  });

  it('stays consistent through many adds, replacements, removals and expiries', () => {
    const clock = new ManualClock(0);
    const cache = new InMemorySecurityContextTokenCache({ capacity: 50, clock });
    const expected = new Map<string, number>();
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let step = 0; step < 5_000; step++) {
      clock.time += next(3);
      const id = `urn:uuid:${next(80)}`;
      const op = next(3);
      if (op === 0) {
        const expiry = clock.time + 1 + next(200);
        const live = [...expected.values()].filter((e) => e > clock.time).length;
        const known = (expected.get(id) ?? 0) > clock.time;
        const added = cache.add(token(id, { validTo: expiry, keyExpirationTime: expiry }));
        expect(added).toBe(known || live < 50);
        if (added) expected.set(id, expiry);
      } else if (op === 1) {
        cache.remove(id);
        expected.delete(id);
      } else {
        const live = (expected.get(id) ?? 0) > clock.time;
        expect(cache.get(id) !== undefined).toBe(live);
      }
      expect(cache.size).toBe([...expected.values()].filter((e) => e > clock.time).length);
    }
  });
});
