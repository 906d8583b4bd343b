/**
 * The ids WCF gives the parts of one secured message (RS SendSecurityHeader.GenerateId, SecurityUniqueId):
 * `_0`, `_1`, … for signed headers, the Body, derived keys, signatures and EncryptedData; `uuid-<guid>-<n>`
 * for tokens that may be referred to from outside the message (EncryptedKey, BinarySecurityToken) and for the
 * Timestamp when the message is protected. The guid is one per process, the counter process-wide, as in WCF.
 */
import { randomUUID } from 'node:crypto';

const processPrefix = `uuid-${randomUUID()}-`;
let uniqueCounter = 0;

/** A process-unique `uuid-…-n` id. */
export function generateUniqueId(): string {
  uniqueCounter = (uniqueCounter + 1) % Number.MAX_SAFE_INTEGER;
  return `${processPrefix}${uniqueCounter}`;
}

/** `_0`, `_1`, … for one message. */
export class MessagePartIdGenerator {
  private next = 0;

  generate(): string {
    return `_${this.next++}`;
  }
}
