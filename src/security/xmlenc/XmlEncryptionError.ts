/**
 * An EncryptedData / EncryptedKey / ReferenceList that cannot be processed *before* any key is used:
 * malformed structure, an algorithm Indigo does not implement or the caller's policy refuses. Failures
 * after a key is used are never this error but the one DecryptionError (crypto/CryptoErrors.ts).
 */
export type XmlEncryptionFailure = 'malformed' | 'unsupportedAlgorithm' | 'algorithmNotAllowed';

export class XmlEncryptionError extends Error {
  override readonly name: string = 'XmlEncryptionError';

  constructor(
    readonly failure: XmlEncryptionFailure,
    message: string,
  ) {
    super(message);
  }
}
