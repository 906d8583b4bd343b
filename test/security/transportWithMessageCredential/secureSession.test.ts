/**
 * Secure conversation over a secure transport, end to end over real TLS on loopback (spec/secure-conversation.md
 * §8 "Mixed mode"): wsHttpBinding TransportWithMessageCredential with establishSecurityContext (its default) and
 * createSecureConversationBindingElement over the over-transport elements. The RST/SCT goes over the bootstrap
 * (Timestamp + UsernameToken, or the certificate's endorsing signature); every session request then carries the
 * SCT and one HMAC-SHA1 signature over the Timestamp keyed by the SCT's own key; replies carry a Timestamp.
 */
import type { Binding } from '../../../src/channels/Binding';
import { CustomBinding } from '../../../src/bindings/CustomBinding';
import { MessageCredentialType, SecurityMode } from '../../../src/bindings/SecurityModes';
import { WS2007HttpBinding } from '../../../src/bindings/WS2007HttpBinding';
import { WSHttpBinding } from '../../../src/bindings/WSHttpBinding';
import { MessageSecurityException } from '../../../src/channels/CommunicationErrors';
import { FaultException } from '../../../src/channels/FaultException';
import { MessageVersion } from '../../../src/channels/MessageVersion';
import { SecurityAlgorithms } from '../../../src/crypto/SecurityAlgorithms';
import { TextMessageEncodingBindingElement } from '../../../src/encoders/text/TextMessageEncodingBindingElement';
import { SecurityBindingElement } from '../../../src/security/SecurityBindingElement';
import { TransportSecurityBindingElement } from '../../../src/security/TransportSecurityBindingElement';
import { SecureConversationSecurityTokenParameters } from '../../../src/security/tokens/SecureConversationSecurityTokenParameters';
import { HttpsTransportBindingElement } from '../../../src/transports/http/HttpsTransportBindingElement';
import { HttpTransportBindingElement } from '../../../src/transports/http/HttpTransportBindingElement';
import { parseXml, type XmlElement } from '../../../src/xml';
import {
  CLIENT_IDENTITY,
  mixedClient,
  USER,
  WireRecordingBindingElement,
  withMixedHost,
  type RecordedExchange,
} from './fixtures';

const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const WSA = 'http://www.w3.org/2005/08/addressing';
const SC_FEB2005 = 'http://schemas.xmlsoap.org/ws/2005/02/sc';
const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';

function wsHttp(
  clientCredentialType: MessageCredentialType,
  Type: typeof WSHttpBinding = WSHttpBinding,
): WSHttpBinding {
  return new Type({
    security: { mode: SecurityMode.TransportWithMessageCredential, message: { clientCredentialType } },
  });
}

function custom(security: SecurityBindingElement): CustomBinding {
  return new CustomBinding([
    security,
    new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
    new HttpsTransportBindingElement(),
  ]);
}

/** The binding's own elements with a wire recorder under its security element. */
function recorded(binding: Binding): { binding: CustomBinding; exchanges: RecordedExchange[] } {
  const recorder = new WireRecordingBindingElement();
  const elements = binding.createBindingElements();
  const at = elements.findIndex((e) => e instanceof SecurityBindingElement) + 1;
  return {
    binding: new CustomBinding([...elements.slice(0, at), recorder, ...elements.slice(at)]),
    exchanges: recorder.exchanges,
  };
}

function security(xml: string): { header: XmlElement; security: XmlElement; action: string } {
  const header = parseXml(xml).root.element('Header', SOAP12)!;
  return {
    header,
    security: header.element('Security', WSSE)!,
    action: header.element('Action', WSA)!.textContent,
  };
}

const names = (e: XmlElement): string[] => e.elements().map((c) => c.localName);

describe('wsHttpBinding TransportWithMessageCredential with a security context (the default)', () => {
  it('builds WCF’s shape: a transport element whose one endorsing token is the SCT, no derived keys', () => {
    const element = wsHttp(MessageCredentialType.UserName).createBindingElements()[1];
    expect(element).toBeInstanceOf(TransportSecurityBindingElement);
    const outer = element as TransportSecurityBindingElement;
    expect(outer.authenticationMode).toBe('SecureConversation');
    expect(outer.includeTimestamp).toBe(true);
    expect(outer.localClientSettings.detectReplays).toBe(false);
    expect(outer.localServiceSettings.detectReplays).toBe(false);
    const [sc] = outer.endpointSupportingTokenParameters.endorsing;
    expect(sc).toBeInstanceOf(SecureConversationSecurityTokenParameters);
    expect(sc).toMatchObject({ requireDerivedKeys: false, requireCancellation: true });
    const bootstrap = (sc as SecureConversationSecurityTokenParameters).bootstrapSecurityBindingElement;
    expect(bootstrap).toBeInstanceOf(TransportSecurityBindingElement);
    expect(bootstrap.authenticationMode).toBe('UserNameOverTransport');
  });

  it.each([
    ['UserName, wsHttpBinding', () => wsHttp(MessageCredentialType.UserName), USER, /^alice$/],
    [
      'UserName, ws2007HttpBinding',
      () => wsHttp(MessageCredentialType.UserName, WS2007HttpBinding),
      USER,
      /^alice$/,
    ],
    [
      'Certificate, wsHttpBinding',
      () => wsHttp(MessageCredentialType.Certificate),
      { certificate: true },
      CLIENT_IDENTITY,
    ],
  ] as const)('%s: one session per channel, the caller known', async (_name, make, credentials, identity) => {
    await withMixedHost(make(), async ({ address, log }) => {
      const { calc, factory } = await mixedClient(make(), address, credentials);
      try {
        expect(await calc.add(2, 3)).toBe(5);
        expect(await calc.whoAmI()).toMatch(identity);
        expect([await calc.counter(), await calc.counter(), await calc.counter()]).toEqual([1, 2, 3]);
        expect(calc.sessionId).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
        const second = await factory.createChannel();
        expect([await second.counter(), await second.counter()]).toEqual([1, 2]);
        expect(second.sessionId).not.toBe(calc.sessionId);
        await second.close();
        await calc.close();
        expect(log).toEqual([]);
      } finally {
        await factory.close();
      }
    });
  });

  it('the wire: RST/SCT over the bootstrap, then the SCT endorsing the Timestamp with HMAC-SHA1; replies a Timestamp', async () => {
    const make = (): WSHttpBinding => wsHttp(MessageCredentialType.UserName);
    await withMixedHost(make(), async ({ address }) => {
      const { binding, exchanges } = recorded(make());
      const { calc, factory } = await mixedClient(binding, address, USER);
      expect(await calc.add(1, 2)).toBe(3);
      await calc.close();
      await factory.close();

      expect(exchanges.map((e) => security(e.request).action)).toEqual([
        'http://schemas.xmlsoap.org/ws/2005/02/trust/RST/SCT',
        'http://tempuri.org/ICalculator/Add',
        'http://schemas.xmlsoap.org/ws/2005/02/trust/RST/SCT/Cancel',
      ]);
      // Nothing of it is encrypted or derived at message level: TLS protects it.
      for (const e of exchanges) {
        expect(e.request).not.toMatch(/EncryptedData|EncryptedKey|DerivedKeyToken/);
        expect(names(security(e.reply!).security)).toEqual(['Timestamp']);
      }

      // The bootstrap: the UsernameToken simply present with the Timestamp.
      const rst = security(exchanges[0].request).security;
      expect(names(rst)).toEqual(['Timestamp', 'UsernameToken']);

      // A session request: Timestamp _0, the SCT, one signature over the Timestamp only.
      const { header, security: add } = security(exchanges[1].request);
      expect(names(add)).toEqual(['Timestamp', 'SecurityContextToken', 'Signature']);
      const [timestamp, sct, signature] = add.elements();
      expect(timestamp.getAttribute('Id', WSU)).toBe('_0');
      expect(sct.namespaceUri).toBe(SC_FEB2005);
      expect(sct.element('Identifier', SC_FEB2005)!.textContent).toBe(calc.sessionId);
      const signedInfo = signature.element('SignedInfo', DS)!;
      expect(signedInfo.element('SignatureMethod', DS)!.getAttribute('Algorithm')).toBe(
        SecurityAlgorithms.HmacSha1Signature,
      );
      expect(
        signedInfo
          .elements()
          .filter((e) => e.localName === 'Reference')
          .map((r) => r.getAttribute('URI')),
      ).toEqual(['#_0']);
      const reference = signature
        .element('KeyInfo', DS)!
        .element('SecurityTokenReference', WSSE)!
        .element('Reference', WSSE)!;
      expect(reference.getAttribute('URI')).toBe(`#${sct.getAttribute('Id', WSU)}`);
      expect(reference.getAttribute('ValueType')).toBe(`${SC_FEB2005}/sct`);
      // A symmetric endorsing key does not sign wsa:To (RS ShouldSignToHeader: asymmetric keys only).
      expect(header.element('To', WSA)!.getAttribute('Id', WSU)).toBeUndefined();
    });
  });

  it('a wrong password fails the RST/SCT with FailedAuthentication; the host serves the next client', async () => {
    const make = (): WSHttpBinding => wsHttp(MessageCredentialType.UserName);
    await withMixedHost(make(), async ({ address, log }) => {
      const bad = await mixedClient(make(), address, { userName: 'alice', password: 'wrong' });
      const error = await bad.calc.add(1, 1).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MessageSecurityException);
      const fault = (error as Error).cause as FaultException;
      expect(fault).toBeInstanceOf(FaultException);
      expect(fault.code.subCode?.name).toBe('FailedAuthentication');
      expect(log.join('\n')).toMatch(/user name 'alice' was not accepted/);
      bad.factory.abort();

      const good = await mixedClient(make(), address, USER);
      expect(await good.calc.whoAmI()).toBe('alice');
      await good.factory.close();
    });
  });

  it('a one-shot request to the session endpoint (no SCT) is refused; the session goes on', async () => {
    const make = (): WSHttpBinding => wsHttp(MessageCredentialType.Certificate);
    await withMixedHost(make(), async ({ address }) => {
      const { calc, factory } = await mixedClient(make(), address, { certificate: true });
      expect(await calc.counter()).toBe(1);
      // A one-shot CertificateOverTransport request to the session endpoint is not a session message.
      const stray = await mixedClient(
        custom(SecurityBindingElement.createCertificateOverTransportBindingElement()),
        address,
        { certificate: true },
      );
      const error = await stray.calc.add(1, 1).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MessageSecurityException);
      stray.factory.abort();
      expect(await calc.counter()).toBe(2);
      await factory.close();
    });
  });
});

describe('createSecureConversationBindingElement over a transport bootstrap', () => {
  it('cookie mode (requireCancellation=false): no session channel, the state in the token', async () => {
    const make = (): CustomBinding =>
      custom(
        SecurityBindingElement.createSecureConversationBindingElement(
          SecurityBindingElement.createUserNameOverTransportBindingElement(),
          false,
        ),
      );
    expect(make().canBuildChannelFactory('IRequestSessionChannel')).toBe(false);
    expect(make().canBuildChannelFactory('IRequestChannel')).toBe(true);
    await withMixedHost(make(), async ({ address, log }) => {
      const { binding, exchanges } = recorded(make());
      const { calc, factory } = await mixedClient(binding, address, USER);
      expect(await calc.whoAmI()).toBe('alice');
      expect([await calc.counter(), await calc.counter()]).toEqual([1, 1]);
      // One RST/SCT, then three calls with the cached cookie token; nothing is cancelled.
      expect(exchanges.length).toBe(4);
      const sct = security(exchanges[3].request).security.elements()[1];
      expect(sct.localName).toBe('SecurityContextToken');
      expect(sct.elements().map((e) => e.localName)).toEqual(['Identifier', 'Cookie']);
      expect(log).toEqual([]);
      await factory.close();
    });
  });

  it('a certificate bootstrap, session mode', async () => {
    const make = (): CustomBinding =>
      custom(
        SecurityBindingElement.createSecureConversationBindingElement(
          SecurityBindingElement.createCertificateOverTransportBindingElement(),
        ),
      );
    await withMixedHost(make(), async ({ address, log }) => {
      const { calc, factory } = await mixedClient(make(), address, { certificate: true });
      expect(await calc.whoAmI()).toMatch(CLIENT_IDENTITY);
      expect([await calc.counter(), await calc.counter()]).toEqual([1, 2]);
      expect(log).toEqual([]);
      await factory.close();
    });
  });

  it('refuses a plain http transport for the session element too', () => {
    const binding = new CustomBinding([
      SecurityBindingElement.createSecureConversationBindingElement(
        SecurityBindingElement.createUserNameOverTransportBindingElement(),
      ),
      new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
      new HttpTransportBindingElement(),
    ]);
    expect(() => binding.buildChannelFactory('IRequestSessionChannel')).toThrow(
      /requires transport level integrity and confidentiality \(SecureConversation\)/,
    );
  });
});
