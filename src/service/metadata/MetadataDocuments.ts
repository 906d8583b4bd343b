/**
 * The documents HTTP GET serves, from the exported ServiceMetadata (pure: a query and the GET address in, a
 * document out): `?wsdl` the service's WSDL, `?wsdl=wsdlN` the others, `?xsd=xsdN` the schemas — their
 * imports pointing at each other by those URLs, as WCF's HttpGetImpl writes them — and `?singleWsdl`, every
 * WSDL and schema in one document (.NET 4.5's flattened form).
 */
import type { XmlElement } from '../../xml/XmlNode';
import { WSDL_NS } from './MetadataNamespaces';
import type { ServiceMetadata } from './ServiceMetadata';
import { el } from './xmlBuilder';

export type MetadataQuery =
  | { readonly kind: 'wsdl'; readonly index?: number }
  | { readonly kind: 'xsd'; readonly index: number }
  | { readonly kind: 'singleWsdl' };

/** The query a GET asks for (WCF matches the names case-insensitively); undefined for anything else. */
export function parseMetadataQuery(search: string): MetadataQuery | undefined {
  const query = search.startsWith('?') ? search.slice(1) : search;
  const [rawName, value] = query.split('=', 2);
  const name = decodeURIComponent(rawName ?? '').toLowerCase();
  const v = value === undefined ? undefined : decodeURIComponent(value).toLowerCase();
  if (name === 'wsdl' && (v === undefined || v === '')) return { kind: 'wsdl' };
  if (name === 'singlewsdl' && !v) return { kind: 'singleWsdl' };
  const m = v === undefined ? null : /^(wsdl|xsd)(\d+)$/.exec(v);
  if (m && m[1] === name)
    return name === 'wsdl' ? { kind: 'wsdl', index: Number(m[2]) } : { kind: 'xsd', index: Number(m[2]) };
  return undefined;
}

/** The document for a query with imports located under `getUrl`; undefined when the index names none. */
export function metadataDocument(
  metadata: ServiceMetadata,
  query: MetadataQuery,
  getUrl: string,
): XmlElement | undefined {
  if (query.kind === 'singleWsdl') return singleWsdl(metadata);
  if (query.kind === 'xsd') return metadata.xsd[query.index]?.root.clone();
  // ?wsdl is the service's document; ?wsdl=wsdlN the N-th of the others.
  const doc = query.index === undefined ? metadata.wsdl[0] : metadata.wsdl[query.index + 1];
  if (!doc) return undefined;
  const wsdlIndex = new Map(metadata.wsdl.slice(1).map((d, i) => [d.targetNamespace, i]));
  const xsdIndex = new Map(metadata.xsd.map((d, i) => [d.targetNamespace, i]));
  for (const i of doc.wsdlImports)
    i.setAttribute('location', `${getUrl}?wsdl=wsdl${wsdlIndex.get(i.getAttribute('namespace') ?? '') ?? 0}`);
  // WCF writes schemaLocation before namespace on xsd:import.
  for (const i of doc.schemaImports) {
    const ns = i.getAttribute('namespace') ?? '';
    i.attributes.splice(0, i.attributes.length);
    i.setAttribute('schemaLocation', `${getUrl}?xsd=xsd${xsdIndex.get(ns) ?? 0}`).setAttribute(
      'namespace',
      ns,
    );
  }
  const copy = doc.root.clone();
  for (const i of doc.wsdlImports) i.removeAttribute('location');
  for (const i of doc.schemaImports) i.removeAttribute('schemaLocation');
  return copy;
}

/** WSDL-level QName attributes that name a message, portType or binding (they all move to the one namespace). */
const WSDL_REFERENCES: Readonly<Record<string, string>> = {
  input: 'message',
  output: 'message',
  fault: 'message',
  binding: 'type',
  port: 'binding',
};

/**
 * `?singleWsdl`: the service's definitions with the other WSDLs' policies, messages, portTypes and bindings
 * merged in (moved to the service namespace, references rewritten) and every schema inline in wsdl:types.
 */
export function singleWsdl(metadata: ServiceMetadata): XmlElement {
  const main = metadata.wsdl[0];
  const root = main.root.clone();
  const target = main.targetNamespace;
  for (const c of [...root.elements()])
    if (c.localName === 'import' || c.localName === 'types') root.removeChild(c);
  const sections: Record<string, XmlElement[]> = {
    Policy: [],
    message: [],
    portType: [],
    binding: [],
    service: [],
  };
  const take = (parent: XmlElement, fromNamespace: string): void => {
    for (const c of parent.elements()) {
      const list = sections[c.localName];
      if (!list) continue;
      const copy = c.clone();
      if (fromNamespace !== target) rewriteReferences(copy, root, fromNamespace);
      list.push(copy);
    }
  };
  take(root, target);
  for (const c of [...root.elements()]) root.removeChild(c);
  for (const d of metadata.wsdl.slice(1)) take(d.root, d.targetNamespace);
  // References from the service's own document to the merged ones: their iN prefixes now mean tns.
  for (const d of metadata.wsdl.slice(1)) {
    const prefix = root.namespaceDeclarations.find((n) => n.uri === d.targetNamespace)?.prefix;
    if (prefix) for (const e of [...sections.binding, ...sections.service]) retarget(e, prefix);
  }
  const types = el(
    'wsdl',
    'types',
    WSDL_NS,
    {},
    metadata.xsd.map((s) => s.root.clone()),
  );
  for (const c of [
    ...sections.Policy,
    types,
    ...sections.message,
    ...sections.portType,
    ...sections.binding,
    ...sections.service,
  ])
    root.appendChild(c);
  return root;
}

/** In an element moved out of `fromNamespace`: `tns:X` WSDL references become the target's tns, element references keep their namespace. */
function rewriteReferences(e: XmlElement, root: XmlElement, fromNamespace: string): void {
  const walk = (n: XmlElement): void => {
    const elementRef =
      n.localName === 'part' && n.namespaceUri === WSDL_NS ? n.getAttribute('element') : undefined;
    if (elementRef?.startsWith('tns:')) {
      let prefix = root.namespaceDeclarations.find((d) => d.uri === fromNamespace)?.prefix;
      if (!prefix) {
        prefix = `i${root.namespaceDeclarations.filter((d) => /^i\d+$/.test(d.prefix)).length}`;
        root.declareNamespace(prefix, fromNamespace);
      }
      n.setAttribute('element', `${prefix}:${elementRef.slice(4)}`);
    }
    for (const c of n.elements()) walk(c);
  };
  walk(e);
}

/** `prefix:X` WSDL references (to definitions merged into the target namespace) become `tns:X`. */
function retarget(e: XmlElement, prefix: string): void {
  const attribute = e.namespaceUri === WSDL_NS ? WSDL_REFERENCES[e.localName] : undefined;
  const value = attribute ? e.getAttribute(attribute) : undefined;
  if (attribute && value?.startsWith(`${prefix}:`))
    e.setAttribute(attribute, `tns:${value.slice(prefix.length + 1)}`);
  for (const c of e.elements()) retarget(c, prefix);
}
