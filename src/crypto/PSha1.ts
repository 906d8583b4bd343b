import { createHash } from 'node:crypto';

/**
 * P_SHA1 of TLS 1.0 (RFC 2246 §5), the key derivation of WS-SecureConversation and WS-Trust:
 *
 *   A(0) = seed, A(i) = HMAC_SHA1(secret, A(i-1))
 *   P_SHA1(secret, seed) = HMAC_SHA1(secret, A(1) ‖ seed) ‖ HMAC_SHA1(secret, A(2) ‖ seed) ‖ …
 *
 * Returns `length` octets starting at `offset` of that stream (WCF's Psha1DerivedKeyGenerator generates and
 * discards the first `offset` octets the same way).
 *
 * HMAC-SHA1 (RFC 2104) is computed here on SHA-1's compression function (FIPS 180-4 §6.1) rather than with
 * node:crypto's createHmac: every message of a secure session derives two keys on each side, each of a few
 * HMACs over 20–80 octets, and for inputs that small a node:crypto Hmac object costs far more to create
 * (key import, native handle) than the hashing itself. Here the key's inner and outer pad blocks are
 * compressed once per derivation and every HMAC after that is 2–3 compressions on preallocated words: a
 * 32-octet derivation went from ≈ 14–27 µs to ≈ 3 µs (bench/cryptoBench.ts; the 2-vCPU VM). The arithmetic
 * has no branch or index that depends on the key or data. test/crypto/PSha1.oracle.test.ts checks it against
 * Python's hmac, and against node:crypto's HMAC on random secrets, seeds, lengths and offsets.
 */

const BLOCK = 64;
const W = new Int32Array(80);

/** One SHA-1 compression of the 64 octets at `data[offset…]` into `state` (five words). */
function compress(state: Int32Array, data: Uint8Array, offset: number): void {
  const w = W;
  for (let t = 0; t < 16; t++) {
    const i = offset + 4 * t;
    w[t] = (data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3];
  }
  for (let t = 16; t < 80; t++) {
    const x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
    w[t] = (x << 1) | (x >>> 31);
  }
  let a = state[0];
  let b = state[1];
  let c = state[2];
  let d = state[3];
  let e = state[4];
  let t = 0;
  // Four loops of 20 rounds, one per round function (no per-round branch).
  for (; t < 20; t++) {
    const temp = (((a << 5) | (a >>> 27)) + ((b & c) | (~b & d)) + e + 0x5a827999 + w[t]) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = temp;
  }
  for (; t < 40; t++) {
    const temp = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + 0x6ed9eba1 + w[t]) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = temp;
  }
  for (; t < 60; t++) {
    const temp = (((a << 5) | (a >>> 27)) + ((b & c) | (b & d) | (c & d)) + e + 0x8f1bbcdc + w[t]) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = temp;
  }
  for (; t < 80; t++) {
    const temp = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + 0xca62c1d6 + w[t]) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = temp;
  }
  state[0] = (state[0] + a) | 0;
  state[1] = (state[1] + b) | 0;
  state[2] = (state[2] + c) | 0;
  state[3] = (state[3] + d) | 0;
  state[4] = (state[4] + e) | 0;
}

const INITIAL = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0);

// Scratch space, reused by every call (P_SHA1 is synchronous, so calls never interleave) and wiped after each:
// allocating a dozen typed arrays per derivation cost as much as the hashing.
const INNER = new Int32Array(5);
const OUTER = new Int32Array(5);
const STATE = new Int32Array(5);
const DIGEST = new Uint8Array(20);
const A = new Uint8Array(20);
const PAD = new Uint8Array(BLOCK);
/** The last (padded) blocks of a message: room for A(i) ‖ a seed of up to 99 octets; grown for longer seeds. */
let tail = new Uint8Array(2 * BLOCK);

/** Keys HMAC-SHA1: compresses the inner and outer pad blocks of `secret` into INNER and OUTER. */
function setKey(secret: Uint8Array): void {
  // RFC 2104 §2: a key longer than the block is hashed first.
  const key = secret.length > BLOCK ? createHash('sha1').update(secret).digest() : secret;
  PAD.fill(0x36);
  for (let i = 0; i < key.length; i++) PAD[i] = key[i] ^ 0x36;
  INNER.set(INITIAL);
  compress(INNER, PAD, 0);
  PAD.fill(0x5c);
  for (let i = 0; i < key.length; i++) PAD[i] = key[i] ^ 0x5c;
  OUTER.set(INITIAL);
  compress(OUTER, PAD, 0);
  PAD.fill(0);
}

/** SHA-1 continued from `from` (the state after one 64-octet pad block) over first ‖ second, into STATE. */
function hash(from: Int32Array, first: Uint8Array, second: Uint8Array | undefined): void {
  STATE.set(from);
  const length = first.length + (second?.length ?? 0);
  // Message, 0x80, zeros, the 64-bit bit length of (pad block + message): whole blocks.
  const padded = Math.ceil((length + 9) / BLOCK) * BLOCK;
  if (tail.length < padded) {
    tail.fill(0);
    tail = new Uint8Array(padded);
  }
  const buffer = tail;
  buffer.set(first, 0);
  if (second) buffer.set(second, first.length);
  buffer[length] = 0x80;
  buffer.fill(0, length + 1, padded - 8);
  const bits = (BLOCK + length) * 8;
  const high = Math.floor(bits / 0x100000000);
  buffer[padded - 8] = high >>> 24;
  buffer[padded - 7] = high >>> 16;
  buffer[padded - 6] = high >>> 8;
  buffer[padded - 5] = high;
  buffer[padded - 4] = bits >>> 24;
  buffer[padded - 3] = bits >>> 16;
  buffer[padded - 2] = bits >>> 8;
  buffer[padded - 1] = bits;
  for (let offset = 0; offset < padded; offset += BLOCK) compress(STATE, buffer, offset);
}

/** HMAC(first ‖ second) with the key set by setKey, into `out[outOffset…outOffset + 20)`. */
function mac(first: Uint8Array, second: Uint8Array | undefined, out: Uint8Array, outOffset: number): void {
  hash(INNER, first, second);
  writeState(STATE, DIGEST, 0);
  hash(OUTER, DIGEST, undefined);
  writeState(STATE, out, outOffset);
}

function wipe(): void {
  INNER.fill(0);
  OUTER.fill(0);
  STATE.fill(0);
  DIGEST.fill(0);
  A.fill(0);
  tail.fill(0);
}

function writeState(state: Int32Array, out: Uint8Array, offset: number): void {
  for (let i = 0; i < 5; i++) {
    const v = state[i];
    out[offset + 4 * i] = v >>> 24;
    out[offset + 4 * i + 1] = v >>> 16;
    out[offset + 4 * i + 2] = v >>> 8;
    out[offset + 4 * i + 3] = v;
  }
}

export function pSha1(secret: Uint8Array, seed: Uint8Array, length: number, offset = 0): Buffer {
  if (!Number.isSafeInteger(length) || length < 0) throw new RangeError(`Invalid P_SHA1 length ${length}.`);
  if (!Number.isSafeInteger(offset) || offset < 0) throw new RangeError(`Invalid P_SHA1 offset ${offset}.`);
  const end = offset + length;
  if (end === 0) return Buffer.alloc(0);
  const output = Buffer.alloc(end + 20);
  setKey(secret);
  try {
    // A(1) = HMAC(seed); then each block is HMAC(A(i) ‖ seed) and A(i+1) = HMAC(A(i)).
    mac(seed, undefined, A, 0);
    for (let produced = 0; ;) {
      mac(A, seed, output, produced);
      produced += 20;
      if (produced >= end) break;
      mac(A, undefined, A, 0);
    }
  } finally {
    wipe();
  }
  const key = Buffer.from(output.subarray(offset, end));
  output.fill(0);
  return key;
}
