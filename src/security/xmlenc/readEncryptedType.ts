/**
 * Reads what EncryptedData and EncryptedKey share (XML Encryption §3.1 EncryptedType): EncryptionMethod,
 * ds:KeyInfo, CipherData/CipherValue — strictly, refusing what WCF never writes (CipherReference,
 * EncryptionProperties, unknown EncryptionMethod parameters).
 */
import { decodeBase64 } from '../../crypto/decodeBase64';
import type { XmlElement } from '../../xml';
import { XMLDSIG_NAMESPACE } from '../xmldsig/XmlDsigNamespaces';
import { isElement, simpleText, strictChildElements } from '../xmldsig/xmlElements';
import { XMLENC_NAMESPACE } from './XmlEncConstants';
import { XmlEncryptionError } from './XmlEncryptionError';

export interface EncryptionMethodDescription {
  readonly algorithm: string;
  /** xenc:KeySize, in bits. */
  readonly keySize: number | undefined;
  /** xenc:OAEPparams octets (RSA-OAEP). */
  readonly oaepParams: Buffer | undefined;
  /** ds:DigestMethod's Algorithm (RSA-OAEP; WCF writes SHA-1). */
  readonly digestAlgorithm: string | undefined;
}

export interface EncryptedTypeDescription {
  readonly element: XmlElement;
  readonly id: string | undefined;
  readonly type: string | undefined;
  readonly encryptionMethod: EncryptionMethodDescription;
  readonly keyInfo: XmlElement | undefined;
  /** The CipherValue octets. */
  readonly cipherValue: Buffer;
  /** The child elements after CipherData (EncryptedKey: ReferenceList, CarriedKeyName). */
  readonly rest: readonly XmlElement[];
}

export function malformed(message: string): never {
  throw new XmlEncryptionError('malformed', message);
}

export function encChildren(e: XmlElement): XmlElement[] {
  return strictChildElements(e) ?? malformed(`${e.localName} has unexpected character content.`);
}

function readEncryptionMethod(e: XmlElement): EncryptionMethodDescription {
  const algorithm = e.getAttribute('Algorithm');
  if (!algorithm) malformed('EncryptionMethod has no Algorithm.');
  let keySize: number | undefined;
  let oaepParams: Buffer | undefined;
  let digestAlgorithm: string | undefined;
  for (const child of encChildren(e)) {
    if (isElement(child, 'KeySize', XMLENC_NAMESPACE) && keySize === undefined) {
      const text = (simpleText(child) ?? '').trim();
      if (!/^\d{1,6}$/.test(text)) malformed('KeySize is not a number.');
      keySize = Number(text);
    } else if (isElement(child, 'OAEPparams', XMLENC_NAMESPACE) && oaepParams === undefined) {
      oaepParams = decodeBase64(simpleText(child) ?? '') ?? malformed('OAEPparams is not base64.');
    } else if (isElement(child, 'DigestMethod', XMLDSIG_NAMESPACE) && digestAlgorithm === undefined) {
      digestAlgorithm = child.getAttribute('Algorithm') ?? malformed('DigestMethod has no Algorithm.');
    } else {
      malformed(`EncryptionMethod has unexpected content ${child.qualifiedName}.`);
    }
  }
  return { algorithm, keySize, oaepParams, digestAlgorithm };
}

/** Reads an xenc:EncryptedData or xenc:EncryptedKey (`localName`). */
export function readEncryptedType(
  element: XmlElement,
  localName: 'EncryptedData' | 'EncryptedKey',
): EncryptedTypeDescription {
  if (!isElement(element, localName, XMLENC_NAMESPACE)) malformed(`Not an xenc:${localName} element.`);
  const list = encChildren(element);
  let i = 0;
  // EncryptionMethod is optional in the schema; without it the algorithm would come from context, which
  // WCF never relies on: required here.
  const method = list[i++];
  if (!isElement(method, 'EncryptionMethod', XMLENC_NAMESPACE))
    malformed(`${localName} has no EncryptionMethod.`);
  let keyInfo: XmlElement | undefined;
  if (isElement(list[i], 'KeyInfo', XMLDSIG_NAMESPACE)) keyInfo = list[i++];
  const cipherData = list[i++];
  if (!isElement(cipherData, 'CipherData', XMLENC_NAMESPACE)) malformed(`${localName} has no CipherData.`);
  const cipher = encChildren(cipherData);
  if (cipher.length !== 1 || !isElement(cipher[0], 'CipherValue', XMLENC_NAMESPACE)) {
    malformed('CipherData must hold one CipherValue (CipherReference is not supported).');
  }
  const cipherValue = decodeBase64(simpleText(cipher[0]) ?? '');
  if (!cipherValue || cipherValue.length === 0) malformed('CipherValue is not base64.');
  const rest = list.slice(i);
  if (rest.some((e) => isElement(e, 'EncryptionProperties', XMLENC_NAMESPACE))) {
    malformed('EncryptionProperties is not supported.');
  }
  return {
    element,
    id: element.getAttribute('Id'),
    type: element.getAttribute('Type'),
    encryptionMethod: readEncryptionMethod(method),
    keyInfo,
    cipherValue,
    rest,
  };
}
