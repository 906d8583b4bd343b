/**
 * Writes the infoset model as XML text. Namespace declarations and attributes are written as stored
 * (declarations first, in their order, then attributes, in theirs), so a parsed message is written back with
 * the prefixes its signer saw. Text and attribute values use C14N's escaping (XmlEscape.ts).
 *
 * Trees built in code need not declare every namespace: the writer keeps the in-scope bindings and adds a
 * declaration where an element's or attribute's prefix is not bound to its namespace URI (the namespace
 * fix-up of DOM Level 3 LS, simplified). A subtree serialized on its own gets the declarations it needs
 * from its ancestors that way, too.
 */
import { XmlSerializationError } from './XmlErrors';
import { checkComment, checkProcessingInstruction, escapeAttribute, escapeTextNode } from './XmlEscape';
import { XmlDocument, XML_NAMESPACE, XMLNS_NAMESPACE, type XmlElement, type XmlNode } from './XmlNode';
import { joinPieces, TextPieceWriter, utf8OctetsOfPieces } from './TextPieces';

export interface XmlSerializeOptions {
  /** Writes `<?xml version="1.0" encoding="utf-8"?>` first (WCF's text encoder does not by default). */
  readonly xmlDeclaration?: boolean;
}

const NONE: string[] = [];

function declaresPrefix(e: XmlElement, prefix: string, fixed: readonly string[]): boolean {
  for (const d of e.namespaceDeclarations) if (d.prefix === prefix) return true;
  return fixed.includes(prefix);
}

const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

class Writer extends TextPieceWriter {
  /** In-scope prefix → URI; '' is the default namespace, bound to '' (no namespace) at the top. */
  private readonly scope = new Map<string, string>([['', '']]);
  /** Undo log of scope changes: prefix, previous URI (undefined = was unbound). */
  private readonly undo: (string | undefined)[] = [];
  private generated = 0;

  node(node: XmlNode): void {
    switch (node.kind) {
      case 'element':
        this.element(node);
        break;
      case 'text':
        this.appendText(escapeTextNode(node));
        break;
      case 'comment':
        checkComment(node.value);
        this.out += `<!--${node.value}-->`;
        break;
      case 'pi':
        checkProcessingInstruction(node.target, node.data);
        this.out += node.data === '' ? `<?${node.target}?>` : `<?${node.target} ${node.data}?>`;
        break;
    }
  }

  private bind(prefix: string, uri: string): void {
    this.undo.push(prefix, this.scope.get(prefix));
    this.scope.set(prefix, uri);
  }

  private declare(prefix: string, uri: string): string {
    this.bind(prefix, uri);
    return prefix === '' ? ` xmlns="${escapeAttribute(uri)}"` : ` xmlns:${prefix}="${escapeAttribute(uri)}"`;
  }

  /** A prefix for an attribute in `uri` when the stored one cannot be used: an in-scope one, else a new one. */
  private prefixFor(uri: string, e: XmlElement, fixed: readonly string[]): string {
    for (const [prefix, bound] of this.scope) if (prefix !== '' && bound === uri) return prefix;
    let prefix: string;
    do prefix = `ns${this.generated++}`;
    while (this.scope.has(prefix) || declaresPrefix(e, prefix, fixed));
    return prefix;
  }

  private element(e: XmlElement): void {
    const mark = this.undo.length;
    const qname = e.qualifiedName;
    let head = `<${qname}`;
    for (const d of e.namespaceDeclarations) head += this.declare(d.prefix, d.uri);
    /** Prefixes this element declares by fix-up (rarely any: allocated lazily). */
    let fixed: string[] = NONE;
    if (e.prefix === 'xml' || e.prefix === 'xmlns') {
      throw new XmlSerializationError(`element ${qname}: the prefix "${e.prefix}" is reserved`);
    }
    if (this.scope.get(e.prefix) !== e.namespaceUri) {
      if (declaresPrefix(e, e.prefix, fixed)) {
        throw new XmlSerializationError(
          `element ${qname} is in "${e.namespaceUri}" but declares its prefix for another namespace`,
        );
      }
      if (e.prefix !== '' && e.namespaceUri === '') {
        throw new XmlSerializationError(
          `element ${qname} has a prefix but no namespace (XML Namespaces 1.0 cannot undeclare a prefix)`,
        );
      }
      fixed = [e.prefix];
      head += this.declare(e.prefix, e.namespaceUri);
    }
    let attributes = '';
    for (const a of e.attributes) {
      let prefix = a.prefix;
      const uri = a.namespaceUri;
      if (uri === '') {
        if (prefix !== '')
          throw new XmlSerializationError(`attribute ${prefix}:${a.localName} has a prefix but no namespace`);
      } else if (uri === XML_NAMESPACE) {
        prefix = 'xml';
      } else if (uri === XMLNS_NAMESPACE) {
        throw new XmlSerializationError(
          `attribute ${a.localName}: namespace declarations belong in namespaceDeclarations`,
        );
      } else if (prefix === '' || this.scope.get(prefix) !== uri) {
        // Unprefixed attributes are in no namespace (Namespaces §6.2), so a namespaced one needs a prefix,
        // and a prefix this element already binds to another URI cannot be reused.
        if (prefix === '' || prefix === 'xml' || declaresPrefix(e, prefix, fixed))
          prefix = this.prefixFor(uri, e, fixed);
        if (this.scope.get(prefix) !== uri) {
          if (fixed === NONE) fixed = [];
          fixed.push(prefix);
          head += this.declare(prefix, uri);
        }
      }
      attributes += ` ${prefix === '' ? a.localName : `${prefix}:${a.localName}`}="${escapeAttribute(a.value)}"`;
    }
    const children = e.children;
    if (children.length === 0) {
      this.out += `${head}${attributes}/>`;
    } else {
      this.out += `${head}${attributes}>`;
      for (const child of children) this.node(child);
      this.out += `</${qname}>`;
    }
    this.restore(mark);
  }

  private restore(mark: number): void {
    const undo = this.undo;
    while (undo.length > mark) {
      const previous = undo.pop();
      const prefix = undo.pop() as string;
      if (previous === undefined) this.scope.delete(prefix);
      else this.scope.set(prefix, previous);
    }
  }
}

/**
 * Serializes a document (prolog, root, epilog) or one element subtree as XML text in pieces (TextPieces.ts):
 * for making octets or a digest of a message that may hold a long text.
 */
export function serializeXmlPieces(
  node: XmlDocument | XmlElement,
  options: XmlSerializeOptions = {},
): string[] {
  const writer = new Writer();
  if (options.xmlDeclaration) writer.out = XML_DECLARATION;
  if (node instanceof XmlDocument) {
    for (const item of node.prolog) writer.node(item);
    writer.node(node.root);
    for (const item of node.epilog) writer.node(item);
  } else {
    writer.node(node);
  }
  return writer.pieces();
}

/** Serializes a document (prolog, root, epilog) or one element subtree to an XML string. */
export function serializeXml(node: XmlDocument | XmlElement, options: XmlSerializeOptions = {}): string {
  return joinPieces(serializeXmlPieces(node, options));
}

/** Serializes to UTF-8 bytes (the encoding the declaration, if written, names). */
export function serializeXmlToBuffer(
  node: XmlDocument | XmlElement,
  options: XmlSerializeOptions = {},
): Buffer {
  return utf8OctetsOfPieces(serializeXmlPieces(node, options));
}
