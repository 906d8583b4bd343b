/** Layer 1, crypto: X.509 certificates, the crypto provider, and the XML-security algorithms by URI. */
export * from './Certificate';
export * from './CryptoProvider';
export * from './createSelfSignedCertificate';
export * from './SecurityAlgorithms';
export * from './CryptoErrors';
export { constantTimeEquals } from './constantTimeEquals';
export { decodeBase64 } from './decodeBase64';
export { getDigestAlgorithm, computeDigest, type DigestAlgorithm, type HashName } from './DigestAlgorithm';
export { getSignatureAlgorithm, type SignatureAlgorithm, type SignatureKey } from './SignatureAlgorithm';
export {
  getBlockEncryptionAlgorithm,
  encryptBlock,
  decryptBlock,
  type BlockEncryptionAlgorithm,
} from './BlockEncryption';
export {
  getKeyWrapAlgorithm,
  wrapKey,
  unwrapKey,
  type KeyWrapAlgorithm,
  type KeyWrapKey,
  type KeyWrapOptions,
  type KeyUnwrapOptions,
} from './KeyWrap';
export { pSha1 } from './PSha1';
export {
  deriveKey,
  computeCombinedKey,
  DEFAULT_DERIVED_KEY_LABEL,
  DEFAULT_DERIVED_KEY_LENGTH,
  type DerivedKeyParameters,
} from './KeyDerivation';
