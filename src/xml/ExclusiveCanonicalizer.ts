/**
 * Exclusive XML Canonicalization 1.0 (https://www.w3.org/TR/xml-exc-c14n/), with and without comments, of a
 * whole document or of one element subtree *in its document context* (what a ds:Reference to `#id` signs).
 *
 * The node-set is always a whole subtree (or document), so C14N's node-set machinery reduces to a walk:
 * - namespace axis (exc-c14n §3): a namespace is rendered on an element when the element or one of its
 *   attributes visibly utilizes its prefix and the nearest output ancestor did not already render the same
 *   prefix with the same URI. Prefixes of the InclusiveNamespaces PrefixList follow Canonical XML's rule
 *   instead (rendered wherever in scope and different from what the output parent has).
 * - the default namespace is visibly utilized by every unprefixed element, so `xmlns=""` comes out only when
 *   such an element is in no namespace and an output ancestor rendered a non-empty default (C14N §2.3).
 * - ancestors above the apex are never output: their declarations matter only through the prefixes the
 *   subtree uses (which carry their URIs) and the PrefixList lookups; their xml:* attributes are not
 *   inherited (exc-c14n §3, unlike inclusive C14N).
 *
 * Checked byte for byte against libxml2 (python3-lxml) in test/xml; see docs/xml.md.
 */
import { compareCodePoints, escapeAttribute, escapeTextNode } from './XmlEscape';
import { joinPieces, TextPieceWriter, utf8OctetsOfPieces } from './TextPieces';
import {
  XmlDocument,
  type XmlAttribute,
  type XmlComment,
  type XmlElement,
  type XmlNode,
  type XmlProcessingInstruction,
} from './XmlNode';

export const EXC_C14N_ALGORITHM = 'http://www.w3.org/2001/10/xml-exc-c14n#';
export const EXC_C14N_WITH_COMMENTS_ALGORITHM = 'http://www.w3.org/2001/10/xml-exc-c14n#WithComments';

export interface CanonicalizationOptions {
  /** The #WithComments variant: comments are output (in document mode with the LF rules of C14N §2.3). */
  readonly withComments?: boolean;
  /** InclusiveNamespaces PrefixList (exc-c14n §3); `#default` stands for the default namespace. */
  readonly inclusivePrefixes?: readonly string[];
}

/** exc-c14n §3: attributes sort by namespace URI, then local name; unqualified ones ('' URI) come first. */
function compareAttributes(a: XmlAttribute, b: XmlAttribute): number {
  // Two keys compared in turn, never the concatenation URI+localName (node-ecosystem §2.2: xml-crypto's bug).
  return compareCodePoints(a.namespaceUri, b.namespaceUri) || compareCodePoints(a.localName, b.localName);
}

/**
 * Sorts prefix, URI pairs by prefix in place (an element rarely renders more than a few namespaces, for
 * which an insertion sort beats Array#sort and its pair arrays). Prefixes are distinct.
 */
function sortPairs(pairs: string[]): void {
  for (let i = 2; i < pairs.length; i += 2) {
    const prefix = pairs[i];
    const uri = pairs[i + 1];
    let j = i - 2;
    for (; j >= 0 && compareCodePoints(pairs[j], prefix) > 0; j -= 2) {
      pairs[j + 2] = pairs[j];
      pairs[j + 3] = pairs[j + 1];
    }
    pairs[j + 2] = prefix;
    pairs[j + 3] = uri;
  }
}

/** Inserts `a` into the sorted `list` after the attributes that do not sort after it (so equal ones keep order). */
function insertSorted(list: XmlAttribute[], a: XmlAttribute): void {
  let j = list.length;
  list.push(a);
  for (; j > 0 && compareAttributes(list[j - 1], a) > 0; j--) list[j] = list[j - 1];
  list[j] = a;
}

function renderMisc(node: XmlComment | XmlProcessingInstruction): string {
  if (node.kind === 'comment') return `<!--${node.value}-->`;
  // C14N §2.3: a leading space and the string value only if the value is not empty.
  return node.data === '' ? `<?${node.target}?>` : `<?${node.target} ${node.data}?>`;
}

class ExclusiveCanonicalizer extends TextPieceWriter {
  /** Prefix → URI rendered by the nearest output ancestor; the default starts as '' (nothing to undo). */
  private readonly rendered = new Map<string, string>([['', '']]);
  /** Undo log of `rendered`: prefix, previous URI (undefined: not rendered before). */
  private readonly undo: (string | undefined)[] = [];
  /** Pending namespace nodes of the element being rendered: prefix, URI, prefix, URI… */
  private readonly pending: string[] = [];
  /** The attributes of the element being rendered, in canonical order (reused from element to element). */
  private readonly sorted: XmlAttribute[] = [];

  constructor(
    private readonly withComments: boolean,
    /** The PrefixList with `#default` mapped to '' and `xml` dropped (the xml namespace is never rendered). */
    private readonly inclusive: readonly string[],
  ) {
    super();
  }

  document(doc: XmlDocument): void {
    // C14N §2.3: comments and PIs outside the document element are separated from it by one LF.
    for (const item of doc.prolog)
      if (item.kind === 'pi' || this.withComments) this.out += `${renderMisc(item)}\n`;
    this.element(doc.root, this.inclusiveAt(doc.root));
    for (const item of doc.epilog)
      if (item.kind === 'pi' || this.withComments) this.out += `\n${renderMisc(item)}`;
  }

  /** The PrefixList URIs in scope at the apex, looked up through its ancestors (undefined = not in scope). */
  inclusiveAt(apex: XmlElement): (string | undefined)[] | null {
    if (this.inclusive.length === 0) return null;
    return this.inclusive.map((prefix) => apex.lookupNamespaceUri(prefix));
  }

  /** Queues a namespace node unless the nearest output ancestor rendered the same prefix with the same URI. */
  private utilize(prefix: string, uri: string): void {
    const previous = this.rendered.get(prefix);
    if (previous === uri) return;
    this.undo.push(prefix, previous);
    this.rendered.set(prefix, uri);
    this.pending.push(prefix, uri);
  }

  element(e: XmlElement, inclusiveValues: (string | undefined)[] | null): void {
    const mark = this.undo.length;
    const qname = e.qualifiedName;
    let out = `<${qname}`;

    // Namespace axis.
    if (inclusiveValues !== null) {
      for (let i = 0; i < inclusiveValues.length; i++) {
        const uri = inclusiveValues[i];
        if (uri !== undefined) this.utilize(this.inclusive[i], uri);
      }
    }
    if (e.prefix !== 'xml') this.utilize(e.prefix, e.namespaceUri);
    const attributes = e.attributes;
    for (const a of attributes)
      if (a.prefix !== '' && a.prefix !== 'xml') this.utilize(a.prefix, a.namespaceUri);
    const pending = this.pending;
    if (pending.length > 0) {
      // C14N §2.3: namespace nodes in lexicographic order of their local name (the prefix; default first).
      if (pending.length > 2) sortPairs(pending);
      for (let i = 0; i < pending.length; i += 2) {
        const prefix = pending[i];
        out +=
          prefix === ''
            ? ` xmlns="${escapeAttribute(pending[i + 1])}"`
            : ` xmlns:${prefix}="${escapeAttribute(pending[i + 1])}"`;
      }
      pending.length = 0;
    }

    // Attribute axis.
    if (attributes.length > 0) {
      let sorted: readonly XmlAttribute[] = attributes;
      if (attributes.length > 1) {
        sorted = this.sorted;
        this.sorted.length = 0;
        for (const a of attributes) insertSorted(this.sorted, a);
      }
      for (const a of sorted) {
        out += ` ${a.prefix === '' ? a.localName : `${a.prefix}:${a.localName}`}="${escapeAttribute(a.value)}"`;
      }
    }
    this.out += `${out}>`;

    // Children; C14N §2.3: empty elements are written as a start and an end tag.
    const children = e.children;
    for (let i = 0; i < children.length; i++) this.child(children[i], inclusiveValues);
    this.out += `</${qname}>`;
    this.restore(mark);
  }

  private child(node: XmlNode, inclusiveValues: (string | undefined)[] | null): void {
    switch (node.kind) {
      case 'element':
        this.element(node, inclusiveValues === null ? null : this.inclusiveBelow(node, inclusiveValues));
        break;
      case 'text':
        this.appendText(escapeTextNode(node));
        break;
      case 'comment':
        if (this.withComments) this.out += renderMisc(node);
        break;
      case 'pi':
        this.out += renderMisc(node);
        break;
    }
  }

  /** PrefixList URIs in scope at `e`: its own declarations, else its parent's values. */
  private inclusiveBelow(e: XmlElement, parentValues: (string | undefined)[]): (string | undefined)[] {
    const declarations = e.namespaceDeclarations;
    if (declarations.length === 0) return parentValues;
    let values = parentValues;
    for (let i = 0; i < this.inclusive.length; i++) {
      for (const d of declarations) {
        if (d.prefix === this.inclusive[i] && d.uri !== values[i]) {
          if (values === parentValues) values = [...parentValues];
          values[i] = d.uri;
        }
      }
    }
    return values;
  }

  private restore(mark: number): void {
    const undo = this.undo;
    while (undo.length > mark) {
      const previous = undo.pop();
      const prefix = undo.pop() as string;
      if (previous === undefined) this.rendered.delete(prefix);
      else this.rendered.set(prefix, previous);
    }
  }
}

function prefixList(prefixes: readonly string[] | undefined): string[] {
  if (!prefixes) return [];
  const list: string[] = [];
  for (const p of prefixes) {
    const prefix = p === '#default' ? '' : p;
    if (prefix !== 'xml' && !list.includes(prefix)) list.push(prefix);
  }
  return list;
}

/**
 * Exclusive C14N of a document, or of an element subtree in the context of its document, as text in pieces
 * (TextPieces.ts): what a digest is made of, with no copy of a long text into one string first.
 */
export function canonicalizePieces(
  node: XmlElement | XmlDocument,
  options: CanonicalizationOptions = {},
): string[] {
  const c = new ExclusiveCanonicalizer(options.withComments ?? false, prefixList(options.inclusivePrefixes));
  if (node instanceof XmlDocument) c.document(node);
  else c.element(node, c.inclusiveAt(node));
  return c.pieces();
}

/**
 * Exclusive C14N of a document, or of an element subtree in the context of its document.
 * Returns the canonical form as a string (encode it as UTF-8 for digests: see canonicalizeToBuffer).
 */
export function canonicalize(node: XmlElement | XmlDocument, options: CanonicalizationOptions = {}): string {
  return joinPieces(canonicalizePieces(node, options));
}

/** The canonical form as UTF-8 bytes, ready for a digest (C14N §2.1: the output is UTF-8). */
export function canonicalizeToBuffer(
  node: XmlElement | XmlDocument,
  options: CanonicalizationOptions = {},
): Buffer {
  return utf8OctetsOfPieces(canonicalizePieces(node, options));
}
