/**
 * Helpers the mappings share: reading the two views of the model, refusing written settings the runtime
 * does not carry out (unless they equal WCF's default, which is what the runtime does anyway), and the value
 * conversions (TimeSpans, encodings, reader quotas).
 */
import { TextEncoding, encodingOfCharset } from '../../encoders/text/TextEncoding';
import { defaultReaderQuotas, type XmlDictionaryReaderQuotas } from '../../xml/XmlDictionaryReaderQuotas';
import type { SchemaNode } from '../schema/ConfigSchema';
import { timeSpanToMs } from '../timeSpan';
import { isObject, type JsonObject } from '../model';
import { MappingProblem } from './MappingProblem';

/** Settings written in the file that the runtime does not have, with a value other than WCF's default. */
export function unsupportedSettings(
  written: JsonObject | undefined,
  effective: JsonObject,
  node: SchemaNode,
  supported: readonly string[],
  what: string,
  pointer = '',
): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (!written) return problems;
  for (const name of Object.keys(written)) {
    if (supported.includes(name)) continue;
    const child = node.property(name);
    if (!child || !child.isScalar()) continue;
    const value = effective[name];
    if (sameValue(value, child.defaultValue)) continue;
    problems.push(
      MappingProblem.notSupported(
        `${pointer}/${name}`,
        `${what} ${name}="${String(value)}"`,
        `Indigo carries out only its default ('${String(child.defaultValue ?? '')}')`,
      ),
    );
  }
  return problems;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    // TimeSpans and encodings may be written differently for the same value.
    if (/^\d|^infinite$/i.test(a) && /^\d|^infinite$/i.test(b)) {
      try {
        return timeSpanToMs(a) === timeSpanToMs(b);
      } catch {
        return a.toLowerCase() === b.toLowerCase();
      }
    }
    return a.toLowerCase() === b.toLowerCase() && (encodingOfCharset(a) !== undefined || a === b);
  }
  return a === b;
}

export function ms(value: unknown): number {
  return timeSpanToMs(String(value));
}

export function textEncodingOf(value: unknown): TextEncoding {
  return encodingOfCharset(String(value)) ?? TextEncoding.utf8;
}

/** WCF's readerQuotas: 0 (the config default) keeps the encoder's default. */
export function readerQuotasOf(value: unknown): XmlDictionaryReaderQuotas {
  const quotas: Record<string, number> = { ...defaultReaderQuotas };
  if (isObject(value)) {
    for (const key of Object.keys(defaultReaderQuotas)) {
      const n = value[key];
      if (typeof n === 'number' && n > 0) quotas[key] = n;
    }
  }
  return quotas as unknown as XmlDictionaryReaderQuotas;
}

export function child(value: JsonObject | undefined, name: string): JsonObject | undefined {
  const v = value?.[name];
  return isObject(v) ? v : undefined;
}
