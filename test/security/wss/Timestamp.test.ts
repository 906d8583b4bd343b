import { parseXml } from '../../../src/xml';
import { MessageSecurityError } from '../../../src/security/MessageSecurityError';
import {
  createTimestampElement,
  formatTimestampTime,
  parseTimestampTime,
  readTimestamp,
  validateTimestamp,
} from '../../../src/security/wss/Timestamp';
import { serializeXml } from '../../../src/xml';
import { seededRandom } from '../../xml/oracle/randomXml';

const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
const MIN = 60_000;

describe('Timestamp', () => {
  it('writes Created and Expires as WCF does (milliseconds, Z)', () => {
    const created = Date.UTC(2026, 10, 23, 23, 52, 58, 507);
    const e = createTimestampElement({ id: '_0', created, expires: created + 5 * MIN });
    expect(serializeXml(e)).toBe(
      `<u:Timestamp xmlns:u="${WSU}" u:Id="_0"><u:Created>2026-11-23T23:52:58.507Z</u:Created><u:Expires>2026-11-23T23:57:58.507Z</u:Expires></u:Timestamp>`,
    );
  });

  it('reads xs:dateTime with fractions of any length and with offsets', () => {
    expect(parseTimestampTime('2026-11-23T23:52:58.5070000Z')).toBe(Date.UTC(2026, 10, 23, 23, 52, 58, 507));
    expect(parseTimestampTime('2026-11-24T01:52:58+02:00')).toBe(Date.UTC(2026, 10, 23, 23, 52, 58));
    expect(parseTimestampTime('2026-11-23 23:52:58Z')).toBeUndefined();
    expect(parseTimestampTime('2026-13-23T23:52:58Z')).toBeUndefined();
    expect(formatTimestampTime(0)).toBe('1970-01-01T00:00:00.000Z');
  });

  it('writes every time as Date#toISOString does, across minutes, days and the ends of the four-digit years', () => {
    const times = [
      0,
      59_999,
      60_000,
      86_399_999,
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      Date.UTC(2026, 11, 5),
    ];
    const random = seededRandom(0x7153);
    for (let i = 0; i < 2000; i++) times.push(Math.floor(random() * Date.UTC(9999, 0, 1)));
    for (let t = Date.UTC(2026, 11, 5, 7, 59, 58); t < Date.UTC(2026, 11, 5, 8, 0, 2); t += 7) times.push(t);
    for (const t of times) {
      // As a message writes them: Created, then Expires five minutes on.
      expect([t, formatTimestampTime(t)]).toEqual([t, new Date(t).toISOString()]);
      expect([t, formatTimestampTime(t + 5 * MIN)]).toEqual([t, new Date(t + 5 * MIN).toISOString()]);
    }
    expect(formatTimestampTime(Date.UTC(10000, 0, 1))).toBe('+010000-01-01T00:00:00.000Z');
    expect(formatTimestampTime(-1)).toBe('1969-12-31T23:59:59.999Z');
  });

  it("reads WCF's own shape (milliseconds, Z) exactly as any other xs:dateTime", () => {
    const random = seededRandom(0x7154);
    for (let i = 0; i < 2000; i++) {
      const t = Date.UTC(100, 0, 1) + Math.floor(random() * (Date.UTC(9999, 0, 1) - Date.UTC(100, 0, 1)));
      const text = new Date(t).toISOString();
      expect([text, parseTimestampTime(text)]).toEqual([text, t]);
      // The same instant with seven fraction digits takes the regular expression.
      expect(parseTimestampTime(text.replace('Z', '0000Z'))).toBe(t);
    }
    for (const bad of [
      '2026-12-05T07:5a:00.000Z',
      '2026-12-05T24:00:00.000Z',
      '2026-00-05T07:50:00.000Z',
      '2026-12-05T07:50:60.000Z',
      '2026-12-05T07:50:00.00xZ',
      '2026-12-05T07:50:00.000z',
      '+026-12-05T07:50:00.000Z',
    ]) {
      expect([bad, parseTimestampTime(bad)]).toEqual([bad, undefined]);
    }
    // A day past the month's end runs on into the next month, whichever way the time is written.
    for (const overflow of [
      '2026-02-31T00:00:00.000Z',
      '2024-02-30T12:00:00.000Z',
      '2100-02-29T00:00:00.000Z',
    ])
      expect(parseTimestampTime(overflow)).toBe(parseTimestampTime(overflow.replace('.000Z', 'Z')));
    expect(parseTimestampTime('2026-02-31T00:00:00.000Z')).toBe(Date.UTC(2026, 2, 3));
    // Years before 100 are the general reader's, whatever it makes of them.
    expect(parseTimestampTime('0099-12-05T07:50:00.000Z')).toBe(parseTimestampTime('0099-12-05T07:50:00Z'));
  });

  it('reads a Mono timestamp and refuses anything else inside', () => {
    const ok = parseXml(
      `<u:Timestamp xmlns:u="${WSU}" u:Id="uuid-1"><u:Created>2026-11-23T23:52:58.507Z</u:Created><u:Expires>2026-11-23T23:57:58.507Z</u:Expires></u:Timestamp>`,
    ).root;
    expect(readTimestamp(ok)).toEqual({
      id: 'uuid-1',
      created: Date.UTC(2026, 10, 23, 23, 52, 58, 507),
      expires: Date.UTC(2026, 10, 23, 23, 57, 58, 507),
    });
    const extra = parseXml(
      `<u:Timestamp xmlns:u="${WSU}"><u:Created>2026-11-23T23:52:58Z</u:Created><u:Expires>2026-11-23T23:57:58Z</u:Expires><x/></u:Timestamp>`,
    ).root;
    expect(() => readTimestamp(extra)).toThrow(MessageSecurityError);
    const noCreated = parseXml(
      `<u:Timestamp xmlns:u="${WSU}"><u:Expires>2026-11-23T23:57:58Z</u:Expires></u:Timestamp>`,
    ).root;
    expect(() => readTimestamp(noCreated)).toThrow(/no Created/);
  });

  describe('freshness (WCF: maxClockSkew 5 min, replayWindow 5 min)', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    const v = { now, maxClockSkewMs: 5 * MIN, replayWindowMs: 5 * MIN };
    const ts = (created: number, expires: number | undefined) => ({ id: undefined, created, expires });

    it('accepts a fresh timestamp and one skewed within the allowance', () => {
      expect(() => validateTimestamp(ts(now, now + 5 * MIN), v)).not.toThrow();
      expect(() => validateTimestamp(ts(now + 4 * MIN, now + 9 * MIN), v)).not.toThrow();
      expect(() => validateTimestamp(ts(now - 8 * MIN, now - 3 * MIN), v)).not.toThrow();
    });

    it('refuses expired, future and too old timestamps', () => {
      expect(() => validateTimestamp(ts(now - 11 * MIN, now - 6 * MIN), v)).toThrow(/stale/);
      expect(() => validateTimestamp(ts(now + 6 * MIN, now + 11 * MIN), v)).toThrow(/future/);
      expect(() => validateTimestamp(ts(now - 11 * MIN, now + MIN), v)).toThrow(/too old/);
      expect(() => validateTimestamp(ts(now, now - MIN), v)).toThrow(/after its expiry/);
    });
  });
});
