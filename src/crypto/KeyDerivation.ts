/**
 * The two uses of P_SHA1 in WCF's protocols (spec/secure-conversation.md §6, §7.3):
 * - a DerivedKeyToken's key (WS-SecureConversation): secret = the token's key, seed = label ‖ nonce;
 * - the combined issued key (WS-Trust CK/PSHA1, KeyEntropyMode.CombinedEntropy): secret = the requestor's
 *   (client's) entropy, seed = the issuer's (service's) entropy.
 */
import { pSha1 } from './PSha1';

/** WS-SC's default label: "WS-SecureConversation" twice (WCF, WSS4J). */
export const DEFAULT_DERIVED_KEY_LABEL = 'WS-SecureConversationWS-SecureConversation';

const DEFAULT_LABEL_OCTETS = Buffer.from(DEFAULT_DERIVED_KEY_LABEL, 'utf8');

/** DerivedKeyToken's default Length when the element is absent (WS-SC §7). */
export const DEFAULT_DERIVED_KEY_LENGTH = 32;

export interface DerivedKeyParameters {
  /** The key of the token the DerivedKeyToken refers to (SCT, EncryptedKey, …). */
  readonly secret: Uint8Array;
  /** The Nonce element's octets. */
  readonly nonce: Uint8Array;
  /** Length in octets; 32 when absent. */
  readonly length?: number;
  /** Offset in octets; exclusive with generation. */
  readonly offset?: number;
  /** Generation: the offset is generation × length. */
  readonly generation?: number;
  /** The Label element's text (UTF-8 encoded) or octets; DEFAULT_DERIVED_KEY_LABEL when absent. */
  readonly label?: string | Uint8Array;
}

/** A DerivedKeyToken's key: P_SHA1(secret, label ‖ nonce), octets [offset, offset + length). */
export function deriveKey(p: DerivedKeyParameters): Buffer {
  if (p.offset !== undefined && p.generation !== undefined) {
    // WCF: "both Offset and Generation present" is an error (spec/secure-conversation.md §7.3).
    throw new RangeError('A derived key has either an offset or a generation, not both.');
  }
  const length = p.length ?? DEFAULT_DERIVED_KEY_LENGTH;
  if (!Number.isSafeInteger(length) || length <= 0)
    throw new RangeError(`Invalid derived key length ${length}.`);
  const offset = p.generation !== undefined ? p.generation * length : (p.offset ?? 0);
  const label = p.label ?? DEFAULT_LABEL_OCTETS;
  const labelBytes = typeof label === 'string' ? Buffer.from(label, 'utf8') : label;
  return pSha1(p.secret, Buffer.concat([labelBytes, p.nonce]), length, offset);
}

/**
 * WS-Trust's computed key (CK/PSHA1): the first keySize/8 octets of P_SHA1(requestor entropy, issuer
 * entropy) — WCF's RequestSecurityTokenResponse.ComputeCombinedKey passes an empty label. Key sizes outside
 * 64…131072 bits, or not whole octets, are refused as WCF refuses them.
 */
export function computeCombinedKey(
  requestorEntropy: Uint8Array,
  issuerEntropy: Uint8Array,
  keySizeInBits: number,
): Buffer {
  if (
    !Number.isSafeInteger(keySizeInBits) ||
    keySizeInBits < 64 ||
    keySizeInBits > 131072 ||
    keySizeInBits % 8
  ) {
    throw new RangeError(`Invalid computed key size ${keySizeInBits} bits.`);
  }
  return pSha1(requestorEntropy, issuerEntropy, keySizeInBits / 8);
}
