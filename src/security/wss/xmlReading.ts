/**
 * Strict reading helpers for the WS-Security vocabulary (the same rules part A's XML-security readers use:
 * element children only, whitespace and comments allowed between them).
 */
import { XmlElement, XmlText } from '../../xml';
import { simpleText, strictChildElements } from '../xmldsig/xmlElements';

/** True when `e` is `{namespaceUri}localName` (a plain test: no type narrowing, so misses stay typed). */
export function isElement(e: XmlElement | undefined, localName: string, namespaceUri: string): boolean {
  return e !== undefined && e.localName === localName && e.namespaceUri === namespaceUri;
}

/** The child elements, or undefined when there is character content or a PI among them. */
export function childElements(e: XmlElement): XmlElement[] | undefined {
  return strictChildElements(e);
}

/** The text of an element without element children, or undefined. */
export function textOf(e: XmlElement): string | undefined {
  return simpleText(e);
}

/** `<prefix:localName attr…>text</prefix:localName>`, attributes unqualified. */
export function textElement(
  prefix: string,
  localName: string,
  namespaceUri: string,
  text: string,
  attributes: Readonly<Record<string, string>> = {},
): XmlElement {
  const e = new XmlElement(prefix, localName, namespaceUri);
  for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, value);
  if (text !== '') e.appendChild(new XmlText(text));
  return e;
}
