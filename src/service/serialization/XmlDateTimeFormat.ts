/**
 * xs:dateTime <-> JavaScript Date, as DataContractSerializer writes and reads System.DateTime.
 *
 * Writing follows System.Xml `XmlConverter.ToChars(DateTime)`: `yyyy-MM-ddTHH:mm:ss`, then `.` and the tick
 * fraction (up to 7 digits) only when it is not zero, with trailing zeros removed, then the kind: `Z` for UTC,
 * `±hh:mm` for Local, nothing for Unspecified. A JavaScript Date is an instant, which is exactly a
 * `DateTimeKind.Utc` DateTime, so Indigo always writes UTC: `2026-12-02T18:15:45.123Z`, `2026-12-02T18:15:45Z`.
 *
 * Reading accepts what `XmlConverter.TryParseDateTime` / `XmlConvert.ToDateTime(s, RoundtripKind)` accept for
 * xs:dateTime: an optional fraction, then `Z`, an offset (converted to the instant it denotes) or no zone.
 * Choices where .NET and JavaScript differ:
 * - no zone (.NET: DateTimeKind.Unspecified, e.g. `DateTime.MinValue` is written `0001-01-01T00:00:00`) is read
 *   as UTC, the only reading that does not depend on the host's time zone;
 * - a Date holds milliseconds, .NET holds 100 ns ticks: digits beyond the third are truncated on read.
 */
import { SerializationError } from './SerializationError';
import { trimXmlWhitespace } from './XmlNumberFormat';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** `2026-12-02T18:15:45.123Z`; a Date outside System.DateTime's years 1..9999 cannot be written. */
export function formatDateTime(value: Date, where?: string): string {
  const time = value.getTime();
  if (!Number.isFinite(time))
    throw new SerializationError('Invalid Date cannot be written as xs:dateTime', where);
  const year = value.getUTCFullYear();
  if (year < 1 || year > 9999) {
    throw new SerializationError(`Year ${year} is outside System.DateTime's range (1..9999)`, where);
  }
  const date = `${pad(year, 4)}-${pad(value.getUTCMonth() + 1, 2)}-${pad(value.getUTCDate(), 2)}`;
  const clock = `${pad(value.getUTCHours(), 2)}:${pad(value.getUTCMinutes(), 2)}:${pad(value.getUTCSeconds(), 2)}`;
  const ms = value.getUTCMilliseconds();
  const fraction = ms === 0 ? '' : `.${pad(ms, 3).replace(/0+$/, '')}`;
  return `${date}T${clock}${fraction}Z`;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})?$/;

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Parses xs:dateTime strictly (every field range-checked) into the instant it denotes. */
export function parseDateTime(text: string, where?: string): Date {
  const s = trimXmlWhitespace(text);
  const m = DATE_TIME.exec(s);
  const invalid = (): SerializationError =>
    new SerializationError(`'${text}' is not a valid xs:dateTime`, where);
  if (!m) throw invalid();
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw invalid();
  if (hour > 23 || minute > 59 || second > 59) throw invalid();
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone && zone !== 'Z') {
    const offsetHours = Number(zone.slice(1, 3));
    const offsetMins = Number(zone.slice(4, 6));
    if (offsetHours > 14 || offsetMins > 59 || (offsetHours === 14 && offsetMins > 0)) throw invalid();
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  // Date.UTC maps years 0..99 to 1900..1999, so set the fields one by one.
  const result = new Date(0);
  result.setUTCFullYear(year, month - 1, day);
  result.setUTCHours(hour, minute, second, ms);
  return new Date(result.getTime() - offsetMinutes * 60_000);
}
