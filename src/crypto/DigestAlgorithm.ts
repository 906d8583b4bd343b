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

/** The digest of `data` with the method named by `uri`. */
export function computeDigest(uri: string, data: Uint8Array | string): Buffer {
  return createHash(getDigestAlgorithm(uri).hash).update(data).digest();
}
