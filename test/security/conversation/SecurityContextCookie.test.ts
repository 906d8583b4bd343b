import { createCipheriv, randomBytes } from 'node:crypto';
import {
  BadContextTokenError,
  protectSecurityContextCookie,
  SecurityContextCookieError,
  SecurityContextKeyRing,
  SecurityContextToken,
  unprotectSecurityContextCookie,
  type SecurityContextCookieState,
} from '../../../src/security/conversation';

const NOW = Date.UTC(2024, 5, 1, 12, 0, 0);
const HOUR = 3600_000;

const state: SecurityContextCookieState = {
  id: 'uuid-aa-1',
  contextId: 'urn:uuid:0b9a0e0c-3c4b-4a5e-8f7a-1d2c3b4a5e6f',
  key: Buffer.alloc(32, 0x42),
  keyGeneration: 'urn:uuid:gen-1',
  validFrom: NOW,
  validTo: NOW + 10 * HOUR,
  keyEffectiveTime: NOW,
  keyExpirationTime: NOW + 10 * HOUR,
  claims: {
    primaryIdentity: { name: 'CN=client; 7C47', authenticationType: 'X509', certificateThumbprint: '7C47AB' },
  },
};

function failureOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(SecurityContextCookieError);
    expect(err).toBeInstanceOf(BadContextTokenError);
    expect((err as SecurityContextCookieError).faultCode).toBe('BadContextToken');
    return (err as SecurityContextCookieError).failure;
  }
  return undefined;
}

/** A copy with one octet flipped at `index`. */
function flipped(blob: Buffer, index: number): Buffer {
  const copy = Buffer.from(blob);
  copy[index] ^= 0x01;
  return copy;
}

describe('SecurityContextKeyRing', () => {
  it('protects with its first key and finds every key by id', () => {
    const a = { id: 'a', key: randomBytes(32) };
    const b = { id: 'b', key: randomBytes(32) };
    const ring = new SecurityContextKeyRing([a, b]);
    expect(ring.current.id).toBe('a');
    expect(ring.find('b')).toEqual(b.key);
    expect(ring.find('c')).toBeUndefined();
    expect(ring.ids).toEqual(['a', 'b']);
  });

  it('refuses empty rings, keys that are not 256 bits, duplicate or over-long ids', () => {
    expect(() => new SecurityContextKeyRing([])).toThrow(RangeError);
    expect(() => new SecurityContextKeyRing([{ id: 'a', key: randomBytes(16) }])).toThrow(/32 octets/);
    expect(
      () =>
        new SecurityContextKeyRing([
          { id: 'a', key: randomBytes(32) },
          { id: 'a', key: randomBytes(32) },
        ]),
    ).toThrow(/Duplicate/);
    expect(() => new SecurityContextKeyRing([{ id: 'x'.repeat(256), key: randomBytes(32) }])).toThrow(
      /1…255/,
    );
    expect(() => new SecurityContextKeyRing([{ id: '', key: randomBytes(32) }])).toThrow(RangeError);
  });

  it('generates a ring of one random key', () => {
    const one = SecurityContextKeyRing.generate();
    const two = SecurityContextKeyRing.generate();
    expect(one.ids).toHaveLength(1);
    expect(one.current.key).toHaveLength(32);
    expect(one.current.key.equals(two.current.key)).toBe(false);
    expect(SecurityContextKeyRing.generate('host-1').current.id).toBe('host-1');
  });

  it('retires old keys but never the current one', () => {
    const ring = SecurityContextKeyRing.generate('old');
    ring.rotate(randomBytes(32), 'new');
    expect(() => ring.retire('new')).toThrow(/rotate first/);
    expect(ring.retire('old')).toBe(true);
    expect(ring.retire('old')).toBe(false);
    expect(ring.ids).toEqual(['new']);
  });
});

describe('security context cookies', () => {
  it('round-trips the whole state: key, generation, windows and claims', () => {
    const ring = SecurityContextKeyRing.generate();
    const blob = protectSecurityContextCookie(state, ring);
    expect(unprotectSecurityContextCookie(blob, ring, NOW + HOUR)).toEqual(state);
  });

  it('round-trips an anonymous, never-renewed context (no id, generation or identity)', () => {
    const ring = SecurityContextKeyRing.generate();
    const minimal: SecurityContextCookieState = {
      contextId: 'urn:uuid:1',
      key: Buffer.alloc(16, 1),
      validFrom: NOW,
      validTo: NOW + HOUR,
      keyEffectiveTime: NOW,
      keyExpirationTime: NOW + HOUR,
      claims: { primaryIdentity: undefined },
    };
    expect(unprotectSecurityContextCookie(protectSecurityContextCookie(minimal, ring), ring, NOW)).toEqual(
      minimal,
    );
  });

  it('takes a SecurityContextToken as its state, so a token and its cookie are made from one object', () => {
    const ring = SecurityContextKeyRing.generate();
    const token = new SecurityContextToken({ key: randomBytes(32), validFrom: NOW, validTo: NOW + HOUR });
    const read = unprotectSecurityContextCookie(protectSecurityContextCookie(token, ring), ring, NOW);
    expect(read.contextId).toBe(token.contextId);
    expect(read.key).toEqual(token.key);
    expect(read.keyGeneration).toBeUndefined();
  });

  it('lays out version, key id, 12-octet IV, ciphertext and 16-octet tag, with a fresh IV each time', () => {
    const ring = SecurityContextKeyRing.generate('k1');
    const blob = protectSecurityContextCookie(state, ring);
    expect(blob[0]).toBe(1);
    expect(blob[1]).toBe(2);
    expect(blob.subarray(2, 4).toString('utf8')).toBe('k1');
    const again = protectSecurityContextCookie(state, ring);
    expect(blob.subarray(4, 16).equals(again.subarray(4, 16))).toBe(false);
    // The key is not readable in the blob.
    expect(blob.includes(state.key)).toBe(false);
    expect(blob.includes(Buffer.from(state.key.toString('base64')))).toBe(false);
  });

  describe('tampering with each region is refused', () => {
    const ring = SecurityContextKeyRing.generate('k1');
    const blob = protectSecurityContextCookie(state, ring);
    const headerLength = 4;

    it('the version octet', () => {
      expect(failureOf(() => unprotectSecurityContextCookie(flipped(blob, 0), ring, NOW))).toBe('malformed');
    });

    it('the key id length and the key id (bound as AAD: renaming the key does not help)', () => {
      expect(failureOf(() => unprotectSecurityContextCookie(flipped(blob, 1), ring, NOW))).toBeDefined();
      expect(failureOf(() => unprotectSecurityContextCookie(flipped(blob, 2), ring, NOW))).toBe('unknownKey');
      // Same key under a second name: the blob relabelled with that name must still fail (AAD mismatch).
      const twin = new SecurityContextKeyRing([
        { id: 'k1', key: ring.current.key },
        { id: 'k2', key: ring.current.key },
      ]);
      const renamed = Buffer.from(blob);
      renamed.write('k2', 2, 'utf8');
      expect(failureOf(() => unprotectSecurityContextCookie(renamed, twin, NOW))).toBe('tampered');
    });

    it('the IV', () => {
      expect(
        failureOf(() => unprotectSecurityContextCookie(flipped(blob, headerLength + 5), ring, NOW)),
      ).toBe('tampered');
    });

    it('the ciphertext', () => {
      expect(
        failureOf(() => unprotectSecurityContextCookie(flipped(blob, headerLength + 12 + 3), ring, NOW)),
      ).toBe('tampered');
    });

    it('the tag', () => {
      expect(failureOf(() => unprotectSecurityContextCookie(flipped(blob, blob.length - 1), ring, NOW))).toBe(
        'tampered',
      );
    });

    it('truncation and extension', () => {
      expect(
        failureOf(() => unprotectSecurityContextCookie(blob.subarray(0, blob.length - 1), ring, NOW)),
      ).toBe('tampered');
      expect(
        failureOf(() => unprotectSecurityContextCookie(Buffer.concat([blob, Buffer.from([0])]), ring, NOW)),
      ).toBe('tampered');
      expect(failureOf(() => unprotectSecurityContextCookie(blob.subarray(0, 10), ring, NOW))).toBe(
        'malformed',
      );
      expect(failureOf(() => unprotectSecurityContextCookie(Buffer.alloc(0), ring, NOW))).toBe('malformed');
      expect(failureOf(() => unprotectSecurityContextCookie(Buffer.alloc(70000, 1), ring, NOW))).toBe(
        'malformed',
      );
    });
  });

  it('keeps unprotecting cookies of the previous key after a rotation, and protects with the new one', () => {
    const ring = SecurityContextKeyRing.generate('2024-05');
    const before = protectSecurityContextCookie(state, ring);
    ring.rotate(randomBytes(32), '2024-06');
    const after = protectSecurityContextCookie(state, ring);
    expect(after.subarray(2, 2 + after[1]).toString('utf8')).toBe('2024-06');
    expect(unprotectSecurityContextCookie(before, ring, NOW)).toEqual(state);
    expect(unprotectSecurityContextCookie(after, ring, NOW)).toEqual(state);
    ring.retire('2024-05');
    expect(failureOf(() => unprotectSecurityContextCookie(before, ring, NOW))).toBe('unknownKey');
  });

  it('refuses a cookie from another host’s ring, whatever the key id', () => {
    const ours = SecurityContextKeyRing.generate('k1');
    const theirsSameId = SecurityContextKeyRing.generate('k1');
    const theirsOtherId = SecurityContextKeyRing.generate('k9');
    expect(
      failureOf(() =>
        unprotectSecurityContextCookie(protectSecurityContextCookie(state, theirsSameId), ours, NOW),
      ),
    ).toBe('tampered');
    expect(
      failureOf(() =>
        unprotectSecurityContextCookie(protectSecurityContextCookie(state, theirsOtherId), ours, NOW),
      ),
    ).toBe('unknownKey');
  });

  it('refuses an expired cookie and one from the future, allowing five minutes of clock skew', () => {
    const ring = SecurityContextKeyRing.generate();
    const blob = protectSecurityContextCookie(state, ring);
    const skew = 5 * 60_000;
    expect(unprotectSecurityContextCookie(blob, ring, state.validTo + skew - 1)).toEqual(state);
    expect(failureOf(() => unprotectSecurityContextCookie(blob, ring, state.validTo + skew))).toBe('expired');
    expect(
      failureOf(() => unprotectSecurityContextCookie(blob, ring, state.validTo, { maxClockSkew: 0 })),
    ).toBe('expired');
    expect(unprotectSecurityContextCookie(blob, ring, state.validFrom - skew)).toEqual(state);
    expect(failureOf(() => unprotectSecurityContextCookie(blob, ring, state.validFrom - skew - 1))).toBe(
      'notYetValid',
    );
  });

  it('refuses a well-encrypted cookie whose state does not have the expected shape', () => {
    const ring = SecurityContextKeyRing.generate('k1');
    // Built with the same layout by hand, as a confused or malicious key holder might.
    const seal = (plaintext: string): Buffer => {
      const header = Buffer.from([1, 2, ...Buffer.from('k1')]);
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', ring.current.key, iv);
      cipher.setAAD(header);
      const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return Buffer.concat([header, iv, ct, cipher.getAuthTag()]);
    };
    expect(failureOf(() => unprotectSecurityContextCookie(seal('not json'), ring, NOW))).toBe('malformed');
    expect(failureOf(() => unprotectSecurityContextCookie(seal('[]'), ring, NOW))).toBe('malformed');
    const good = {
      contextId: 'urn:uuid:1',
      key: Buffer.alloc(32).toString('base64'),
      validFrom: NOW,
      validTo: NOW + HOUR,
      keyEffectiveTime: NOW,
      keyExpirationTime: NOW + HOUR,
    };
    expect(unprotectSecurityContextCookie(seal(JSON.stringify(good)), ring, NOW).contextId).toBe(
      'urn:uuid:1',
    );
    for (const bad of [
      { ...good, contextId: undefined },
      { ...good, key: 'not base64!' },
      { ...good, key: '' },
      { ...good, validTo: 'tomorrow' },
      { ...good, validFrom: NOW + 2 * HOUR },
      { ...good, identity: { name: 5, authenticationType: 'X509' } },
      { ...good, identity: 'alice' },
    ]) {
      expect(failureOf(() => unprotectSecurityContextCookie(seal(JSON.stringify(bad)), ring, NOW))).toBe(
        'malformed',
      );
    }
  });

  it('refuses to protect times that are not whole milliseconds', () => {
    const ring = SecurityContextKeyRing.generate();
    expect(() => protectSecurityContextCookie({ ...state, validTo: Infinity }, ring)).toThrow(RangeError);
  });
});
