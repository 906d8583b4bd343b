/**
 * wsse:SecurityTokenReference in the forms WCF writes and reads (spec/secure-conversation.md §7.2, RS
 * WSSecurityJan2004/WSSecurityXXX2005 key identifier entries):
 *
 *   Reference URI="#id"        a token in this Security header (EncryptedKey, DerivedKeyToken, BinarySecurityToken)
 *   Reference URI="urn:…"      a token outside the message (secure conversation, issue 5)
 *   KeyIdentifier ThumbprintSHA1 / X509SubjectKeyIdentifier / EncryptedKeySHA1 / X509v3
 *   X509Data/X509IssuerSerial  issuer name (compared parsed) and serial number
 *
 * Reading is strict: exactly one reference form per STR, nothing else inside.
 */
import { decodeBase64 } from '../../crypto/decodeBase64';
import { XmlElement } from '../../xml';
import { XMLDSIG_NAMESPACE } from '../xmldsig/XmlDsigNamespaces';
import { SecurityTokenError } from '../MessageSecurityError';
import {
  WssEncodingTypes,
  WssValueTypes,
  WSSE11_NAMESPACE,
  WSSE11_PREFIX,
  WSSE_NAMESPACE,
  WSSE_PREFIX,
  WSC_13_NAMESPACE,
  WSC_FEB2005_NAMESPACE,
} from './WssConstants';
import { childElements, isElement, textElement, textOf } from './xmlReading';

/** What a SecurityTokenReference names (WCF's SecurityKeyIdentifierClause subclasses). */
export type KeyIdentifierClause =
  /** A token in this message by its wsu:Id / Id (LocalIdKeyIdentifierClause). */
  | {
      readonly kind: 'localId';
      readonly id: string;
      readonly valueType?: string;
      readonly tokenType?: string;
    }
  /**
   * A token outside the message by URI (the SCT's Identifier); after a renewal the key generation rides in an
   * `Instance` attribute of the WS-SecureConversation namespace.
   */
  | {
      readonly kind: 'externalUri';
      readonly uri: string;
      readonly valueType?: string;
      readonly instance?: { readonly value: string; readonly namespace: string };
    }
  /** An X.509 certificate by the SHA-1 of its DER (WSS 1.1). */
  | { readonly kind: 'thumbprint'; readonly value: Buffer }
  /** An X.509 certificate by its SubjectKeyIdentifier extension. */
  | { readonly kind: 'subjectKeyIdentifier'; readonly value: Buffer }
  /** An X.509 certificate by issuer and serial number. */
  | { readonly kind: 'issuerSerial'; readonly issuerName: string; readonly serialNumber: bigint }
  /** An X.509 certificate carried whole in the reference. */
  | { readonly kind: 'rawData'; readonly certificate: Buffer }
  /** An EncryptedKey from an earlier message by the SHA-1 of its CipherValue (WSS 1.1). */
  | { readonly kind: 'encryptedKeySha1'; readonly value: Buffer };

export interface StrWriteOptions {
  /** Write `wsse11:TokenType` on the STR (BSP and EncryptedKeySHA1 references). */
  readonly tokenType?: string;
}

function str(tokenType?: string): XmlElement {
  const e = new XmlElement(WSSE_PREFIX, 'SecurityTokenReference', WSSE_NAMESPACE);
  if (tokenType !== undefined) {
    e.declareNamespace(WSSE11_PREFIX, WSSE11_NAMESPACE);
    e.setAttribute('TokenType', tokenType, WSSE11_NAMESPACE, WSSE11_PREFIX);
  }
  return e;
}

function keyIdentifier(valueType: string, value: Buffer): XmlElement {
  return textElement(WSSE_PREFIX, 'KeyIdentifier', WSSE_NAMESPACE, value.toString('base64'), {
    ValueType: valueType,
    EncodingType: WssEncodingTypes.Base64Binary,
  });
}

/** Builds the `o:SecurityTokenReference` for a clause (the `o` prefix must be in scope: the Security header declares it). */
export function createSecurityTokenReference(
  clause: KeyIdentifierClause,
  options: StrWriteOptions = {},
): XmlElement {
  switch (clause.kind) {
    case 'localId': {
      const e = str(options.tokenType ?? clause.tokenType);
      const reference = e.appendChild(new XmlElement(WSSE_PREFIX, 'Reference', WSSE_NAMESPACE));
      if (clause.valueType !== undefined) reference.setAttribute('ValueType', clause.valueType);
      reference.setAttribute('URI', `#${clause.id}`);
      return e;
    }
    case 'externalUri': {
      const e = str(options.tokenType);
      const reference = e.appendChild(new XmlElement(WSSE_PREFIX, 'Reference', WSSE_NAMESPACE));
      if (clause.valueType !== undefined) reference.setAttribute('ValueType', clause.valueType);
      reference.setAttribute('URI', clause.uri);
      if (clause.instance) {
        const prefix = clause.instance.namespace === WSC_13_NAMESPACE ? 'sc' : 'c';
        reference.declareNamespace(prefix, clause.instance.namespace);
        reference.setAttribute('Instance', clause.instance.value, clause.instance.namespace, prefix);
      }
      return e;
    }
    case 'thumbprint': {
      const e = str(options.tokenType);
      e.appendChild(keyIdentifier(WssValueTypes.ThumbprintSha1, clause.value));
      return e;
    }
    case 'subjectKeyIdentifier': {
      const e = str(options.tokenType);
      e.appendChild(keyIdentifier(WssValueTypes.X509SubjectKeyIdentifier, clause.value));
      return e;
    }
    case 'encryptedKeySha1': {
      // WCF always writes the TokenType on an EncryptedKeySHA1 reference (spec/secure-conversation.md §7.2).
      const e = str(options.tokenType ?? WssValueTypes.EncryptedKey);
      e.appendChild(keyIdentifier(WssValueTypes.EncryptedKeySha1, clause.value));
      return e;
    }
    case 'rawData': {
      const e = str(options.tokenType);
      e.appendChild(keyIdentifier(WssValueTypes.X509v3, clause.certificate));
      return e;
    }
    case 'issuerSerial': {
      const e = str(options.tokenType);
      const data = e.appendChild(
        new XmlElement('', 'X509Data', XMLDSIG_NAMESPACE).declareNamespace('', XMLDSIG_NAMESPACE),
      );
      const issuerSerial = data.appendChild(new XmlElement('', 'X509IssuerSerial', XMLDSIG_NAMESPACE));
      issuerSerial.appendChild(textElement('', 'X509IssuerName', XMLDSIG_NAMESPACE, clause.issuerName));
      issuerSerial.appendChild(
        textElement('', 'X509SerialNumber', XMLDSIG_NAMESPACE, clause.serialNumber.toString(10)),
      );
      return e;
    }
  }
}

function bad(why: string): never {
  throw new SecurityTokenError(`The SecurityTokenReference is not valid: ${why}.`);
}

function readKeyIdentifier(e: XmlElement): KeyIdentifierClause {
  const valueType = e.getAttribute('ValueType');
  const encodingType = e.getAttribute('EncodingType');
  if (encodingType !== undefined && encodingType !== WssEncodingTypes.Base64Binary) {
    bad(`KeyIdentifier EncodingType '${encodingType}' is not supported`);
  }
  const value = decodeBase64(textOf(e) ?? '');
  if (!value || value.length === 0) bad('the KeyIdentifier is not base64');
  switch (valueType) {
    case WssValueTypes.ThumbprintSha1:
      if (value.length !== 20) bad('a ThumbprintSHA1 is 20 octets');
      return { kind: 'thumbprint', value };
    case WssValueTypes.EncryptedKeySha1:
      if (value.length !== 20) bad('an EncryptedKeySHA1 is 20 octets');
      return { kind: 'encryptedKeySha1', value };
    case WssValueTypes.X509SubjectKeyIdentifier:
      return { kind: 'subjectKeyIdentifier', value };
    case WssValueTypes.X509v3:
      return { kind: 'rawData', certificate: value };
    default:
      return bad(`KeyIdentifier ValueType '${valueType ?? ''}' is not supported`);
  }
}

function readX509Data(e: XmlElement): KeyIdentifierClause {
  const items = childElements(e) ?? bad('X509Data has character content');
  if (items.length !== 1) bad('X509Data must hold exactly one item');
  const [item] = items;
  if (isElement(item, 'X509IssuerSerial', XMLDSIG_NAMESPACE)) {
    const parts = childElements(item) ?? bad('X509IssuerSerial has character content');
    const [name, serial] = parts;
    if (
      parts.length !== 2 ||
      !isElement(name, 'X509IssuerName', XMLDSIG_NAMESPACE) ||
      !isElement(serial, 'X509SerialNumber', XMLDSIG_NAMESPACE)
    ) {
      bad('X509IssuerSerial must hold X509IssuerName and X509SerialNumber');
    }
    const serialText = (textOf(serial) ?? '').trim();
    if (!/^-?\d{1,200}$/.test(serialText)) bad('X509SerialNumber is not an integer');
    return { kind: 'issuerSerial', issuerName: textOf(name) ?? '', serialNumber: BigInt(serialText) };
  }
  if (isElement(item, 'X509Certificate', XMLDSIG_NAMESPACE)) {
    const der = decodeBase64(textOf(item) ?? '');
    if (!der || der.length === 0) bad('X509Certificate is not base64');
    return { kind: 'rawData', certificate: der };
  }
  if (isElement(item, 'X509SKI', XMLDSIG_NAMESPACE)) {
    const ski = decodeBase64(textOf(item) ?? '');
    if (!ski || ski.length === 0) bad('X509SKI is not base64');
    return { kind: 'subjectKeyIdentifier', value: ski };
  }
  return bad(`X509Data item ${item.qualifiedName} is not supported`);
}

/** Reads an `o:SecurityTokenReference`; throws SecurityTokenError for anything but one supported form. */
export function readSecurityTokenReference(element: XmlElement): KeyIdentifierClause {
  if (!isElement(element, 'SecurityTokenReference', WSSE_NAMESPACE))
    bad(`${element.qualifiedName} is not one`);
  const items = childElements(element) ?? bad('it has character content');
  if (items.length !== 1) bad('it must hold exactly one reference');
  const [item] = items;
  const tokenType = element.getAttribute('TokenType', WSSE11_NAMESPACE);
  if (isElement(item, 'Reference', WSSE_NAMESPACE)) {
    if ((childElements(item) ?? bad('Reference has content')).length > 0) bad('Reference has content');
    const uri = item.getAttribute('URI');
    if (!uri) bad('the Reference has no URI');
    const valueType = item.getAttribute('ValueType');
    if (uri.startsWith('#')) {
      if (uri.length < 2) bad('the Reference URI is empty');
      return { kind: 'localId', id: uri.slice(1), valueType, tokenType };
    }
    for (const namespace of [WSC_FEB2005_NAMESPACE, WSC_13_NAMESPACE]) {
      const value = item.getAttribute('Instance', namespace);
      if (value !== undefined) return { kind: 'externalUri', uri, valueType, instance: { value, namespace } };
    }
    return { kind: 'externalUri', uri, valueType };
  }
  if (isElement(item, 'KeyIdentifier', WSSE_NAMESPACE)) return readKeyIdentifier(item);
  if (isElement(item, 'X509Data', XMLDSIG_NAMESPACE)) return readX509Data(item);
  return bad(`${item.qualifiedName} is not a supported reference`);
}

/** The one STR inside a ds:KeyInfo, or undefined for no KeyInfo; anything else is a SecurityTokenError. */
export function readKeyInfo(keyInfo: XmlElement | undefined): KeyIdentifierClause | undefined {
  if (!keyInfo) return undefined;
  const items = childElements(keyInfo) ?? bad('KeyInfo has character content');
  if (items.length !== 1 || !isElement(items[0], 'SecurityTokenReference', WSSE_NAMESPACE)) {
    bad('KeyInfo must hold exactly one SecurityTokenReference');
  }
  return readSecurityTokenReference(items[0]);
}

/** A short description of a clause for logs and errors (never the key material). */
export function describeClause(clause: KeyIdentifierClause): string {
  switch (clause.kind) {
    case 'localId':
      return `#${clause.id}`;
    case 'externalUri':
      return clause.uri;
    case 'thumbprint':
      return `ThumbprintSHA1 ${clause.value.toString('hex').toUpperCase()}`;
    case 'subjectKeyIdentifier':
      return `SubjectKeyIdentifier ${clause.value.toString('hex')}`;
    case 'encryptedKeySha1':
      return `EncryptedKeySHA1 ${clause.value.toString('base64')}`;
    case 'issuerSerial':
      return `IssuerSerial '${clause.issuerName}' ${clause.serialNumber}`;
    case 'rawData':
      return 'X509v3 raw data';
  }
}
