import * as nodeCrypto from 'node:crypto';
import { createHash } from 'node:crypto';
import { UnsupportedAlgorithmError } from './CryptoErrors';
import { SecurityAlgorithms } from './SecurityAlgorithms';

/** node:crypto's names for the hash functions the XML security URIs use. */
export type HashName = 'sha1' | 'sha256' | 'sha384' | 'sha512';

/** A digest method: its URI, node:crypto's hash name and the output length in bytes. */
export interface DigestAlgorithm {
  readonly uri: string;
  readonly hash: HashName;
  readonly length: number;
}

const DIGESTS: ReadonlyMap<string, DigestAlgorithm> = new Map(
  (
    [
      [SecurityAlgorithms.Sha1Digest, 'sha1', 20],
      [SecurityAlgorithms.Sha256Digest, 'sha256', 32],
      [SecurityAlgorithms.Sha384Digest, 'sha384', 48],
      [SecurityAlgorithms.Sha512Digest, 'sha512', 64],
    ] as const
  ).map(([uri, hash, length]) => [uri, { uri, hash, length }]),
);

/** The digest method for a DigestMethod URI; throws UnsupportedAlgorithmError for any other URI. */
export function getDigestAlgorithm(uri: string): DigestAlgorithm {
  const digest = DIGESTS.get(uri);
  if (!digest) throw new UnsupportedAlgorithmError(uri, 'digest');
  return digest;
}

// node:crypto's one-shot hash (Node ≥ 20.12) skips the Hash object a createHash call builds: about a
// microsecond less per digest, and a secured message takes a dozen (one per signed part, each side).
const oneShot: ((algorithm: string, data: Uint8Array | string, encoding: 'buffer') => Buffer) | undefined =
  typeof nodeCrypto.hash === 'function' ? nodeCrypto.hash : undefined;

/**
 * `hash` of `data`: a string is hashed as its UTF-8 octets, a list of strings as their concatenation's (fed in
 * turn, so a long one among short ones is never copied into one string first: src/xml/TextPieces.ts).
 */
export function hashOctets(hash: HashName, data: Uint8Array | string | readonly string[]): Buffer {
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) {
    if (data.length === 1) return hashOctets(hash, data[0]);
    const h = createHash(hash);
    for (const piece of data) h.update(piece);
    return h.digest();
  }
  return oneShot ? oneShot(hash, data, 'buffer') : createHash(hash).update(data).digest();
}

/** The digest of `data` with the method named by `uri`. */
export function computeDigest(uri: string, data: Uint8Array | string | readonly string[]): Buffer {
  return hashOctets(getDigestAlgorithm(uri).hash, data);
}
