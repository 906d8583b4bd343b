/**
 * xenc:ReferenceList (XML Encryption §3.6): the DataReference / KeyReference list that names what a key
 * encrypted. WCF writes it at the top of the security header (symmetric binding) or inside an EncryptedKey
 * (WS-Security 1.0 asymmetric binding).
 */
import type { XmlElement } from '../../xml';
import { createElement, isElement } from '../xmldsig/xmlElements';
import { encChildren, malformed } from './readEncryptedType';
import { XMLENC_NAMESPACE } from './XmlEncConstants';

export interface EncryptionReference {
  readonly kind: 'DataReference' | 'KeyReference';
  /** The URI as written (`#id`). */
  readonly uri: string;
  /** The id it names. */
  readonly id: string;
}

/** Reads a ReferenceList; only same-document `#id` references without transforms are accepted. */
export function readReferenceList(element: XmlElement): EncryptionReference[] {
  if (!isElement(element, 'ReferenceList', XMLENC_NAMESPACE)) malformed('Not an xenc:ReferenceList element.');
  const references: EncryptionReference[] = [];
  for (const child of encChildren(element)) {
    const kind = child.localName;
    if (child.namespaceUri !== XMLENC_NAMESPACE || (kind !== 'DataReference' && kind !== 'KeyReference')) {
      malformed(`ReferenceList has unexpected content ${child.qualifiedName}.`);
    }
    if (encChildren(child).length > 0) malformed(`${kind} with transforms is not supported.`);
    const uri = child.getAttribute('URI');
    if (uri === undefined || !uri.startsWith('#') || uri.length < 2) {
      malformed(`${kind} URI '${uri ?? ''}' is not a same-document reference.`);
    }
    references.push({ kind, uri, id: uri.slice(1) });
  }
  if (references.length === 0) malformed('ReferenceList is empty.');
  return references;
}

/** The ReferenceList without a namespace declaration (for use inside an element that declares `prefix`). */
export function buildReferenceList(dataReferenceIds: readonly string[], prefix: string): XmlElement {
  if (dataReferenceIds.length === 0) throw new RangeError('A ReferenceList needs at least one reference.');
  const list = createElement(prefix, 'ReferenceList', XMLENC_NAMESPACE);
  for (const id of dataReferenceIds) {
    list.appendChild(createElement(prefix, 'DataReference', XMLENC_NAMESPACE, { URI: `#${id}` }));
  }
  return list;
}

/** `<ReferenceList xmlns="…xmlenc#"><DataReference URI="#id"/>…</ReferenceList>` (prefix '' as WCF writes it). */
export function createReferenceList(dataReferenceIds: readonly string[], prefix = ''): XmlElement {
  return buildReferenceList(dataReferenceIds, prefix).declareNamespace(prefix, XMLENC_NAMESPACE);
}
