/**
 * Parses decrypted plaintext as an XML fragment in the namespace context of the place it goes back to
 * (XML Encryption §4.4.3: "in the context of the parent"): the fragment is read as the content of an element
 * that has every namespace in scope there, with the project's strict parser and its quotas — by the fast
 * parser directly, else (and for every error) by the full parser on the text wrapped in such an element. The
 * depth quota counts from the real place, so decrypting cannot nest deeper than a plain message could.
 */
import {
  DEFAULT_MAX_XML_SIZE,
  escapeAttribute,
  parseXml,
  resolveReaderQuotas,
  tryParseXmlContentFast,
  XmlElement,
  XmlQuotaExceededError,
  type XmlDictionaryReaderQuotas,
  type XmlNode,
} from '../../xml';

export interface FragmentParseOptions {
  /** Reader quotas (WCF's defaults for the ones left out), as the transport applies them. */
  readonly quotas?: Partial<XmlDictionaryReaderQuotas>;
  /** Maximum plaintext size in bytes; the parser's default (65536, WCF's maxReceivedMessageSize) if absent. */
  readonly maxSize?: number;
}

const WRAPPER = 'indigo-decrypted';

/**
 * Resolved quotas by the caller's quotas object (a binding's, the same for every message) and the depth of the
 * place: resolving and checking them on every decryption cost as much as parsing a small plaintext. An entry
 * is used only while the object still holds the values it was resolved from.
 */
const resolvedQuotas = new WeakMap<
  object,
  { readonly from: XmlDictionaryReaderQuotas; readonly byDepth: Map<number, XmlDictionaryReaderQuotas> }
>();
const NO_QUOTAS = {};

function sameQuotas(a: Partial<XmlDictionaryReaderQuotas>, b: XmlDictionaryReaderQuotas): boolean {
  return (
    (a.maxDepth ?? b.maxDepth) === b.maxDepth &&
    (a.maxStringContentLength ?? b.maxStringContentLength) === b.maxStringContentLength &&
    (a.maxArrayLength ?? b.maxArrayLength) === b.maxArrayLength &&
    (a.maxBytesPerRead ?? b.maxBytesPerRead) === b.maxBytesPerRead &&
    (a.maxNameTableCharCount ?? b.maxNameTableCharCount) === b.maxNameTableCharCount
  );
}

function quotasAt(
  given: Partial<XmlDictionaryReaderQuotas> | undefined,
  depth: number,
): XmlDictionaryReaderQuotas {
  const owner = given ?? NO_QUOTAS;
  let entry = resolvedQuotas.get(owner);
  if (!entry || !sameQuotas(owner, entry.from)) {
    entry = { from: resolveReaderQuotas(given), byDepth: new Map() };
    resolvedQuotas.set(owner, entry);
  }
  let q = entry.byDepth.get(depth);
  if (!q) {
    // The wrapper stands for the place, at its real depth.
    q = resolveReaderQuotas({ ...entry.from, maxDepth: Math.max(1, entry.from.maxDepth - depth + 1) });
    if (entry.byDepth.size < 64) entry.byDepth.set(depth, q);
  }
  return q;
}

function depthOf(e: XmlElement): number {
  let depth = 1;
  for (let p = e.parent; p; p = p.parent) depth++;
  return depth;
}

/** The namespaces in scope at `context` (nearest declaration of each prefix wins): prefix, URI, prefix, URI… */
function contextBindings(context: XmlElement): string[] {
  const bindings: string[] = [];
  for (let e: XmlElement | null = context; e; e = e.parent) {
    for (const d of e.namespaceDeclarations) {
      let seen = false;
      for (let i = 0; i < bindings.length && !seen; i += 2) seen = bindings[i] === d.prefix;
      if (!seen) bindings.push(d.prefix, d.uri);
    }
  }
  return bindings;
}

/** The wrapper's start tag declaring `bindings`. */
function contextStartTag(bindings: readonly string[]): string {
  let tag = `<${WRAPPER}`;
  for (let i = 0; i < bindings.length; i += 2) {
    const prefix = bindings[i];
    const uri = bindings[i + 1];
    if (prefix === '') {
      if (uri !== '') tag += ` xmlns="${escapeAttribute(uri)}"`;
    } else {
      tag += ` xmlns:${prefix}="${escapeAttribute(uri)}"`;
    }
  }
  return `${tag}>`;
}

/**
 * Parses `text` as the content of `context` and returns the top-level nodes, detached. Throws the parser's
 * XmlParseError / XmlQuotaExceededError.
 */
export function parseFragment(
  text: string,
  context: XmlElement,
  options: FragmentParseOptions = {},
): XmlNode[] {
  const maxSize = options.maxSize ?? DEFAULT_MAX_XML_SIZE;
  // Checked on the plaintext alone: the wrapper's bytes are ours, not the sender's. A UTF-16 code unit is at
  // most three UTF-8 octets, so only a text that could exceed the limit is counted (a megabyte costs ~1 ms).
  if (text.length * 3 > maxSize) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size > maxSize) {
      throw new XmlQuotaExceededError(
        'maxSize',
        maxSize,
        `decrypted XML of ${size} bytes exceeds the maximum size`,
      );
    }
  }
  const bindings = contextBindings(context);
  const quotas = quotasAt(options.quotas, depthOf(context));
  // The fast parser reads the text as the content of a holder with the place's namespaces in scope; what it
  // leaves (and every error) is the full parser's, on the text inside a wrapper element that declares them —
  // which for a megabyte of plaintext would be one more megabyte string to make.
  const holder = new XmlElement('', WRAPPER, '');
  if (tryParseXmlContentFast(text, holder, bindings, quotas)) return detached(holder);
  const start = contextStartTag(bindings);
  const end = `</${WRAPPER}>`;
  const doc = parseXml(start + text + end, {
    quotas,
    maxSize: maxSize + Buffer.byteLength(start) + end.length,
  });
  return detached(doc.root);
}

function detached(holder: XmlElement): XmlNode[] {
  const nodes = holder.children.splice(0);
  for (const node of nodes) node.parent = null;
  return nodes;
}
