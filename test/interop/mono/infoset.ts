/**
 * Comparison helpers for wire bodies. The infoset form is built with saxes directly, not with Indigo's own
 * parser, so a bug in Indigo's XML layer cannot make two different documents look equal.
 */
import { SaxesParser } from 'saxes';

const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/** An element as the XML infoset sees it: expanded names, attribute set, children; prefixes are not part of it. */
export interface InfosetElement {
  readonly name: string;
  /** `{namespace}local=value`, sorted; namespace declarations are not attributes in the infoset. */
  readonly attributes: string[];
  readonly children: (InfosetElement | string)[];
}

/** Parses a document into its infoset (adjacent character data merged, comments and PIs dropped). */
export function infosetOf(xml: string | Buffer): InfosetElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: { name: string; attributes: string[]; children: (InfosetElement | string)[] }[] = [];
  let root: InfosetElement | undefined;
  parser.on('opentag', (tag) => {
    const attributes = Object.values(tag.attributes)
      .filter((a) => a.uri !== XMLNS_NAMESPACE && a.prefix !== 'xmlns' && a.name !== 'xmlns')
      .map((a) => `{${a.uri}}${a.local}=${a.value}`)
      .sort();
    stack.push({ name: `{${tag.uri}}${tag.local}`, attributes, children: [] });
  });
  const onText = (text: string): void => {
    const top = stack[stack.length - 1];
    if (!top) return; // whitespace outside the root element
    const last = top.children[top.children.length - 1];
    if (typeof last === 'string') top.children[top.children.length - 1] = last + text;
    else top.children.push(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const done = stack.pop()!;
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(done);
    else root = done;
  });
  parser.on('error', (err) => {
    throw err;
  });
  parser.write(typeof xml === 'string' ? xml : xml.toString('utf8')).close();
  if (!root) throw new Error('No root element');
  return root;
}

/** The first descendant-or-self element with this expanded name (`{ns}local`). */
export function findElement(element: InfosetElement, name: string): InfosetElement | undefined {
  if (element.name === name) return element;
  for (const c of element.children) {
    if (typeof c === 'string') continue;
    const found = findElement(c, name);
    if (found) return found;
  }
  return undefined;
}

/**
 * The serialization differences the brief allows between Mono's and WCF's text encoder, and nothing else:
 * the XML declaration (Mono writes `<?xml version="1.0" encoding="utf-8"?>`, WCF's text encoder none) and
 * the empty-element form (`<a />`, `<a/>`, `<a></a>` are one infoset).
 */
export function withoutDeclarationAndEmptyForm(xml: string): string {
  return xml
    .replace(/^\uFEFF?<\?xml[^?]*\?>/, '')
    .replace(/<([^\s/>!?]+)([^<>]*?)\s*\/>/g, '<$1$2/>')
    .replace(/<([^\s/>!?]+)([^<>]*)><\/\1>/g, '<$1$2/>');
}
