/**
 * wsse11:SignatureConfirmation (WS-Security 1.1 §8.5): the responder echoes the SignatureValue of every
 * signature it verified in the request, so the requester knows its signed request was the one processed. With
 * no signature in the request WCF sends one SignatureConfirmation without Value.
 */
import { decodeBase64 } from '../../crypto/decodeBase64';
import { XmlElement } from '../../xml';
import { MessageSecurityError } from '../MessageSecurityError';
import { WSSE11_NAMESPACE, WSSE11_PREFIX, WSU_NAMESPACE, WSU_PREFIX } from './WssConstants';
import { childElements } from './xmlReading';

export function createSignatureConfirmationElement(id: string, value: Buffer | undefined): XmlElement {
  const e = new XmlElement(WSSE11_PREFIX, 'SignatureConfirmation', WSSE11_NAMESPACE).declareNamespace(
    WSSE11_PREFIX,
    WSSE11_NAMESPACE,
  );
  e.setAttribute('Id', id, WSU_NAMESPACE, WSU_PREFIX);
  if (value !== undefined) e.setAttribute('Value', value.toString('base64'));
  return e;
}

/** The confirmed signature value; undefined for the "no signature" confirmation. */
export function readSignatureConfirmation(element: XmlElement): Buffer | undefined {
  if ((childElements(element) ?? [null]).length > 0) {
    throw new MessageSecurityError('A SignatureConfirmation has content.');
  }
  const text = element.getAttribute('Value');
  if (text === undefined) return undefined;
  const value = decodeBase64(text);
  if (!value || value.length === 0)
    throw new MessageSecurityError('A SignatureConfirmation Value is not base64.');
  return value;
}
