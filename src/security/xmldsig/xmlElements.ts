/**
 * Small helpers to build and to read strictly the elements of the XML Signature and XML Encryption
 * vocabularies on the infoset model.
 */
import { rememberEscapedText, XmlElement, XmlText } from '../../xml';

/** Builds `<prefix:localName attr="…">children</prefix:localName>`; strings become text nodes. */
export function createElement(
  prefix: string,
  localName: string,
  namespaceUri: string,
  attributes: Readonly<Record<string, string>> = {},
  children: readonly (XmlElement | XmlText | string)[] = [],
): XmlElement {
  const e = new XmlElement(prefix, localName, namespaceUri);
  // A record's keys are distinct and the element is new: each attribute is simply added (no lookup).
  for (const name in attributes)
    e.attributes.push({ prefix: '', localName: name, namespaceUri: '', value: attributes[name] });
  for (const child of children) e.appendChild(typeof child === 'string' ? new XmlText(child) : child);
  return e;
}

/**
 * A text node holding `octets` as base64. Its characters need no escaping, so it is marked as its own escaped
 * form: the serializer and C14N write a megabyte CipherValue without scanning it for markup.
 */
export function base64Text(octets: Uint8Array): XmlText {
  const node = new XmlText(
    Buffer.from(octets.buffer, octets.byteOffset, octets.byteLength).toString('base64'),
  );
  rememberEscapedText(node, node.value);
  return node;
}

const WHITESPACE = /^[ \t\r\n]*$/;

/**
 * The child elements of `e`, or undefined when it has character data other than whitespace or a
 * processing instruction among them (comments are allowed: C14N without comments drops them).
 */
export function strictChildElements(e: XmlElement): XmlElement[] | undefined {
  const elements: XmlElement[] = [];
  for (const c of e.children) {
    if (c.kind === 'element') elements.push(c);
    else if (c.kind === 'pi' || (c.kind === 'text' && !WHITESPACE.test(c.value))) return undefined;
  }
  return elements;
}

/** True when `e` is `{namespaceUri}localName`. */
export function isElement(
  e: XmlElement | undefined,
  localName: string,
  namespaceUri: string,
): e is XmlElement {
  return e !== undefined && e.localName === localName && e.namespaceUri === namespaceUri;
}

/** The text of an element with no element children, or undefined. */
export function simpleText(e: XmlElement): string | undefined {
  let text = '';
  for (const c of e.children) {
    if (c.kind === 'text') text += c.value;
    else if (c.kind !== 'comment') return undefined;
  }
  return text;
}
