import { timingSafeEqual } from 'node:crypto';

/**
 * Compares two byte strings in time that depends only on their length (for digests and MACs, whose length
 * is public). Different lengths are simply unequal.
 */
export function constantTimeEquals(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
