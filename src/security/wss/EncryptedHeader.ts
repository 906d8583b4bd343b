/**
 * wsse11:EncryptedHeader (WS-Security 1.1 §9.3): an encrypted SOAP header stays a header, so that SOAP
 * processing attributes remain visible. The EncryptedData (Type #Element, its plaintext the whole original
 * header) is wrapped in an EncryptedHeader that carries the original header's mustUnderstand, actor/role and
 * relay. WCF encrypts headers only for contract headers with ProtectionLevel EncryptAndSign; the addressing
 * headers are signed, never encrypted.
 */
import { XmlElement } from '../../xml';
import { MessageSecurityError } from '../MessageSecurityError';
import { XMLENC_NAMESPACE } from '../xmlenc/XmlEncConstants';
import { WSSE11_NAMESPACE, WSSE11_PREFIX, WSU_NAMESPACE, WSU_PREFIX } from './WssConstants';
import { childElements, isElement } from './xmlReading';

const SOAP_ATTRIBUTES = ['mustUnderstand', 'actor', 'role', 'relay'];

/**
 * Wraps an EncryptedData that replaced `header` (already in the header's place) in an EncryptedHeader with
 * the header's SOAP attributes; returns the EncryptedHeader.
 */
export function wrapInEncryptedHeader(
  encryptedData: XmlElement,
  originalHeader: XmlElement,
  envelopeNamespace: string,
  id: string,
): XmlElement {
  const parent = encryptedData.parent;
  if (!parent) throw new RangeError('The EncryptedData to wrap is not in a message.');
  const wrapper = new XmlElement(WSSE11_PREFIX, 'EncryptedHeader', WSSE11_NAMESPACE).declareNamespace(
    WSSE11_PREFIX,
    WSSE11_NAMESPACE,
  );
  wrapper.setAttribute('Id', id, WSU_NAMESPACE, WSU_PREFIX);
  for (const a of originalHeader.attributes) {
    if (a.namespaceUri === envelopeNamespace && SOAP_ATTRIBUTES.includes(a.localName)) {
      wrapper.setAttribute(a.localName, a.value, a.namespaceUri, a.prefix);
    }
  }
  const index = parent.children.indexOf(encryptedData);
  parent.removeChild(encryptedData);
  parent.insertChild(index, wrapper);
  wrapper.appendChild(encryptedData);
  return wrapper;
}

/** The EncryptedData inside an EncryptedHeader (exactly one child). */
export function encryptedDataOfHeader(encryptedHeader: XmlElement): XmlElement {
  const items = childElements(encryptedHeader);
  if (!items || items.length !== 1 || !isElement(items[0], 'EncryptedData', XMLENC_NAMESPACE)) {
    throw new MessageSecurityError('An EncryptedHeader must hold exactly one EncryptedData.');
  }
  return items[0];
}

/** Whether `e` is an EncryptedHeader element. */
export function isEncryptedHeader(e: XmlElement | null | undefined): e is XmlElement {
  return !!e && e.localName === 'EncryptedHeader' && e.namespaceUri === WSSE11_NAMESPACE;
}

/**
 * After its EncryptedData was decrypted in place inside `encryptedHeader`, puts the decrypted header where
 * the EncryptedHeader was; returns the header.
 */
export function unwrapDecryptedHeader(encryptedHeader: XmlElement, decrypted: XmlElement): XmlElement {
  const parent = encryptedHeader.parent;
  if (!parent || decrypted.parent !== encryptedHeader) {
    throw new MessageSecurityError('The decrypted header is not inside its EncryptedHeader.');
  }
  if (encryptedHeader.elements().length !== 1)
    throw new MessageSecurityError('An EncryptedHeader held more than the header.');
  const index = parent.children.indexOf(encryptedHeader);
  parent.removeChild(encryptedHeader);
  parent.insertChild(index, decrypted);
  return decrypted;
}
