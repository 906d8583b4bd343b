/**
 * wsu:Timestamp (WS-Security 1.0 §10): Created and Expires, written as WCF writes them
 * (`yyyy-MM-ddTHH:mm:ss.fffZ`, RS SecurityTimestamp) and checked on receive as WCF checks them
 * (RS SecurityTimestamp.ValidateRangeAndFreshness): Created not after Expires, not expired, not from the future,
 * and not older than the replay window — each with the allowed clock skew.
 */
import { XmlElement, XmlText } from '../../xml';
import { MessageSecurityError } from '../MessageSecurityError';
import { WSU_NAMESPACE, WSU_PREFIX } from './WssConstants';
import { childElements, textOf } from './xmlReading';

export interface SecurityTimestamp {
  readonly id: string | undefined;
  /** Milliseconds since the epoch. */
  readonly created: number;
  /** Milliseconds since the epoch; undefined when the Timestamp has no Expires. */
  readonly expires: number | undefined;
}

/** 10000-01-01T00:00:00Z: from here on toISOString writes a six-digit, signed year. */
const YEAR_10000 = 253402300800000;
// Two minutes remembered: a message's Created and its Expires (five minutes on) alternate.
const minuteStarts = [Number.NaN, Number.NaN];
const minutePrefixes = ['', ''];
let replaceNext = 0;

/**
 * WCF's format: milliseconds and `Z` (Date#toISOString is exactly that for years 0000–9999). Every secured
 * message writes two of these, Created and Expires, each as a rule in the minute of the last message's: the
 * `YYYY-MM-DDTHH:MM:` of both minutes is kept, and only seconds and milliseconds are written (toISOString
 * was the secured send's largest cost outside cryptography and XML).
 */
export function formatTimestampTime(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0 || ms >= YEAR_10000) return new Date(ms).toISOString();
  const rest = ms % 60000;
  const start = ms - rest;
  let slot = minuteStarts[0] === start ? 0 : minuteStarts[1] === start ? 1 : -1;
  if (slot < 0) {
    slot = replaceNext;
    replaceNext ^= 1;
    minutePrefixes[slot] = new Date(start).toISOString().slice(0, 17);
    minuteStarts[slot] = start;
  }
  return `${minutePrefixes[slot]}${String(Math.floor(rest / 1000)).padStart(2, '0')}.${String(rest % 1000).padStart(3, '0')}Z`;
}

export function createTimestampElement(timestamp: {
  id: string;
  created: number;
  expires: number;
}): XmlElement {
  const e = new XmlElement(WSU_PREFIX, 'Timestamp', WSU_NAMESPACE);
  e.setAttribute('Id', timestamp.id, WSU_NAMESPACE, WSU_PREFIX);
  const created = e.appendChild(new XmlElement(WSU_PREFIX, 'Created', WSU_NAMESPACE));
  created.appendChild(new XmlText(formatTimestampTime(timestamp.created)));
  const expires = e.appendChild(new XmlElement(WSU_PREFIX, 'Expires', WSU_NAMESPACE));
  expires.appendChild(new XmlText(formatTimestampTime(timestamp.expires)));
  return e;
}

/** xs:dateTime in UTC as WS-Security requires it (a `Z` or an offset; fractions of any length). */
const DATE_TIME = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The two decimal digits at `at`, or NaN. */
function digits2(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

/**
 * `YYYY-MM-DDTHH:MM:SS.fffZ`, what WCF and Indigo write (two per secured message), read without the regular
 * expression; undefined when `text` is not exactly that shape, and the general reader takes it.
 */
function parseWcfTime(text: string): number | undefined {
  if (
    text.length !== 24 ||
    text.charCodeAt(4) !== 0x2d || // -
    text.charCodeAt(7) !== 0x2d ||
    text.charCodeAt(10) !== 0x54 || // T
    text.charCodeAt(13) !== 0x3a || // :
    text.charCodeAt(16) !== 0x3a ||
    text.charCodeAt(19) !== 0x2e || // .
    text.charCodeAt(23) !== 0x5a // Z
  ) {
    return undefined;
  }
  const year = digits2(text, 0) * 100 + digits2(text, 2);
  const month = digits2(text, 5);
  const day = digits2(text, 8);
  const hour = digits2(text, 11);
  const minute = digits2(text, 14);
  const second = digits2(text, 17);
  const milli = digits2(text, 20) * 10 + (text.charCodeAt(22) - 48);
  const last = text.charCodeAt(22);
  // NaN fails every comparison: a non-digit anywhere leaves it to the general reader, which refuses it.
  if (!(last >= 0x30 && last <= 0x39 && year >= 0 && milli >= 0)) return undefined;
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59))
    return undefined;
  // Date.UTC maps years 0–99 to 1900–1999; the general reader has the same quirk, and keeps it consistent.
  if (year < 100) return undefined;
  return daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + milli;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil), in arithmetic where a call
 * to Date.UTC showed in the profile; a day past the month's end runs on into the next, as with Date.UTC.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function parseTimestampTime(text: string): number | undefined {
  const fast = parseWcfTime(text);
  if (fast !== undefined) return fast;
  const m = DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return undefined;
  }
  let ms = Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(s));
  if (fraction) ms += Math.floor(Number(`0${fraction}`) * 1000);
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    ms -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  }
  return Number.isFinite(ms) ? ms : undefined;
}

/** Reads a wsu:Timestamp: one Created, at most one Expires, nothing else (WCF refuses anything more). */
export function readTimestamp(element: XmlElement): SecurityTimestamp {
  const invalid = (why: string): never => {
    throw new MessageSecurityError(`The security Timestamp is invalid: ${why}.`);
  };
  const children = childElements(element) ?? invalid('it has character content');
  const [createdElement, expiresElement, ...rest] = children;
  if (
    !createdElement ||
    createdElement.localName !== 'Created' ||
    createdElement.namespaceUri !== WSU_NAMESPACE
  ) {
    invalid('it has no Created');
  }
  const created =
    parseTimestampTime(textOf(createdElement) ?? '') ?? invalid('Created is not a date and time');
  let expires: number | undefined;
  if (expiresElement) {
    if (expiresElement.localName !== 'Expires' || expiresElement.namespaceUri !== WSU_NAMESPACE) {
      invalid(`unexpected element ${expiresElement.qualifiedName}`);
    }
    expires = parseTimestampTime(textOf(expiresElement) ?? '') ?? invalid('Expires is not a date and time');
  }
  if (rest.length > 0) invalid(`unexpected element ${rest[0].qualifiedName}`);
  return { id: element.getAttribute('Id', WSU_NAMESPACE), created, expires };
}

export interface TimestampValidation {
  readonly now: number;
  /** LocalServiceSettings/LocalClientSettings.MaxClockSkew (WCF default 5 minutes). */
  readonly maxClockSkewMs: number;
  /** ReplayWindow (WCF default 5 minutes): a message created longer ago than this (plus skew) is stale. */
  readonly replayWindowMs: number;
}

/** WCF's freshness rules; each failure is a MessageSecurityError (InvalidSecurity on the wire). */
export function validateTimestamp(t: SecurityTimestamp, v: TimestampValidation): void {
  if (t.expires !== undefined && t.created > t.expires) {
    throw new MessageSecurityError('The security Timestamp has a creation time after its expiry time.');
  }
  if (t.expires !== undefined && t.expires <= v.now - v.maxClockSkewMs) {
    throw new MessageSecurityError(
      `The security Timestamp is stale: it expired at ${formatTimestampTime(t.expires)}, the time now is ${formatTimestampTime(v.now)} (allowed clock skew ${v.maxClockSkewMs} ms).`,
    );
  }
  if (t.created >= v.now + v.maxClockSkewMs) {
    throw new MessageSecurityError(
      `The security Timestamp was created in the future: ${formatTimestampTime(t.created)}, the time now is ${formatTimestampTime(v.now)} (allowed clock skew ${v.maxClockSkewMs} ms).`,
    );
  }
  if (t.created <= v.now - v.replayWindowMs - v.maxClockSkewMs) {
    throw new MessageSecurityError(
      `The security Timestamp is too old: created at ${formatTimestampTime(t.created)}, older than the replay window of ${v.replayWindowMs} ms.`,
    );
  }
}
