import { DataType } from '../../../src/service/serialization/DataType';
import { SerializationError } from '../../../src/service/serialization/SerializationError';
import {
  SERIALIZATION_NAMESPACE,
  XML_SCHEMA_NAMESPACE,
} from '../../../src/service/serialization/XmlSchemaNamespaces';

describe('PrimitiveDataTypes', () => {
  it('writes and reads string verbatim, white space and markup characters included', () => {
    expect(DataType.string.toXml(' hello <mono> & é世 ')).toBe(' hello <mono> & é世 ');
    expect(DataType.string.fromXml(' a\n b ')).toBe(' a\n b ');
    expect(DataType.string.isReferenceType).toBe(true);
  });

  it('writes and reads int within Int32, rejecting fractions and overflow', () => {
    expect(DataType.int.toXml(-2147483648)).toBe('-2147483648');
    expect(DataType.int.fromXml('2147483647')).toBe(2147483647);
    expect(() => DataType.int.fromXml('1.5')).toThrow(SerializationError);
    expect(() => DataType.int.fromXml('2147483648')).toThrow(SerializationError);
    expect(() => DataType.int.toXml(1.5)).toThrow(SerializationError);
    expect(() => DataType.int.toXml(2 ** 31)).toThrow(SerializationError);
    expect(() => DataType.int.toXml('5')).toThrow(SerializationError);
  });

  it('writes and reads long as bigint, beyond 2^53 without loss', () => {
    expect(DataType.long.toXml(9007199254740993n)).toBe('9007199254740993');
    expect(DataType.long.fromXml('9223372036854775807')).toBe(9223372036854775807n);
    expect(DataType.long.fromXml('-9223372036854775808')).toBe(-9223372036854775808n);
    expect(() => DataType.long.fromXml('9223372036854775808')).toThrow(SerializationError);
    expect(() => DataType.long.toXml(5)).toThrow(SerializationError);
  });

  it('writes and reads unsignedLong as bigint up to 2^64-1', () => {
    expect(DataType.unsignedLong.fromXml('18446744073709551615')).toBe(18446744073709551615n);
    expect(() => DataType.unsignedLong.fromXml('-1')).toThrow(SerializationError);
  });

  it('writes and reads short, byte (unsignedByte), sbyte (byte), unsignedShort and unsignedInt in range', () => {
    expect(DataType.short.fromXml('-32768')).toBe(-32768);
    expect(() => DataType.short.fromXml('32768')).toThrow(SerializationError);
    expect(DataType.byte.name).toBe('unsignedByte');
    expect(DataType.byte.fromXml('255')).toBe(255);
    expect(() => DataType.byte.fromXml('-1')).toThrow(SerializationError);
    expect(DataType.sbyte.name).toBe('byte');
    expect(DataType.sbyte.fromXml('-128')).toBe(-128);
    expect(() => DataType.sbyte.toXml(128)).toThrow(SerializationError);
    expect(DataType.unsignedShort.toXml(65535)).toBe('65535');
    expect(DataType.unsignedInt.fromXml('4294967295')).toBe(4294967295);
    expect(() => DataType.unsignedInt.toXml(-1)).toThrow(SerializationError);
  });

  it('writes and reads double and float in their R forms', () => {
    expect(DataType.double.toXml(5)).toBe('5');
    expect(DataType.double.fromXml('-INF')).toBe(-Infinity);
    expect(DataType.float.toXml(0.1)).toBe('0.1');
    expect(DataType.float.fromXml('0.1')).toBe(Math.fround(0.1));
    expect(() => DataType.double.toXml('5')).toThrow(SerializationError);
  });

  it('writes and reads decimal as text, keeping every digit', () => {
    expect(DataType.decimal.toXml('12345678901234567890.123456789')).toBe('12345678901234567890.123456789');
    expect(DataType.decimal.fromXml(' 1.50 ')).toBe('1.50');
    expect(() => DataType.decimal.toXml(1.5)).toThrow(SerializationError);
    expect(() => DataType.decimal.toXml('1e3')).toThrow(SerializationError);
  });

  it('writes true/false and reads true, false, 1 and 0', () => {
    expect(DataType.boolean.toXml(true)).toBe('true');
    expect(DataType.boolean.toXml(false)).toBe('false');
    expect(DataType.boolean.fromXml('1')).toBe(true);
    expect(DataType.boolean.fromXml(' 0 ')).toBe(false);
    expect(DataType.boolean.fromXml('true')).toBe(true);
    expect(() => DataType.boolean.fromXml('True')).toThrow(SerializationError);
    expect(() => DataType.boolean.fromXml('yes')).toThrow(SerializationError);
  });

  it('writes and reads dateTime as a UTC Date', () => {
    const when = new Date('2026-12-02T18:15:45.123Z');
    expect(DataType.dateTime.toXml(when)).toBe('2026-12-02T18:15:45.123Z');
    expect(DataType.dateTime.fromXml('2026-12-02T18:15:45.123Z')).toEqual(when);
    expect(() => DataType.dateTime.toXml('2026-12-02')).toThrow(SerializationError);
  });

  it('writes guids in lowercase 8-4-4-4-12 and reads the D, N, B and P forms', () => {
    const d = '0F8FAD5B-D9CB-469F-A165-70867728950E';
    expect(DataType.guid.toXml(d)).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(DataType.guid.fromXml('0f8fad5bd9cb469fa16570867728950e')).toBe(
      '0f8fad5b-d9cb-469f-a165-70867728950e',
    );
    expect(DataType.guid.fromXml('{0f8fad5b-d9cb-469f-a165-70867728950e}')).toBe(
      '0f8fad5b-d9cb-469f-a165-70867728950e',
    );
    expect(DataType.guid.fromXml('(0f8fad5b-d9cb-469f-a165-70867728950e)')).toBe(
      '0f8fad5b-d9cb-469f-a165-70867728950e',
    );
    expect(() => DataType.guid.fromXml('0f8fad5b-d9cb-469f-a165-70867728950')).toThrow(SerializationError);
    expect(() => DataType.guid.toXml('not-a-guid')).toThrow(SerializationError);
    expect(DataType.guid.namespace).toBe(SERIALIZATION_NAMESPACE);
  });

  it('writes standard padded base64 and reads it back, ignoring white space', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253]);
    expect(DataType.base64Binary.toXml(bytes)).toBe('AAEC+vv8/Q==');
    expect(DataType.base64Binary.fromXml('AAEC\n+vv8/Q==')).toEqual(bytes);
    expect(DataType.base64Binary.toXml(new Uint8Array([104, 105]))).toBe('aGk=');
    expect(DataType.base64Binary.fromXml('')).toEqual(Buffer.alloc(0));
  });

  it('rejects malformed base64', () => {
    for (const bad of ['AAE', 'AA=C', 'A===', 'AA-_', '@@@@']) {
      expect(() => DataType.base64Binary.fromXml(bad)).toThrow(SerializationError);
    }
  });

  it('writes char as its UTF-16 code, as DCS does', () => {
    expect(DataType.char.toXml('A')).toBe('65');
    expect(DataType.char.fromXml('233')).toBe('é');
    expect(() => DataType.char.toXml('AB')).toThrow(SerializationError);
    expect(() => DataType.char.fromXml('65536')).toThrow(SerializationError);
  });

  it('gives value types .NET default values and reference types null', () => {
    expect(DataType.int.defaultValue()).toBe(0);
    expect(DataType.long.defaultValue()).toBe(0n);
    expect(DataType.boolean.defaultValue()).toBe(false);
    expect(DataType.decimal.defaultValue()).toBe('0');
    expect(DataType.guid.defaultValue()).toBe('00000000-0000-0000-0000-000000000000');
    expect(DataType.dateTime.defaultValue()).toEqual(new Date('0001-01-01T00:00:00Z'));
    expect(DataType.string.defaultValue()).toBeNull();
    expect(DataType.base64Binary.defaultValue()).toBeNull();
  });

  it('names primitives as DCS item elements, in the XML Schema namespace', () => {
    expect(
      [
        DataType.int,
        DataType.long,
        DataType.double,
        DataType.boolean,
        DataType.dateTime,
        DataType.decimal,
      ].map((t) => t.name),
    ).toEqual(['int', 'long', 'double', 'boolean', 'dateTime', 'decimal']);
    expect(DataType.int.namespace).toBe(XML_SCHEMA_NAMESPACE);
  });
});
