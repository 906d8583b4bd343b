/**
 * An independent oracle for the WS-Security layer's signatures: xmlsec1 (libxml2's XML Security Library)
 * verifies the signature of a request Indigo's asymmetric protocol secured (WS-Security 1.0, ProtectionLevel
 * Sign: RSA-SHA1 by the client's key over the Timestamp, the WS-Addressing headers and the Body, exclusive C14N),
 * and refuses it once a signed part is changed. xmlsec1 cannot follow a wsse:SecurityTokenReference, so it is
 * given the client's certificate.
 */
import { randomUUID } from 'node:crypto';
import { Message } from '../../src/channels/Message';
import { MessageVersion } from '../../src/channels/MessageVersion';
import { MessageSecurityVersion } from '../../src/security/MessageSecurityVersion';
import { AsymmetricSecurityProtocol } from '../../src/security/protocol/AsymmetricSecurityProtocol';
import {
  ProtectionLevel,
  SecurityTokenInclusionMode,
  X509KeyIdentifierClauseType,
} from '../../src/security/SecurityEnumerations';
import { X509SecurityTokenParameters } from '../../src/security/tokens/SecurityTokenParameters';
import { SupportingTokenParameters } from '../../src/security/tokens/SupportingTokenParameters';
import { serializeXml, XmlElement, XmlText } from '../../src/xml';
import { protocolSettings } from './fixtures/protocolSettings';
import { publicServiceCertificate, testCertificates } from './fixtures/testCertificates';
import { WCF_ID_ATTRIBUTES, XmlsecWorkspace } from './xmldsig/xmlsec1';

function securedRequest(): string {
  const version = MessageVersion.Soap12WSAddressing10;
  const x509 = (inclusion: SecurityTokenInclusionMode) =>
    new X509SecurityTokenParameters(X509KeyIdentifierClauseType.Any, inclusion, false);
  const protocol = new AsymmetricSecurityProtocol(
    protocolSettings({
      side: 'client',
      securityVersion:
        MessageSecurityVersion.WSSecurity10WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10,
      requireSignatureConfirmation: false,
      supporting: new SupportingTokenParameters(),
      protectionLevel: () => ProtectionLevel.Sign,
    }),
    x509(SecurityTokenInclusionMode.AlwaysToRecipient),
    x509(SecurityTokenInclusionMode.Never),
  );
  const body = new XmlElement('', 'Add', 'http://tempuri.org/').declareNamespace('', 'http://tempuri.org/');
  body.appendChild(new XmlElement('', 'a', 'http://tempuri.org/')).appendChild(new XmlText('2'));
  const message = Message.createMessage(version, 'http://tempuri.org/ICalculator/Add', body);
  message.headers.messageId = `urn:uuid:${randomUUID()}`;
  message.headers.replyTo = version.addressing.anonymousUri;
  message.headers.to = 'http://127.0.0.1/calc';
  const { message: secured } = protocol.secureRequest(message, {
    clientCertificate: testCertificates().client,
    serviceCertificate: publicServiceCertificate().x509,
  });
  return serializeXml(secured.toEnvelope());
}

describe('xmlsec1 verifies the WS-Security signatures Indigo makes', () => {
  const ws = new XmlsecWorkspace();
  afterAll(() => ws.dispose());
  const cert = ws.file('client.crt', testCertificates().client.pem);
  const args = (file: string) => ['--verify', '--pubkey-cert-pem', cert, ...WCF_ID_ATTRIBUTES, file];

  it('accepts the request as Indigo secured it', () => {
    const xml = securedRequest();
    expect(xml).toContain('rsa-sha1');
    expect(ws.run(args(ws.file('request.xml', xml))).status).toBe(0);
  });

  it('refuses it when a signed part changed', () => {
    const xml = securedRequest().replace('<a>2</a>', '<a>3</a>');
    expect(ws.run(args(ws.file('tampered.xml', xml))).status).not.toBe(0);
  });
});
