/**
 * The one XML infoset model used for messages, from parse to C14N to dispatch.
 *
 * Names are kept as the document wrote them (prefix + local name) together with the resolved namespace URI,
 * because exclusive C14N (and therefore every signature) depends on the prefixes actually used, and WCF's
 * wire format is judged byte by byte. Namespace declarations are kept apart from ordinary attributes, in
 * document order, so that a serializer can reproduce them and C14N can decide which ones are visibly used.
 */

export interface XmlNamespaceDeclaration {
  /** '' for the default namespace (`xmlns="…"`). */
  readonly prefix: string;
  /** '' undeclares the default namespace (`xmlns=""`). */
  readonly uri: string;
}

export interface XmlAttribute {
  readonly prefix: string;
  readonly localName: string;
  /** '' for an unqualified attribute (attributes never take the default namespace). */
  readonly namespaceUri: string;
  /** The normalized value (entities and character references resolved, XML §3.3.3 normalization applied). */
  readonly value: string;
}

export class XmlText {
  readonly kind = 'text' as const;
  parent: XmlElement | null = null;
  /**
   * escapeText(escapedFrom), remembered for a long value (XmlEscape's escapeTextNode); `escapedFrom` is the
   * value it was made from, since a node's value may be replaced. Kept on the node, not in a WeakMap: V8's
   * scavenger keeps a WeakMap's entries alive until a full GC, and a live-looking entry per long text made V8
   * allocate them in the old generation, dragging each message's strings there with them (4% of a round trip).
   */
  escaped: string | undefined = undefined;
  escapedFrom: string | undefined = undefined;
  /** Character data with references resolved; CDATA sections become text (C14N treats them alike). */
  constructor(public value: string) {}
}

export class XmlComment {
  readonly kind = 'comment' as const;
  parent: XmlElement | null = null;
  constructor(public value: string) {}
}

export class XmlProcessingInstruction {
  readonly kind = 'pi' as const;
  parent: XmlElement | null = null;
  constructor(
    public target: string,
    public data: string,
  ) {}
}

export type XmlNode = XmlElement | XmlText | XmlComment | XmlProcessingInstruction;

export class XmlElement {
  readonly kind = 'element' as const;
  parent: XmlElement | null = null;
  readonly attributes: XmlAttribute[] = [];
  readonly namespaceDeclarations: XmlNamespaceDeclaration[] = [];
  readonly children: XmlNode[] = [];

  constructor(
    /** '' when the element name has no prefix. */
    public prefix: string,
    public localName: string,
    /** '' when the element is in no namespace. */
    public namespaceUri: string,
  ) {}

  get qualifiedName(): string {
    return this.prefix ? `${this.prefix}:${this.localName}` : this.localName;
  }

  /** Declares a namespace on this element; returns `this` for chaining. */
  declareNamespace(prefix: string, uri: string): this {
    const existing = this.namespaceDeclarations.findIndex((d) => d.prefix === prefix);
    if (existing >= 0) this.namespaceDeclarations[existing] = { prefix, uri };
    else this.namespaceDeclarations.push({ prefix, uri });
    return this;
  }

  /** Sets (or replaces) an attribute; returns `this` for chaining. */
  setAttribute(localName: string, value: string, namespaceUri = '', prefix = ''): this {
    const index = this.attributes.findIndex(
      (a) => a.localName === localName && a.namespaceUri === namespaceUri,
    );
    const attribute: XmlAttribute = { prefix, localName, namespaceUri, value };
    if (index >= 0) this.attributes[index] = attribute;
    else this.attributes.push(attribute);
    return this;
  }

  getAttribute(localName: string, namespaceUri = ''): string | undefined {
    for (const a of this.attributes) {
      if (a.localName === localName && a.namespaceUri === namespaceUri) return a.value;
    }
    return undefined;
  }

  removeAttribute(localName: string, namespaceUri = ''): boolean {
    const index = this.attributes.findIndex(
      (a) => a.localName === localName && a.namespaceUri === namespaceUri,
    );
    if (index < 0) return false;
    this.attributes.splice(index, 1);
    return true;
  }

  /** Appends a child node (detaching it from a previous parent); returns the child. */
  appendChild<T extends XmlNode>(child: T): T {
    if (child.parent) child.parent.removeChild(child);
    child.parent = this;
    this.children.push(child);
    return child;
  }

  insertChild<T extends XmlNode>(index: number, child: T): T {
    if (child.parent) child.parent.removeChild(child);
    child.parent = this;
    this.children.splice(index, 0, child);
    return child;
  }

  removeChild(child: XmlNode): void {
    const index = this.children.indexOf(child);
    if (index >= 0) {
      this.children.splice(index, 1);
      child.parent = null;
    }
  }

  /** Child elements, skipping text, comments and processing instructions. */
  elements(): XmlElement[] {
    const result: XmlElement[] = [];
    for (const c of this.children) if (c.kind === 'element') result.push(c);
    return result;
  }

  firstElement(): XmlElement | undefined {
    for (const c of this.children) if (c.kind === 'element') return c;
    return undefined;
  }

  /** The first child element with this local name and namespace URI. */
  element(localName: string, namespaceUri: string): XmlElement | undefined {
    for (const c of this.children) {
      if (c.kind === 'element' && c.localName === localName && c.namespaceUri === namespaceUri) return c;
    }
    return undefined;
  }

  /** Concatenated character data of the direct text children (what xs:string content means). */
  get textContent(): string {
    let s = '';
    for (const c of this.children) {
      if (c.kind === 'text') s += c.value;
      else if (c.kind === 'element') s += c.textContent;
    }
    return s;
  }

  /** Replaces all children by one text node. */
  setText(value: string): this {
    for (const c of this.children) c.parent = null;
    this.children.length = 0;
    if (value !== '') this.appendChild(new XmlText(value));
    return this;
  }

  /**
   * Resolves a prefix to a namespace URI through this element and its ancestors ('' = default namespace).
   * Returns undefined when the prefix is not in scope.
   */
  lookupNamespaceUri(prefix: string): string | undefined {
    if (prefix === 'xml') return XML_NAMESPACE;
    if (prefix === 'xmlns') return XMLNS_NAMESPACE;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- walks from this element up to the root
    for (let e: XmlElement | null = this; e; e = e.parent) {
      for (const d of e.namespaceDeclarations) if (d.prefix === prefix) return d.uri;
    }
    return prefix === '' ? '' : undefined;
  }

  /** Finds a prefix in scope for a namespace URI (nearest declaration wins, and must not be shadowed). */
  lookupPrefix(namespaceUri: string): string | undefined {
    if (namespaceUri === XML_NAMESPACE) return 'xml';
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- walks from this element up to the root
    for (let e: XmlElement | null = this; e; e = e.parent) {
      for (const d of e.namespaceDeclarations) {
        if (d.uri === namespaceUri && this.lookupNamespaceUri(d.prefix) === namespaceUri) return d.prefix;
      }
    }
    return undefined;
  }

  /** Deep copy without a parent. */
  clone(): XmlElement {
    const copy = new XmlElement(this.prefix, this.localName, this.namespaceUri);
    copy.attributes.push(...this.attributes);
    copy.namespaceDeclarations.push(...this.namespaceDeclarations);
    for (const c of this.children) {
      let child: XmlNode;
      if (c.kind === 'element') child = c.clone();
      else if (c.kind === 'text') child = new XmlText(c.value);
      else if (c.kind === 'comment') child = new XmlComment(c.value);
      else child = new XmlProcessingInstruction(c.target, c.data);
      copy.appendChild(child);
    }
    return copy;
  }
}

/** A parsed document: the root element plus the comments and processing instructions around it. */
export class XmlDocument {
  constructor(
    public readonly root: XmlElement,
    /** Comments / PIs before the root element, in order. */
    public readonly prolog: (XmlComment | XmlProcessingInstruction)[] = [],
    /** Comments / PIs after the root element, in order. */
    public readonly epilog: (XmlComment | XmlProcessingInstruction)[] = [],
  ) {}
}

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
