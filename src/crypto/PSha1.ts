import { createHmac } from 'node:crypto';

/**
 * P_SHA1 of TLS 1.0 (RFC 2246 §5), the key derivation of WS-SecureConversation and WS-Trust:
 *
 *   A(0) = seed, A(i) = HMAC_SHA1(secret, A(i-1))
 *   P_SHA1(secret, seed) = HMAC_SHA1(secret, A(1) ‖ seed) ‖ HMAC_SHA1(secret, A(2) ‖ seed) ‖ …
 *
 * Returns `length` octets starting at `offset` of that stream (WCF's Psha1DerivedKeyGenerator generates and
 * discards the first `offset` octets the same way).
 *
 * node:crypto's HMAC, not @noble/hashes: bench/cryptoBench.ts runs both on WCF's derivations, and node:crypto
 * was 1.4–2.2× faster over the runs (≈ 10–13 µs against 19–28 µs for a 32-byte key on the 2-vCPU dev VM).
 */
export function pSha1(secret: Uint8Array, seed: Uint8Array, length: number, offset = 0): Buffer {
  if (!Number.isSafeInteger(length) || length < 0) throw new RangeError(`Invalid P_SHA1 length ${length}.`);
  if (!Number.isSafeInteger(offset) || offset < 0) throw new RangeError(`Invalid P_SHA1 offset ${offset}.`);
  const end = offset + length;
  const output = Buffer.allocUnsafe(end + 20);
  let produced = 0;
  let a: Uint8Array = seed;
  while (produced < end) {
    a = createHmac('sha1', secret).update(a).digest();
    createHmac('sha1', secret).update(a).update(seed).digest().copy(output, produced);
    produced += 20;
  }
  const key = Buffer.from(output.subarray(offset, end));
  output.fill(0);
  return key;
}
