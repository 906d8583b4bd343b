import { createHmac, sign as rsaSign, verify as rsaVerify, type KeyObject } from 'node:crypto';
import { constantTimeEquals } from './constantTimeEquals';
import { CryptoKeyError, UnsupportedAlgorithmError } from './CryptoErrors';
import type { HashName } from './DigestAlgorithm';
import { SecurityAlgorithms } from './SecurityAlgorithms';

/**
 * A signing or verification key: a KeyObject for RSA (parsed once, see Certificate), the raw bytes (or a
 * secret KeyObject) for HMAC.
 */
export type SignatureKey = KeyObject | Uint8Array;

/** A SignatureMethod: RSA PKCS#1 v1.5 (asymmetric) or HMAC (symmetric), by URI. */
export interface SignatureAlgorithm {
  readonly uri: string;
  readonly kind: 'asymmetric' | 'symmetric';
  readonly hash: HashName;
  /** HMAC only: the full output length in bits, the only HMACOutputLength accepted. */
  readonly macBits?: number;
  sign(key: SignatureKey, data: Uint8Array): Buffer;
  /** False for a wrong signature; throws CryptoKeyError for a key of the wrong kind. */
  verify(key: SignatureKey, data: Uint8Array, signature: Uint8Array): boolean;
}

function isKeyObject(key: SignatureKey): key is KeyObject {
  return !(key instanceof Uint8Array);
}

/**
 * RSA wants an RSA KeyObject; a raw byte key here is a caller bug or a key-confusion attempt (the classic
 * one: verify an "HMAC" keyed with the signer's public key, xml-crypto #303) and is refused either way.
 */
function rsaKey(key: SignatureKey, uri: string, needPrivate: boolean): KeyObject {
  if (!isKeyObject(key) || key.type === 'secret' || key.asymmetricKeyType !== 'rsa') {
    throw new CryptoKeyError(`The signature algorithm '${uri}' needs an RSA key.`);
  }
  if (needPrivate && key.type !== 'private') {
    throw new CryptoKeyError(`Signing with '${uri}' needs the RSA private key.`);
  }
  return key;
}

function hmacKey(key: SignatureKey, uri: string): KeyObject | Uint8Array {
  if (isKeyObject(key) && key.type !== 'secret') {
    throw new CryptoKeyError(
      `The signature algorithm '${uri}' needs a symmetric key, not an asymmetric one.`,
    );
  }
  const length = isKeyObject(key) ? (key.symmetricKeySize ?? 0) : key.length;
  if (length === 0) throw new CryptoKeyError(`The signature algorithm '${uri}' needs a non-empty key.`);
  return key;
}

function rsa(uri: string, hash: HashName): SignatureAlgorithm {
  return {
    uri,
    kind: 'asymmetric',
    hash,
    sign: (key, data) => rsaSign(hash, data, rsaKey(key, uri, true)),
    verify: (key, data, signature) => rsaVerify(hash, data, rsaKey(key, uri, false), signature),
  };
}

function hmac(uri: string, hash: HashName, macBits: number): SignatureAlgorithm {
  const sign = (key: SignatureKey, data: Uint8Array): Buffer =>
    createHmac(hash, hmacKey(key, uri)).update(data).digest();
  return {
    uri,
    kind: 'symmetric',
    hash,
    macBits,
    sign,
    verify: (key, data, signature) => constantTimeEquals(sign(key, data), signature),
  };
}

const SIGNATURES: ReadonlyMap<string, SignatureAlgorithm> = new Map(
  [
    rsa(SecurityAlgorithms.RsaSha1Signature, 'sha1'),
    rsa(SecurityAlgorithms.RsaSha256Signature, 'sha256'),
    hmac(SecurityAlgorithms.HmacSha1Signature, 'sha1', 160),
    hmac(SecurityAlgorithms.HmacSha256Signature, 'sha256', 256),
  ].map((a) => [a.uri, a]),
);

/** The signature method for a SignatureMethod URI; throws UnsupportedAlgorithmError for any other URI. */
export function getSignatureAlgorithm(uri: string): SignatureAlgorithm {
  const algorithm = SIGNATURES.get(uri);
  if (!algorithm) throw new UnsupportedAlgorithmError(uri, 'signature');
  return algorithm;
}
