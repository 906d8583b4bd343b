/**
 * The Cookie of a cookie SCT (requireCancellation = false; spec/secure-conversation.md §0, §7.1): the service's
 * whole state for the context — key, key generation, validity and key windows, claims — encrypted so that only
 * the issuing service (or its farm, sharing a key ring) can read it, and the service keeps nothing. WCF protects
 * its binary-XML state with DPAPI; only the issuer ever reads the cookie, so Indigo chooses its own
 * authenticated encryption, AES-256-GCM from node:crypto:
 *
 *   version (1 octet) ‖ key-id length (1) ‖ key id (UTF-8) ‖ IV (12) ‖ ciphertext ‖ tag (16)
 *
 * with the version and key id — everything before the IV — bound as additional authenticated data, so neither
 * can be swapped. The plaintext is JSON (small, self-describing, easy to evolve under a new version octet).
 *
 * A key ring holds named 256-bit keys: the current one protects; every one in the ring unprotects, so a farm
 * can rotate keys without breaking the cookies it issued under the previous one.
 *
 * Unprotecting fails closed with a SecurityContextCookieError — a BadContextTokenError, so the service answers
 * BadContextToken — saying (for the log only) whether the cookie was malformed, under an unknown key, tampered
 * with, or expired.
 */
import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import { BadContextTokenError } from './SecureConversationErrors';
import type { SecurityContextClaims, SecurityContextIdentity } from './SecurityContextToken';
import { MAX_SECURITY_CONTEXT_COOKIE_LENGTH, MAX_SECURITY_CONTEXT_ID_LENGTH } from './SecurityContextToken';

export const SECURITY_CONTEXT_COOKIE_VERSION = 1;
const KEY_LENGTH = 32;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;
/** Key ids are written with a one-octet length. */
const MAX_KEY_ID_LENGTH = 255;
/** The longest SCT key a cookie carries (WCF's suites issue 16–32 octets). */
const MAX_COOKIE_KEY_LENGTH = 128;
/** Identity names and authentication types are bounded, so a cookie stays well under the reader's limit. */
const MAX_CLAIM_TEXT_LENGTH = 1024;

export interface SecurityContextCookieKey {
  readonly id: string;
  /** 32 octets (AES-256). */
  readonly key: Buffer;
}

function checkKey(entry: SecurityContextCookieKey): void {
  const idLength = Buffer.byteLength(entry.id, 'utf8');
  if (idLength === 0 || idLength > MAX_KEY_ID_LENGTH)
    throw new RangeError(`A cookie key id must be 1…${MAX_KEY_ID_LENGTH} UTF-8 octets.`);
  if (entry.key.length !== KEY_LENGTH)
    throw new RangeError(`Cookie key '${entry.id}' must be ${KEY_LENGTH} octets, not ${entry.key.length}.`);
}

export class SecurityContextKeyRing {
  /** Newest first: keys[0] is the current one. */
  private readonly keys: SecurityContextCookieKey[] = [];

  /** The first key protects; all of them unprotect. Ids must be unique. */
  constructor(keys: readonly SecurityContextCookieKey[]) {
    if (keys.length === 0) throw new RangeError('A key ring needs at least one key.');
    for (const entry of keys) this.push(entry);
  }

  /** A ring with one new random key (a single host; a farm shares a ring it distributes itself). */
  static generate(id: string = randomUUID()): SecurityContextKeyRing {
    return new SecurityContextKeyRing([{ id, key: randomBytes(KEY_LENGTH) }]);
  }

  private push(entry: SecurityContextCookieKey): void {
    checkKey(entry);
    if (this.keys.some((k) => k.id === entry.id))
      throw new RangeError(`Duplicate cookie key id '${entry.id}'.`);
    this.keys.push({ id: entry.id, key: Buffer.from(entry.key) });
  }

  /** The key new cookies are protected with. */
  get current(): SecurityContextCookieKey {
    return this.keys[0];
  }

  get ids(): readonly string[] {
    return this.keys.map((k) => k.id);
  }

  /** The key with this id, or undefined. */
  find(id: string): Buffer | undefined {
    return this.keys.find((k) => k.id === id)?.key;
  }

  /** Makes a new key current; the others stay to unprotect cookies issued before. */
  rotate(key: Buffer, id: string): void {
    const entry = { id, key };
    checkKey(entry);
    if (this.keys.some((k) => k.id === id)) throw new RangeError(`Duplicate cookie key id '${id}'.`);
    this.keys.unshift({ id, key: Buffer.from(key) });
  }

  /** Drops an old key (cookies under it stop working); the current key cannot be retired. */
  retire(id: string): boolean {
    const index = this.keys.findIndex((k) => k.id === id);
    if (index < 0) return false;
    if (index === 0) throw new RangeError('The current cookie key cannot be retired; rotate first.');
    this.keys.splice(index, 1);
    return true;
  }
}

/** What a cookie carries: the service's state for one key generation of a context. */
export interface SecurityContextCookieState {
  /** The SCT's wsu:Id when issued (informational). */
  readonly id?: string;
  readonly contextId: string;
  readonly key: Buffer;
  readonly keyGeneration?: string | undefined;
  readonly validFrom: number;
  readonly validTo: number;
  readonly keyEffectiveTime: number;
  readonly keyExpirationTime: number;
  readonly claims: SecurityContextClaims;
}

export type SecurityContextCookieFailure =
  'malformed' | 'unknownKey' | 'tampered' | 'expired' | 'notYetValid';

export class SecurityContextCookieError extends BadContextTokenError {
  override readonly name: string = 'SecurityContextCookieError';

  constructor(
    readonly failure: SecurityContextCookieFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Encrypts a context's state under the ring's current key. */
export function protectSecurityContextCookie(
  state: SecurityContextCookieState,
  ring: SecurityContextKeyRing,
): Buffer {
  for (const t of [state.validFrom, state.validTo, state.keyEffectiveTime, state.keyExpirationTime]) {
    if (!Number.isSafeInteger(t)) throw new RangeError(`Cookie times are whole milliseconds, not ${t}.`);
  }
  const { id: keyId, key } = ring.current;
  const keyIdBytes = Buffer.from(keyId, 'utf8');
  const header = Buffer.concat([
    Buffer.from([SECURITY_CONTEXT_COOKIE_VERSION, keyIdBytes.length]),
    keyIdBytes,
  ]);
  const iv = randomBytes(IV_LENGTH);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
  cipher.setAAD(header);
  const plaintext = Buffer.from(JSON.stringify(toJson(state)), 'utf8');
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const blob = Buffer.concat([header, iv, ciphertext, cipher.getAuthTag()]);
  if (blob.length > MAX_SECURITY_CONTEXT_COOKIE_LENGTH)
    throw new RangeError(`The cookie would be ${blob.length} octets, more than a reader accepts.`);
  return blob;
}

/**
 * Decrypts and checks a cookie: the version, a key of the ring, the GCM tag, the plaintext's shape, and the
 * token's validity at `now` (with `maxClockSkew`, WCF's default 5 minutes, on both ends: farm hosts' clocks
 * differ).
 */
export function unprotectSecurityContextCookie(
  blob: Buffer,
  ring: SecurityContextKeyRing,
  now: number,
  options: { readonly maxClockSkew?: number } = {},
): SecurityContextCookieState {
  const fail = (failure: SecurityContextCookieFailure, why: string, cause?: unknown): never => {
    throw new SecurityContextCookieError(failure, `The security context cookie is not valid: ${why}.`, {
      cause,
    });
  };
  if (blob.length > MAX_SECURITY_CONTEXT_COOKIE_LENGTH) fail('malformed', 'it is too long');
  if (blob.length < 2) fail('malformed', 'it is too short');
  if (blob[0] !== SECURITY_CONTEXT_COOKIE_VERSION) fail('malformed', `version ${blob[0]} is not supported`);
  const keyIdLength = blob[1];
  const headerLength = 2 + keyIdLength;
  if (keyIdLength === 0 || blob.length < headerLength + IV_LENGTH + TAG_LENGTH + 1)
    fail('malformed', 'it is too short');
  const header = blob.subarray(0, headerLength);
  const keyId = blob.subarray(2, headerLength).toString('utf8');
  const key = ring.find(keyId) ?? fail('unknownKey', `key '${keyId}' is not in the ring`);
  const iv = blob.subarray(headerLength, headerLength + IV_LENGTH);
  const ciphertext = blob.subarray(headerLength + IV_LENGTH, blob.length - TAG_LENGTH);
  const tag = blob.subarray(blob.length - TAG_LENGTH);
  let plaintext: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
    decipher.setAAD(header);
    decipher.setAuthTag(tag);
    plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch (err) {
    return fail('tampered', 'it does not authenticate under its key', err);
  }
  let json: unknown;
  try {
    json = JSON.parse(plaintext.toString('utf8'));
  } catch (err) {
    return fail('malformed', 'its state is not JSON', err);
  }
  const state = fromJson(json) ?? fail('malformed', 'its state does not have the expected shape');
  const skew = options.maxClockSkew ?? 5 * 60_000;
  if (now + skew < state.validFrom) fail('notYetValid', 'the token is not valid yet');
  if (now - skew >= state.validTo) fail('expired', 'the token has expired');
  return state;
}

interface CookieJson {
  id?: string;
  contextId: string;
  key: string;
  keyGeneration?: string;
  validFrom: number;
  validTo: number;
  keyEffectiveTime: number;
  keyExpirationTime: number;
  identity?: SecurityContextIdentity;
}

function toJson(state: SecurityContextCookieState): CookieJson {
  const identity = state.claims.primaryIdentity;
  return {
    ...(state.id !== undefined && { id: state.id }),
    contextId: state.contextId,
    key: state.key.toString('base64'),
    ...(state.keyGeneration !== undefined && { keyGeneration: state.keyGeneration }),
    validFrom: state.validFrom,
    validTo: state.validTo,
    keyEffectiveTime: state.keyEffectiveTime,
    keyExpirationTime: state.keyExpirationTime,
    ...(identity !== undefined && {
      identity: {
        name: identity.name,
        authenticationType: identity.authenticationType,
        ...(identity.certificateThumbprint !== undefined && {
          certificateThumbprint: identity.certificateThumbprint,
        }),
      },
    }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, max: number, optional: boolean): string | undefined | null {
  if (value === undefined) return optional ? undefined : null;
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : null;
}

function time(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

/** The state of a decrypted cookie, or undefined when a field is missing or of the wrong kind. */
function fromJson(json: unknown): SecurityContextCookieState | undefined {
  if (!isRecord(json)) return undefined;
  const id = text(json.id, MAX_SECURITY_CONTEXT_ID_LENGTH, true);
  const contextId = text(json.contextId, MAX_SECURITY_CONTEXT_ID_LENGTH, false);
  const keyGeneration = text(json.keyGeneration, MAX_SECURITY_CONTEXT_ID_LENGTH, true);
  const keyText = text(json.key, MAX_COOKIE_KEY_LENGTH * 2, false);
  const times = [json.validFrom, json.validTo, json.keyEffectiveTime, json.keyExpirationTime].map(time);
  if (id === null || !contextId || keyGeneration === null || !keyText || times.includes(null))
    return undefined;
  const key = Buffer.from(keyText, 'base64');
  if (key.length === 0 || key.length > MAX_COOKIE_KEY_LENGTH || key.toString('base64') !== keyText)
    return undefined;
  const [validFrom, validTo, keyEffectiveTime, keyExpirationTime] = times as number[];
  if (validFrom > validTo || keyEffectiveTime > keyExpirationTime) return undefined;
  let primaryIdentity: SecurityContextIdentity | undefined;
  if (json.identity !== undefined) {
    if (!isRecord(json.identity)) return undefined;
    const name = json.identity.name;
    const authenticationType = json.identity.authenticationType;
    const thumbprint = text(json.identity.certificateThumbprint, 64, true);
    if (
      typeof name !== 'string' ||
      name.length > MAX_CLAIM_TEXT_LENGTH ||
      typeof authenticationType !== 'string' ||
      authenticationType.length > MAX_CLAIM_TEXT_LENGTH ||
      thumbprint === null
    ) {
      return undefined;
    }
    primaryIdentity =
      thumbprint === undefined
        ? { name, authenticationType }
        : { name, authenticationType, certificateThumbprint: thumbprint };
  }
  return {
    ...(id !== undefined && { id }),
    contextId,
    key,
    ...(keyGeneration !== undefined && { keyGeneration }),
    validFrom,
    validTo,
    keyEffectiveTime,
    keyExpirationTime,
    claims: { primaryIdentity },
  };
}
