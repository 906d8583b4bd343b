/**
 * The message-path XML parser: strict XML 1.0 + Namespaces (saxes does the well-formedness and namespace
 * checks), WCF's reader quotas, and none of the DTD machinery. The tree is built directly from saxes'
 * events into the infoset model of XmlNode.ts; nothing else is computed here (ids are indexed by the layer
 * that needs them).
 *
 * Why saxes: it is conformant (namespaces, duplicate attributes, attribute-value and end-of-line
 * normalisation, character references, unbound prefixes) and 4–6× faster than fast-xml-parser on a SOAP
 * envelope, see docs/xml.md for the figures.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { tryParseXmlFast } from './FastXmlParser';
import { decodeXmlBytes } from './XmlEncoding';
import { XmlParseError, XmlQuotaExceededError } from './XmlErrors';
import {
  checkReaderQuotas,
  defaultReaderQuotas,
  resolveReaderQuotas,
  type XmlDictionaryReaderQuotas,
} from './XmlDictionaryReaderQuotas';
import {
  XmlComment,
  XmlDocument,
  XmlElement,
  XmlProcessingInstruction,
  XmlText,
  XMLNS_NAMESPACE,
  type XmlAttribute,
} from './XmlNode';

export interface XmlParseOptions {
  /** Reader quotas; the ones left out take WCF's defaults (defaultReaderQuotas). */
  readonly quotas?: Partial<XmlDictionaryReaderQuotas>;
  /**
   * Maximum input size in bytes (a Buffer's length, a string's UTF-8 length), checked before parsing.
   * Defaults to 65536, WCF's default maxReceivedMessageSize; transports pass their configured value.
   */
  readonly maxSize?: number;
}

/** WCF's default MaxReceivedMessageSize, used when parseXml is not told a size limit. */
export const DEFAULT_MAX_XML_SIZE = 65536;

const SAXES_OPTIONS = { xmlns: true, position: true } as const;

/**
 * saxes stores each handler with a keyed store (`this[handlerName] = handler`). V8 moves an object to slow
 * dictionary-mode properties once more than a dozen properties have been *added* that way, and from then on
 * every field access in saxes' inner loop is a hash lookup: registering our nine handlers made a parse ~6x
 * slower. Creating the handler slots up front with named stores keeps the parser on fast properties, and
 * on() then only overwrites existing properties. The names are saxes 6's EVENT_NAME_TO_HANDLER_NAME; were
 * they to change, parsing would stay correct, only slower again (bench/xmlBench.ts would show it).
 */
class FastSaxesParser extends SaxesParser<typeof SAXES_OPTIONS> {
  constructor() {
    super(SAXES_OPTIONS);
    const slots = this as unknown as Record<string, unknown>;
    slots.xmldeclHandler = undefined;
    slots.textHandler = undefined;
    slots.piHandler = undefined;
    slots.doctypeHandler = undefined;
    slots.commentHandler = undefined;
    slots.openTagStartHandler = undefined;
    slots.attributeHandler = undefined;
    slots.openTagHandler = undefined;
    slots.closeTagHandler = undefined;
    slots.cdataHandler = undefined;
    slots.errorHandler = undefined;
    slots.endHandler = undefined;
    slots.readyHandler = undefined;
  }
}

/** saxes prefixes its messages with `line:column: `; we carry the position in fields instead. */
const SAXES_POSITION_PREFIX = /^(?:[^:]*:)?\d+:\d+: /;

/** Fails before any parsing when the input is larger than `maxSize` bytes (DESIGN: limits before parsing). */
function checkSize(input: string | Buffer, maxSize: number): void {
  let size: number;
  if (typeof input !== 'string') size = input.length;
  // A UTF-16 code unit is at least one UTF-8 byte and at most three, so only the middle range needs counting.
  else if (input.length > maxSize) size = input.length;
  else if (input.length * 3 <= maxSize) return;
  else size = Buffer.byteLength(input, 'utf8');
  if (size > maxSize) {
    throw new XmlQuotaExceededError(
      'maxSize',
      maxSize,
      `XML input of ${size} bytes exceeds the maximum size`,
    );
  }
}

/**
 * Parses an XML document into the infoset model.
 *
 * Rejects: any DOCTYPE, entities other than the five predefined ones, duplicate attributes (also by expanded
 * name), unbound prefixes, XML versions other than 1.0, content after the root, and anything malformed.
 * Throws XmlParseError (with line and column) or XmlQuotaExceededError.
 */
export function parseXml(input: string | Buffer, options: XmlParseOptions = {}): XmlDocument {
  checkSize(input, options.maxSize ?? DEFAULT_MAX_XML_SIZE);
  const quotas = options.quotas ? checkReaderQuotas(options.quotas) : defaultReaderQuotas;
  const text = typeof input === 'string' ? input : decodeXmlBytes(input);
  // The fast path takes the plain XML messages are made of; anything else, and every error, is saxes'.
  return tryParseXmlFast(text, quotas) ?? buildTree(text, quotas);
}

/** The saxes path alone (what the fast path is checked against). */
export function parseXmlWithSaxes(text: string, quotas?: Partial<XmlDictionaryReaderQuotas>): XmlDocument {
  return buildTree(text, resolveReaderQuotas(quotas));
}

function buildTree(text: string, quotas: XmlDictionaryReaderQuotas): XmlDocument {
  const parser = new FastSaxesParser();
  const { maxDepth, maxStringContentLength, maxBytesPerRead, maxNameTableCharCount } = quotas;

  const stack: XmlElement[] = [];
  let current: XmlElement | null = null;
  let root: XmlElement | null = null;
  const prolog: (XmlComment | XmlProcessingInstruction)[] = [];
  const epilog: (XmlComment | XmlProcessingInstruction)[] = [];
  let tagStart = 0;

  // The name table: distinct names are interned (one string per name) and their lengths summed, which is
  // what WCF's maxNameTableCharCount bounds.
  const names = new Map<string, string>();
  let nameChars = 0;

  const fail = (reason: string): never => {
    throw new XmlParseError(reason, parser.line, parser.column);
  };
  const quotaFail = (
    quota: 'maxDepth' | 'maxStringContentLength' | 'maxBytesPerRead' | 'maxNameTableCharCount',
    limit: number,
    reason: string,
  ): never => {
    throw new XmlQuotaExceededError(quota, limit, reason, parser.line, parser.column);
  };
  const intern = (name: string): string => {
    if (name === '') return name;
    const known = names.get(name);
    if (known !== undefined) return known;
    nameChars += name.length;
    if (nameChars > maxNameTableCharCount)
      quotaFail('maxNameTableCharCount', maxNameTableCharCount, 'the name table is full');
    names.set(name, name);
    return name;
  };
  const checkString = (value: string, what: string): void => {
    if (value.length > maxStringContentLength) {
      quotaFail(
        'maxStringContentLength',
        maxStringContentLength,
        `${what} of ${value.length} characters is too long`,
      );
    }
  };
  const appendText = (value: string): void => {
    if (current === null || value === '') return; // whitespace outside the root: not part of the infoset
    const children = current.children;
    const last = children[children.length - 1];
    // CDATA sections are text in the infoset (C14N §1.1); merge them with the text around them.
    if (last !== undefined && last.kind === 'text') {
      last.value += value;
      checkString(last.value, 'text');
      return;
    }
    checkString(value, 'text');
    const node = new XmlText(value);
    node.parent = current;
    children.push(node);
  };
  const appendMisc = (node: XmlComment | XmlProcessingInstruction): void => {
    if (current !== null) {
      node.parent = current;
      current.children.push(node);
    } else if (root === null) prolog.push(node);
    else epilog.push(node);
  };

  parser.on('error', (err: Error) => fail(err.message.replace(SAXES_POSITION_PREFIX, '')));
  parser.on('xmldecl', (decl) => {
    // WCF (XmlUTF8TextReader) reads XML 1.0 only; saxes would switch to 1.1 rules.
    if (decl.version !== '1.0') fail(`XML version "${decl.version ?? ''}" is not supported`);
  });
  // No DTD processing at all: .NET's "For security reasons DTD is prohibited in this XML document".
  parser.on('doctype', () => fail('DOCTYPE is not allowed'));
  parser.on('opentagstart', (tag) => {
    if (stack.length >= maxDepth) quotaFail('maxDepth', maxDepth, `element nesting deeper than ${maxDepth}`);
    // saxes has read `<`, the name and one more character.
    tagStart = parser.position - tag.name.length - 2;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const tagLength = parser.position - tagStart;
    if (tagLength > maxBytesPerRead)
      quotaFail('maxBytesPerRead', maxBytesPerRead, `start tag of ${tagLength} characters is too long`);
    const element = new XmlElement(intern(tag.prefix), intern(tag.local), intern(tag.uri));
    const attributes = tag.attributes;
    for (const qname in attributes) {
      const a = attributes[qname];
      if (a.value.length > maxStringContentLength) checkString(a.value, `attribute ${qname}`);
      if (a.uri === XMLNS_NAMESPACE) {
        // saxes reports `xmlns` with prefix '' and `xmlns:p` with prefix 'xmlns', local 'p'.
        element.namespaceDeclarations.push({
          prefix: a.prefix === '' ? '' : intern(a.local),
          uri: intern(a.value),
        });
      } else {
        const attribute: XmlAttribute = {
          prefix: intern(a.prefix),
          localName: intern(a.local),
          namespaceUri: intern(a.uri),
          value: a.value,
        };
        element.attributes.push(attribute);
      }
    }
    if (current === null) root = element;
    else {
      element.parent = current;
      current.children.push(element);
    }
    stack.push(element);
    current = element;
  });
  parser.on('closetag', () => {
    stack.pop();
    current = stack.length > 0 ? stack[stack.length - 1] : null;
  });
  parser.on('text', appendText);
  parser.on('cdata', appendText);
  parser.on('comment', (value) => {
    checkString(value, 'comment');
    appendMisc(new XmlComment(value));
  });
  parser.on('processinginstruction', (pi) => {
    checkString(pi.body, 'processing instruction');
    appendMisc(new XmlProcessingInstruction(pi.target, pi.body));
  });

  parser.write(text).close();
  // `root` is assigned inside the handlers, which TypeScript's flow analysis cannot see.
  const documentElement = root as XmlElement | null;
  if (documentElement === null) return fail('no root element');
  return new XmlDocument(documentElement, prolog, epilog);
}
