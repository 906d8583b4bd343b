/**
 * A terse way to build the metadata documents as the project's one infoset model (src/xml). Elements carry
 * their namespace URI and prefix; the serializer declares what is not in scope.
 */
import { XmlElement, XmlText } from '../../xml/XmlNode';

export type Child = XmlElement | string | null | undefined | false;

/** An element `prefix:localName` in `namespaceUri`, with unqualified attributes and children (nulls skipped). */
export function el(
  prefix: string,
  localName: string,
  namespaceUri: string,
  attributes: Readonly<Record<string, string | undefined>> = {},
  children: readonly Child[] = [],
): XmlElement {
  const e = new XmlElement(prefix, localName, namespaceUri);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) e.setAttribute(name, value);
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === 'string' ? new XmlText(c) : c);
  }
  return e;
}

/** Appends children (nulls skipped) and returns the parent. */
export function append(parent: XmlElement, children: readonly Child[]): XmlElement {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? new XmlText(c) : c);
  }
  return parent;
}
