import { createCipheriv, createDecipheriv } from 'node:crypto';
import { CryptoKeyError, DecryptionError, UnsupportedAlgorithmError } from './CryptoErrors';
import { randomOctets } from './randomOctets';
import { SecurityAlgorithms } from './SecurityAlgorithms';

/** A block encryption algorithm of XML Encryption §5.2 (CBC mode). */
export interface BlockEncryptionAlgorithm {
  readonly uri: string;
  /** node:crypto's cipher name. */
  readonly cipher: string;
  readonly keyLength: number;
  readonly blockSize: number;
}

const BLOCK_CIPHERS: ReadonlyMap<string, BlockEncryptionAlgorithm> = new Map(
  (
    [
      [SecurityAlgorithms.Aes128Encryption, 'aes-128-cbc', 16, 16],
      [SecurityAlgorithms.Aes192Encryption, 'aes-192-cbc', 24, 16],
      [SecurityAlgorithms.Aes256Encryption, 'aes-256-cbc', 32, 16],
      [SecurityAlgorithms.TripleDesEncryption, 'des-ede3-cbc', 24, 8],
    ] as const
  ).map(([uri, cipher, keyLength, blockSize]) => [uri, { uri, cipher, keyLength, blockSize }]),
);

/** The block cipher for an EncryptionMethod URI; throws UnsupportedAlgorithmError for any other URI. */
export function getBlockEncryptionAlgorithm(uri: string): BlockEncryptionAlgorithm {
  const algorithm = BLOCK_CIPHERS.get(uri);
  if (!algorithm) throw new UnsupportedAlgorithmError(uri, 'encryption');
  return algorithm;
}

/**
 * Encrypts as XML Encryption §5.2 says: a fresh random IV for every call, prepended to the cipher text, and
 * padding where the last octet is the padding length (1…block size) and the other padding octets are
 * random (ISO 10126 style). Returns IV ‖ cipher text, the octets a CipherValue carries.
 */
export function encryptBlock(uri: string, key: Uint8Array, plaintext: Uint8Array): Buffer {
  const algorithm = getBlockEncryptionAlgorithm(uri);
  if (key.length !== algorithm.keyLength) {
    throw new CryptoKeyError(
      `The encryption algorithm '${uri}' needs a ${algorithm.keyLength}-byte key, not ${key.length} bytes.`,
    );
  }
  const { blockSize } = algorithm;
  const padLength = blockSize - (plaintext.length % blockSize);
  // One draw for the IV and the padding (randomOctets.ts).
  const random = randomOctets(blockSize + padLength);
  const iv = random.subarray(0, blockSize);
  const padding = random.subarray(blockSize);
  padding[padLength - 1] = padLength;
  const cipher = createCipheriv(algorithm.cipher, key, iv).setAutoPadding(false);
  return Buffer.concat([iv, cipher.update(plaintext), cipher.update(padding), cipher.final()]);
}

/**
 * Decrypts IV ‖ cipher text. Any padding octets are accepted except the last, which must be a length from 1
 * to the block size (§5.2). Every failure — wrong key length, truncated or misaligned input, bad padding —
 * throws the same DecryptionError.
 */
export function decryptBlock(uri: string, key: Uint8Array, data: Uint8Array): Buffer {
  const algorithm = getBlockEncryptionAlgorithm(uri);
  const { blockSize } = algorithm;
  if (key.length !== algorithm.keyLength) throw new DecryptionError();
  if (data.length < 2 * blockSize || data.length % blockSize !== 0) throw new DecryptionError();
  let plaintext: Buffer;
  try {
    const decipher = createDecipheriv(algorithm.cipher, key, data.subarray(0, blockSize)).setAutoPadding(
      false,
    );
    const body = decipher.update(data.subarray(blockSize));
    // Without padding, final() has nothing left for whole blocks: no second copy of the plaintext.
    const rest = decipher.final();
    plaintext = rest.length === 0 ? body : Buffer.concat([body, rest]);
  } catch {
    throw new DecryptionError();
  }
  const padLength = plaintext[plaintext.length - 1];
  if (padLength < 1 || padLength > blockSize) throw new DecryptionError();
  return plaintext.subarray(0, plaintext.length - padLength);
}
