import {
  formatDouble,
  formatFloat,
  parseDecimal,
  parseDouble,
  parseFloat32,
  parseInteger,
} from '../../../src/service/serialization/XmlNumberFormat';
import { SerializationError } from '../../../src/service/serialization/SerializationError';

/** xorshift32: deterministic bit patterns, so a failure reproduces. */
function bitPatterns(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

describe('formatDouble', () => {
  it('writes integral values without a fraction or exponent', () => {
    expect(formatDouble(2)).toBe('2');
    expect(formatDouble(-60)).toBe('-60');
    expect(formatDouble(5)).toBe('5');
  });

  it('writes the shortest round-trip digits ("R")', () => {
    expect(formatDouble(0.1)).toBe('0.1');
    expect(formatDouble(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatDouble(-2.5)).toBe('-2.5');
    expect(formatDouble(123.456)).toBe('123.456');
  });

  it('writes INF, -INF and NaN as XmlConvert does', () => {
    expect(formatDouble(Infinity)).toBe('INF');
    expect(formatDouble(-Infinity)).toBe('-INF');
    expect(formatDouble(NaN)).toBe('NaN');
  });

  it('keeps the sign of negative zero', () => {
    expect(formatDouble(-0)).toBe('-0');
    expect(formatDouble(0)).toBe('0');
  });

  it('switches to E notation above 17 integer digits and below 1E-04, with a two-digit signed exponent', () => {
    expect(formatDouble(1e300)).toBe('1E+300');
    expect(formatDouble(1e16)).toBe('10000000000000000');
    expect(formatDouble(1e17)).toBe('1E+17');
    expect(formatDouble(123456789012345680)).toBe('1.2345678901234568E+17');
    expect(formatDouble(0.0001)).toBe('0.0001');
    expect(formatDouble(0.00001)).toBe('1E-05');
    expect(formatDouble(1.5e-7)).toBe('1.5E-07');
  });

  it('writes the extremes of the double range', () => {
    expect(formatDouble(Number.MAX_VALUE)).toBe('1.7976931348623157E+308');
    expect(formatDouble(Number.MIN_VALUE)).toBe('5E-324');
  });

  it('round-trips random doubles bit for bit', () => {
    const view = new DataView(new ArrayBuffer(8));
    const next = bitPatterns(0x9e3779b9);
    for (let i = 0; i < 2000; i++) {
      view.setUint32(0, next());
      view.setUint32(4, next());
      const value = view.getFloat64(0);
      if (Number.isNaN(value)) continue;
      expect(Object.is(parseDouble(formatDouble(value)), value)).toBe(true);
    }
  });
});

describe('formatFloat', () => {
  it('writes float32 values with float shortest digits', () => {
    expect(formatFloat(0.1)).toBe('0.1');
    expect(formatFloat(1 / 3)).toBe('0.33333334');
    expect(formatFloat(1.1)).toBe('1.1');
    expect(formatFloat(3.4028234663852886e38)).toBe('3.4028235E+38');
  });

  it('switches to E notation above 9 integer digits', () => {
    expect(formatFloat(1e8)).toBe('100000000');
    expect(formatFloat(1e9)).toBe('1E+09');
  });

  it('rounds to float32 first, as a .NET cast does', () => {
    expect(formatFloat(16777217)).toBe('16777216');
    expect(formatFloat(1e39)).toBe('INF');
    expect(formatFloat(-0)).toBe('-0');
  });

  it('round-trips random floats bit for bit', () => {
    const view = new DataView(new ArrayBuffer(4));
    const next = bitPatterns(0x85ebca6b);
    for (let i = 0; i < 5000; i++) {
      view.setUint32(0, next());
      const value = view.getFloat32(0);
      if (Number.isNaN(value)) continue;
      const text = formatFloat(value);
      expect(Object.is(parseFloat32(text), value)).toBe(true);
    }
  });
});

describe('parseDouble', () => {
  it('reads INF, -INF, NaN, exponents, signs and surrounding white space', () => {
    expect(parseDouble('INF')).toBe(Infinity);
    expect(parseDouble('-INF')).toBe(-Infinity);
    expect(parseDouble('NaN')).toBeNaN();
    expect(parseDouble('1E+300')).toBe(1e300);
    expect(parseDouble(' +2.5e-3\n')).toBe(0.0025);
    expect(parseDouble('.5')).toBe(0.5);
    expect(Object.is(parseDouble('-0'), -0)).toBe(true);
  });

  it('rejects what XmlConvert.ToDouble rejects, naming the element', () => {
    for (const bad of ['', 'abc', '1,5', '0x10', 'Infinity', 'inf', '1e', '--1']) {
      expect(() => parseDouble(bad, 'Add/a')).toThrow(SerializationError);
    }
    expect(() => parseDouble('x', 'Add/a')).toThrow(/element Add\/a/);
  });
});

describe('parseInteger', () => {
  const INT_MIN = -2147483648n;
  const INT_MAX = 2147483647n;

  it('reads digits with an optional sign and surrounding white space', () => {
    expect(parseInteger(' 42 ', INT_MIN, INT_MAX, 'int')).toBe(42n);
    expect(parseInteger('+5', INT_MIN, INT_MAX, 'int')).toBe(5n);
    expect(parseInteger('-2147483648', INT_MIN, INT_MAX, 'int')).toBe(INT_MIN);
  });

  it('rejects fractions, exponents and out-of-range values', () => {
    for (const bad of ['1.5', '1e3', '', '0x10', '2147483648', '-2147483649', '1 2']) {
      expect(() => parseInteger(bad, INT_MIN, INT_MAX, 'int')).toThrow(SerializationError);
    }
  });
});

describe('parseDecimal', () => {
  it('returns System.Decimal.ToString() text, keeping the scale', () => {
    expect(parseDecimal('1.50')).toBe('1.50');
    expect(parseDecimal('+007.50')).toBe('7.50');
    expect(parseDecimal('.5')).toBe('0.5');
    expect(parseDecimal('5.')).toBe('5');
    expect(parseDecimal('-0.00')).toBe('0.00');
  });

  it('keeps all 29 digits of the largest decimal and 28 fraction digits', () => {
    expect(parseDecimal('79228162514264337593543950335')).toBe('79228162514264337593543950335');
    expect(parseDecimal('-79228162514264337593543950335')).toBe('-79228162514264337593543950335');
    expect(parseDecimal('0.1000000000000000000000000001')).toBe('0.1000000000000000000000000001');
  });

  it('rejects values System.Decimal cannot hold exactly', () => {
    expect(() => parseDecimal('79228162514264337593543950336')).toThrow(SerializationError);
    expect(() => parseDecimal('0.12345678901234567890123456789')).toThrow(SerializationError);
  });

  it('rejects exponents and other non-decimal text', () => {
    for (const bad of ['1e5', '', '.', 'abc', '1,5', 'INF'])
      expect(() => parseDecimal(bad)).toThrow(SerializationError);
  });
});
