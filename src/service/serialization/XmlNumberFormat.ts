/**
 * Number <-> text exactly as DataContractSerializer writes and reads it.
 *
 * Writing follows System.Xml `XmlConverter.ToChars` (what the DCS text writer calls): infinities are `INF` /
 * `-INF`, zero is `0` or `-0`, everything else is `ToString("R", InvariantCulture)`. Since .NET Core 3.0 "R" is
 * the shortest round-trippable digit string (the same digits JavaScript picks), laid out by `Number.FormatGeneral`
 * with `nMaxDigits = max(digitCount, 17)` for double and `max(digitCount, 9)` for float: scientific notation when
 * the decimal exponent `scale` (value = 0.d1d2… × 10^scale) is above nMaxDigits or below -3, with an exponent of
 * at least two digits and an explicit sign (`1E+300`, `1E-05`). .NET Framework 4.x and Mono format "R" with 15
 * digits first and may pick a longer digit string; the parse side accepts every form, so only the bytes differ.
 *
 * Reading follows `XmlConvert.ToDouble / ToInt32 / ToDecimal ...`: surrounding XML whitespace is ignored, a leading
 * sign is allowed, and anything else (a fraction for an integer, an out-of-range value) is an error.
 */
import { SerializationError } from './SerializationError';

const XML_WHITESPACE = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/** XmlConvert trims XML whitespace (space, tab, CR, LF) before parsing every primitive. */
export function trimXmlWhitespace(text: string): string {
  return text.replace(XML_WHITESPACE, '');
}

/** Decimal digits (no leading/trailing zeros) and scale: value = 0.digits × 10^scale. */
interface DecimalDigits {
  readonly digits: string;
  readonly scale: number;
}

/** Digits of a positive finite number's shortest round-trip representation (ECMA-262 Number::toString). */
function shortestDoubleDigits(value: number): DecimalDigits {
  const [mantissa, exponent] = value.toExponential().split('e');
  return { digits: mantissa.replace('.', ''), scale: Number(exponent) + 1 };
}

/**
 * Shortest digits that read back (as float32) to the same float. JavaScript has no float32 formatter, so try
 * 1…9 significant digits; at each length the nearest candidate and its two neighbours are tested, because near a
 * power of two the round-trip interval is lopsided and the nearest candidate is not always inside it.
 */
function shortestFloatDigits(value: number): DecimalDigits {
  for (let precision = 1; precision <= 9; precision++) {
    const [mantissa, exponentText] = value.toExponential(precision - 1).split('e');
    const exponent = Number(exponentText);
    const nearest = BigInt(mantissa.replace('.', ''));
    let best: { text: string; distance: number } | undefined;
    for (const candidate of [nearest, nearest - 1n, nearest + 1n]) {
      if (candidate <= 0n) continue;
      const text = `${candidate}e${exponent - (precision - 1)}`;
      const parsed = Number(text);
      if (Math.fround(parsed) !== value) continue;
      const distance = Math.abs(parsed - value);
      if (!best || distance < best.distance) best = { text, distance };
    }
    if (best) return shortestDoubleDigitsOfDecimal(best.text);
  }
  return shortestDoubleDigits(value);
}

/** Normalizes `<integer>e<exp>` into digits without trailing zeros and a scale. */
function shortestDoubleDigitsOfDecimal(text: string): DecimalDigits {
  const [integer, exponentText] = text.split('e');
  const trimmed = integer.replace(/0+$/, '');
  return { digits: trimmed, scale: integer.length + Number(exponentText) };
}

/** .NET `Number.FormatGeneral` with 'E' as exponent character and invariant culture. */
function formatGeneral(negative: boolean, { digits, scale }: DecimalDigits, maxDigits: number): string {
  const sign = negative ? '-' : '';
  const nMaxDigits = Math.max(digits.length, maxDigits);
  if (scale > nMaxDigits || scale < -3) {
    const exponent = scale - 1;
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const exponentDigits = String(Math.abs(exponent)).padStart(2, '0');
    return `${sign}${digits[0]}${fraction}E${exponent < 0 ? '-' : '+'}${exponentDigits}`;
  }
  if (scale <= 0) return `${sign}0.${'0'.repeat(-scale)}${digits}`;
  if (digits.length <= scale) return `${sign}${digits}${'0'.repeat(scale - digits.length)}`;
  return `${sign}${digits.slice(0, scale)}.${digits.slice(scale)}`;
}

/** xs:double as DCS writes System.Double: `2`, `0.1`, `1E+300`, `INF`, `-INF`, `NaN`, `-0`. */
export function formatDouble(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'INF';
  if (value === -Infinity) return '-INF';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  return formatGeneral(value < 0, shortestDoubleDigits(Math.abs(value)), 17);
}

/** xs:float as DCS writes System.Single; the number is first rounded to float32 as a .NET cast would. */
export function formatFloat(value: number): string {
  const single = Math.fround(value);
  if (Number.isNaN(single)) return 'NaN';
  if (single === Infinity) return 'INF';
  if (single === -Infinity) return '-INF';
  if (single === 0) return Object.is(single, -0) ? '-0' : '0';
  return formatGeneral(single < 0, shortestFloatDigits(Math.abs(single)), 9);
}

const REAL_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * XmlConvert.ToDouble: `INF`, `-INF`, `NaN`, or a decimal number with optional exponent. Like .NET Core 3.0+
 * (IEEE 754-2008 parsing), a value beyond the double range becomes an infinity rather than an error.
 */
export function parseDouble(text: string, where?: string): number {
  const s = trimXmlWhitespace(text);
  if (s === 'INF') return Infinity;
  if (s === '-INF') return -Infinity;
  if (s === 'NaN') return NaN;
  if (!REAL_NUMBER.test(s)) throw new SerializationError(`'${text}' is not a valid xs:double`, where);
  return Number(s);
}

/** XmlConvert.ToSingle: the xs:double grammar, rounded to float32. */
export function parseFloat32(text: string, where?: string): number {
  const s = trimXmlWhitespace(text);
  if (s === 'INF') return Infinity;
  if (s === '-INF') return -Infinity;
  if (s === 'NaN') return NaN;
  if (!REAL_NUMBER.test(s)) throw new SerializationError(`'${text}' is not a valid xs:float`, where);
  return Math.fround(Number(s));
}

const INTEGER = /^[+-]?\d+$/;

/**
 * XmlConvert.ToInt32 / ToInt64 / ... (`NumberStyles.AllowLeadingSign` + white space): digits only, so `1.5`,
 * `1e3` and `0x10` are rejected, and the value must fit the .NET type's range.
 */
export function parseInteger(
  text: string,
  min: bigint,
  max: bigint,
  typeName: string,
  where?: string,
): bigint {
  const s = trimXmlWhitespace(text);
  if (!INTEGER.test(s)) throw new SerializationError(`'${text}' is not a valid xs:${typeName}`, where);
  const value = BigInt(s.startsWith('+') ? s.slice(1) : s);
  if (value < min || value > max) {
    throw new SerializationError(`'${text}' is out of range for xs:${typeName} (${min}..${max})`, where);
  }
  return value;
}

/** System.Decimal: 96-bit unsigned mantissa, scale 0..28. */
const DECIMAL_MAX_MANTISSA = (1n << 96n) - 1n;
const DECIMAL_MAX_SCALE = 28;
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/**
 * Parses xs:decimal into the canonical text `System.Decimal.ToString()` would give: no `+`, no leading zeros,
 * trailing fraction zeros kept (a .NET decimal keeps its scale: `1.50m` prints `1.50`). A value that System.Decimal
 * cannot hold exactly (beyond ±79228162514264337593543950335, or more than 28 fraction digits after dropping
 * trailing zeros) is rejected instead of being rounded, so no precision is lost silently.
 */
export function parseDecimal(text: string, where?: string): string {
  const s = trimXmlWhitespace(text);
  const match = DECIMAL.exec(s);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) {
    throw new SerializationError(`'${text}' is not a valid xs:decimal`, where);
  }
  const negative = match[1] === '-';
  let fraction = match[3] ?? '';
  while (fraction.length > DECIMAL_MAX_SCALE && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const integer = match[2].replace(/^0+/, '') || '0';
  if (fraction.length > DECIMAL_MAX_SCALE || BigInt(integer + fraction) > DECIMAL_MAX_MANTISSA) {
    throw new SerializationError(`'${text}' cannot be represented exactly as System.Decimal`, where);
  }
  const isZero = /^0*$/.test(integer + fraction);
  return `${negative && !isZero ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`;
}
