/**
 * The Security header of mixed mode, message by message (RS TransportSecurityProtocol,
 * WSSecurityOneDotZeroSendSecurityHeader; spec/secure-conversation.md §10): the Timestamp first with id `_0`,
 * the credential, one endorsing signature over the Timestamp (and wsa:To for a certificate, id `_1`), nothing
 * encrypted and the Body untouched; a reply carries the Timestamp only. Then what the receiver refuses: a
 * changed Timestamp or To, a signature that leaves either out, an encrypted or extra token. Inside a secure
 * session the SCT is the endorsing token: an HMAC-SHA1 signature over the Timestamp with its own key; a Renew
 * carries that signature beside the bootstrap's, and neither may sign the other.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Message } from '../../../src/channels/Message';
import { MessageSecurityException } from '../../../src/channels/CommunicationErrors';
import { MessageVersion } from '../../../src/channels/MessageVersion';
import { SecurityAlgorithms } from '../../../src/crypto/SecurityAlgorithms';
import type { UserNamePasswordValidator } from '../../../src/security/credentials/UserNamePasswordValidator';
import { X509CertificateValidator } from '../../../src/security/credentials/X509CertificateValidator';
import { MessageSecurityError } from '../../../src/security/MessageSecurityError';
import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import type { SecurityProtocolSettings } from '../../../src/security/protocol/SecurityProtocolSettings';
import { createSessionTokenEndorsement } from '../../../src/security/protocol/SessionTokenEndorsement';
import { TransportSecurityProtocol } from '../../../src/security/protocol/TransportSecurityProtocol';
import { createSignature } from '../../../src/security/xmldsig/createSignature';
import { SecurityHeaderLayout } from '../../../src/security/SecurityEnumerations';
import { SecurityBindingElement } from '../../../src/security/SecurityBindingElement';
import {
  readSecurityContextTokenElement,
  trustDriverFor,
  writeSecurityContextTokenElement,
} from '../../../src/security/conversation';
import type { SecurityContextTokenReference } from '../../../src/security/protocol/ReceiveSecurityHeader';
import { parseXml, serializeXml, XmlElement, XmlText } from '../../../src/xml';
import { protocolSettings } from '../fixtures/protocolSettings';
import { testCertificates } from '../fixtures/testCertificates';
import { WCF_ID_ATTRIBUTES, XmlsecWorkspace } from '../xmldsig/xmlsec1';

const version = MessageVersion.Soap12WSAddressing10;
const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const WSA = 'http://www.w3.org/2005/08/addressing';
const X509V3 = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3';

const validators = {
  clientCertificate: () => X509CertificateValidator.None,
  userName: (): UserNamePasswordValidator => ({
    validate: (userName: string, password: string) => {
      if (userName !== 'alice' || password !== 'secret') throw new Error('bad credentials');
    },
  }),
};

/** The settings a TransportSecurityBindingElement made by `make` resolves for one side. */
function settingsOf(
  make: () => SecurityBindingElement,
  side: 'client' | 'service',
  overrides: Partial<SecurityProtocolSettings> = {},
): SecurityProtocolSettings {
  const element = make();
  return protocolSettings({
    side,
    securityVersion: element.messageSecurityVersion,
    suite: element.defaultAlgorithmSuite,
    layout: element.securityHeaderLayout,
    includeTimestamp: element.includeTimestamp,
    supporting: element.endpointSupportingTokenParameters,
    requireSignatureConfirmation: false,
    local: side === 'client' ? element.localClientSettings : element.localServiceSettings,
    nonceCache: undefined,
    ...overrides,
  });
}

const certificateOverTransport = (): SecurityBindingElement =>
  SecurityBindingElement.createCertificateOverTransportBindingElement(
    MessageSecurityVersion.WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10,
  );
const userNameOverTransport = (): SecurityBindingElement =>
  SecurityBindingElement.createUserNameOverTransportBindingElement();

function request(): Message {
  const body = new XmlElement('', 'Add', 'http://tempuri.org/').declareNamespace('', 'http://tempuri.org/');
  body.appendChild(new XmlElement('', 'a', 'http://tempuri.org/')).appendChild(new XmlText('2'));
  const m = Message.createMessage(version, 'http://tempuri.org/ICalculator/Add', body);
  m.headers.messageId = `urn:uuid:${randomUUID()}`;
  m.headers.replyTo = version.addressing.anonymousUri;
  m.headers.to = 'https://127.0.0.1/calc';
  return m;
}

/** What goes over the wire and is read back, as a transport would. */
function wire(m: Message): { message: Message; envelope: XmlElement; xml: string } {
  const xml = serializeXml(m.toEnvelope());
  const envelope = parseXml(xml).root;
  return { message: Message.fromEnvelope(parseXml(xml).root, version), envelope, xml };
}

function parts(envelope: XmlElement): { header: XmlElement; security: XmlElement; body: XmlElement } {
  const header = envelope.element('Header', version.envelope.namespace)!;
  return {
    header,
    security: header.element('Security', WSSE)!,
    body: envelope.element('Body', version.envelope.namespace)!,
  };
}

function references(signature: XmlElement): string[] {
  return signature
    .element('SignedInfo', DS)!
    .elements()
    .filter((e) => e.localName === 'Reference')
    .map((r) => r.getAttribute('URI')!);
}

/** Re-reads a message after `edit` changed its serialized form. */
function edited(xml: string, edit: (envelope: XmlElement) => void): Message {
  const envelope = parseXml(xml).root;
  edit(envelope);
  return Message.fromEnvelope(parseXml(serializeXml(envelope)).root, version);
}

describe('CertificateOverTransport request', () => {
  const client = new TransportSecurityProtocol(settingsOf(certificateOverTransport, 'client'));
  const service = new TransportSecurityProtocol(settingsOf(certificateOverTransport, 'service'));
  const send = () => wire(client.secureRequest(request(), { clientCertificate: testCertificates().client }));

  it('Timestamp _0, the BinarySecurityToken, one RSA-SHA1 signature over the Timestamp and wsa:To', () => {
    const { envelope, xml } = send();
    const { header, security, body } = parts(envelope);
    expect(security.getAttribute('mustUnderstand', version.envelope.namespace)).toBe('1');
    expect(security.elements().map((e) => e.localName)).toEqual([
      'Timestamp',
      'BinarySecurityToken',
      'Signature',
    ]);
    const [timestamp, token, signature] = security.elements();
    expect(timestamp.getAttribute('Id', WSU)).toBe('_0');
    expect(token.getAttribute('ValueType')).toBe(X509V3);
    expect(token.getAttribute('Id', WSU)).toMatch(/^uuid-[0-9a-f-]{36}-\d+$/);
    const to = header.element('To', WSA)!;
    expect(to.getAttribute('Id', WSU)).toBe('_1');
    expect(references(signature)).toEqual(['#_0', '#_1']);
    expect(signature.getAttribute('Id')).toBeUndefined();
    expect(
      signature.element('SignedInfo', DS)!.element('SignatureMethod', DS)!.getAttribute('Algorithm'),
    ).toBe(SecurityAlgorithms.RsaSha1Signature);
    const reference = signature
      .element('KeyInfo', DS)!
      .element('SecurityTokenReference', WSSE)!
      .element('Reference', WSSE)!;
    expect(reference.getAttribute('URI')).toBe(`#${token.getAttribute('Id', WSU)}`);
    expect(reference.getAttribute('ValueType')).toBe(X509V3);
    // Nothing encrypted, nothing else signed: the Body is as the application wrote it.
    expect(xml).not.toMatch(/EncryptedData|EncryptedKey|ReferenceList|DerivedKeyToken/);
    expect(body.getAttribute('Id', WSU)).toBeUndefined();
    expect(body.elements()[0].localName).toBe('Add');
    expect(header.element('Action', WSA)!.getAttribute('Id', WSU)).toBeUndefined();
  });

  it('xmlsec1, an independent verifier, accepts the endorsing signature, and refuses it on a changed To', () => {
    const ws = new XmlsecWorkspace();
    try {
      const cert = ws.file('client.crt', testCertificates().client.pem);
      const verify = (name: string, xml: string) =>
        ws.run(['--verify', '--pubkey-cert-pem', cert, ...WCF_ID_ATTRIBUTES, ws.file(name, xml)]).status;
      const { xml } = send();
      expect(verify('request.xml', xml)).toBe(0);
      expect(
        verify('tampered.xml', xml.replace('https://127.0.0.1/calc', 'https://127.0.0.2/calc')),
      ).not.toBe(0);
    } finally {
      ws.dispose();
    }
  });

  it('the service verifies it and knows the certificate', async () => {
    const verified = await service.verifyRequest(send().message, validators);
    expect(verified.security.primaryIdentity.name).toMatch(/CN=wcf-test-client/);
    expect(verified.message.body!.localName).toBe('Add');
  });

  it.each([
    [
      'a changed Timestamp',
      (e: XmlElement) => parts(e).security.elements()[0].elements()[1].setText('2099-01-01T00:00:00.000Z'),
      /did not verify|digest/i,
    ],
    [
      'a changed wsa:To',
      (e: XmlElement) => parts(e).header.element('To', WSA)!.setText('https://evil/'),
      /did not verify|digest/i,
    ],
    [
      'a second, unsigned wsa:To',
      (e: XmlElement) => {
        const { header } = parts(e);
        const to = new XmlElement('a', 'To', WSA).setText('https://evil/');
        header.insertChild(0, to);
      },
      /exactly one wsa:To/,
    ],
    [
      'no signature',
      (e: XmlElement) => {
        const { security } = parts(e);
        security.removeChild(security.elements()[2]);
      },
      /not endorsed/,
    ],
    [
      'an extra UsernameToken',
      (e: XmlElement) => {
        const u = new XmlElement('o', 'UsernameToken', WSSE);
        u.appendChild(new XmlElement('o', 'Username', WSSE)).setText('mallory');
        parts(e).security.insertChild(1, u);
      },
      /1 UsernameTokens; the binding requires 0/,
    ],
    [
      'no Timestamp',
      (e: XmlElement) => {
        const { security } = parts(e);
        security.removeChild(security.elements()[0]);
      },
      /Timestamp|_0/,
    ],
  ])('refuses %s', async (_name, edit, why) => {
    const m = edited(send().xml, edit);
    const error = await service.verifyRequest(m, validators).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MessageSecurityError);
    expect((error as Error).message).toMatch(why);
  });

  it('an expired Timestamp is refused', async () => {
    const late = new TransportSecurityProtocol(
      settingsOf(certificateOverTransport, 'service', { clock: { now: () => Date.now() + 3_600_000 } }),
    );
    await expect(late.verifyRequest(send().message, validators)).rejects.toThrow(MessageSecurityError);
  });

  it('LaxTimestampLast keeps the Timestamp last, after the signature', async () => {
    const lax = (side: 'client' | 'service') =>
      new TransportSecurityProtocol(
        settingsOf(certificateOverTransport, side, { layout: SecurityHeaderLayout.LaxTimestampLast }),
      );
    const { envelope, message } = wire(
      lax('client').secureRequest(request(), { clientCertificate: testCertificates().client }),
    );
    expect(
      parts(envelope)
        .security.elements()
        .map((e) => e.localName),
    ).toEqual(['BinarySecurityToken', 'Signature', 'Timestamp']);
    await expect(lax('service').verifyRequest(message, validators)).resolves.toBeDefined();
  });
});

describe('UserNameOverTransport request', () => {
  const client = new TransportSecurityProtocol(settingsOf(userNameOverTransport, 'client'));
  const service = new TransportSecurityProtocol(settingsOf(userNameOverTransport, 'service'));

  it('Timestamp _0 and the UsernameToken, in clear text (TLS protects it), no signature', async () => {
    const { envelope, xml, message } = wire(
      client.secureRequest(request(), { userName: { userName: 'alice', password: 'secret' } }),
    );
    const { header, security } = parts(envelope);
    expect(security.elements().map((e) => e.localName)).toEqual(['Timestamp', 'UsernameToken']);
    expect(security.elements()[0].getAttribute('Id', WSU)).toBe('_0');
    const token = security.elements()[1];
    expect(token.element('Username', WSSE)!.textContent).toBe('alice');
    expect(token.element('Password', WSSE)!.getAttribute('Type')).toMatch(/#PasswordText$/);
    expect(header.element('To', WSA)!.getAttribute('Id', WSU)).toBeUndefined();
    expect(xml).not.toMatch(/Signature|EncryptedData|EncryptedKey/);
    const verified = await service.verifyRequest(message, validators);
    expect(verified.security.primaryIdentity.name).toBe('alice');
  });

  it('a wrong password is a FailedAuthentication error', async () => {
    const { message } = wire(
      client.secureRequest(request(), { userName: { userName: 'alice', password: 'nope' } }),
    );
    await expect(service.verifyRequest(message, validators)).rejects.toMatchObject({
      faultCode: 'FailedAuthentication',
    });
  });
});

describe('transport-secured reply', () => {
  const client = new TransportSecurityProtocol(settingsOf(userNameOverTransport, 'client'));
  const service = new TransportSecurityProtocol(settingsOf(userNameOverTransport, 'service'));

  function reply(): Message {
    const body = new XmlElement('', 'AddResponse', 'http://tempuri.org/').declareNamespace(
      '',
      'http://tempuri.org/',
    );
    const m = Message.createMessage(version, 'http://tempuri.org/ICalculator/AddResponse', body);
    m.headers.relatesTo = `urn:uuid:${randomUUID()}`;
    return m;
  }

  it('carries just the Timestamp, which the client checks', () => {
    const { envelope, message } = wire(service.secureReply(reply()));
    expect(
      parts(envelope)
        .security.elements()
        .map((e) => e.localName),
    ).toEqual(['Timestamp']);
    expect(client.verifyReply(message).body!.localName).toBe('AddResponse');
  });

  it('a reply without the Timestamp, or with a token, is refused', () => {
    expect(() => client.verifyReply(wire(reply()).message)).toThrow(MessageSecurityException);
    const withToken = edited(wire(service.secureReply(reply())).xml, (e) => {
      const u = new XmlElement('o', 'UsernameToken', WSSE);
      u.appendChild(new XmlElement('o', 'Username', WSSE)).setText('x');
      parts(e).security.appendChild(u);
    });
    expect(() => client.verifyReply(withToken)).toThrow(/UsernameTokens/);
  });
});

describe('a secure session message over a transport (the SCT endorses)', () => {
  const make = (): SecurityBindingElement =>
    SecurityBindingElement.createSecureConversationBindingElement(userNameOverTransport());
  const client = new TransportSecurityProtocol(settingsOf(make, 'client'));
  const service = new TransportSecurityProtocol(settingsOf(make, 'service'));
  const driver = trustDriverFor(MessageSecurityVersion.Default);
  const token = {
    id: 'uuid-5b5e8cc1-0000-4000-8000-000000000001-7',
    contextId: `urn:uuid:${randomUUID()}`,
    keyGeneration: undefined,
    key: randomBytes(32),
  };
  const element = (): XmlElement => writeSecurityContextTokenElement({ ...token, cookie: undefined }, driver);
  const knows = (key: Buffer) => ({
    securityContextToken: (reference: SecurityContextTokenReference) =>
      reference.kind === 'element' &&
      readSecurityContextTokenElement(reference.element, driver).contextId === token.contextId
        ? { key, contextId: token.contextId, keyGeneration: undefined }
        : undefined,
  });
  const send = () => wire(client.secure(request(), token, 'request', { tokenElement: element() }));

  it('carries the SCT and one HMAC-SHA1 signature over the Timestamp, keyed by the SCT key itself', () => {
    const { envelope, xml, message } = send();
    const { security } = parts(envelope);
    expect(security.elements().map((e) => e.localName)).toEqual([
      'Timestamp',
      'SecurityContextToken',
      'Signature',
    ]);
    const signature = security.elements()[2];
    expect(references(signature)).toEqual(['#_0']);
    expect(
      signature.element('SignedInfo', DS)!.element('SignatureMethod', DS)!.getAttribute('Algorithm'),
    ).toBe(SecurityAlgorithms.HmacSha1Signature);
    expect(xml).not.toMatch(/DerivedKeyToken|EncryptedData/);
    const verified = service.verify(message, knows(token.key), 'request');
    expect(verified.contextId).toBe(token.contextId);
    expect(verified.message.body!.localName).toBe('Add');
  });

  it('an unknown token is BadContextToken; another key does not verify', () => {
    expect(() =>
      service.verify(send().message, { securityContextToken: () => undefined }, 'request'),
    ).toThrow(expect.objectContaining({ faultCode: 'BadContextToken' }));
    expect(() => service.verify(send().message, knows(randomBytes(32)), 'request')).toThrow(/did not verify/);
  });

  it('a request of the session must not carry a UsernameToken besides', () => {
    const m = edited(send().xml, (e) => {
      const u = new XmlElement('o', 'UsernameToken', WSSE);
      u.appendChild(new XmlElement('o', 'Username', WSSE)).setText('alice');
      parts(e).security.insertChild(1, u);
    });
    expect(() => service.verify(m, knows(token.key), 'request')).toThrow(/UsernameTokens/);
  });

  it('the reply is just a Timestamp', () => {
    const { envelope, message } = wire(service.secure(request(), token, 'reply'));
    expect(
      parts(envelope)
        .security.elements()
        .map((e) => e.localName),
    ).toEqual(['Timestamp']);
    expect(client.verify(message, knows(token.key), 'reply').message.body!.localName).toBe('Add');
  });
});

describe('RST/SCT/Renew over CertificateOverTransport (the SCT endorses beside the certificate)', () => {
  const clientSettings = settingsOf(certificateOverTransport, 'client');
  const client = new TransportSecurityProtocol(clientSettings);
  const service = new TransportSecurityProtocol(settingsOf(certificateOverTransport, 'service'));
  const driver = trustDriverFor(MessageSecurityVersion.Default);
  const token = {
    id: 'uuid-5b5e8cc1-0000-4000-8000-000000000002-9',
    contextId: `urn:uuid:${randomUUID()}`,
    keyGeneration: undefined,
    key: randomBytes(32),
  };
  const knows = (key: Buffer) => ({
    securityContextToken: (reference: SecurityContextTokenReference) =>
      reference.kind === 'element' &&
      readSecurityContextTokenElement(reference.element, driver).contextId === token.contextId
        ? { key, contextId: token.contextId, keyGeneration: undefined }
        : undefined,
  });
  const send = () =>
    wire(
      client.secureRequest(
        request(),
        { clientCertificate: testCertificates().client },
        createSessionTokenEndorsement(
          token,
          writeSecurityContextTokenElement({ ...token, cookie: undefined }, driver),
          clientSettings,
          false,
        ),
      ),
    );

  it('verifies both signatures over the Timestamp and names the SCT beside the certificate', async () => {
    const { envelope, message } = send();
    const { security } = parts(envelope);
    expect(security.elements().map((e) => e.localName)).toEqual([
      'Timestamp',
      'BinarySecurityToken',
      'SecurityContextToken',
      'Signature',
      'Signature',
    ]);
    const [rsa, hmac] = security.elements().slice(3);
    expect(references(rsa)).toEqual(['#_0', '#_1']);
    expect(references(hmac)).toEqual(['#_0']);
    const verified = await service.verifyEndorsedRequest(message, validators, knows(token.key));
    expect(verified.sessionTokens).toEqual([{ contextId: token.contextId, keyGeneration: undefined }]);
    expect(verified.security.primaryIdentity.name).toMatch(/CN=wcf-test-client/);
  });

  it('an unknown SCT is BadContextToken; another key does not verify', async () => {
    await expect(
      service.verifyEndorsedRequest(send().message, validators, { securityContextToken: () => undefined }),
    ).rejects.toMatchObject({ faultCode: 'BadContextToken' });
    await expect(
      service.verifyEndorsedRequest(send().message, validators, knows(randomBytes(32))),
    ).rejects.toThrow(/did not verify/);
  });

  it('the certificate’s own signature is still required', async () => {
    const m = edited(send().xml, (e) => {
      const { security } = parts(e);
      security.removeChild(security.elements()[3]);
    });
    await expect(service.verifyEndorsedRequest(m, validators, knows(token.key))).rejects.toThrow(
      /not endorsed by the token the binding requires/,
    );
  });

  it('an SCT signature over the certificate’s signature (not the Timestamp) is refused', async () => {
    const m = edited(send().xml, (e) => {
      const { security } = parts(e);
      const [rsa, hmac] = security.elements().slice(3);
      rsa.setAttribute('Id', '_sig');
      security.removeChild(hmac);
      const keyInfo = new XmlElement('o', 'SecurityTokenReference', WSSE);
      keyInfo.appendChild(new XmlElement('o', 'Reference', WSSE)).setAttribute('URI', `#${token.id}`);
      const { element } = createSignature({
        signatureAlgorithm: SecurityAlgorithms.HmacSha1Signature,
        key: token.key,
        digestAlgorithm: SecurityAlgorithms.Sha1Digest,
        references: [{ element: rsa }],
        keyInfo: [keyInfo],
      });
      security.appendChild(element);
    });
    const refusal = service.verifyEndorsedRequest(m, validators, knows(token.key));
    await expect(refusal).rejects.toThrow(MessageSecurityError);
    await expect(refusal).rejects.toThrow(/signs another signature/);
  });
});
