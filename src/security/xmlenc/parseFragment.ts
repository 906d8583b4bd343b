/**
 * Parses decrypted plaintext as an XML fragment in the namespace context of the place it goes back to
 * (XML Encryption §4.4.3: "in the context of the parent"): the fragment is wrapped in an element that
 * declares every namespace in scope there, and parsed with the project's strict parser and its quotas. The
 * depth quota counts from the real place, so decrypting cannot nest deeper than a plain message could.
 */
import {
  DEFAULT_MAX_XML_SIZE,
  escapeAttribute,
  parseXml,
  resolveReaderQuotas,
  XmlQuotaExceededError,
  type XmlDictionaryReaderQuotas,
  type XmlElement,
  type XmlNode,
} from '../../xml';

export interface FragmentParseOptions {
  /** Reader quotas (WCF's defaults for the ones left out), as the transport applies them. */
  readonly quotas?: Partial<XmlDictionaryReaderQuotas>;
  /** Maximum plaintext size in bytes; the parser's default (65536, WCF's maxReceivedMessageSize) if absent. */
  readonly maxSize?: number;
}

const WRAPPER = 'indigo-decrypted';

function depthOf(e: XmlElement): number {
  let depth = 1;
  for (let p = e.parent; p; p = p.parent) depth++;
  return depth;
}

/** The wrapper's start tag: the namespaces in scope at `context` (nearest declaration of each prefix wins). */
function contextStartTag(context: XmlElement): string {
  const seen = new Set<string>();
  let tag = `<${WRAPPER}`;
  for (let e: XmlElement | null = context; e; e = e.parent) {
    for (const d of e.namespaceDeclarations) {
      if (seen.has(d.prefix)) continue;
      seen.add(d.prefix);
      if (d.prefix === '') {
        if (d.uri !== '') tag += ` xmlns="${escapeAttribute(d.uri)}"`;
      } else {
        tag += ` xmlns:${d.prefix}="${escapeAttribute(d.uri)}"`;
      }
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
  const quotas = resolveReaderQuotas(options.quotas);
  const start = contextStartTag(context);
  const end = `</${WRAPPER}>`;
  const maxSize = options.maxSize ?? DEFAULT_MAX_XML_SIZE;
  // Checked on the plaintext alone: the wrapper's bytes are ours, not the sender's.
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxSize) {
    throw new XmlQuotaExceededError(
      'maxSize',
      maxSize,
      `decrypted XML of ${size} bytes exceeds the maximum size`,
    );
  }
  const doc = parseXml(start + text + end, {
    // The wrapper stands for `context`, at its real depth.
    quotas: { ...quotas, maxDepth: Math.max(1, quotas.maxDepth - depthOf(context) + 1) },
    maxSize: maxSize + Buffer.byteLength(start) + end.length,
  });
  const nodes = doc.root.children.splice(0);
  for (const node of nodes) node.parent = null;
  return nodes;
}
