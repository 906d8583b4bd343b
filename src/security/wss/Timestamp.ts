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

/** WCF's format: milliseconds and `Z` (Date#toISOString is exactly that for years 0000–9999). */
export function formatTimestampTime(ms: number): string {
  return new Date(ms).toISOString();
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

export function parseTimestampTime(text: string): number | undefined {
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
