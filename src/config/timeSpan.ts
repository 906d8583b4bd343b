/**
 * .NET TimeSpan strings as WCF config writes them, to and from Indigo's milliseconds. The grammar is
 * TimeSpan.Parse's invariant form `[-][d.]hh:mm[:ss[.fffffff]]` (or a whole number of days); `Infinite`
 * (any casing: WCF's TimeSpanOrInfiniteConverter compares OrdinalIgnoreCase) and TimeSpan.MaxValue
 * (`10675199.02:48:05.4775807`) both mean Infinity. WCF's TimeSpan validators reject negative values.
 */

const TIME_SPAN = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/;
const DAYS_ONLY = /^(-)?(\d+)$/;
/** TimeSpan.MaxValue (10675199.02:48:05.4775807) in ms, as near as a double gets. */
const MAX_VALUE_MS = 922_337_203_685_477;

export type TimeSpanParse = { ok: true; ms: number } | { ok: false; reason: string };

/** Parses a TimeSpan string; negative and malformed values are refused with a reason. */
export function parseTimeSpan(text: string): TimeSpanParse {
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === 'infinite') return { ok: true, ms: Infinity };
  let negative: boolean;
  let ms: number;
  const days = DAYS_ONLY.exec(trimmed);
  const m = TIME_SPAN.exec(trimmed);
  if (days) {
    negative = days[1] === '-';
    ms = Number(days[2]) * 86_400_000;
  } else if (m) {
    negative = m[1] === '-';
    const [h, min, s] = [Number(m[3]), Number(m[4]), Number(m[5] ?? 0)];
    if (h > 23 || min > 59 || s > 59)
      return { ok: false, reason: 'hours must be 0-23, minutes and seconds 0-59' };
    const fraction = m[6] ? Number(m[6].padEnd(7, '0')) / 10_000 : 0;
    ms = Number(m[2] ?? 0) * 86_400_000 + h * 3_600_000 + min * 60_000 + s * 1000 + fraction;
  } else {
    return { ok: false, reason: 'expected [d.]hh:mm[:ss[.fffffff]] or Infinite' };
  }
  if (negative && ms !== 0) return { ok: false, reason: 'a negative TimeSpan is not allowed' };
  if (ms >= MAX_VALUE_MS) return { ok: true, ms: Infinity };
  return { ok: true, ms };
}

/** Milliseconds of a TimeSpan string known to be valid (the schema checked it). */
export function timeSpanToMs(text: string): number {
  const parsed = parseTimeSpan(text);
  if (!parsed.ok) throw new RangeError(`'${text}' is not a valid TimeSpan: ${parsed.reason}`);
  return parsed.ms;
}

/** Milliseconds as .NET writes a TimeSpan in config: `[d.]hh:mm:ss[.fffffff]`, Infinity as `Infinite`. */
export function msToTimeSpan(ms: number): string {
  if (!Number.isFinite(ms)) return 'Infinite';
  const ticks = Math.round(ms * 10_000);
  const totalSeconds = Math.floor(ticks / 10_000_000);
  const fraction = ticks % 10_000_000;
  const d = Math.floor(totalSeconds / 86_400);
  const h = Math.floor((totalSeconds % 86_400) / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const two = (n: number): string => String(n).padStart(2, '0');
  const base = `${d ? `${d}.` : ''}${two(h)}:${two(m)}:${two(s)}`;
  return fraction ? `${base}.${String(fraction).padStart(7, '0')}` : base;
}
