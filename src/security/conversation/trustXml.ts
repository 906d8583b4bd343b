/**
 * Small builders and strict readers shared by the RST / RSTR / SCT modules: trust-namespace elements,
 * BinarySecret entropy, Lifetime, KeySize, bounded text and base64. Every reader takes the `fail` of its
 * caller, so that one malformed element raises the error its exchange maps to (InvalidRequest on the service,
 * a negotiation failure on the client, BadContextToken for a token).
 */
import { decodeBase64 } from '../../crypto/decodeBase64';
import { XmlElement, XmlText } from '../../xml';
import { generateUniqueId } from '../wss/IdGenerator';
import { formatTimestampTime, parseTimestampTime } from '../wss/Timestamp';
import { WSU_NAMESPACE, WSU_PREFIX } from '../wss/WssConstants';
import { childElements, textOf } from '../wss/xmlReading';
import type { TrustDriver } from './TrustDriver';

export type Fail = (why: string) => never;

/** The longest entropy (client or issuer) accepted: WCF's suites use 16–32 octets. */
export const MAX_ENTROPY_LENGTH = 1024;

/** `<t:localName>text</t:localName>` in the driver's trust namespace. */
export function trustElement(driver: TrustDriver, localName: string, text?: string): XmlElement {
  const e = new XmlElement(driver.trustPrefix, localName, driver.trustNamespace);
  if (text !== undefined && text !== '') e.appendChild(new XmlText(text));
  return e;
}

/**
 * `<t:BinarySecret u:Id="uuid-…" [Type="…"]>base64</t:BinarySecret>`: WCF's NonceToken / BinarySecretSecurityToken
 * always get a `uuid-…` id, which its serializer writes (RS WSTrust BinarySecretTokenEntry.WriteTokenCore).
 * `declareUtility` when `u:` is not in scope (an RST declares only `t:`; an RSTR declares `u:` itself).
 */
export function binarySecretElement(
  driver: TrustDriver,
  secret: Buffer,
  type: string | undefined,
  declareUtility: boolean,
): XmlElement {
  const e = trustElement(driver, 'BinarySecret');
  if (declareUtility) e.declareNamespace(WSU_PREFIX, WSU_NAMESPACE);
  e.setAttribute('Id', generateUniqueId(), WSU_NAMESPACE, WSU_PREFIX);
  if (type !== undefined) e.setAttribute('Type', type);
  e.appendChild(new XmlText(secret.toString('base64')));
  return e;
}

/** `<t:Entropy>` with a Nonce BinarySecret. */
export function entropyElement(driver: TrustDriver, entropy: Buffer, declareUtility: boolean): XmlElement {
  if (entropy.length === 0 || entropy.length > MAX_ENTROPY_LENGTH)
    throw new RangeError(`Entropy must be 1…${MAX_ENTROPY_LENGTH} octets, not ${entropy.length}.`);
  const e = trustElement(driver, 'Entropy');
  e.appendChild(binarySecretElement(driver, entropy, driver.nonceBinarySecretType, declareUtility));
  return e;
}

/** `<t:Lifetime><u:Created/><u:Expires/></t:Lifetime>` in WCF's `yyyy-MM-ddTHH:mm:ss.fffZ`. */
export function lifetimeElement(
  driver: TrustDriver,
  lifetime: { created: number; expires: number },
): XmlElement {
  const e = trustElement(driver, 'Lifetime');
  for (const [name, ms] of [
    ['Created', lifetime.created],
    ['Expires', lifetime.expires],
  ] as const) {
    const time = new XmlElement(WSU_PREFIX, name, WSU_NAMESPACE);
    time.appendChild(new XmlText(formatLifetimeTime(ms)));
    e.appendChild(time);
  }
  return e;
}

/** The latest instant WCF can write (DateTime.MaxValue in UTC, milliseconds truncated): 9999-12-31T23:59:59.999Z. */
export const MAX_LIFETIME_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * A Lifetime time as WCF formats it. A session SCT "never expires" (WCF: DateTime.MaxValue); times past the
 * year 9999 — Number.MAX_SAFE_INTEGER as a caller's "never" — are written as that maximum.
 */
export function formatLifetimeTime(ms: number): string {
  if (!Number.isFinite(ms) && ms !== Infinity) throw new RangeError(`Invalid lifetime time ${ms}.`);
  return formatTimestampTime(Math.max(0, Math.min(ms, MAX_LIFETIME_TIME)));
}

/** The element children of `e`; character data between them is a failure. */
export function strictChildren(e: XmlElement, fail: Fail): XmlElement[] {
  return childElements(e) ?? fail(`${e.qualifiedName} has character content`);
}

/** The text of a leaf element, trimmed, at most `maxLength` characters, not empty. */
export function leafText(e: XmlElement, fail: Fail, maxLength: number): string {
  const raw = textOf(e);
  if (raw === undefined) fail(`${e.qualifiedName} has element content`);
  if (raw.length > maxLength * 2 + 64) fail(`${e.qualifiedName} is too long`);
  const text = raw.trim();
  if (text.length === 0) fail(`${e.qualifiedName} is empty`);
  if (text.length > maxLength) fail(`${e.qualifiedName} is too long`);
  return text;
}

/** The octets of a base64 leaf element, 1…maxBytes long; the text length is checked before decoding. */
export function leafBase64(e: XmlElement, fail: Fail, maxBytes: number): Buffer {
  const raw = textOf(e);
  if (raw === undefined) fail(`${e.qualifiedName} has element content`);
  // base64 is 4/3 of the octets; allow generous whitespace (line-wrapped values) on top.
  if (raw.length > Math.ceil(maxBytes / 3) * 4 * 2 + 64) fail(`${e.qualifiedName} is too long`);
  const bytes = decodeBase64(raw);
  if (!bytes) fail(`${e.qualifiedName} is not base64`);
  if (bytes.length === 0) fail(`${e.qualifiedName} is empty`);
  if (bytes.length > maxBytes) fail(`${e.qualifiedName} is longer than ${maxBytes} octets`);
  return bytes;
}

/** A KeySize: a non-negative decimal integer of at most 9 digits (bits). */
export function readKeySize(e: XmlElement, fail: Fail): number {
  const text = leafText(e, fail, 9);
  if (!/^\d{1,9}$/.test(text)) fail('KeySize is not a non-negative integer');
  return Number(text);
}

/**
 * An Entropy element: exactly one BinarySecret of the driver's trust namespace, typed Nonce or SymmetricKey (or
 * untyped), 1…MAX_ENTROPY_LENGTH octets. Encrypted entropy is not used by WCF's session exchange (the body is
 * encrypted whole) and is refused.
 */
export function readEntropy(e: XmlElement, driver: TrustDriver, fail: Fail): Buffer {
  const items = strictChildren(e, fail);
  const [secret] = items;
  if (
    items.length !== 1 ||
    secret.localName !== 'BinarySecret' ||
    secret.namespaceUri !== driver.trustNamespace
  ) {
    fail('Entropy must hold exactly one BinarySecret');
  }
  return readBinarySecret(secret, fail, [driver.nonceBinarySecretType, driver.symmetricKeyBinarySecretType]);
}

/** A BinarySecret whose Type, when present, is one of `types`. */
export function readBinarySecret(e: XmlElement, fail: Fail, types: readonly string[]): Buffer {
  const type = e.getAttribute('Type');
  if (type !== undefined && !types.includes(type)) fail(`BinarySecret Type '${type}' is not accepted here`);
  return leafBase64(e, fail, MAX_ENTROPY_LENGTH);
}

/** A Lifetime: exactly one Created and one Expires (WCF writes both), Created not after Expires. */
export function readLifetime(e: XmlElement, fail: Fail): { created: number; expires: number } {
  const items = strictChildren(e, fail);
  const [created, expires] = items;
  if (
    items.length !== 2 ||
    created.localName !== 'Created' ||
    created.namespaceUri !== WSU_NAMESPACE ||
    expires.localName !== 'Expires' ||
    expires.namespaceUri !== WSU_NAMESPACE
  ) {
    fail('Lifetime must hold u:Created and u:Expires');
  }
  const lifetime = {
    created: parseTimestampTime(leafText(created, fail, 64)) ?? fail('Lifetime Created is not a time'),
    expires: parseTimestampTime(leafText(expires, fail, 64)) ?? fail('Lifetime Expires is not a time'),
  };
  if (lifetime.created > lifetime.expires) fail('Lifetime Created is after Expires');
  return lifetime;
}

/** Records each child's local name once; a second one fails (no element of an RST/RSTR may repeat). */
export class OnceEach {
  private readonly seen = new Set<string>();

  constructor(private readonly fail: Fail) {}

  take(e: XmlElement): void {
    if (this.seen.has(e.localName)) this.fail(`${e.localName} appears twice`);
    this.seen.add(e.localName);
  }
}
