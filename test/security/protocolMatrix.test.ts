/**
 * The protocols round-trip in every combination the binding elements allow — each security header layout,
 * each message protection order, every WCF suite, with and without derived keys, symmetric and asymmetric,
 * protection levels Sign and None — with the header laid out as WCF lays it out and a fresh IV per
 * EncryptedData. (No transport: the messages go straight from one side's protocol to the other's.)
 */
import { randomUUID } from 'node:crypto';
import { Message } from '../../src/channels/Message';
import { MessageVersion } from '../../src/channels/MessageVersion';
import { X509CertificateValidator } from '../../src/security/credentials/X509CertificateValidator';
import type { UserNamePasswordValidator } from '../../src/security/credentials/UserNamePasswordValidator';
import { MessageSecurityVersion } from '../../src/security/MessageSecurityVersion';
import { AsymmetricSecurityProtocol } from '../../src/security/protocol/AsymmetricSecurityProtocol';
import { SymmetricSecurityProtocol } from '../../src/security/protocol/SymmetricSecurityProtocol';
import type { SecurityProtocolSettings } from '../../src/security/protocol/SecurityProtocolSettings';
import { SecurityAlgorithmSuite } from '../../src/security/SecurityAlgorithmSuite';
import {
  MessageProtectionOrder,
  ProtectionLevel,
  SecurityHeaderLayout,
  SecurityTokenInclusionMode,
  X509KeyIdentifierClauseType,
} from '../../src/security/SecurityEnumerations';
import { X509SecurityTokenParameters } from '../../src/security/tokens/SecurityTokenParameters';
import { SupportingTokenParameters } from '../../src/security/tokens/SupportingTokenParameters';
import { parseXml, serializeXml, XmlElement, XmlText } from '../../src/xml';
import { protocolSettings, serviceToken } from './fixtures/protocolSettings';
import { publicServiceCertificate, testCertificates } from './fixtures/testCertificates';

const version = MessageVersion.Soap12WSAddressing10;
const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const validators = {
  clientCertificate: () => X509CertificateValidator.None,
  userName: (): UserNamePasswordValidator => {
    throw new Error('unused');
  },
};

function request(text = 'hello <matrix> & é世'): Message {
  const body = new XmlElement('', 'Echo', 'http://tempuri.org/').declareNamespace('', 'http://tempuri.org/');
  body.appendChild(new XmlElement('', 'text', 'http://tempuri.org/')).appendChild(new XmlText(text));
  const m = Message.createMessage(version, 'http://tempuri.org/ICalculator/Echo', body);
  m.headers.messageId = `urn:uuid:${randomUUID()}`;
  m.headers.replyTo = version.addressing.anonymousUri;
  m.headers.to = 'http://127.0.0.1/calc';
  return m;
}

function reply(to: Message): Message {
  const body = new XmlElement('', 'EchoResponse', 'http://tempuri.org/').declareNamespace(
    '',
    'http://tempuri.org/',
  );
  body
    .appendChild(new XmlElement('', 'EchoResult', 'http://tempuri.org/'))
    .appendChild(new XmlText(to.body!.textContent));
  const m = Message.createMessage(version, 'http://tempuri.org/ICalculator/EchoResponse', body);
  m.headers.relatesTo = to.headers.messageId;
  return m;
}

/** What goes over the wire and is read back, as a transport would. */
function wire(m: Message): { message: Message; xml: string } {
  const xml = serializeXml(m.toEnvelope());
  return { message: Message.fromEnvelope(parseXml(xml).root, version), xml };
}

function securityChildren(xml: string): string[] {
  const root = parseXml(xml).root;
  const security = root.element('Header', version.envelope.namespace)!.element('Security', WSSE)!;
  return security.elements().map((e) => e.localName);
}

function ivs(xml: string): string[] {
  return [...xml.matchAll(/<e:CipherValue>([^<]+)<\/e:CipherValue>/g)].map((m) =>
    Buffer.from(m[1], 'base64').subarray(0, 16).toString('hex'),
  );
}

async function symmetricRoundTrip(
  overrides: Partial<SecurityProtocolSettings>,
  derived = true,
): Promise<{ requestXml: string; replyXml: string }> {
  const token = serviceToken();
  token.requireDerivedKeys = derived;
  const client = new SymmetricSecurityProtocol(protocolSettings({ side: 'client', ...overrides }), token);
  const service = new SymmetricSecurityProtocol(protocolSettings(overrides), token);
  const sent = client.secureRequest(request(), {
    serviceCertificate: publicServiceCertificate().x509,
    clientCertificate: testCertificates().client,
  });
  const onWire = wire(sent.message);
  const verified = await service.verifyRequest(onWire.message, {
    serviceCertificate: testCertificates().service,
    ...validators,
  });
  expect(verified.message.body!.textContent).toBe('hello <matrix> & é世');
  const back = wire(service.secureReply(reply(verified.message), verified.state));
  const answer = client.verifyReply(back.message, sent.state);
  expect(answer.body!.textContent).toBe('hello <matrix> & é世');
  return { requestXml: onWire.xml, replyXml: back.xml };
}

describe('symmetric (MutualCertificate, WS-Security 1.1)', () => {
  it("lays the request out in WCF's Strict order, with a fresh IV for every EncryptedData", async () => {
    const { requestXml, replyXml } = await symmetricRoundTrip({});
    expect(securityChildren(requestXml)).toEqual([
      'Timestamp',
      'EncryptedKey',
      'DerivedKeyToken',
      'DerivedKeyToken',
      'ReferenceList',
      'BinarySecurityToken',
      'EncryptedData',
      'EncryptedData',
    ]);
    expect(securityChildren(replyXml)).toEqual([
      'Timestamp',
      'DerivedKeyToken',
      'DerivedKeyToken',
      'ReferenceList',
      'EncryptedData',
      'EncryptedData',
      'EncryptedData',
    ]);
    const all = [...ivs(requestXml), ...ivs(replyXml)];
    expect(new Set(all).size).toBe(all.length);
    expect(requestXml).not.toContain('matrix');
    expect(requestXml).toContain('<c:Offset>0</c:Offset><c:Length>24</c:Length>');
  });

  it.each(Object.values(SecurityHeaderLayout))('layout %s round-trips', async (layout) => {
    const { requestXml } = await symmetricRoundTrip({ layout });
    const order = securityChildren(requestXml);
    if (layout === SecurityHeaderLayout.LaxTimestampLast) expect(order[order.length - 1]).toBe('Timestamp');
    else expect(order[0]).toBe('Timestamp');
  });

  it.each(Object.values(MessageProtectionOrder))(
    'protection order %s round-trips',
    async (protectionOrder) => {
      const { requestXml } = await symmetricRoundTrip({ protectionOrder });
      const order = securityChildren(requestXml);
      if (protectionOrder === MessageProtectionOrder.SignBeforeEncryptAndEncryptSignature)
        expect(order).not.toContain('Signature');
      else expect(order.filter((n) => n === 'Signature')).toHaveLength(2);
      if (protectionOrder === MessageProtectionOrder.EncryptBeforeSign)
        expect(order.indexOf('ReferenceList')).toBeGreaterThan(order.lastIndexOf('Signature'));
    },
  );

  it.each(SecurityAlgorithmSuite.all.map((s) => [s.name, s]))(
    'suite %s round-trips',
    async (_name, suite) => {
      await symmetricRoundTrip({ suite });
    },
  );

  it('round-trips without derived keys (the wrapped key signs and encrypts)', async () => {
    const { requestXml } = await symmetricRoundTrip({}, false);
    expect(securityChildren(requestXml)).not.toContain('DerivedKeyToken');
  });

  it('round-trips WS-SecureConversation 1.3 derived keys and BSP references', async () => {
    const { requestXml } = await symmetricRoundTrip({
      securityVersion:
        MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10,
    });
    expect(requestXml).toContain('http://docs.oasis-open.org/ws-sx/ws-secureconversation/200512');
    expect(requestXml).toContain(
      'ValueType="http://docs.oasis-open.org/wss/oasis-wss-soap-message-security-1.1#EncryptedKey"',
    );
  });

  it('protection level Sign: the Body is signed, not encrypted, and neither is the signature', async () => {
    const { requestXml } = await symmetricRoundTrip({ protectionLevel: () => ProtectionLevel.Sign });
    expect(requestXml).toContain('hello &lt;matrix&gt;');
    expect(securityChildren(requestXml)).not.toContain('EncryptedData');
  });

  it('protection level None: the Body neither signed nor encrypted, the addressing headers still signed', async () => {
    const { requestXml } = await symmetricRoundTrip({ protectionLevel: () => ProtectionLevel.None });
    expect(requestXml).toMatch(/<s:Body>/);
    expect(requestXml).toMatch(/<a:Action[^>]*u:Id=/);
  });

  it('a service configured for EncryptAndSign refuses a client that only signs', async () => {
    const token = serviceToken();
    const client = new SymmetricSecurityProtocol(
      protocolSettings({ side: 'client', protectionLevel: () => ProtectionLevel.Sign }),
      token,
    );
    const service = new SymmetricSecurityProtocol(protocolSettings({}), token);
    const sent = client.secureRequest(request(), {
      serviceCertificate: publicServiceCertificate().x509,
      clientCertificate: testCertificates().client,
    });
    await expect(
      service.verifyRequest(wire(sent.message).message, {
        serviceCertificate: testCertificates().service,
        ...validators,
      }),
    ).rejects.toThrow(/Body is not encrypted/);
  });

  it('a client refuses a reply whose SignatureConfirmation does not confirm its request', async () => {
    const token = serviceToken();
    const client = new SymmetricSecurityProtocol(protocolSettings({ side: 'client' }), token);
    const service = new SymmetricSecurityProtocol(protocolSettings({}), token);
    const sent = client.secureRequest(request(), {
      serviceCertificate: publicServiceCertificate().x509,
      clientCertificate: testCertificates().client,
    });
    const verified = await service.verifyRequest(wire(sent.message).message, {
      serviceCertificate: testCertificates().service,
      ...validators,
    });
    const forged = service.secureReply(reply(verified.message), {
      ...verified.state,
      signatureValues: [Buffer.alloc(20, 1)],
    });
    expect(() => client.verifyReply(wire(forged).message, sent.state)).toThrow(/SignatureConfirmation/);
  });
});

describe('asymmetric (MutualCertificate, WS-Security 1.0 and 1.1)', () => {
  const x509 = (inclusion: SecurityTokenInclusionMode) =>
    new X509SecurityTokenParameters(X509KeyIdentifierClauseType.Any, inclusion, false);

  it.each([
    [
      'WS-Security 1.0',
      MessageSecurityVersion.WSSecurity10WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10,
      false,
    ],
    ['WS-Security 1.1 with signature confirmation', MessageSecurityVersion.Default, true],
  ])('%s round-trips', async (_name, securityVersion, confirm) => {
    const make = (side: 'client' | 'service') =>
      new AsymmetricSecurityProtocol(
        protocolSettings({
          side,
          securityVersion,
          requireSignatureConfirmation: confirm,
          supporting: new SupportingTokenParameters(),
        }),
        x509(SecurityTokenInclusionMode.AlwaysToRecipient),
        x509(SecurityTokenInclusionMode.Never),
      );
    const credentials = {
      clientCertificate: testCertificates().client,
      serviceCertificate: publicServiceCertificate().x509,
    };
    const sent = make('client').secureRequest(request(), credentials);
    const onWire = wire(sent.message);
    expect(securityChildren(onWire.xml).slice(0, 3)).toEqual([
      'Timestamp',
      'BinarySecurityToken',
      'EncryptedKey',
    ]);
    const verified = await make('service').verifyRequest(onWire.message, {
      serviceCertificate: testCertificates().service,
      ...validators,
    });
    expect(verified.security.primaryIdentity.name).toMatch(/CN=wcf-test-client/);
    const back = wire(
      make('service').secureReply(reply(verified.message), verified.state, testCertificates().service),
    );
    expect(back.xml).toContain('X509IssuerSerial');
    expect(make('client').verifyReply(back.message, sent.state, credentials).body!.textContent).toBe(
      'hello <matrix> & é世',
    );
    // WS-Security 1.0: the ReferenceList inside the EncryptedKey, the EncryptedData without KeyInfo.
    expect(/<e:EncryptedKey[\s\S]*<e:ReferenceList[\s\S]*<\/e:EncryptedKey>/.test(onWire.xml)).toBe(
      !securityVersion.isWss11,
    );
  });
});
