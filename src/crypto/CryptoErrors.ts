/**
 * Typed errors of the crypto primitives. The security layer above maps them to WS-Security faults
 * (UnsupportedAlgorithm → wsse:UnsupportedAlgorithm, DecryptionError → wsse:FailedCheck).
 */

/** What an algorithm URI was asked to do. */
export type AlgorithmPurpose =
  'digest' | 'signature' | 'encryption' | 'keyWrap' | 'keyDerivation' | 'canonicalization' | 'transform';

/** The URI names no algorithm Indigo implements for this purpose. Nothing secret is involved. */
export class UnsupportedAlgorithmError extends Error {
  override readonly name: string = 'UnsupportedAlgorithmError';

  constructor(
    readonly algorithm: string,
    readonly purpose: AlgorithmPurpose,
  ) {
    super(`The ${purpose} algorithm '${algorithm}' is not supported.`);
  }
}

/** A key of the wrong kind or size for an algorithm (an RSA key given to HMAC, a 16-byte key to AES-256). */
export class CryptoKeyError extends Error {
  override readonly name: string = 'CryptoKeyError';
}

/**
 * Decryption or key unwrap failed. One class and one message for every cause — bad padding, wrong key,
 * corrupted or truncated cipher text, a plaintext that does not parse — and no `cause`: telling them apart
 * is what padding-oracle and XML-Encryption attacks feed on (Jager & Somorovsky, "How to break XML
 * Encryption", CCS 2011).
 */
export class DecryptionError extends Error {
  override readonly name: string = 'DecryptionError';

  constructor() {
    super(DecryptionError.MESSAGE);
  }

  static readonly MESSAGE = 'The data could not be decrypted.';
}
