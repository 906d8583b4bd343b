/**
 * Reads a ds:Signature element into a description, checking its structure strictly (XML Signature §4) and
 * refusing the parts WS-Security never uses (ds:Object, Manifest-style indirection, references other than
 * same-document `#id`). Algorithms are only read here; verifySignature decides what it accepts.
 */
import { decodeBase64 } from '../../crypto/decodeBase64';
import type { XmlElement } from '../../xml';
import { EXC_C14N_NAMESPACE, XMLDSIG_NAMESPACE } from './XmlDsigNamespaces';
import { XmlSignatureError } from './XmlSignatureError';
import { isElement, simpleText, strictChildElements } from './xmlElements';

export interface TransformDescription {
  readonly algorithm: string;
  /** The InclusiveNamespaces PrefixList, when present. */
  readonly inclusivePrefixes: readonly string[] | undefined;
  /** Child elements other than InclusiveNamespaces (a transform's parameters). */
  readonly parameters: readonly XmlElement[];
}

export interface SignatureReferenceDescription {
  /** The ds:Reference element. */
  readonly element: XmlElement;
  /** The URI attribute as written (`#id`). */
  readonly uri: string;
  /** The id it names (the URI without '#'). */
  readonly targetId: string;
  readonly transforms: readonly TransformDescription[];
  readonly digestAlgorithm: string;
  readonly digestValue: Buffer;
}

export interface SignatureDescription {
  /** The ds:Signature element. */
  readonly element: XmlElement;
  /** Its Id attribute. */
  readonly id: string | undefined;
  readonly signedInfo: XmlElement;
  readonly canonicalizationAlgorithm: string;
  readonly canonicalizationPrefixes: readonly string[] | undefined;
  readonly signatureAlgorithm: string;
  /** ds:HMACOutputLength in bits, when present. */
  readonly hmacOutputLength: number | undefined;
  readonly references: readonly SignatureReferenceDescription[];
  readonly signatureValue: Buffer;
  /** The ds:KeyInfo element, left to the caller's key resolver. */
  readonly keyInfo: XmlElement | undefined;
}

function malformed(message: string): never {
  throw new XmlSignatureError('malformed', message);
}

function children(e: XmlElement): XmlElement[] {
  return strictChildElements(e) ?? malformed(`ds:${e.localName} has unexpected character content.`);
}

function algorithmOf(e: XmlElement): string {
  const algorithm = e.getAttribute('Algorithm');
  if (!algorithm) malformed(`ds:${e.localName} has no Algorithm.`);
  return algorithm;
}

function base64Of(e: XmlElement): Buffer {
  const text = simpleText(e);
  const value = text === undefined ? undefined : decodeBase64(text);
  if (!value || value.length === 0) malformed(`ds:${e.localName} is not base64.`);
  return value;
}

/** Splits a PrefixList (xs:NMTOKENS, `#default` for the default namespace). */
function prefixList(e: XmlElement): string[] {
  const list = e.getAttribute('PrefixList');
  if (list === undefined) malformed('InclusiveNamespaces has no PrefixList.');
  return list.split(/[ \t\r\n]+/).filter((p) => p !== '');
}

/** An Algorithm-bearing element with an optional InclusiveNamespaces child and other parameters. */
function readTransformLike(e: XmlElement): TransformDescription {
  let inclusivePrefixes: string[] | undefined;
  const parameters: XmlElement[] = [];
  for (const child of children(e)) {
    if (isElement(child, 'InclusiveNamespaces', EXC_C14N_NAMESPACE) && inclusivePrefixes === undefined) {
      inclusivePrefixes = prefixList(child);
    } else parameters.push(child);
  }
  return { algorithm: algorithmOf(e), inclusivePrefixes, parameters };
}

function expect(list: XmlElement[], index: number, localName: string, parent: string): XmlElement {
  const e = list[index];
  if (!isElement(e, localName, XMLDSIG_NAMESPACE)) malformed(`ds:${parent} must have ds:${localName} here.`);
  return e;
}

function readReference(e: XmlElement): SignatureReferenceDescription {
  const uri = e.getAttribute('URI');
  // WS-Security signs same-document elements by id; "" (the whole document), XPointer and external URIs
  // would need machinery that only widens the attack surface.
  if (uri === undefined || !uri.startsWith('#') || uri.length < 2 || uri.startsWith('#xpointer(')) {
    malformed(`ds:Reference URI '${uri ?? ''}' is not a same-document reference to an id.`);
  }
  const list = children(e);
  let i = 0;
  const transforms: TransformDescription[] = [];
  if (isElement(list[0], 'Transforms', XMLDSIG_NAMESPACE)) {
    const items = children(list[0]);
    if (items.length === 0) malformed('ds:Transforms is empty.');
    for (const t of items) {
      if (!isElement(t, 'Transform', XMLDSIG_NAMESPACE))
        malformed('ds:Transforms may hold only ds:Transform.');
      transforms.push(readTransformLike(t));
    }
    i++;
  }
  const digestMethod = expect(list, i++, 'DigestMethod', 'Reference');
  const digestValue = expect(list, i++, 'DigestValue', 'Reference');
  if (i !== list.length) malformed('ds:Reference has unexpected content after ds:DigestValue.');
  return {
    element: e,
    uri,
    targetId: uri.slice(1),
    transforms,
    digestAlgorithm: algorithmOf(digestMethod),
    digestValue: base64Of(digestValue),
  };
}

function readSignatureMethod(e: XmlElement): { algorithm: string; hmacOutputLength: number | undefined } {
  const list = children(e);
  let hmacOutputLength: number | undefined;
  if (list.length > 1) malformed('ds:SignatureMethod has unexpected content.');
  if (list.length === 1) {
    if (!isElement(list[0], 'HMACOutputLength', XMLDSIG_NAMESPACE))
      malformed('ds:SignatureMethod has unexpected content.');
    const text = (simpleText(list[0]) ?? '').trim();
    if (!/^\d{1,6}$/.test(text)) malformed('ds:HMACOutputLength is not a length.');
    hmacOutputLength = Number(text);
  }
  return { algorithm: algorithmOf(e), hmacOutputLength };
}

/** Reads a ds:Signature; throws XmlSignatureError('malformed') when its structure is wrong. */
export function readSignature(signature: XmlElement): SignatureDescription {
  if (!isElement(signature, 'Signature', XMLDSIG_NAMESPACE)) malformed('Not a ds:Signature element.');
  const top = children(signature);
  const signedInfo = expect(top, 0, 'SignedInfo', 'Signature');
  const signatureValue = expect(top, 1, 'SignatureValue', 'Signature');
  let keyInfo: XmlElement | undefined;
  if (top.length > 2) {
    keyInfo = expect(top, 2, 'KeyInfo', 'Signature');
    if (top.length > 3) malformed('ds:Signature has unexpected content (ds:Object is not supported).');
  }

  const info = children(signedInfo);
  const c14n = readTransformLike(expect(info, 0, 'CanonicalizationMethod', 'SignedInfo'));
  if (c14n.parameters.length > 0) malformed('ds:CanonicalizationMethod has unexpected content.');
  const method = readSignatureMethod(expect(info, 1, 'SignatureMethod', 'SignedInfo'));
  const references: SignatureReferenceDescription[] = [];
  for (let i = 2; i < info.length; i++)
    references.push(readReference(expect(info, i, 'Reference', 'SignedInfo')));
  if (references.length === 0) malformed('ds:SignedInfo has no ds:Reference.');

  return {
    element: signature,
    id: signature.getAttribute('Id'),
    signedInfo,
    canonicalizationAlgorithm: c14n.algorithm,
    canonicalizationPrefixes: c14n.inclusivePrefixes,
    signatureAlgorithm: method.algorithm,
    hmacOutputLength: method.hmacOutputLength,
    references,
    signatureValue: base64Of(signatureValue),
    keyInfo,
  };
}
