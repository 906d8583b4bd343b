/**
 * RSA key transport of XML Encryption §5.4: RSA-OAEP-MGF1P (SHA-1) and RSA PKCS#1 v1.5.
 *
 * RSA-1_5 unwrap follows the known defence against Bleichenbacher's attack (RFC 3218 §2.3.2; XML
 * Encryption 1.1 §5.5.1 security note): the padding is checked without data-dependent branches and, if it
 * is wrong, a random key of the expected length is returned instead of an error, so that a wrong padding
 * behaves exactly like a wrong key — the decryption that uses the key fails later, the same way. Node 20
 * refuses RSA_PKCS1_PADDING for private decryption (CVE-2023-46809), so the raw RSA operation is done with
 * RSA_NO_PADDING and the unpadding here.
 */
import { constants, privateDecrypt, publicEncrypt, randomBytes, type KeyObject } from 'node:crypto';
import { CryptoKeyError, DecryptionError } from './CryptoErrors';

/** The public key (or a private key, whose public half is used) for wrapping. */
function rsaPublic(key: KeyObject, uri: string): KeyObject {
  if (key.type === 'secret' || key.asymmetricKeyType !== 'rsa') {
    throw new CryptoKeyError(`The key wrap algorithm '${uri}' needs an RSA key.`);
  }
  return key;
}

function rsaPrivate(key: KeyObject, uri: string): KeyObject {
  if (key.type !== 'private' || key.asymmetricKeyType !== 'rsa') {
    throw new CryptoKeyError(`Unwrapping with '${uri}' needs an RSA private key.`);
  }
  return key;
}

/**
 * An RSA ciphertext is exactly as long as the modulus (PKCS#1 v2.2 §7.1.2 step 1). OpenSSL also takes a shorter
 * one as the same integer, so a block with a leading zero octet dropped would still decrypt: refused here, as
 * the bytes that arrived must be the bytes the sender wrapped.
 */
function hasModulusLength(wrapped: Uint8Array, key: KeyObject): boolean {
  const bits = key.asymmetricKeyDetails?.modulusLength;
  return bits !== undefined && wrapped.length === Math.ceil(bits / 8);
}

export interface RsaOaepParameters {
  /** xenc:OAEPparams: the OAEP label (P), empty when absent. */
  readonly oaepParams?: Uint8Array;
}

export function rsaOaepWrap(
  uri: string,
  keyData: Uint8Array,
  key: KeyObject,
  p: RsaOaepParameters = {},
): Buffer {
  return publicEncrypt(
    {
      key: rsaPublic(key, uri),
      padding: constants.RSA_PKCS1_OAEP_PADDING,
      oaepHash: 'sha1',
      oaepLabel: p.oaepParams,
    },
    keyData,
  );
}

/** OAEP unwrap; any failure (wrong key, corrupted cipher text, wrong length) is a DecryptionError. */
export function rsaOaepUnwrap(
  uri: string,
  wrapped: Uint8Array,
  key: KeyObject,
  p: RsaOaepParameters = {},
): Buffer {
  const privateKey = rsaPrivate(key, uri);
  if (!hasModulusLength(wrapped, privateKey)) throw new DecryptionError();
  try {
    return privateDecrypt(
      {
        key: privateKey,
        padding: constants.RSA_PKCS1_OAEP_PADDING,
        oaepHash: 'sha1',
        oaepLabel: p.oaepParams,
      },
      wrapped,
    );
  } catch {
    // OpenSSL's reason would tell a padding failure from others: one error for all (CryptoErrors.ts).
    throw new DecryptionError();
  }
}

export function rsaV15Wrap(uri: string, keyData: Uint8Array, key: KeyObject): Buffer {
  return publicEncrypt({ key: rsaPublic(key, uri), padding: constants.RSA_PKCS1_PADDING }, keyData);
}

/**
 * PKCS#1 v1.5 unwrap with implicit rejection: returns the key if the block is EM = 00 02 PS 00 M with at
 * least 8 non-zero PS octets and |M| = expectedLength, else `expectedLength` random octets.
 */
export function rsaV15Unwrap(
  uri: string,
  wrapped: Uint8Array,
  key: KeyObject,
  expectedLength: number,
): Buffer {
  const privateKey = rsaPrivate(key, uri);
  if (!Number.isInteger(expectedLength) || expectedLength < 1) {
    throw new CryptoKeyError(`Unwrapping with '${uri}' needs the expected key length.`);
  }
  const fallback = randomBytes(expectedLength);
  if (!hasModulusLength(wrapped, privateKey)) return fallback;
  let em: Buffer;
  try {
    em = privateDecrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, wrapped);
  } catch {
    // Wrong length or a value not below the modulus: public facts, but answer like any other bad block.
    return fallback;
  }
  const k = em.length;
  if (expectedLength > k - 11) return fallback; // cannot be a valid block for this modulus: public sizes only
  // good = 1 while the block is well formed; computed over every octet without branching on their values.
  let good = ctIsZero(em[0]) & ctIsZero(em[1] ^ 2);
  let zeroIndex = 0;
  let searching = 1;
  for (let i = 2; i < k; i++) {
    const isZero = ctIsZero(em[i]);
    const found = searching & isZero;
    zeroIndex = ctSelect(found, i, zeroIndex);
    searching &= ~isZero & 1;
  }
  good &= ~searching & 1; // a separator was found
  good &= ctGreaterOrEqual(zeroIndex, 10); // at least 8 octets of PS (EM[2..9])
  good &= ctIsZero(k - zeroIndex - 1 - expectedLength); // |M| = expectedLength
  const result = Buffer.alloc(expectedLength);
  const mask = -good & 0xff; // 0xff when good, 0 otherwise
  const start = k - expectedLength;
  for (let i = 0; i < expectedLength; i++) {
    result[i] = (em[start + i] & mask) | (fallback[i] & ~mask & 0xff);
  }
  em.fill(0);
  return result;
}

/** 1 if x (a small non-negative or negative int) is 0, else 0, without a branch. */
function ctIsZero(x: number): number {
  return (((x | -x) >>> 31) ^ 1) & 1;
}

/** a if bit is 1, b if bit is 0. */
function ctSelect(bit: number, a: number, b: number): number {
  return (a & -bit) | (b & ~-bit);
}

/** 1 if a ≥ b (both small non-negative ints), else 0. */
function ctGreaterOrEqual(a: number, b: number): number {
  return (((a - b) >>> 31) ^ 1) & 1;
}
