/**
 * Test-only helpers: print an XmlElement the way the Mono/WCF captures look (namespace declarations, then
 * attributes; `<x />` for an empty element), and build small trees by hand. Not an XML serializer: the real one
 * lives in src/xml.
 */
import { XmlElement, XmlText } from '../../../src/xml/XmlNode';

const escapeText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

export function printXml(element: XmlElement): string {
  let s = `<${element.qualifiedName}`;
  for (const d of element.namespaceDeclarations)
    s += ` ${d.prefix ? `xmlns:${d.prefix}` : 'xmlns'}="${escapeAttribute(d.uri)}"`;
  for (const a of element.attributes)
    s += ` ${a.prefix ? `${a.prefix}:` : ''}${a.localName}="${escapeAttribute(a.value)}"`;
  if (element.children.length === 0) return `${s} />`;
  s += '>';
  for (const c of element.children) {
    if (c.kind === 'element') s += printXml(c);
    else if (c.kind === 'text') s += escapeText(c.value);
  }
  return `${s}</${element.qualifiedName}>`;
}

export interface ElementOptions {
  /** prefix ('' for default) → namespace URI */
  readonly xmlns?: Readonly<Record<string, string>>;
  /** [localName, value, namespaceUri?, prefix?] */
  readonly attributes?: readonly (readonly [string, string, string?, string?])[];
}

/** Builds `<prefix:local>` in `ns` with the given declarations, attributes and children (strings become text). */
export function el(
  qname: string,
  ns: string,
  options: ElementOptions = {},
  ...children: (XmlElement | string)[]
): XmlElement {
  const colon = qname.indexOf(':');
  const element = new XmlElement(colon < 0 ? '' : qname.slice(0, colon), qname.slice(colon + 1), ns);
  for (const [prefix, uri] of Object.entries(options.xmlns ?? {})) element.declareNamespace(prefix, uri);
  for (const [localName, value, attributeNs, prefix] of options.attributes ?? []) {
    element.setAttribute(localName, value, attributeNs ?? '', prefix ?? '');
  }
  for (const c of children) element.appendChild(typeof c === 'string' ? new XmlText(c) : c);
  return element;
}
