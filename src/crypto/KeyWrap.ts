/**
 * Key wrap (EncryptedKey's EncryptionMethod) by URI: RSA key transport or symmetric key wrap.
 */
import type { KeyObject } from 'node:crypto';
import { CryptoKeyError, DecryptionError, UnsupportedAlgorithmError } from './CryptoErrors';
import { rsaOaepUnwrap, rsaOaepWrap, rsaV15Unwrap, rsaV15Wrap } from './RsaKeyTransport';
import { SecurityAlgorithms } from './SecurityAlgorithms';
import { isSymmetricKeyWrap, symmetricUnwrap, symmetricWrap } from './SymmetricKeyWrap';

/** An RSA KeyObject for key transport; the key-encryption key's octets (or a secret KeyObject) for key wrap. */
export type KeyWrapKey = KeyObject | Uint8Array;

export interface KeyWrapAlgorithm {
  readonly uri: string;
  readonly kind: 'asymmetric' | 'symmetric';
}

export interface KeyWrapOptions {
  /** RSA-OAEP only: the xenc:OAEPparams octets. */
  readonly oaepParams?: Uint8Array;
}

export interface KeyUnwrapOptions extends KeyWrapOptions {
  /**
   * The key length the caller will use the key with (the algorithm suite's). Required for RSA-1_5, whose
   * unwrap returns a random key of this length instead of failing (RsaKeyTransport.ts); for the others a
   * different length is a DecryptionError.
   */
  readonly expectedKeyLength?: number;
}

/** The key wrap for an EncryptionMethod URI; throws UnsupportedAlgorithmError for any other URI. */
export function getKeyWrapAlgorithm(uri: string): KeyWrapAlgorithm {
  if (uri === SecurityAlgorithms.RsaOaepKeyWrap || uri === SecurityAlgorithms.RsaV15KeyWrap) {
    return { uri, kind: 'asymmetric' };
  }
  if (isSymmetricKeyWrap(uri)) return { uri, kind: 'symmetric' };
  throw new UnsupportedAlgorithmError(uri, 'keyWrap');
}

function asymmetric(key: KeyWrapKey, uri: string): KeyObject {
  if (key instanceof Uint8Array)
    throw new CryptoKeyError(`The key wrap algorithm '${uri}' needs an RSA key.`);
  return key;
}

function symmetric(key: KeyWrapKey, uri: string): Uint8Array {
  if (key instanceof Uint8Array) return key;
  if (key.type === 'secret') return key.export();
  throw new CryptoKeyError(`The key wrap algorithm '${uri}' needs a symmetric key.`);
}

/** Wraps (encrypts) key data for an EncryptedKey's CipherValue. */
export function wrapKey(
  uri: string,
  keyData: Uint8Array,
  wrappingKey: KeyWrapKey,
  options: KeyWrapOptions = {},
): Buffer {
  switch (uri) {
    case SecurityAlgorithms.RsaOaepKeyWrap:
      return rsaOaepWrap(uri, keyData, asymmetric(wrappingKey, uri), options);
    case SecurityAlgorithms.RsaV15KeyWrap:
      return rsaV15Wrap(uri, keyData, asymmetric(wrappingKey, uri));
    default:
      getKeyWrapAlgorithm(uri);
      return symmetricWrap(uri, keyData, symmetric(wrappingKey, uri));
  }
}

/**
 * Unwraps (decrypts) an EncryptedKey's CipherValue. Failures are a DecryptionError, except for RSA-1_5 (see
 * KeyUnwrapOptions.expectedKeyLength); keys of the wrong kind are the caller's error (CryptoKeyError).
 */
export function unwrapKey(
  uri: string,
  wrapped: Uint8Array,
  unwrappingKey: KeyWrapKey,
  options: KeyUnwrapOptions = {},
): Buffer {
  let key: Buffer;
  switch (uri) {
    case SecurityAlgorithms.RsaOaepKeyWrap:
      key = rsaOaepUnwrap(uri, wrapped, asymmetric(unwrappingKey, uri), options);
      break;
    case SecurityAlgorithms.RsaV15KeyWrap:
      if (options.expectedKeyLength === undefined) {
        throw new CryptoKeyError(`Unwrapping with '${uri}' needs the expected key length.`);
      }
      return rsaV15Unwrap(uri, wrapped, asymmetric(unwrappingKey, uri), options.expectedKeyLength);
    default:
      getKeyWrapAlgorithm(uri);
      key = symmetricUnwrap(uri, wrapped, symmetric(unwrappingKey, uri));
  }
  if (options.expectedKeyLength !== undefined && key.length !== options.expectedKeyLength) {
    throw new DecryptionError();
  }
  return key;
}
