/**
 * P_SHA1 and its WS-SC / WS-Trust uses, checked against an independent implementation computed at test
 * time: a few lines of Python's hmac/hashlib (test/crypto/oracle/psha1_oracle.py). Without python3 these
 * tests fail, saying so.
 */
import { spawnSync } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { computeCombinedKey, DEFAULT_DERIVED_KEY_LABEL, deriveKey, pSha1 } from '../../src/crypto';

interface OracleCase {
  readonly secret: Buffer;
  readonly label: string | null;
  readonly seed: Buffer;
  readonly length: number;
  readonly offset: number;
}

/** Deterministic test bytes (so a failure reproduces). */
function bytes(tag: string, length: number): Buffer {
  const out: Buffer[] = [];
  for (let i = 0; out.length * 32 < length; i++)
    out.push(createHash('sha256').update(`${tag}/${i}`).digest());
  return Buffer.concat(out).subarray(0, length);
}

function python(cases: readonly OracleCase[]): Buffer[] {
  const input = JSON.stringify(
    cases.map((c) => ({
      secret: c.secret.toString('hex'),
      label: c.label,
      seed: c.seed.toString('hex'),
      length: c.length,
      offset: c.offset,
    })),
  );
  const run = spawnSync('python3', [join(__dirname, 'oracle', 'psha1_oracle.py')], {
    input,
    encoding: 'utf8',
  });
  if (run.error || run.status !== 0) {
    throw new Error(
      `The P_SHA1 oracle needs python3 (hmac, hashlib): ${run.error?.message ?? run.stderr}. ` +
        'Install it with: apt-get install -y python3',
    );
  }
  return (JSON.parse(run.stdout) as string[]).map((h) => Buffer.from(h, 'hex'));
}

const LABEL = DEFAULT_DERIVED_KEY_LABEL;

describe('pSha1 against Python hmac', () => {
  const raw: OracleCase[] = [];
  for (const [secretLength, seedLength] of [
    [32, 32],
    [16, 77],
    [24, 16],
    [0, 20],
    [64, 64],
    [100, 3],
  ]) {
    for (const [length, offset] of [
      [1, 0],
      [20, 0],
      [21, 0],
      [32, 0],
      [24, 0],
      [100, 0],
      [16, 20],
      [24, 24],
      [32, 64],
      [7, 13],
    ]) {
      raw.push({
        secret: bytes(`secret${secretLength}`, secretLength),
        label: null,
        seed: bytes(`seed${seedLength}`, seedLength),
        length,
        offset,
      });
    }
  }
  let expected: Buffer[] = [];
  beforeAll(() => {
    expected = python(raw);
  });

  it.each(raw.map((c, i) => [c.secret.length, c.seed.length, c.length, c.offset, i] as const))(
    'secret %i B, seed %i B: %i bytes at offset %i',
    (_s, _seed, length, offset, i) => {
      const actual = pSha1(raw[i].secret, raw[i].seed, length, offset);
      expect(actual.toString('hex')).toBe(expected[i].toString('hex'));
    },
  );

  it('returns an empty key for length 0 and refuses negative or fractional sizes', () => {
    expect(pSha1(bytes('s', 8), bytes('t', 8), 0)).toHaveLength(0);
    expect(() => pSha1(bytes('s', 8), bytes('t', 8), -1)).toThrow(RangeError);
    expect(() => pSha1(bytes('s', 8), bytes('t', 8), 16, 1.5)).toThrow(RangeError);
  });
});

describe('deriveKey (WS-SecureConversation DerivedKeyToken) against Python hmac', () => {
  // WCF Basic256: a 32-byte key (SCT or ephemeral EncryptedKey); the signature key is 24 bytes and the
  // encryption key 32 bytes, both at offset 0 with their own nonce. Mono sends 32-byte nonces, WCF 16.
  const sourceKey = bytes('wcf-key', 32);
  const cases: { name: string; params: Parameters<typeof deriveKey>[0]; oracle: OracleCase }[] = [];
  for (const nonceLength of [16, 32]) {
    const nonce = bytes(`nonce${nonceLength}`, nonceLength);
    cases.push(
      {
        name: `Basic256 signature key: 24 bytes, offset 0, ${nonceLength}-byte nonce`,
        params: { secret: sourceKey, nonce, length: 24, offset: 0 },
        oracle: { secret: sourceKey, label: LABEL, seed: nonce, length: 24, offset: 0 },
      },
      {
        name: `Basic256 encryption key: default length 32, no offset, ${nonceLength}-byte nonce`,
        params: { secret: sourceKey, nonce },
        oracle: { secret: sourceKey, label: LABEL, seed: nonce, length: 32, offset: 0 },
      },
      {
        name: `Basic128 keys: 16 bytes, ${nonceLength}-byte nonce`,
        params: { secret: sourceKey.subarray(0, 16), nonce, length: 16 },
        oracle: { secret: sourceKey.subarray(0, 16), label: LABEL, seed: nonce, length: 16, offset: 0 },
      },
      {
        name: `generation 2 of 24-byte keys reads from offset 48, ${nonceLength}-byte nonce`,
        params: { secret: sourceKey, nonce, length: 24, generation: 2 },
        oracle: { secret: sourceKey, label: LABEL, seed: nonce, length: 24, offset: 48 },
      },
      {
        name: `an explicit offset 16, ${nonceLength}-byte nonce`,
        params: { secret: sourceKey, nonce, length: 32, offset: 16 },
        oracle: { secret: sourceKey, label: LABEL, seed: nonce, length: 32, offset: 16 },
      },
      {
        name: `an explicit label, ${nonceLength}-byte nonce`,
        params: { secret: sourceKey, nonce, length: 32, label: 'WS-SecureConversation' },
        oracle: { secret: sourceKey, label: 'WS-SecureConversation', seed: nonce, length: 32, offset: 0 },
      },
    );
  }
  let expected: Buffer[] = [];
  beforeAll(() => {
    expected = python(cases.map((c) => c.oracle));
  });

  it.each(cases.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    expect(deriveKey(cases[i].params).toString('hex')).toBe(expected[i].toString('hex'));
  });

  it('uses the label "WS-SecureConversation" twice by default', () => {
    expect(DEFAULT_DERIVED_KEY_LABEL).toBe('WS-SecureConversation'.repeat(2));
  });

  it('refuses a token with both an offset and a generation', () => {
    expect(() => deriveKey({ secret: sourceKey, nonce: bytes('n', 16), offset: 0, generation: 1 })).toThrow(
      /offset or a generation/,
    );
  });
});

describe('computeCombinedKey (WS-Trust CK/PSHA1) against Python hmac', () => {
  // secure-conversation.md §6: secret = the requestor's (client's) entropy, seed = the issuer's (service's)
  // entropy, no label; KeySize bits from offset 0. WCF's entropies are as long as the key.
  const cases = [256, 192, 128].map((bits) => ({
    bits,
    client: bytes(`client-entropy${bits}`, bits / 8),
    service: bytes(`service-entropy${bits}`, bits / 8),
  }));
  let expected: Buffer[] = [];
  beforeAll(() => {
    expected = python(
      cases.map((c) => ({ secret: c.client, label: null, seed: c.service, length: c.bits / 8, offset: 0 })),
    );
  });

  it.each(cases.map((c, i) => [c.bits, i] as const))('computes a %i-bit key', (bits, i) => {
    const key = computeCombinedKey(cases[i].client, cases[i].service, bits);
    expect(key).toHaveLength(bits / 8);
    expect(key.toString('hex')).toBe(expected[i].toString('hex'));
  });

  it('is not symmetric in the two entropies (client entropy is the secret)', () => {
    const c = cases[0];
    expect(
      computeCombinedKey(c.service, c.client, 256).equals(computeCombinedKey(c.client, c.service, 256)),
    ).toBe(false);
  });

  it('refuses key sizes WCF refuses (below 64 bits, above 131072, not whole octets)', () => {
    const c = cases[0];
    expect(() => computeCombinedKey(c.client, c.service, 56)).toThrow(RangeError);
    expect(() => computeCombinedKey(c.client, c.service, 131080)).toThrow(RangeError);
    expect(() => computeCombinedKey(c.client, c.service, 130)).toThrow(RangeError);
  });
});

describe('pSha1 against node:crypto HMAC-SHA1', () => {
  /** RFC 2246 §5 written out with node:crypto's createHmac (what PSha1.ts did before its own SHA-1). */
  function reference(secret: Buffer, seed: Buffer, length: number, offset: number): Buffer {
    const out: Buffer[] = [];
    let a = seed;
    for (let produced = 0; produced < offset + length; produced += 20) {
      a = createHmac('sha1', secret).update(a).digest();
      out.push(createHmac('sha1', secret).update(a).update(seed).digest());
    }
    return Buffer.concat(out).subarray(offset, offset + length);
  }

  it('agrees on random secrets (0–200 octets), seeds (0–300), lengths and offsets', () => {
    let state = 12345;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
    for (let i = 0; i < 400; i++) {
      const secret = randomBytes(next(i < 200 ? 70 : 201));
      const seed = randomBytes(next(i < 200 ? 130 : 301));
      const length = 1 + next(100);
      const offset = next(70);
      expect(pSha1(secret, seed, length, offset).toString('hex')).toBe(
        reference(secret, seed, length, offset).toString('hex'),
      );
    }
  });
});
