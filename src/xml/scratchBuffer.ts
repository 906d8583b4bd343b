/**
 * One buffer the XML layer's byte loops (escape, decode) share: each fills it and makes its string from it in
 * one synchronous pass, so no two uses overlap. Up to REUSED_BYTES the same buffer serves every call (escaping
 * 64 Ki characters needs at most 7 × as many bytes); a longer pass gets a buffer of its own.
 */
const REUSED_BYTES = 7 * 65536;
let reused: Buffer | undefined;

/** A buffer of at least `length` bytes, valid until the caller returns; never hold it across an await. */
export function scratchBuffer(length: number): Buffer {
  if (length > REUSED_BYTES) return Buffer.allocUnsafe(length);
  return (reused ??= Buffer.allocUnsafeSlow(REUSED_BYTES));
}
