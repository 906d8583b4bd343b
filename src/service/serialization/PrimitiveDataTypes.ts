/**
 * The built-in primitive data contracts of DataContractSerializer (System.Runtime.Serialization
 * `PrimitiveDataContract` and its subclasses), each with its XML name, its .NET nature (value or reference type)
 * and its exact text form. Names are DCS's: they become the item element names of arrays (`<a:int>`,
 * `<a:unsignedByte>`, `<a:guid>`), so `System.Byte` is `unsignedByte` and `System.SByte` is `byte`.
 */
import { SerializationError } from './SerializationError';
import { formatDateTime, parseDateTime } from './XmlDateTimeFormat';
import {
  formatDouble,
  formatFloat,
  parseDecimal,
  parseDouble,
  parseFloat32,
  parseInteger,
  trimXmlWhitespace,
} from './XmlNumberFormat';
import { SERIALIZATION_NAMESPACE, XML_SCHEMA_NAMESPACE } from './XmlSchemaNamespaces';

export interface PrimitiveDataType<T = unknown> {
  readonly kind: 'primitive';
  /** DCS contract name: item element name inside arrays, top-level element name. */
  readonly name: string;
  /** Type namespace: XML Schema for most, DCS's serialization namespace for guid and char. */
  readonly namespace: string;
  /** .NET reference types (string, byte[]) may be nil without Nullable<T>. */
  readonly isReferenceType: boolean;
  /**
   * DCS reads arrays of bool, DateTime, decimal, int, long, float and double through XmlDictionaryReader.ReadArray,
   * which enforces XmlDictionaryReaderQuotas.MaxArrayLength on the item count; other arrays are not counted.
   */
  readonly usesArrayLengthQuota: boolean;
  /** default(T): what a missing member or parameter becomes (a new object each time for mutable values). */
  defaultValue(): T | null;
  /** True when the value equals default(T); decides `emitDefaultValue: false`. */
  isDefault(value: unknown): boolean;
  /** Validates a value and returns its text; throws SerializationError for a value of the wrong shape. */
  toXml(value: unknown, where?: string): string;
  /** Parses text strictly; throws SerializationError naming `where`. */
  fromXml(text: string, where?: string): T;
  /** For byte arrays: the decoded length, checked against MaxArrayLength before decoding. */
  quotaLength?(text: string): number;
}

type PrimitiveSpec<T> = Omit<
  PrimitiveDataType<T>,
  'kind' | 'namespace' | 'isReferenceType' | 'usesArrayLengthQuota'
> &
  Partial<Pick<PrimitiveDataType<T>, 'namespace' | 'isReferenceType' | 'usesArrayLengthQuota'>>;

function primitive<T>(spec: PrimitiveSpec<T>): PrimitiveDataType<T> {
  return Object.freeze({
    kind: 'primitive' as const,
    namespace: XML_SCHEMA_NAMESPACE,
    isReferenceType: false,
    usesArrayLengthQuota: false,
    ...spec,
  });
}

function wrongType(expected: string, value: unknown, where?: string): SerializationError {
  const actual = value === null ? 'null' : typeof value;
  return new SerializationError(`Expected ${expected}, got ${actual}`, where);
}

/** A .NET integral type carried as a JavaScript number (all of them fit in 2^53). */
function integer(
  name: string,
  min: number,
  max: number,
  usesArrayLengthQuota = false,
): PrimitiveDataType<number> {
  return primitive<number>({
    name,
    usesArrayLengthQuota,
    defaultValue: () => 0,
    isDefault: (v) => v === 0,
    toXml(value, where) {
      if (typeof value !== 'number' || !Number.isInteger(value))
        throw wrongType(`an integer (${name})`, value, where);
      if (value < min || value > max)
        throw new SerializationError(`${value} is out of range for ${name}`, where);
      return String(value);
    },
    fromXml: (text, where) => Number(parseInteger(text, BigInt(min), BigInt(max), name, where)),
  });
}

/** A 64-bit integral type carried as bigint, so values beyond 2^53 keep every digit. */
function bigInteger(
  name: string,
  min: bigint,
  max: bigint,
  usesArrayLengthQuota: boolean,
): PrimitiveDataType<bigint> {
  return primitive<bigint>({
    name,
    usesArrayLengthQuota,
    defaultValue: () => 0n,
    isDefault: (v) => v === 0n,
    toXml(value, where) {
      if (typeof value !== 'bigint') throw wrongType(`a bigint (${name})`, value, where);
      if (value < min || value > max)
        throw new SerializationError(`${value} is out of range for ${name}`, where);
      return value.toString();
    },
    fromXml: (text, where) => parseInteger(text, min, max, name, where),
  });
}

const GUID_FORMS = [
  /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/i, // D
  /^([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})$/i, // N
  /^\{([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}$/i, // B
  /^\(([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\)$/i, // P
];

/** `new Guid(string)` accepts the D, N, B and P forms in any case; DCS writes `Guid.ToString()`: lowercase D. */
function normalizeGuid(text: string, where?: string): string {
  const s = trimXmlWhitespace(text);
  for (const form of GUID_FORMS) {
    const m = form.exec(s);
    if (m) return m.slice(1, 6).join('-').toLowerCase();
  }
  throw new SerializationError(`'${text}' is not a valid guid`, where);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const stripXmlWhitespace = (text: string): string => text.replace(/[ \t\r\n]/g, '');

/** decimal.Equals is numeric: `0.00m` equals default(decimal). */
function isDecimalZero(text: string): boolean {
  try {
    return /^0(?:\.0+)?$/.test(parseDecimal(text));
  } catch {
    return false;
  }
}

const ZERO_GUID = '00000000-0000-0000-0000-000000000000';
/** DateTime.MinValue, default(DateTime). */
const MIN_DATE_TIME = Date.parse('0001-01-01T00:00:00.000Z');

export const PrimitiveDataTypes = {
  /** System.String: a reference type, so `null` is written as `i:nil="true"`; text is kept verbatim. */
  string: primitive<string>({
    name: 'string',
    isReferenceType: true,
    defaultValue: () => null,
    isDefault: (v) => v === null || v === undefined,
    toXml(value, where) {
      if (typeof value !== 'string') throw wrongType('a string', value, where);
      return value;
    },
    fromXml: (text) => text,
  }),
  /** System.Int32. */
  int: integer('int', -2147483648, 2147483647, true),
  /** System.Int16. */
  short: integer('short', -32768, 32767),
  /** System.Byte (unsigned, 0..255): DCS calls it `unsignedByte`. */
  byte: integer('unsignedByte', 0, 255),
  /** System.SByte (signed, -128..127): DCS calls it `byte`, after xs:byte. */
  sbyte: integer('byte', -128, 127),
  /** System.UInt16. */
  unsignedShort: integer('unsignedShort', 0, 65535),
  /** System.UInt32. */
  unsignedInt: integer('unsignedInt', 0, 4294967295),
  /** System.Int64 as bigint. */
  long: bigInteger('long', -(1n << 63n), (1n << 63n) - 1n, true),
  /** System.UInt64 as bigint. */
  unsignedLong: bigInteger('unsignedLong', 0n, (1n << 64n) - 1n, false),
  /** System.Double: shortest round-trip ("R") digits, INF / -INF / NaN / -0. */
  double: primitive<number>({
    name: 'double',
    usesArrayLengthQuota: true,
    defaultValue: () => 0,
    isDefault: (v) => v === 0,
    toXml(value, where) {
      if (typeof value !== 'number') throw wrongType('a number (double)', value, where);
      return formatDouble(value);
    },
    fromXml: parseDouble,
  }),
  /** System.Single: the number is rounded to float32, then written with float's shortest digits. */
  float: primitive<number>({
    name: 'float',
    usesArrayLengthQuota: true,
    defaultValue: () => 0,
    isDefault: (v) => v === 0,
    toXml(value, where) {
      if (typeof value !== 'number') throw wrongType('a number (float)', value, where);
      return formatFloat(value);
    },
    fromXml: parseFloat32,
  }),
  /** System.Decimal as a decimal string, so no digit is lost to binary floating point. */
  decimal: primitive<string>({
    name: 'decimal',
    usesArrayLengthQuota: true,
    defaultValue: () => '0',
    isDefault: (v) => typeof v === 'string' && isDecimalZero(v),
    toXml(value, where) {
      if (typeof value !== 'string') throw wrongType('a decimal string', value, where);
      return parseDecimal(value, where);
    },
    fromXml: parseDecimal,
  }),
  /** System.Boolean: written `true` / `false`; XmlConvert.ToBoolean also reads `1` / `0`. */
  boolean: primitive<boolean>({
    name: 'boolean',
    usesArrayLengthQuota: true,
    defaultValue: () => false,
    isDefault: (v) => v === false,
    toXml(value, where) {
      if (typeof value !== 'boolean') throw wrongType('a boolean', value, where);
      return value ? 'true' : 'false';
    },
    fromXml(text, where) {
      const s = trimXmlWhitespace(text);
      if (s === 'true' || s === '1') return true;
      if (s === 'false' || s === '0') return false;
      throw new SerializationError(`'${text}' is not a valid xs:boolean`, where);
    },
  }),
  /** System.DateTime as a Date, written in UTC (see XmlDateTimeFormat). */
  dateTime: primitive<Date>({
    name: 'dateTime',
    usesArrayLengthQuota: true,
    defaultValue: () => new Date(MIN_DATE_TIME),
    isDefault: (v) => v instanceof Date && v.getTime() === MIN_DATE_TIME,
    toXml(value, where) {
      if (!(value instanceof Date)) throw wrongType('a Date', value, where);
      return formatDateTime(value, where);
    },
    fromXml: parseDateTime,
  }),
  /** System.Guid as its lowercase `8-4-4-4-12` string. */
  guid: primitive<string>({
    name: 'guid',
    namespace: SERIALIZATION_NAMESPACE,
    defaultValue: () => ZERO_GUID,
    isDefault: (v) => typeof v === 'string' && v.toLowerCase() === ZERO_GUID,
    toXml(value, where) {
      if (typeof value !== 'string') throw wrongType('a guid string', value, where);
      return normalizeGuid(value, where);
    },
    fromXml: normalizeGuid,
  }),
  /** System.Byte[] as a Buffer, standard base64 with padding (Convert.ToBase64String). */
  base64Binary: primitive<Buffer>({
    name: 'base64Binary',
    isReferenceType: true,
    defaultValue: () => null,
    isDefault: (v) => v === null || v === undefined,
    toXml(value, where) {
      if (!(value instanceof Uint8Array)) throw wrongType('a Buffer or Uint8Array', value, where);
      return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
    },
    fromXml(text, where) {
      const s = stripXmlWhitespace(text);
      if (!BASE64.test(s)) throw new SerializationError('Content is not valid base64', where);
      return Buffer.from(s, 'base64');
    },
    quotaLength(text) {
      const s = stripXmlWhitespace(text);
      return Math.floor((s.length * 3) / 4) - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0);
    },
  }),
  /** System.Char as a one-code-unit string; DCS writes it as its UTF-16 code (`65` for 'A'). */
  char: primitive<string>({
    name: 'char',
    namespace: SERIALIZATION_NAMESPACE,
    defaultValue: () => '\0',
    isDefault: (v) => v === '\0',
    toXml(value, where) {
      if (typeof value !== 'string' || value.length !== 1)
        throw wrongType('a one-character string', value, where);
      return String(value.charCodeAt(0));
    },
    fromXml: (text, where) => String.fromCharCode(Number(parseInteger(text, 0n, 65535n, 'char', where))),
  }),
} as const;
