/**
 * Element creation with the prefix choices of WCF's XmlDictionaryWriter (System.Xml `XmlBaseWriter`), so the
 * infoset Indigo builds has the same prefixes and declarations WCF puts on the wire:
 *
 * - `WriteStartElement(localName, ns)` reuses the prefix already bound to `ns` in scope (innermost first);
 *   when none is, it binds `ns` as the *default* namespace on the new element (`<Add xmlns="http://tempuri.org/">`).
 * - `WriteXmlnsAttribute(null, ns)` (what DCS's WriteNamespaceDecl calls) does nothing when `ns` is in scope;
 *   otherwise it binds the first of `a`…`z` that no element in scope declares (`xmlns:a`, then `xmlns:b`…),
 *   falling back to `d<depth>p<n>`.
 * - `WriteAttribute("i", "nil", xsi)` binds `i` when it is not already bound to that namespace.
 */
import { XmlElement } from '../../xml/XmlNode';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The prefix bound to `ns` at `element` (including the implicit empty default namespace), if any. */
export function prefixInScope(element: XmlElement, ns: string): string | undefined {
  if (ns === '') return element.lookupNamespaceUri('') === '' ? '' : undefined;
  return element.lookupPrefix(ns);
}

/** Creates `<localName>` in `ns` under `parent` (appended) or as a root, choosing its prefix like XmlBaseWriter. */
export function startElement(parent: XmlElement | undefined, localName: string, ns: string): XmlElement {
  const element = new XmlElement('', localName, ns);
  parent?.appendChild(element);
  const prefix = prefixInScope(element, ns);
  if (prefix === undefined) element.declareNamespace('', ns);
  else element.prefix = prefix;
  return element;
}

/** Every prefix declared on the element or its ancestors (shadowed or not), as XmlBaseWriter checks. */
function declaredPrefixes(element: XmlElement): Set<string> {
  const prefixes = new Set<string>();
  for (let e: XmlElement | null = element; e; e = e.parent) {
    for (const d of e.namespaceDeclarations) prefixes.add(d.prefix);
  }
  return prefixes;
}

function depthOf(element: XmlElement): number {
  let depth = 0;
  for (let e: XmlElement | null = element; e; e = e.parent) depth++;
  return depth;
}

/** Binds `ns` on `element` to the first of a…z that no element in scope declares (then `d<depth>p<n>`). */
function bindGeneratedPrefix(element: XmlElement, ns: string): string {
  const taken = declaredPrefixes(element);
  for (const letter of LETTERS) {
    if (!taken.has(letter)) {
      element.declareNamespace(letter, ns);
      return letter;
    }
  }
  const depth = depthOf(element);
  for (let n = 0; ; n++) {
    const prefix = `d${depth}p${n}`;
    if (element.lookupNamespaceUri(prefix) === undefined) {
      element.declareNamespace(prefix, ns);
      return prefix;
    }
  }
}

/** DCS WriteNamespaceDecl: bind `ns` to a generated prefix on `element` unless it is already in scope. */
export function declareNamespace(element: XmlElement, ns: string): void {
  if (ns === '' || prefixInScope(element, ns) !== undefined) return;
  bindGeneratedPrefix(element, ns);
}

/** XmlBaseWriter.AddNamespaceIfNotDeclared: bind `prefix` to `ns` on `element` unless it already is. */
export function bindPrefix(element: XmlElement, prefix: string, ns: string): void {
  if (element.lookupNamespaceUri(prefix) !== ns) element.declareNamespace(prefix, ns);
}

/**
 * XmlBaseWriter.StartAttribute without a prefix: reuse a non-empty prefix bound to `ns` in scope, otherwise
 * bind the first free letter on `element` (WCF's PrimitiveOperationFormatter writes nil this way: `a:nil`).
 */
export function attributePrefix(element: XmlElement, ns: string): string {
  return element.lookupPrefix(ns) || bindGeneratedPrefix(element, ns);
}
