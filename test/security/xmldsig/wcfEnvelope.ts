/**
 * A WCF-shaped SOAP 1.2 request to sign in tests: WS-Addressing headers with u:Id, a wsse:Security header
 * with a Timestamp, and a Body with u:Id, as the Mono/WCF captures show them (peers/mono/README.md).
 */
import { parseXml, type XmlDocument, type XmlElement } from '../../../src/xml';

export const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';
export const WSA = 'http://www.w3.org/2005/08/addressing';
export const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
export const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';

export function wcfRequestXml(body = '<Add xmlns="http://tempuri.org/"><a>2</a><b>3</b></Add>'): string {
  return (
    `<s:Envelope xmlns:a="${WSA}" xmlns:u="${WSU}" xmlns:s="${SOAP12}"><s:Header>` +
    '<a:Action u:Id="_2" s:mustUnderstand="1">http://tempuri.org/ICalculator/Add</a:Action>' +
    '<a:MessageID u:Id="_3">urn:uuid:39700de8-3112-4ea0-bc3a-cb03bbcb9097</a:MessageID>' +
    '<a:ReplyTo u:Id="_4"><a:Address>http://www.w3.org/2005/08/addressing/anonymous</a:Address></a:ReplyTo>' +
    '<a:To u:Id="_5" s:mustUnderstand="1">http://127.0.0.1:8911/case-b</a:To>' +
    `<o:Security s:mustUnderstand="1" xmlns:o="${WSSE}">` +
    '<u:Timestamp u:Id="uuid-2db1acf2-f7aa-4ebb-92d4-feae4920f90f-1"><u:Created>2026-11-23T23:52:58.507Z</u:Created>' +
    '<u:Expires>2026-11-23T23:57:58.507Z</u:Expires></u:Timestamp>' +
    `</o:Security></s:Header><s:Body u:Id="_6">${body}</s:Body></s:Envelope>`
  );
}

export interface WcfRequest {
  readonly doc: XmlDocument;
  readonly header: XmlElement;
  readonly security: XmlElement;
  readonly body: XmlElement;
  /** Timestamp, Action, MessageID, ReplyTo, To, Body: what WCF signs, in its order. */
  readonly signedParts: XmlElement[];
}

export function wcfRequest(xml = wcfRequestXml()): WcfRequest {
  const doc = parseXml(xml);
  const header = doc.root.element('Header', SOAP12) as XmlElement;
  const security = header.element('Security', WSSE) as XmlElement;
  const body = doc.root.element('Body', SOAP12) as XmlElement;
  const timestamp = security.element('Timestamp', WSU) as XmlElement;
  const addressing = header.elements().filter((e) => e.namespaceUri === WSA);
  return { doc, header, security, body, signedParts: [timestamp, ...addressing, body] };
}
