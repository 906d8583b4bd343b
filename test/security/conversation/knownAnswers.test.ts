/**
 * Known answers for the keys of a secure session, computed at test time by an independent implementation —
 * a few lines of Python's hmac/hashlib run with /usr/bin/python3 — and compared with src/crypto/KeyDerivation:
 *
 * - P_SHA1 itself, including reads from an offset;
 * - the session key: the entropies travel through the RST and RSTR writers and readers of both WS-Trust
 *   versions, then CK/PSHA1 (secret = client entropy, seed = server entropy, KeySize/8 octets);
 * - the derived keys WCF makes from it: label "WS-SecureConversationWS-SecureConversation", 16-octet nonces,
 *   a 24-octet signature key and a 32-octet encryption key at offset 0 (Basic256), plus a Generation and an
 *   explicit Offset.
 *
 * Python computes the whole chain from the raw entropies and nonces (it derives from its own combined key), so
 * an error anywhere in Indigo's chain shows. Test/crypto/PSha1.oracle.test.ts covers P_SHA1's edge cases.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { computeCombinedKey, DEFAULT_DERIVED_KEY_LABEL, deriveKey, pSha1 } from '../../../src/crypto';
import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import { SecurityAlgorithmSuite } from '../../../src/security/SecurityAlgorithmSuite';
import { SecurityKeyEntropyMode } from '../../../src/security/SecurityEnumerations';
import { parseXml, serializeXml } from '../../../src/xml';
import {
  readIssueResponse,
  readRequestSecurityToken,
  SecurityContextToken,
  trustDriverFor,
  validateIssueRequest,
  writeIssueRequest,
  writeIssueResponse,
} from '../../../src/security/conversation';

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** The oracle: P_SHA1 (RFC 2246 §5) with hmac/hashlib, and the session chain built on it. */
const ORACLE = `
import hashlib, hmac, json, sys

def p_sha1(secret, seed, length):
    out, a = b"", seed
    while len(out) < length:
        a = hmac.new(secret, a, hashlib.sha1).digest()
        out += hmac.new(secret, a + seed, hashlib.sha1).digest()
    return out[:length]

def read(secret, seed, offset, length):
    return p_sha1(secret, seed, offset + length)[offset:]

results = []
for case in json.load(sys.stdin):
    h = bytes.fromhex
    if case["kind"] == "psha1":
        results.append(read(h(case["secret"]), h(case["seed"]), case["offset"], case["length"]).hex())
    else:
        key = p_sha1(h(case["client"]), h(case["server"]), case["bits"] // 8)
        label = case["label"].encode("utf-8")
        derived = [read(key, label + h(d["nonce"]), d["offset"], d["length"]).hex() for d in case["derived"]]
        results.append({"key": key.hex(), "derived": derived})
json.dump(results, sys.stdout)
`;

function oracle<T>(cases: readonly object[]): T[] {
  const run = spawnSync(PYTHON, ['-c', ORACLE], { input: JSON.stringify(cases), encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new Error(
      `The known-answer oracle needs python3 (hmac, hashlib): ${run.error?.message ?? run.stderr}. ` +
        'Install it with: apt-get install -y python3',
    );
  }
  return JSON.parse(run.stdout) as T[];
}

/** Deterministic test octets, so that a failure reproduces. */
function bytes(tag: string, length: number): Buffer {
  const out: Buffer[] = [];
  for (let i = 0; out.length * 32 < length; i++)
    out.push(createHash('sha256').update(`${tag}/${i}`).digest());
  return Buffer.concat(out).subarray(0, length);
}

describe('P_SHA1 known answers', () => {
  const cases = [
    { secret: bytes('s1', 32), seed: bytes('seed1', 59), offset: 0, length: 100 },
    { secret: bytes('s2', 32), seed: bytes('seed2', 59), offset: 37, length: 41 },
    {
      secret: bytes('s3', 20),
      seed: Buffer.concat([Buffer.from(DEFAULT_DERIVED_KEY_LABEL), bytes('n', 16)]),
      offset: 64,
      length: 32,
    },
  ];
  let expected: string[] = [];
  beforeAll(() => {
    expected = oracle<string>(
      cases.map((c) => ({
        kind: 'psha1',
        secret: c.secret.toString('hex'),
        seed: c.seed.toString('hex'),
        offset: c.offset,
        length: c.length,
      })),
    );
  });

  it.each(cases.map((c, i) => [c.length, c.offset, i] as const))(
    'reads %i octets at offset %i',
    (_l, _o, i) => {
      const c = cases[i];
      expect(pSha1(c.secret, c.seed, c.length, c.offset).toString('hex')).toBe(expected[i]);
    },
  );
});

interface ChainAnswer {
  readonly key: string;
  readonly derived: readonly string[];
}

describe.each([
  ['WS-Trust February 2005', MessageSecurityVersion.Default],
  ['WS-Trust 1.3', MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12],
])('session keys through the %s wire', (_name, version) => {
  const driver = trustDriverFor(version);
  const suites = [
    ['Basic256', SecurityAlgorithmSuite.Basic256],
    ['Basic192', SecurityAlgorithmSuite.Basic192],
    ['Basic128', SecurityAlgorithmSuite.Basic128],
  ] as const;
  const signatureNonce = bytes('signature-nonce', 16);
  const encryptionNonce = bytes('encryption-nonce', 16);
  const generationNonce = bytes('generation-nonce', 16);
  const offsetNonce = bytes('offset-nonce', 16);

  /** The exchange: RST with client entropy → service → RSTR with server entropy → client. */
  function exchange(suite: SecurityAlgorithmSuite): {
    client: Buffer;
    server: Buffer;
    serviceKey: Buffer;
    clientKey: Buffer;
  } {
    const bits = suite.defaultSymmetricKeyLength;
    const client = bytes(`client-entropy-${suite}`, bits / 8);
    const server = bytes(`server-entropy-${suite}`, bits / 8);
    const rstBody = parseXml(
      serializeXml(writeIssueRequest({ driver, keySize: bits, entropy: client })),
    ).root;
    const rst = readRequestSecurityToken(rstBody, driver, 'issue');
    if (rst.kind !== 'issue') throw new Error('not an issue request');
    const keySize = validateIssueRequest(rst, {
      suite,
      keyEntropyMode: SecurityKeyEntropyMode.CombinedEntropy,
    });
    const serviceKey = computeCombinedKey(rst.entropy!, server, keySize);
    const token = new SecurityContextToken({ key: serviceKey, validFrom: 0, validTo: 3_600_000 });
    const rstrBody = parseXml(
      serializeXml(
        writeIssueResponse({
          driver,
          token,
          serverEntropy: server,
          keySize,
          lifetime: { created: 0, expires: 3_600_000 },
        }),
      ),
    ).root;
    const rstr = readIssueResponse(rstrBody, driver);
    expect(rstr.computedKey).toBe(true);
    const clientKey = computeCombinedKey(client, rstr.serverEntropy!, rstr.keySize ?? bits);
    return { client, server, serviceKey, clientKey };
  }

  let answers: ChainAnswer[] = [];
  beforeAll(() => {
    answers = oracle<ChainAnswer>(
      suites.map(([, suite]) => {
        const { client, server } = exchange(suite);
        const signatureLength = suite.defaultSignatureKeyDerivationLength / 8;
        const encryptionLength = suite.defaultEncryptionKeyDerivationLength / 8;
        return {
          kind: 'chain',
          client: client.toString('hex'),
          server: server.toString('hex'),
          bits: suite.defaultSymmetricKeyLength,
          label: DEFAULT_DERIVED_KEY_LABEL,
          derived: [
            { nonce: signatureNonce.toString('hex'), offset: 0, length: signatureLength },
            { nonce: encryptionNonce.toString('hex'), offset: 0, length: encryptionLength },
            // Generation 1 of 24-octet keys reads from offset 24; an explicit Offset 16 of a 32-octet key.
            { nonce: generationNonce.toString('hex'), offset: 24, length: 24 },
            { nonce: offsetNonce.toString('hex'), offset: 16, length: 32 },
          ],
        };
      }),
    );
  });

  it.each(suites.map(([name, suite], i) => [name, suite, i] as const))(
    'both sides compute the CK/PSHA1 session key of %s from the entropies on the wire',
    (_suiteName, suite, i) => {
      const { serviceKey, clientKey } = exchange(suite);
      expect(serviceKey).toHaveLength(suite.defaultSymmetricKeyLength / 8);
      expect(serviceKey.toString('hex')).toBe(answers[i].key);
      expect(clientKey.toString('hex')).toBe(answers[i].key);
    },
  );

  it('derives the Basic256 signature key (24 octets, offset 0) and encryption key (32 octets) with WCF’s defaults', () => {
    const { serviceKey } = exchange(SecurityAlgorithmSuite.Basic256);
    expect(SecurityAlgorithmSuite.Basic256.defaultSignatureKeyDerivationLength).toBe(192);
    expect(SecurityAlgorithmSuite.Basic256.defaultEncryptionKeyDerivationLength).toBe(256);
    const signature = deriveKey({ secret: serviceKey, nonce: signatureNonce, length: 24, offset: 0 });
    const encryption = deriveKey({ secret: serviceKey, nonce: encryptionNonce });
    expect(signature).toHaveLength(24);
    expect(encryption).toHaveLength(32);
    expect(signature.toString('hex')).toBe(answers[0].derived[0]);
    expect(encryption.toString('hex')).toBe(answers[0].derived[1]);
  });

  it.each(suites.map(([name, suite], i) => [name, suite, i] as const))(
    'derives the %s signature and encryption keys at the suite’s lengths',
    (_suiteName, suite, i) => {
      const { serviceKey } = exchange(suite);
      const signature = deriveKey({
        secret: serviceKey,
        nonce: signatureNonce,
        length: suite.defaultSignatureKeyDerivationLength / 8,
      });
      const encryption = deriveKey({
        secret: serviceKey,
        nonce: encryptionNonce,
        length: suite.defaultEncryptionKeyDerivationLength / 8,
      });
      expect([signature.toString('hex'), encryption.toString('hex')]).toEqual(answers[i].derived.slice(0, 2));
    },
  );

  it('reads a Generation as generation × length and honours an explicit Offset', () => {
    const { serviceKey } = exchange(SecurityAlgorithmSuite.Basic256);
    expect(
      deriveKey({ secret: serviceKey, nonce: generationNonce, length: 24, generation: 1 }).toString('hex'),
    ).toBe(answers[0].derived[2]);
    expect(
      deriveKey({ secret: serviceKey, nonce: offsetNonce, length: 32, offset: 16 }).toString('hex'),
    ).toBe(answers[0].derived[3]);
  });
});
