/**
 * Reads a config file into a small element tree that remembers where every element and attribute starts.
 *
 * Why not fast-xml-parser (the stack's first choice for config files): tried with `captureMetaData`, it gives
 * each element's start offset but nothing for attributes, and it parses malformed input (`<a><b></a>`)
 * without complaint unless its validator runs as a second pass. Config errors must point at the attribute
 * (`maxReceivedMessageSize="-5"`), and DESIGN forbids DTDs; so this wrapper uses saxes — the parser of
 * Indigo's XML layer, strict and DTD-free — and records positions from its events: an element at its `<`,
 * an attribute at the first character of its name (found back from the closing quote saxes stops at).
 */
import { SaxesParser } from 'saxes';
import { decodeXmlBytes } from '../../xml/XmlEncoding';

export interface ConfigXmlPosition {
  readonly line: number;
  readonly column: number;
}

export interface ConfigXmlAttribute extends ConfigXmlPosition {
  readonly name: string;
  readonly value: string;
}

export interface ConfigXmlElement extends ConfigXmlPosition {
  /** The local name (config namespaces such as .NET 2.0's `xmlns="http://schemas.microsoft.com/.NetConfiguration/v2.0"` are ignored). */
  readonly name: string;
  readonly attributes: ConfigXmlAttribute[];
  readonly children: ConfigXmlElement[];
  /** Non-whitespace text directly inside, if any. */
  text: string;
}

/** The file is not well-formed XML (or uses a DTD). */
export class ConfigXmlSyntaxError extends Error {
  override readonly name: string = 'ConfigXmlSyntaxError';
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(reason);
  }
}

/** Line starts of a text, to turn offsets into 1-based line and column. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): ConfigXmlPosition {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

/** Parses config XML (bytes or text); throws ConfigXmlSyntaxError with the position of the problem. */
export function readConfigXml(input: string | Buffer): ConfigXmlElement {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeXmlBytes(input);
  const lines = new LineIndex(text);
  const parser = new SaxesParser({ position: true });
  const stack: ConfigXmlElement[] = [];
  let root: ConfigXmlElement | undefined;
  let pending: (ConfigXmlAttribute & { qname: string })[] = [];
  let tagStart = { line: 1, column: 1 };

  const fail = (reason: string): never => {
    throw new ConfigXmlSyntaxError(
      reason.replace(/^(?:[^:]*:)?\d+:\d+: /, ''),
      parser.line,
      parser.column + 1,
    );
  };
  parser.on('error', (err: Error) => fail(err.message));
  parser.on('doctype', () => fail('DOCTYPE is not allowed in a config file (no DTDs, no external entities)'));
  parser.on('opentagstart', (tag) => {
    tagStart = lines.position(parser.position - tag.name.length - 2);
    pending = [];
  });
  parser.on('attribute', (attr) => {
    // saxes stops just after the closing quote: walk back over the value, `=` and spaces to the name.
    const end = parser.position - 1;
    const quote = text[end];
    let i = text.lastIndexOf(quote, end - 1) - 1;
    while (i > 0 && /[\s=]/.test(text[i])) i--;
    const start = i - attr.name.length + 1;
    pending.push({
      qname: attr.name,
      name: localName(attr.name),
      value: attr.value,
      ...lines.position(start),
    });
  });
  parser.on('opentag', (tag) => {
    const element: ConfigXmlElement = {
      name: localName(tag.name),
      // Namespace declarations are not config attributes.
      attributes: pending
        .filter((a) => a.qname !== 'xmlns' && !a.qname.startsWith('xmlns:'))
        .map(({ name, value, line, column }) => ({ name, value, line, column })),
      children: [],
      text: '',
      ...tagStart,
    };
    if (stack.length) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    if (stack.length && t.trim()) stack[stack.length - 1].text += t.trim();
  });
  parser.on('cdata', (t) => {
    if (stack.length && t.trim()) stack[stack.length - 1].text += t.trim();
  });
  parser.write(text).close();
  if (!root) return fail('the file has no root element');
  return root;
}
