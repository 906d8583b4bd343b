import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The crypto primitives the stacks use, as a replaceable service (a FIPS or HSM-backed provider can take its
 * place in the DI container). The default is node:crypto, the fastest here (spec/node-ecosystem.md §3).
 */
export abstract class CryptoProvider {
  abstract randomBytes(length: number): Buffer;
  abstract digest(algorithm: 'sha1' | 'sha256' | 'sha384' | 'sha512', data: Buffer | string): Buffer;
  abstract hmac(
    algorithm: 'sha1' | 'sha256' | 'sha384' | 'sha512',
    key: Buffer,
    data: Buffer | string,
  ): Buffer;
  /** Constant-time comparison; false for different lengths. */
  abstract equals(a: Buffer, b: Buffer): boolean;
}

export class NodeCryptoProvider extends CryptoProvider {
  override randomBytes(length: number): Buffer {
    return randomBytes(length);
  }

  override digest(algorithm: 'sha1' | 'sha256' | 'sha384' | 'sha512', data: Buffer | string): Buffer {
    return createHash(algorithm).update(data).digest();
  }

  override hmac(
    algorithm: 'sha1' | 'sha256' | 'sha384' | 'sha512',
    key: Buffer,
    data: Buffer | string,
  ): Buffer {
    return createHmac(algorithm, key).update(data).digest();
  }

  override equals(a: Buffer, b: Buffer): boolean {
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
