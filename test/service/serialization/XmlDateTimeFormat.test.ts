import { formatDateTime, parseDateTime } from '../../../src/service/serialization/XmlDateTimeFormat';
import { SerializationError } from '../../../src/service/serialization/SerializationError';

const utc = (iso: string): Date => new Date(iso);

describe('formatDateTime', () => {
  it('writes UTC with Z and the milliseconds', () => {
    expect(formatDateTime(utc('2026-12-02T18:15:45.123Z'))).toBe('2026-12-02T18:15:45.123Z');
  });

  it('trims trailing zeros of the fraction, as XmlConverter does', () => {
    expect(formatDateTime(utc('2026-12-02T18:15:45.120Z'))).toBe('2026-12-02T18:15:45.12Z');
    expect(formatDateTime(utc('2026-12-02T18:15:45.100Z'))).toBe('2026-12-02T18:15:45.1Z');
  });

  it('omits a zero fraction entirely', () => {
    expect(formatDateTime(utc('2026-12-02T18:15:45.000Z'))).toBe('2026-12-02T18:15:45Z');
  });

  it('pads years below 1000 to four digits', () => {
    expect(formatDateTime(utc('0001-01-01T00:00:00Z'))).toBe('0001-01-01T00:00:00Z');
  });

  it('rejects invalid dates and years outside System.DateTime', () => {
    expect(() => formatDateTime(new Date(NaN), 'p/When')).toThrow(SerializationError);
    expect(() => formatDateTime(utc('+010000-01-01T00:00:00Z'))).toThrow(SerializationError);
    expect(() => formatDateTime(utc('0000-12-31T00:00:00Z'))).toThrow(SerializationError);
  });
});

describe('parseDateTime', () => {
  it('reads the UTC form', () => {
    expect(parseDateTime('2026-12-02T18:15:45.123Z').toISOString()).toBe('2026-12-02T18:15:45.123Z');
  });

  it('converts an offset to the instant it denotes', () => {
    expect(parseDateTime('2026-12-02T19:15:45+01:00').toISOString()).toBe('2026-12-02T18:15:45.000Z');
    expect(parseDateTime('2026-12-02T13:45:45-04:30').toISOString()).toBe('2026-12-02T18:15:45.000Z');
  });

  it('reads the unspecified kind (no zone) as UTC', () => {
    expect(parseDateTime('0001-01-01T00:00:00').toISOString()).toBe('0001-01-01T00:00:00.000Z');
  });

  it('truncates tick precision (7 digits) to milliseconds', () => {
    expect(parseDateTime('2026-12-02T18:15:45.1239999Z').toISOString()).toBe('2026-12-02T18:15:45.123Z');
    expect(parseDateTime('2026-12-02T18:15:45.5Z').toISOString()).toBe('2026-12-02T18:15:45.500Z');
  });

  it('accepts leap days only in leap years', () => {
    expect(parseDateTime('2024-02-29T00:00:00Z').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(() => parseDateTime('2026-02-29T00:00:00Z')).toThrow(SerializationError);
    expect(() => parseDateTime('1900-02-29T00:00:00Z')).toThrow(SerializationError);
  });

  it('rejects malformed and out-of-range fields, naming the element', () => {
    for (const bad of [
      '2026-12-02',
      '2026-12-02 18:15:45Z',
      '2026-13-02T18:15:45Z',
      '2026-12-32T18:15:45Z',
      '2026-12-02T24:00:00Z',
      '2026-12-02T18:60:45Z',
      '2026-12-02T18:15:45.Z',
      '2026-12-02T18:15:45+15:00',
      '0000-01-01T00:00:00Z',
    ]) {
      expect(() => parseDateTime(bad, 'p/When')).toThrow(/element p\/When/);
    }
  });

  it('ignores surrounding XML white space', () => {
    expect(parseDateTime('\n 2026-12-02T18:15:45Z \t').toISOString()).toBe('2026-12-02T18:15:45.000Z');
  });
});
