/**
 * Symmetric key wrap of XML Encryption §5.6: AES Key Wrap (RFC 3394, default IV A6A6A6A6A6A6A6A6) and the
 * CMS Triple-DES Key Wrap (RFC 3217), both as OpenSSL implements them (id-aesNNN-wrap, des3-wrap; the latter
 * draws its random IV itself, RFC 3217 step 2).
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { CryptoKeyError, DecryptionError } from './CryptoErrors';
import { SecurityAlgorithms } from './SecurityAlgorithms';

interface SymmetricKeyWrapCipher {
  readonly cipher: string;
  readonly kekLength: number;
  /** RFC 3394's default initial value; null for des3-wrap, which makes its own. */
  readonly iv: Buffer | null;
}

const RFC3394_IV = Buffer.from('a6a6a6a6a6a6a6a6', 'hex');

const WRAPS: ReadonlyMap<string, SymmetricKeyWrapCipher> = new Map([
  [SecurityAlgorithms.Aes128KeyWrap, { cipher: 'id-aes128-wrap', kekLength: 16, iv: RFC3394_IV }],
  [SecurityAlgorithms.Aes192KeyWrap, { cipher: 'id-aes192-wrap', kekLength: 24, iv: RFC3394_IV }],
  [SecurityAlgorithms.Aes256KeyWrap, { cipher: 'id-aes256-wrap', kekLength: 32, iv: RFC3394_IV }],
  [SecurityAlgorithms.TripleDesKeyWrap, { cipher: 'des3-wrap', kekLength: 24, iv: null }],
]);

export function isSymmetricKeyWrap(uri: string): boolean {
  return WRAPS.has(uri);
}

function wrapCipher(uri: string, kek: Uint8Array): SymmetricKeyWrapCipher {
  const wrap = WRAPS.get(uri);
  if (!wrap) throw new CryptoKeyError(`'${uri}' is not a symmetric key wrap.`);
  if (kek.length !== wrap.kekLength) {
    throw new CryptoKeyError(
      `The key wrap algorithm '${uri}' needs a ${wrap.kekLength}-byte key-encryption key, not ${kek.length} bytes.`,
    );
  }
  return wrap;
}

/** Wraps key data (a multiple of 8 octets, at least 16) with a key-encryption key. */
export function symmetricWrap(uri: string, keyData: Uint8Array, kek: Uint8Array): Buffer {
  const wrap = wrapCipher(uri, kek);
  if (keyData.length < 16 || keyData.length % 8 !== 0) {
    throw new CryptoKeyError(`Key data of ${keyData.length} bytes cannot be wrapped with '${uri}'.`);
  }
  const cipher = createCipheriv(wrap.cipher, kek, wrap.iv);
  return Buffer.concat([cipher.update(keyData), cipher.final()]);
}

/** Unwraps; an integrity-check failure, a wrong key or a malformed input is a DecryptionError. */
export function symmetricUnwrap(uri: string, wrapped: Uint8Array, kek: Uint8Array): Buffer {
  let wrap: SymmetricKeyWrapCipher;
  try {
    wrap = wrapCipher(uri, kek);
  } catch {
    throw new DecryptionError();
  }
  if (wrapped.length < 24 || wrapped.length % 8 !== 0) throw new DecryptionError();
  try {
    const decipher = createDecipheriv(wrap.cipher, kek, wrap.iv);
    return Buffer.concat([decipher.update(wrapped), decipher.final()]);
  } catch {
    throw new DecryptionError();
  }
}
