/**
 * xenc:EncryptedData of Type #Element or #Content, encrypted and decrypted in place on the infoset model.
 *
 * Encrypting serializes the element (or the content) as a fragment that declares the namespaces its names
 * use, so the plaintext stands on its own; decrypting parses the plaintext in the namespace context of the
 * place it returns to (parseFragment.ts), with the strict parser and its quotas. Every failure after the
 * key is used — padding, a wrong key, corrupted cipher text, invalid UTF-8, a plaintext that does not parse
 * or is not one element for #Element — is the same DecryptionError.
 */
import { isAscii } from 'node:buffer';
import { decryptBlock, encryptBlock, getBlockEncryptionAlgorithm } from '../../crypto/BlockEncryption';
import { DecryptionError, UnsupportedAlgorithmError } from '../../crypto/CryptoErrors';
import {
  asciiString,
  escapeText,
  serializeXmlPieces,
  utf8OctetsOfPieces,
  type XmlElement,
  type XmlNode,
  type XmlText,
} from '../../xml';
import { XMLDSIG_NAMESPACE } from '../xmldsig/XmlDsigNamespaces';
import { base64Text, createElement } from '../xmldsig/xmlElements';
import { parseFragment, type FragmentParseOptions } from './parseFragment';
import { malformed, readEncryptedType, type EncryptedTypeDescription } from './readEncryptedType';
import { ENCRYPTED_CONTENT_TYPE, ENCRYPTED_ELEMENT_TYPE, XMLENC_NAMESPACE } from './XmlEncConstants';
import { XmlEncryptionError } from './XmlEncryptionError';

export interface EncryptOptions {
  /** A block encryption URI (SecurityAlgorithms.Aes256Encryption, …). */
  readonly algorithm: string;
  /** The symmetric key, of the algorithm's length. */
  readonly key: Uint8Array;
  /** The EncryptedData's Id (what a ReferenceList's DataReference names). */
  readonly id?: string;
  /** The content of ds:KeyInfo (e.g. a wsse:SecurityTokenReference to a derived key); none when absent. */
  readonly keyInfo?: readonly XmlElement[];
  /** The prefix for the xenc namespace; '' (WCF's `<EncryptedData xmlns="…xmlenc#">`) by default. */
  readonly prefix?: string;
}

/** Which encryption algorithms the caller accepts; a SecurityAlgorithmSuite is one. */
export interface EncryptionAlgorithmPolicy {
  isEncryptionAlgorithmSupported(algorithm: string): boolean;
}

export interface DecryptOptions extends FragmentParseOptions {
  readonly policy?: EncryptionAlgorithmPolicy;
}

export type EncryptedDataType = typeof ENCRYPTED_ELEMENT_TYPE | typeof ENCRYPTED_CONTENT_TYPE;

export type EncryptedDataDescription = EncryptedTypeDescription & { readonly type: EncryptedDataType };

export interface DecryptedData {
  readonly type: EncryptedDataType;
  /** The nodes that replaced the EncryptedData, in order. */
  readonly nodes: readonly XmlNode[];
  /** #Element: the decrypted element. */
  readonly element: XmlElement | undefined;
}

/** Writes the plaintext of one top-level node: elements get the declarations they need, including `xmlns=""`. */
function serializeNode(node: XmlNode, parent: XmlElement, pieces: string[]): void {
  switch (node.kind) {
    case 'element': {
      // The serializer starts with no default namespace; where the place has one and the element is in no
      // namespace, the plaintext must say so, or the decryptor would put it in the place's default.
      const needsUndeclare =
        node.prefix === '' &&
        node.namespaceUri === '' &&
        parent.lookupNamespaceUri('') !== '' &&
        !node.namespaceDeclarations.some((d) => d.prefix === '');
      let element = node;
      if (needsUndeclare) {
        element = node.clone();
        element.namespaceDeclarations.unshift({ prefix: '', uri: '' });
      }
      for (const piece of serializeXmlPieces(element)) pieces.push(piece);
      return;
    }
    case 'text':
      pieces.push(escapeText(node.value));
      return;
    case 'comment':
      pieces.push(`<!--${node.value}-->`);
      return;
    case 'pi':
      pieces.push(node.data === '' ? `<?${node.target}?>` : `<?${node.target} ${node.data}?>`);
      return;
  }
}

/** `plaintext`: the plaintext's text in pieces (src/xml/TextPieces.ts), encrypted as its UTF-8 octets. */
function buildEncryptedData(type: string, plaintext: readonly string[], options: EncryptOptions): XmlElement {
  const algorithm = getBlockEncryptionAlgorithm(options.algorithm);
  const cipherValue = encryptBlock(algorithm.uri, options.key, utf8OctetsOfPieces(plaintext));
  const p = options.prefix ?? '';
  const xenc = (
    localName: string,
    attributes?: Record<string, string>,
    content?: (XmlElement | XmlText | string)[],
  ) => createElement(p, localName, XMLENC_NAMESPACE, attributes, content);
  const attributes: Record<string, string> =
    options.id !== undefined ? { Id: options.id, Type: type } : { Type: type };
  const encryptedData = xenc('EncryptedData', attributes).declareNamespace(p, XMLENC_NAMESPACE);
  encryptedData.appendChild(xenc('EncryptionMethod', { Algorithm: algorithm.uri }));
  if (options.keyInfo && options.keyInfo.length > 0) {
    encryptedData.appendChild(
      createElement('', 'KeyInfo', XMLDSIG_NAMESPACE, {}, [...options.keyInfo]).declareNamespace(
        '',
        XMLDSIG_NAMESPACE,
      ),
    );
  }
  encryptedData.appendChild(xenc('CipherData', {}, [xenc('CipherValue', {}, [base64Text(cipherValue)])]));
  return encryptedData;
}

/** Replaces `element` by an EncryptedData of Type #Element; returns the EncryptedData. */
export function encryptElement(element: XmlElement, options: EncryptOptions): XmlElement {
  const parent = element.parent;
  if (!parent) throw new RangeError('Only an element inside a document can be encrypted in place.');
  const plaintext: string[] = [];
  serializeNode(element, parent, plaintext);
  const encryptedData = buildEncryptedData(ENCRYPTED_ELEMENT_TYPE, plaintext, options);
  const index = parent.children.indexOf(element);
  parent.removeChild(element);
  parent.insertChild(index, encryptedData);
  return encryptedData;
}

/** Replaces the content of `element` by an EncryptedData of Type #Content; returns the EncryptedData. */
export function encryptContent(element: XmlElement, options: EncryptOptions): XmlElement {
  const plaintext: string[] = [];
  for (const child of element.children) serializeNode(child, element, plaintext);
  const encryptedData = buildEncryptedData(ENCRYPTED_CONTENT_TYPE, plaintext, options);
  for (const child of element.children.splice(0)) child.parent = null;
  element.appendChild(encryptedData);
  return encryptedData;
}

// A guard rather than a copy with the narrowed Type: an object spread per EncryptedData showed in the profile.
function hasDataType(d: EncryptedTypeDescription): d is EncryptedDataDescription {
  return d.type === ENCRYPTED_ELEMENT_TYPE || d.type === ENCRYPTED_CONTENT_TYPE;
}

/** Reads an EncryptedData; throws XmlEncryptionError for a malformed one or an unknown Type. */
export function readEncryptedData(element: XmlElement): EncryptedDataDescription {
  const d = readEncryptedType(element, 'EncryptedData');
  if (d.rest.length > 0) malformed('EncryptedData has unexpected content after CipherData.');
  // Without a Type the plaintext is octets, not XML (§3.5): nothing WS-Security puts in a message.
  if (!hasDataType(d)) malformed(`EncryptedData Type '${d.type ?? ''}' is not supported.`);
  return d;
}

// A leading BOM (which no XML Encryption plaintext should carry) is dropped rather than made into text.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 strictly; ASCII (the common plaintext) by asciiString, much faster. */
function decodeUtf8(octets: Buffer): string {
  return isAscii(octets) ? asciiString(octets) : UTF8.decode(octets);
}

/**
 * Decrypts an EncryptedData in place with `key`: the EncryptedData is replaced by the plaintext's nodes.
 * Throws XmlEncryptionError before the key is used (structure, algorithm, policy), DecryptionError after.
 */
export function decryptEncryptedData(
  encryptedData: XmlElement,
  key: Uint8Array,
  options: DecryptOptions = {},
): DecryptedData {
  const d = readEncryptedData(encryptedData);
  const parent = encryptedData.parent;
  if (!parent) malformed('The EncryptedData to decrypt in place has no parent.');
  const algorithm = d.encryptionMethod.algorithm;
  try {
    getBlockEncryptionAlgorithm(algorithm);
  } catch (err) {
    if (err instanceof UnsupportedAlgorithmError)
      throw new XmlEncryptionError('unsupportedAlgorithm', err.message);
    throw err;
  }
  if (options.policy && !options.policy.isEncryptionAlgorithmSupported(algorithm)) {
    throw new XmlEncryptionError(
      'algorithmNotAllowed',
      `The encryption algorithm '${algorithm}' is not allowed.`,
    );
  }

  let nodes: XmlNode[];
  try {
    const plaintext = decodeUtf8(decryptBlock(algorithm, key, d.cipherValue));
    nodes = parseFragment(plaintext, parent, options);
  } catch {
    // Padding, key, UTF-8 and parse failures must look alike (CryptoErrors.ts, DecryptionError).
    throw new DecryptionError();
  }
  let element: XmlElement | undefined;
  if (d.type === ENCRYPTED_ELEMENT_TYPE) {
    if (nodes.length !== 1 || nodes[0].kind !== 'element') throw new DecryptionError();
    element = nodes[0];
  }

  const index = parent.children.indexOf(encryptedData);
  parent.removeChild(encryptedData);
  parent.children.splice(index, 0, ...nodes);
  // Text next to the EncryptedData is not merged with the plaintext's: the model allows adjacent text nodes
  // (C14N and the serializer concatenate them), and `nodes` stays exactly what was decrypted.
  for (const node of nodes) node.parent = parent;
  return { type: d.type, nodes, element };
}
