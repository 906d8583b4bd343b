/**
 * A supporting X.509 token that is in the message but named by a key identifier instead of by its id — what a
 * WS-SecurityPolicy engine writes for an AlwaysToRecipient token with sp:RequireThumbprintReference (WCF's
 * MutualCertificate binding exports exactly that, and Apache CXF obeys it: docs/interop.md). WCF's service
 * resolves the identifier against the tokens it read from the header (RS SecurityHeaderTokenResolver, reference
 * style Internal; X509SecurityToken matches thumbprint, issuer/serial and subject key identifier clauses), so
 * Indigo's does too; what the message does not carry is still not looked up anywhere else.
 *
 * The binding signs before it encrypts, so the endorsing signature travels in the clear and its KeyInfo (outside
 * SignedInfo) can be rewritten without breaking it.
 */
import { CustomBinding } from '../../../src/bindings/CustomBinding';
import { MessageVersion } from '../../../src/channels/MessageVersion';
import { TextMessageEncodingBindingElement } from '../../../src/encoders/text/TextMessageEncodingBindingElement';
import { SecurityBindingElement } from '../../../src/security/SecurityBindingElement';
import {
  MessageProtectionOrder,
  X509KeyIdentifierClauseType,
} from '../../../src/security/SecurityEnumerations';
import type { SymmetricSecurityBindingElement } from '../../../src/security/SymmetricSecurityBindingElement';
import { createSecurityTokenReference } from '../../../src/security/wss/SecurityTokenReference';
import { createX509KeyIdentifierClause } from '../../../src/security/x509/X509KeyIdentifier';
import { HttpTransportBindingElement } from '../../../src/transports/http/HttpTransportBindingElement';
import type { XmlElement } from '../../../src/xml';
import { Faults, RawSecureClient, type SecuredRequest } from '../fixtures/rawSecureClient';
import { openSecureHost, type SecureHost } from '../fixtures/secureCalculator';
import { issueLeaf } from '../fixtures/testAuthority';
import { testCertificates } from '../fixtures/testCertificates';

const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';

function mutualCertificateSignBeforeEncrypt(): CustomBinding {
  const security =
    SecurityBindingElement.createMutualCertificateBindingElement() as SymmetricSecurityBindingElement;
  security.messageProtectionOrder = MessageProtectionOrder.SignBeforeEncrypt;
  return new CustomBinding([
    security,
    new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
    new HttpTransportBindingElement(),
  ]);
}

function securityOf(request: SecuredRequest): XmlElement {
  return request.envelope.element('Header', SOAP12)!.element('Security', WSSE)!;
}

/** The endorsing signature's KeyInfo made to name `certificate` by `style` instead of `#<BinarySecurityToken id>`. */
function nameEndorsingTokenBy(
  request: SecuredRequest,
  style: X509KeyIdentifierClauseType,
  certificate = testCertificates().client.x509,
): void {
  const signatures = securityOf(request)
    .elements()
    .filter((e) => e.localName === 'Signature' && e.namespaceUri === DS);
  expect(signatures).toHaveLength(2);
  const keyInfo = signatures[1].element('KeyInfo', DS)!;
  for (const child of keyInfo.elements()) keyInfo.removeChild(child);
  keyInfo.appendChild(createSecurityTokenReference(createX509KeyIdentifierClause(certificate, style)));
}

describe('an endorsing X.509 token in the message, named by a key identifier (sp:RequireThumbprintReference)', () => {
  let service: SecureHost;
  let client: RawSecureClient;
  beforeAll(async () => {
    service = await openSecureHost(mutualCertificateSignBeforeEncrypt());
    client = new RawSecureClient(service.address, {
      protectionOrder: MessageProtectionOrder.SignBeforeEncrypt,
    });
  });
  afterAll(async () => {
    await service.host.close();
  });

  it.each([
    ['ThumbprintSHA1', X509KeyIdentifierClauseType.Thumbprint],
    ['X509IssuerSerial', X509KeyIdentifierClauseType.IssuerSerial],
  ])('resolves a %s naming the BinarySecurityToken, as WCF does', async (_name, style) => {
    const request = client.add();
    nameEndorsingTokenBy(request, style);
    expect(await client.call(request)).toBe(5);
    expect(service.log).toEqual([]);
  });

  it('still refuses a thumbprint of a certificate the message does not carry', async () => {
    const request = client.add();
    nameEndorsingTokenBy(request, X509KeyIdentifierClauseType.Thumbprint, issueLeaf().x509);
    const before = service.log.length;
    const fault = await client.fault(request);
    expect(fault.subcode).toBe(Faults.InvalidSecurity);
    expect(service.log.slice(before).join('\n')).toMatch(
      /Cannot resolve the signing certificate ThumbprintSHA1/,
    );
  });

  it('refuses a thumbprint that two BinarySecurityTokens of the header answer to', async () => {
    const request = client.add();
    nameEndorsingTokenBy(request, X509KeyIdentifierClauseType.Thumbprint);
    const security = securityOf(request);
    const token = security.elements().find((e) => e.localName === 'BinarySecurityToken')!;
    const twin = token.clone();
    twin.setAttribute('Id', 'uuid-twin', WSU, 'u');
    security.insertChild(security.children.indexOf(token) + 1, twin);
    const before = service.log.length;
    const fault = await client.fault(request);
    expect(fault.subcode).toBe(Faults.InvalidSecurity);
    expect(service.log.slice(before).join('\n')).toMatch(/More than one BinarySecurityToken/);
  });
});
