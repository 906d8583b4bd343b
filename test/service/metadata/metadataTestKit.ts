/** Helpers for the metadata tests: documents as parsed infosets, and lookups by namespace and local name. */
import { parseXml } from '../../../src/xml/XmlParser';
import { maxReaderQuotas } from '../../../src/xml/XmlDictionaryReaderQuotas';
import { serializeXml } from '../../../src/xml/XmlSerializer';
import type { XmlElement } from '../../../src/xml/XmlNode';

export const NS = {
  wsdl: 'http://schemas.xmlsoap.org/wsdl/',
  soap: 'http://schemas.xmlsoap.org/wsdl/soap/',
  soap12: 'http://schemas.xmlsoap.org/wsdl/soap12/',
  xsd: 'http://www.w3.org/2001/XMLSchema',
  wsp: 'http://schemas.xmlsoap.org/ws/2004/09/policy',
  wsp15: 'http://www.w3.org/ns/ws-policy',
  wsu: 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd',
  sp11: 'http://schemas.xmlsoap.org/ws/2005/07/securitypolicy',
  sp12: 'http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702',
  wsaw: 'http://www.w3.org/2006/05/addressing/wsdl',
  wsam: 'http://www.w3.org/2007/05/addressing/metadata',
  wsa10: 'http://www.w3.org/2005/08/addressing',
  wsx: 'http://schemas.xmlsoap.org/ws/2004/09/mex',
  mssp: 'http://schemas.microsoft.com/ws/2005/07/securitypolicy',
} as const;

/** Round-trips through text, so the assertions see what a peer parses. */
export function reparse(root: XmlElement): XmlElement {
  return parseXml(serializeXml(root), { maxSize: 10_000_000, quotas: maxReaderQuotas }).root;
}

export function children(e: XmlElement, ns: string, name: string): XmlElement[] {
  return e.elements().filter((c) => c.namespaceUri === ns && c.localName === name);
}

export function child(e: XmlElement, ns: string, name: string): XmlElement {
  const found = e.element(name, ns);
  if (!found)
    throw new Error(
      `<${e.qualifiedName}> has no {${ns}}${name}; it has ${e
        .elements()
        .map((c) => c.qualifiedName)
        .join(', ')}`,
    );
  return found;
}

/** Descends a path of local names in one namespace. */
export function path(e: XmlElement, ns: string, ...names: string[]): XmlElement {
  return names.reduce((at, n) => child(at, ns, n), e);
}

/** The local names of an element's children, `prefix`-free: what a policy alternative lists. */
export function names(e: XmlElement): string[] {
  return e.elements().map((c) => c.localName);
}

/** The assertions of a wsp:Policy (inside ExactlyOne/All, or directly nested). */
export function assertions(policy: XmlElement): XmlElement[] {
  const exactly = policy.elements().find((c) => c.localName === 'ExactlyOne');
  if (!exactly) return policy.elements();
  return exactly.elements()[0].elements();
}

/** The wsp:Policy of a document with this wsu:Id. */
export function policyById(definitions: XmlElement, id: string): XmlElement {
  const found = definitions
    .elements()
    .find((c) => c.localName === 'Policy' && c.getAttribute('Id', NS.wsu) === id);
  if (!found) throw new Error(`no wsp:Policy wsu:Id="${id}"`);
  return found;
}

/** The one nested wsp:Policy of an assertion, as its children's local names. */
export function nestedNames(assertion: XmlElement): string[] {
  return names(assertion.elements().find((c) => c.localName === 'Policy') ?? assertion);
}

export function nested(assertion: XmlElement): XmlElement {
  const p = assertion.elements().find((c) => c.localName === 'Policy');
  if (!p) throw new Error(`<${assertion.qualifiedName}> has no nested wsp:Policy`);
  return p;
}
