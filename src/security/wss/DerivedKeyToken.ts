/**
 * wsc:DerivedKeyToken (WS-SecureConversation §7; spec/secure-conversation.md §7.3) as WCF writes and reads it:
 * an STR to the token whose key is the secret, Offset/Length only when the length is not the default 32, and a
 * 16-octet Nonce; no Algorithm attribute (P_SHA1 implied) and no Label (the default one). On receive, WCF's
 * limits apply: offset (or generation × length) at most 64, label at most 128 and nonce at most 128 octets,
 * Offset and Generation not both, no Properties.
 */
import { decodeBase64 } from '../../crypto/decodeBase64';
import { DEFAULT_DERIVED_KEY_LENGTH, deriveKey } from '../../crypto/KeyDerivation';
import { randomOctets } from '../../crypto/randomOctets';
import { SecurityAlgorithms } from '../../crypto/SecurityAlgorithms';
import { XmlElement } from '../../xml';
import { SecurityTokenError } from '../MessageSecurityError';
import {
  createSecurityTokenReference,
  readSecurityTokenReference,
  type KeyIdentifierClause,
} from './SecurityTokenReference';
import { WSC_13_NAMESPACE, WSC_PREFIX, WSU_NAMESPACE, WSU_PREFIX } from './WssConstants';
import { childElements, textElement, textOf } from './xmlReading';

/** WCF's DerivedKeySecurityToken.DefaultNonceLength. */
export const DERIVED_KEY_NONCE_LENGTH = 16;
/** RS WSSecurityTokenSerializer: DefaultMaximumKeyDerivationOffset, …LabelLength, …NonceLength. */
export const MAX_DERIVED_KEY_OFFSET = 64;
export const MAX_DERIVED_KEY_LABEL_LENGTH = 128;
export const MAX_DERIVED_KEY_NONCE_LENGTH = 128;
/** The longest key Indigo derives on request of a sender (1024 bits; WCF's suites ask for 128–256). */
export const MAX_DERIVED_KEY_LENGTH = 128;

const P_SHA1 = new Set<string>([
  SecurityAlgorithms.Psha1KeyDerivation,
  SecurityAlgorithms.Psha1KeyDerivationDec2005,
]);

export interface DerivedKeyTokenDescription {
  readonly id: string | undefined;
  /** The token whose key is the secret. */
  readonly source: KeyIdentifierClause;
  readonly length: number;
  readonly offset: number;
  readonly label: Buffer | undefined;
  readonly nonce: Buffer;
  readonly algorithm: string | undefined;
}

export interface CreatedDerivedKeyToken {
  readonly element: XmlElement;
  readonly key: Buffer;
  readonly id: string;
}

/** Derives a key from `secret` and builds the DerivedKeyToken element (namespace = the SC version's). */
export function createDerivedKeyToken(options: {
  readonly id: string;
  readonly namespace: string;
  readonly secret: Uint8Array;
  /** The STR to the source token. */
  readonly source: XmlElement;
  /** Octets. */
  readonly length: number;
  readonly nonce?: Buffer;
}): CreatedDerivedKeyToken {
  const nonce = options.nonce ?? randomOctets(DERIVED_KEY_NONCE_LENGTH);
  const key = deriveKey({ secret: options.secret, nonce, length: options.length, offset: 0 });
  const ns = options.namespace;
  // WCF's prefix follows the version: c for Feb 2005, sc for 1.3 (spec/secure-conversation.md §1).
  const prefix = ns === WSC_13_NAMESPACE ? 'sc' : WSC_PREFIX;
  const e = new XmlElement(prefix, 'DerivedKeyToken', ns).declareNamespace(prefix, ns);
  e.setAttribute('Id', options.id, WSU_NAMESPACE, WSU_PREFIX);
  e.appendChild(options.source);
  if (options.length !== DEFAULT_DERIVED_KEY_LENGTH) {
    // WCF writes Offset and Length only for a length other than the default (spec/secure-conversation.md §7.3).
    e.appendChild(textElement(prefix, 'Offset', ns, '0'));
    e.appendChild(textElement(prefix, 'Length', ns, String(options.length)));
  }
  e.appendChild(textElement(prefix, 'Nonce', ns, nonce.toString('base64')));
  return { element: e, key, id: options.id };
}

/** Convenience: an STR element for a DKT's source clause. */
export function derivedKeySource(clause: KeyIdentifierClause, tokenType?: string): XmlElement {
  return createSecurityTokenReference(clause, { tokenType });
}

function bad(why: string): never {
  throw new SecurityTokenError(`The DerivedKeyToken is not valid: ${why}.`);
}

function readInteger(e: XmlElement, what: string, max: number): number {
  const text = (textOf(e) ?? '').trim();
  if (!/^\d{1,9}$/.test(text)) bad(`${what} is not a non-negative integer`);
  const value = Number(text);
  if (value > max) bad(`${what} ${value} exceeds ${max}`);
  return value;
}

/** Reads a DerivedKeyToken in `namespace` (the configured WS-SecureConversation version's), strictly. */
export function readDerivedKeyToken(element: XmlElement, namespace: string): DerivedKeyTokenDescription {
  if (element.localName !== 'DerivedKeyToken' || element.namespaceUri !== namespace) {
    bad(
      `{${element.namespaceUri}}${element.localName} is not a DerivedKeyToken of this WS-SecureConversation version`,
    );
  }
  const algorithm = element.getAttribute('Algorithm');
  if (algorithm !== undefined && !P_SHA1.has(algorithm))
    bad(`the derivation algorithm '${algorithm}' is not supported`);
  const items = childElements(element) ?? bad('it has character content');
  let i = 0;
  const next = (localName: string): XmlElement | undefined => {
    const e = items[i];
    if (e && e.localName === localName && e.namespaceUri === namespace) {
      i++;
      return e;
    }
    return undefined;
  };
  const strElement = items[i++];
  if (!strElement) bad('it has no SecurityTokenReference');
  const source = readSecurityTokenReference(strElement);
  if (next('Properties')) bad('Properties are not supported');
  const generationElement = next('Generation');
  const offsetElement = next('Offset');
  if (generationElement && offsetElement) bad('it has both Generation and Offset');
  const lengthElement = next('Length');
  const labelElement = next('Label');
  const nonceElement = next('Nonce');
  if (i !== items.length) bad(`unexpected element ${items[i].qualifiedName}`);
  if (!nonceElement) bad('it has no Nonce');
  const length = lengthElement
    ? readInteger(lengthElement, 'Length', MAX_DERIVED_KEY_LENGTH)
    : DEFAULT_DERIVED_KEY_LENGTH;
  if (length === 0) bad('Length is 0');
  let offset = 0;
  if (offsetElement) offset = readInteger(offsetElement, 'Offset', MAX_DERIVED_KEY_OFFSET);
  if (generationElement) {
    offset = readInteger(generationElement, 'Generation', MAX_DERIVED_KEY_OFFSET) * length;
    if (offset > MAX_DERIVED_KEY_OFFSET) bad(`the offset ${offset} exceeds ${MAX_DERIVED_KEY_OFFSET}`);
  }
  let label: Buffer | undefined;
  if (labelElement) {
    label = Buffer.from(textOf(labelElement) ?? bad('Label has element content'), 'utf8');
    if (label.length > MAX_DERIVED_KEY_LABEL_LENGTH) bad('the Label is too long');
  }
  const nonce = decodeBase64(textOf(nonceElement) ?? '');
  if (!nonce || nonce.length === 0) bad('the Nonce is not base64');
  if (nonce.length > MAX_DERIVED_KEY_NONCE_LENGTH) bad('the Nonce is too long');
  return { id: element.getAttribute('Id', WSU_NAMESPACE), source, length, offset, label, nonce, algorithm };
}

/** The key a received DerivedKeyToken describes, from its source token's key. */
export function deriveReceivedKey(d: DerivedKeyTokenDescription, secret: Uint8Array): Buffer {
  return deriveKey({ secret, nonce: d.nonce, length: d.length, offset: d.offset, label: d.label });
}
