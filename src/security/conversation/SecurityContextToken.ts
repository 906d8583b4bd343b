/**
 * WS-SecureConversation's Security Context Token (RS SecurityContextSecurityToken, WSSecureConversation
 * SecurityContextTokenEntry; spec/secure-conversation.md §7.1): the shared key of a secure conversation, named
 * by its context Identifier (`urn:uuid:…`) and, after a renewal, by a key generation (`Instance`).
 *
 * Terminology (spec §0, stated once here because Microsoft's docs invert it): a **session SCT** is one whose key
 * and claims the service keeps (requireCancellation = true; the client cancels it at the end); a **cookie
 * SCT** carries the service's state, encrypted, in a `dnse:Cookie` child, so the service keeps nothing.
 *
 * The element is written as WCF writes it — `<c:SecurityContextToken u:Id="uuid-…-n">` with Identifier,
 * Instance when there is a key generation, and dnse:Cookie in cookie mode — and read strictly: WCF's order, the
 * driver's namespace, bounded sizes; anything else is BadContextToken.
 */
import { randomUUID } from 'node:crypto';
import { XmlElement, XmlText } from '../../xml';
import { SecurityMessageProperty } from '../SecurityMessageProperty';
import { generateUniqueId } from '../wss/IdGenerator';
import { DOTNET_SECURITY_NAMESPACE, WSU_NAMESPACE, WSU_PREFIX } from '../wss/WssConstants';
import { x509Info } from '../x509/X509CertificateInfo';
import { BadContextTokenError } from './SecureConversationErrors';
import { DOTNET_SECURITY_PREFIX, type TrustDriver } from './TrustDriver';
import { leafBase64, leafText, strictChildren } from './trustXml';

/** The longest Identifier, Instance or wsu:Id accepted (WCF's are 45–60 characters). */
export const MAX_SECURITY_CONTEXT_ID_LENGTH = 256;
/** The largest Cookie accepted, in octets (Indigo's are a few hundred; WCF's, with Windows claims, a few KB). */
export const MAX_SECURITY_CONTEXT_COOKIE_LENGTH = 65536;

/** Who authenticated on the bootstrap, as a plain image that a cookie or a distributed cache can carry. */
export interface SecurityContextIdentity {
  readonly name: string;
  readonly authenticationType: string;
  /** SHA-1 thumbprint of the client certificate, upper-case hex, when a certificate authenticated the caller. */
  readonly certificateThumbprint?: string;
}

/** The claims of a security context: the bootstrap's primary identity, or undefined for an anonymous client. */
export interface SecurityContextClaims {
  readonly primaryIdentity: SecurityContextIdentity | undefined;
}

/** Conversions between the claims image and the SecurityMessageProperty the service model sees. */
export const SecurityContextClaims = {
  anonymous: Object.freeze({ primaryIdentity: undefined }) as SecurityContextClaims,

  fromSecurityMessageProperty(property: SecurityMessageProperty): SecurityContextClaims {
    if (property.isAnonymous) return SecurityContextClaims.anonymous;
    const { name, authenticationType } = property.primaryIdentity;
    const certificate = property.clientCertificate;
    return {
      primaryIdentity: certificate
        ? {
            name,
            authenticationType,
            certificateThumbprint: x509Info(certificate).thumbprintSha1.toString('hex').toUpperCase(),
          }
        : { name, authenticationType },
    };
  },

  /** The property for messages of the session (the certificate itself is not kept, only its thumbprint). */
  toSecurityMessageProperty(claims: SecurityContextClaims): SecurityMessageProperty {
    const identity = claims.primaryIdentity;
    if (!identity) return SecurityMessageProperty.anonymous;
    return new SecurityMessageProperty({
      name: identity.name,
      authenticationType: identity.authenticationType,
      isAuthenticated: true,
    });
  },
} as const;

export interface SecurityContextTokenInit {
  /** wsu:Id; a new `uuid-…-n` when absent. */
  readonly id?: string;
  /** Identifier; a new `urn:uuid:…` when absent. */
  readonly contextId?: string;
  /** Instance: the key generation, set by a renewal. */
  readonly keyGeneration?: string | undefined;
  readonly key: Buffer;
  /** Milliseconds since the epoch. A session SCT never expires itself: pass a far time (WCF: DateTime.MaxValue). */
  readonly validFrom: number;
  readonly validTo: number;
  /** The key's window; the token's window when absent. */
  readonly keyEffectiveTime?: number;
  readonly keyExpirationTime?: number;
  /** The protected service state of a cookie SCT. */
  readonly cookie?: Buffer | undefined;
  readonly claims?: SecurityContextClaims;
}

/** A new context Identifier or key generation, as WCF's `new UniqueId()` writes one. */
export function newSecurityContextId(): string {
  return `urn:uuid:${randomUUID()}`;
}

function checkTime(name: string, value: number): void {
  if (Number.isNaN(value)) throw new RangeError(`SecurityContextToken ${name} is not a time.`);
}

/**
 * A copy of `bytes` in memory of its own. A token outlives the message that made it (a service keeps it for the
 * whole session), and a small Buffer from Buffer.from/allocUnsafe is a slice of Node's shared 8 KB pool: kept,
 * the 32-byte key kept its whole 8 KB slab alive, 8 KB per open session (bench/sessionBench.ts, issue 5).
 */
function unpooled(bytes: Buffer): Buffer {
  const own = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(own);
  return own;
}

export class SecurityContextToken {
  readonly id: string;
  readonly contextId: string;
  readonly keyGeneration: string | undefined;
  /**
   * The key's octets as a latin1 string (one character per octet). A service keeps a token per open session,
   * and a 32-byte key held as a Buffer of its own costs ~260 B (the Uint8Array, its ArrayBuffer and the
   * backing store) against ~48 B for the string; `key` makes a Buffer of it for each use (bench 'session').
   */
  private readonly keyOctets: string;
  readonly validFrom: number;
  readonly validTo: number;
  readonly keyEffectiveTime: number;
  readonly keyExpirationTime: number;
  readonly cookie: Buffer | undefined;
  readonly claims: SecurityContextClaims;

  constructor(init: SecurityContextTokenInit) {
    if (init.key.length === 0) throw new RangeError('A SecurityContextToken needs a key.');
    this.id = init.id ?? generateUniqueId();
    this.contextId = init.contextId ?? newSecurityContextId();
    this.keyGeneration = init.keyGeneration;
    this.keyOctets = init.key.toString('latin1');
    this.validFrom = init.validFrom;
    this.validTo = init.validTo;
    this.keyEffectiveTime = init.keyEffectiveTime ?? init.validFrom;
    this.keyExpirationTime = init.keyExpirationTime ?? init.validTo;
    this.cookie = init.cookie && unpooled(init.cookie);
    this.claims = init.claims ?? SecurityContextClaims.anonymous;
    for (const [name, value] of [
      ['validFrom', this.validFrom],
      ['validTo', this.validTo],
      ['keyEffectiveTime', this.keyEffectiveTime],
      ['keyExpirationTime', this.keyExpirationTime],
    ] as const) {
      checkTime(name, value);
    }
    if (this.validFrom > this.validTo)
      throw new RangeError('SecurityContextToken validFrom is after validTo.');
    if (this.keyEffectiveTime > this.keyExpirationTime)
      throw new RangeError('SecurityContextToken keyEffectiveTime is after keyExpirationTime.');
  }

  /**
   * The key, in a Buffer of its own each time (a pooled one would share Node's 8 KB slab with whatever else
   * holds it; a caller may keep or change this copy without touching the token).
   */
  get key(): Buffer {
    const key = Buffer.allocUnsafeSlow(this.keyOctets.length);
    key.write(this.keyOctets, 'latin1');
    return key;
  }

  /** The claims image of a bootstrap's SecurityMessageProperty. */
  static claimsOf(property: SecurityMessageProperty): SecurityContextClaims {
    return SecurityContextClaims.fromSecurityMessageProperty(property);
  }

  get isCookieMode(): boolean {
    return this.cookie !== undefined;
  }

  /** When the token can no longer be used: the earlier of its own and its key's expiry. */
  get expiresAt(): number {
    return Math.min(this.validTo, this.keyExpirationTime);
  }

  isValidAt(now: number): boolean {
    return now >= this.validFrom && now < this.validTo;
  }

  isKeyValidAt(now: number): boolean {
    return this.isValidAt(now) && now >= this.keyEffectiveTime && now < this.keyExpirationTime;
  }

  toSecurityMessageProperty(): SecurityMessageProperty {
    return SecurityContextClaims.toSecurityMessageProperty(this.claims);
  }

  /** The same token carrying its cookie (the cookie is made from the token's state, so it comes second). */
  withCookie(cookie: Buffer): SecurityContextToken {
    return new SecurityContextToken({ ...this, key: this.key, cookie });
  }

  /**
   * The token after a renewal (spec §9): same Identifier and claims, a new key, a new key generation and key
   * window; a new wsu:Id unless given.
   */
  renewed(renewal: {
    readonly key: Buffer;
    readonly keyGeneration?: string;
    readonly keyEffectiveTime: number;
    readonly keyExpirationTime: number;
    readonly id?: string;
  }): SecurityContextToken {
    return new SecurityContextToken({
      ...this,
      id: renewal.id ?? generateUniqueId(),
      key: renewal.key,
      keyGeneration: renewal.keyGeneration ?? newSecurityContextId(),
      keyEffectiveTime: renewal.keyEffectiveTime,
      keyExpirationTime: renewal.keyExpirationTime,
      cookie: undefined,
    });
  }
}

/** What an SCT element says (the key is never in it). */
export interface SecurityContextTokenDescription {
  readonly id?: string;
  readonly contextId: string;
  readonly keyGeneration?: string;
  readonly cookie?: Buffer;
}

/** `<c:SecurityContextToken u:Id>` with Identifier, Instance and dnse:Cookie as present (RS WriteTokenCore). */
export function writeSecurityContextTokenElement(
  token: Pick<SecurityContextToken, 'id' | 'contextId' | 'keyGeneration' | 'cookie'>,
  driver: TrustDriver,
): XmlElement {
  const ns = driver.secureConversationNamespace;
  const prefix = driver.scPrefix;
  const e = new XmlElement(prefix, 'SecurityContextToken', ns).declareNamespace(prefix, ns);
  e.setAttribute('Id', token.id, WSU_NAMESPACE, WSU_PREFIX);
  e.appendChild(new XmlElement(prefix, 'Identifier', ns)).appendChild(new XmlText(token.contextId));
  if (token.keyGeneration !== undefined) {
    // Both versions name the generation element Instance, in their own namespace (RS WriteGeneration).
    e.appendChild(new XmlElement(prefix, 'Instance', ns)).appendChild(new XmlText(token.keyGeneration));
  }
  if (token.cookie !== undefined) {
    const cookie = e.appendChild(
      new XmlElement(DOTNET_SECURITY_PREFIX, 'Cookie', DOTNET_SECURITY_NAMESPACE).declareNamespace(
        DOTNET_SECURITY_PREFIX,
        DOTNET_SECURITY_NAMESPACE,
      ),
    );
    cookie.appendChild(new XmlText(token.cookie.toString('base64')));
  }
  return e;
}

function bad(why: string): never {
  throw new BadContextTokenError(`The SecurityContextToken is not valid: ${why}.`);
}

/** An Identifier or Instance is a URI (WCF: a UniqueId): 1…MAX_SECURITY_CONTEXT_ID_LENGTH characters, no whitespace or control characters. */
export function isWellFormedSecurityContextId(value: string): boolean {
  if (value.length === 0 || value.length > MAX_SECURITY_CONTEXT_ID_LENGTH || /\s/.test(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return false;
  }
  return true;
}

/** An Identifier or Instance element's text. */
export function readSecurityContextId(e: XmlElement, what: string, fail: (why: string) => never): string {
  const text = leafText(e, fail, MAX_SECURITY_CONTEXT_ID_LENGTH);
  if (!isWellFormedSecurityContextId(text)) fail(`${what} contains whitespace or control characters`);
  return text;
}

/** Reads an SCT element of the driver's WS-SecureConversation version; BadContextTokenError otherwise. */
export function readSecurityContextTokenElement(
  element: XmlElement,
  driver: TrustDriver,
): SecurityContextTokenDescription {
  const ns = driver.secureConversationNamespace;
  if (element.localName !== 'SecurityContextToken' || element.namespaceUri !== ns) {
    bad(`{${element.namespaceUri}}${element.localName} is not a SecurityContextToken of this version`);
  }
  const id = element.getAttribute('Id', WSU_NAMESPACE);
  if (id !== undefined && (id.length === 0 || id.length > MAX_SECURITY_CONTEXT_ID_LENGTH))
    bad('the wsu:Id is empty or too long');
  const items = strictChildren(element, bad);
  let i = 0;
  const identifier = items[i];
  if (!identifier || identifier.localName !== 'Identifier' || identifier.namespaceUri !== ns)
    bad('it has no Identifier');
  i++;
  const contextId = readSecurityContextId(identifier, 'the Identifier', bad);
  let keyGeneration: string | undefined;
  if (items[i]?.localName === 'Instance' && items[i].namespaceUri === ns) {
    keyGeneration = readSecurityContextId(items[i++], 'the Instance', bad);
  }
  let cookie: Buffer | undefined;
  if (items[i]?.localName === 'Cookie' && items[i].namespaceUri === DOTNET_SECURITY_NAMESPACE) {
    cookie = leafBase64(items[i++], bad, MAX_SECURITY_CONTEXT_COOKIE_LENGTH);
  }
  if (i !== items.length) bad(`unexpected element ${items[i].qualifiedName}`);
  // One shape, absent parts undefined: every request of a session carries its SCT, and the conditional
  // spreads this was built with showed in the profile.
  return { id, contextId, keyGeneration, cookie };
}
