/**
 * WCF's XmlDictionaryReaderQuotas: the limits a reader enforces so that a hostile message cannot exhaust
 * memory or CPU. Names and defaults are WCF's (System.Xml.XmlDictionaryReaderQuotas), so that a
 * `<readerQuotas maxDepth="…"/>` element in a binding's config maps onto this interface one to one.
 */
export interface XmlDictionaryReaderQuotas {
  /** Maximum element nesting depth; the root element is depth 1 (WCF default 32). */
  readonly maxDepth: number;
  /** Maximum length in characters of one text node, attribute value, comment or PI (WCF default 8192). */
  readonly maxStringContentLength: number;
  /**
   * Maximum length of an array (and of base64 content, in bytes) a serializer reads from one element
   * (WCF default 16384). Not a parse-time quota: the XML layer only carries it for the serializer layer.
   */
  readonly maxArrayLength: number;
  /**
   * Maximum size of one read. WCF's text reader buffers a whole start tag (name, attributes and values)
   * in one read, so in practice this bounds a start tag's length (WCF default 4096).
   */
  readonly maxBytesPerRead: number;
  /** Maximum sum of the lengths of the distinct names (prefixes, local names, namespace URIs) (default 16384). */
  readonly maxNameTableCharCount: number;
}

/** WCF's defaults (XmlDictionaryReaderQuotas constructor). */
export const defaultReaderQuotas: XmlDictionaryReaderQuotas = Object.freeze({
  maxDepth: 32,
  maxStringContentLength: 8192,
  maxArrayLength: 16384,
  maxBytesPerRead: 4096,
  maxNameTableCharCount: 16384,
});

/**
 * WCF's XmlDictionaryReaderQuotas.Max: every quota at Int32.MaxValue. We use the same value rather than
 * Number.MAX_SAFE_INTEGER so that config round-trips with .NET ("2147483647") stay identical.
 */
export const maxReaderQuotas: XmlDictionaryReaderQuotas = Object.freeze({
  maxDepth: 2147483647,
  maxStringContentLength: 2147483647,
  maxArrayLength: 2147483647,
  maxBytesPerRead: 2147483647,
  maxNameTableCharCount: 2147483647,
});

/** Fills the quotas a caller left out with WCF's defaults; rejects values that are not positive integers. */
export function resolveReaderQuotas(quotas?: Partial<XmlDictionaryReaderQuotas>): XmlDictionaryReaderQuotas {
  if (!quotas) return defaultReaderQuotas;
  return Object.freeze(checkReaderQuotas(quotas));
}

/**
 * resolveReaderQuotas without the freeze, for a parser that keeps the result to itself (every message is
 * parsed with the quotas its transport holds, so this runs once or twice a message). The defaults are
 * written out and the caller's own keys copied over them, which is what the spread `{ ...defaults,
 * ...quotas }` did, without its cost on the many shapes quota objects come in.
 */
export function checkReaderQuotas(quotas: Partial<XmlDictionaryReaderQuotas>): XmlDictionaryReaderQuotas {
  const resolved: Record<string, unknown> = {
    maxDepth: defaultReaderQuotas.maxDepth,
    maxStringContentLength: defaultReaderQuotas.maxStringContentLength,
    maxArrayLength: defaultReaderQuotas.maxArrayLength,
    maxBytesPerRead: defaultReaderQuotas.maxBytesPerRead,
    maxNameTableCharCount: defaultReaderQuotas.maxNameTableCharCount,
  };
  const given = quotas as Record<string, unknown>;
  for (const name of Object.keys(given)) resolved[name] = given[name];
  for (const name in resolved) {
    const value = resolved[name];
    // WCF: "The value of this property must be positive" (ArgumentOutOfRangeException for 0 or less).
    if (!Number.isInteger(value) || (value as number) <= 0) {
      throw new RangeError(`reader quota ${name} must be a positive integer, got ${String(value)}`);
    }
  }
  return resolved as unknown as XmlDictionaryReaderQuotas;
}
