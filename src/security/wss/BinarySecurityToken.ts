/**
 * wsse:BinarySecurityToken carrying an X.509 v3 certificate (X.509 Token Profile 1.0 §3.1), as WCF writes it:
 * `u:Id`, ValueType X509v3, EncodingType Base64Binary. On receive the EncodingType may be absent (Mono omits
 * it); any other ValueType or encoding is refused.
 */
import { X509Certificate } from 'node:crypto';
import { decodeBase64 } from '../../crypto/decodeBase64';
import type { XmlElement } from '../../xml';
import { SecurityTokenError } from '../MessageSecurityError';
import {
  WssEncodingTypes,
  WssValueTypes,
  WSSE_NAMESPACE,
  WSSE_PREFIX,
  WSU_NAMESPACE,
  WSU_PREFIX,
} from './WssConstants';
import { textElement, textOf } from './xmlReading';

export function createX509BinarySecurityToken(certificate: X509Certificate, id: string): XmlElement {
  const e = textElement(
    WSSE_PREFIX,
    'BinarySecurityToken',
    WSSE_NAMESPACE,
    certificate.raw.toString('base64'),
  );
  e.setAttribute('Id', id, WSU_NAMESPACE, WSU_PREFIX);
  e.setAttribute('ValueType', WssValueTypes.X509v3);
  e.setAttribute('EncodingType', WssEncodingTypes.Base64Binary);
  return e;
}

/**
 * Certificates seen in BinarySecurityTokens, by their DER: a client sends the same certificate with every
 * message, and parsing it (and its names, for the identity) costs more than a MAC. Bounded; oldest dropped.
 */
const seen = new Map<string, X509Certificate>();
const SEEN_MAX = 256;

function certificateOf(der: Buffer): X509Certificate {
  const key = der.toString('base64');
  const known = seen.get(key);
  if (known) return known;
  const certificate = new X509Certificate(der);
  if (seen.size >= SEEN_MAX) seen.delete(seen.keys().next().value as string);
  seen.set(key, certificate);
  return certificate;
}

export interface X509BinarySecurityToken {
  readonly id: string | undefined;
  readonly certificate: X509Certificate;
}

export function readX509BinarySecurityToken(element: XmlElement): X509BinarySecurityToken {
  const valueType = element.getAttribute('ValueType');
  if (valueType !== WssValueTypes.X509v3) {
    throw new SecurityTokenError(`BinarySecurityToken ValueType '${valueType ?? ''}' is not supported.`);
  }
  const encoding = element.getAttribute('EncodingType');
  if (encoding !== undefined && encoding !== WssEncodingTypes.Base64Binary) {
    throw new SecurityTokenError(`BinarySecurityToken EncodingType '${encoding}' is not supported.`);
  }
  const der = decodeBase64(textOf(element) ?? '');
  if (!der || der.length === 0) throw new SecurityTokenError('The BinarySecurityToken is not base64.');
  let certificate: X509Certificate;
  try {
    certificate = certificateOf(der);
  } catch (err) {
    throw new SecurityTokenError('The BinarySecurityToken does not hold an X.509 certificate.', {
      cause: err,
    });
  }
  return { id: element.getAttribute('Id', WSU_NAMESPACE), certificate };
}
