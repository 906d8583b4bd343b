/**
 * Same-document references (`URI="#id"`) resolved through an index built in one walk, never by XPath.
 *
 * The Id attributes are WCF's: `wsu:Id` (WS-Security utility namespace: headers, Body, Timestamp, tokens) and
 * the unqualified `Id` (ds:Signature, xenc:EncryptedData/EncryptedKey). An id carried by two different
 * elements is *ambiguous* and resolves to nothing: a signature wrapping attack duplicates the signed element
 * under the same Id and hopes the verifier digests one copy while the application reads the other.
 */
import type { XmlElement } from '../../xml';
import { WSU_NAMESPACE } from './XmlDsigNamespaces';

export interface IdAttributeName {
  readonly localName: string;
  /** '' for an unqualified attribute. */
  readonly namespaceUri: string;
}

/** wsu:Id and Id, the attributes WCF resolves references by. */
export const DEFAULT_ID_ATTRIBUTES: readonly IdAttributeName[] = [
  { localName: 'Id', namespaceUri: WSU_NAMESPACE },
  { localName: 'Id', namespaceUri: '' },
];

export type IdLookup =
  | { readonly status: 'found'; readonly element: XmlElement }
  | { readonly status: 'missing' }
  | { readonly status: 'ambiguous' };

const AMBIGUOUS = Symbol('ambiguous');

export class XmlIdIndex {
  private constructor(private readonly ids: ReadonlyMap<string, XmlElement | typeof AMBIGUOUS>) {}

  /** Indexes every element of the subtree under `root` (iteratively: depth is bounded by the parser). */
  static build(root: XmlElement, attributes: readonly IdAttributeName[] = DEFAULT_ID_ATTRIBUTES): XmlIdIndex {
    const ids = new Map<string, XmlElement | typeof AMBIGUOUS>();
    const stack: XmlElement[] = [root];
    while (stack.length > 0) {
      const element = stack.pop() as XmlElement;
      for (const a of element.attributes) {
        for (const name of attributes) {
          if (a.localName !== name.localName || a.namespaceUri !== name.namespaceUri) continue;
          const known = ids.get(a.value);
          if (known === undefined) ids.set(a.value, element);
          else if (known !== element) ids.set(a.value, AMBIGUOUS);
        }
      }
      const children = element.children;
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (child.kind === 'element') stack.push(child);
      }
    }
    return new XmlIdIndex(ids);
  }

  /** Looks an id up (without the leading '#'). */
  find(id: string): IdLookup {
    const entry = this.ids.get(id);
    if (entry === undefined) return { status: 'missing' };
    if (entry === AMBIGUOUS) return { status: 'ambiguous' };
    return { status: 'found', element: entry };
  }

  /** The element with this id, or undefined when there is none or more than one. */
  get(id: string): XmlElement | undefined {
    const entry = this.ids.get(id);
    return entry === AMBIGUOUS ? undefined : entry;
  }
}

/** The topmost ancestor (the document element for a parsed message). */
export function rootElement(node: XmlElement): XmlElement {
  let e = node;
  while (e.parent) e = e.parent;
  return e;
}

/** The element's WCF id: wsu:Id, else Id. */
export function elementId(element: XmlElement): string | undefined {
  return element.getAttribute('Id', WSU_NAMESPACE) ?? element.getAttribute('Id');
}
