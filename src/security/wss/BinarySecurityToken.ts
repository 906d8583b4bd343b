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
    certificate = new X509Certificate(der);
  } catch (err) {
    throw new SecurityTokenError('The BinarySecurityToken does not hold an X.509 certificate.', {
      cause: err,
    });
  }
  return { id: element.getAttribute('Id', WSU_NAMESPACE), certificate };
}
