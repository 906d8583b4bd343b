/**
 * .NET TimeSpan strings as WCF config reads and writes them (TimeSpan.Parse's invariant format
 * `[-][d.]hh:mm[:ss[.fffffff]]`, a whole number of days, and WCF's `Infinite`), to and from milliseconds.
 * Vectors follow .NET's documented parsing (TimeSpan.Parse: hours 0-23, minutes and seconds 0-59, up to
 * seven fraction digits) and WCF's validators (no negative timeouts; TimeSpan.MaxValue means Infinite).
 */
import { msToTimeSpan, parseTimeSpan, timeSpanToMs } from '../../src/config/timeSpan';

describe('parseTimeSpan', () => {
  it.each([
    ['00:01:00', 60_000],
    ['00:10:00', 600_000],
    ['00:00:10', 10_000],
    ['1:2', 3_720_000], // hh:mm, seconds omitted
    ['00:00:00.2', 200], // reliableSession acknowledgementInterval
    ['00:00:00.0000001', 0.0001], // one tick
    ['1.02:03:04.5', 93_784_500],
    ['10', 864_000_000], // a whole number is days
    ['  00:05:00  ', 300_000],
    ['-00:00:00', 0], // negative zero is zero
    ['Infinite', Infinity],
    ['infinite', Infinity], // TimeSpanOrInfiniteConverter: OrdinalIgnoreCase
    ['10675199.02:48:05.4775807', Infinity], // TimeSpan.MaxValue
  ])('%s → %d ms', (text, ms) => {
    expect(parseTimeSpan(text)).toEqual({ ok: true, ms });
  });

  it.each([
    ['-00:00:01', /a negative TimeSpan is not allowed/],
    ['24:00:00', /hours must be 0-23/],
    ['00:60:00', /minutes and seconds 0-59/],
    ['00:00:60', /minutes and seconds 0-59/],
    ['00:00:00.12345678', /expected \[d\.\]hh:mm\[:ss\[\.fffffff\]\] or Infinite/],
    ['soon', /expected/],
    ['', /expected/],
    ['1 minute', /expected/],
  ])('refuses %j with the reason', (text, reason) => {
    const parsed = parseTimeSpan(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toMatch(reason);
  });

  it('throws a RangeError naming the text from timeSpanToMs', () => {
    expect(() => timeSpanToMs('soon')).toThrow(RangeError);
    expect(() => timeSpanToMs('soon')).toThrow(/'soon' is not a valid TimeSpan/);
  });
});

describe('msToTimeSpan', () => {
  it.each([
    [60_000, '00:01:00'],
    [600_000, '00:10:00'],
    [200, '00:00:00.2000000'],
    [93_784_500, '1.02:03:04.5000000'],
    [0, '00:00:00'],
    [Infinity, 'Infinite'],
  ])('%d ms → %s, as .NET writes it', (ms, text) => {
    expect(msToTimeSpan(ms)).toBe(text);
  });

  it('round-trips through parseTimeSpan', () => {
    for (const ms of [1, 999, 60_000, 3_600_000 * 23 + 59_999, 86_400_000 * 400 + 1, Infinity])
      expect(timeSpanToMs(msToTimeSpan(ms))).toBe(ms);
  });
});
