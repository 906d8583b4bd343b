/**
 * Message credentials over HTTPS without a security context, end to end over real TLS on loopback
 * (spec/secure-conversation.md §10): wsHttpBinding security mode TransportWithMessageCredential with
 * establishSecurityContext="false", and the custom bindings WCF's factory methods make. The caller is known from
 * the message credential; a missing or invalid one is refused with WCF's unsecured fault, and the host keeps
 * serving.
 */
import { CustomBinding } from '../../../src/bindings/CustomBinding';
import { MessageCredentialType, SecurityMode } from '../../../src/bindings/SecurityModes';
import { WS2007HttpBinding } from '../../../src/bindings/WS2007HttpBinding';
import { WSHttpBinding } from '../../../src/bindings/WSHttpBinding';
import {
  BindingConfigurationError,
  MessageSecurityException,
} from '../../../src/channels/CommunicationErrors';
import { FaultException } from '../../../src/channels/FaultException';
import type { ChannelFactory } from '../../../src/client/ChannelFactory';
import type { ICalculator } from '../../../samples/calculator/ICalculator';
import { MessageVersion } from '../../../src/channels/MessageVersion';
import { createSelfSignedCertificate } from '../../../src/crypto/createSelfSignedCertificate';
import { TextMessageEncodingBindingElement } from '../../../src/encoders/text/TextMessageEncodingBindingElement';
import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import { SecurityBindingElement } from '../../../src/security/SecurityBindingElement';
import { TransportSecurityBindingElement } from '../../../src/security/TransportSecurityBindingElement';
import { HttpsTransportBindingElement } from '../../../src/transports/http/HttpsTransportBindingElement';
import { HttpTransportBindingElement } from '../../../src/transports/http/HttpTransportBindingElement';
import { CLIENT_IDENTITY, mixedClient, USER, withMixedHost } from './fixtures';

const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';

function wsHttp(
  clientCredentialType: MessageCredentialType,
  Type: typeof WSHttpBinding = WSHttpBinding,
): WSHttpBinding {
  return new Type({
    security: {
      mode: SecurityMode.TransportWithMessageCredential,
      message: { clientCredentialType, establishSecurityContext: false },
    },
  });
}

function custom(security: SecurityBindingElement, https = true): CustomBinding {
  return new CustomBinding([
    security,
    new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
    https ? new HttpsTransportBindingElement() : new HttpTransportBindingElement(),
  ]);
}

/** What opening a channel and calling it throws. */
async function firstCallError(factory: ChannelFactory<ICalculator>): Promise<unknown> {
  try {
    const calc = await factory.createChannel();
    await calc.add(1, 1);
    return undefined;
  } catch (err) {
    return err;
  }
}

/** The rejection of `call`, which must be WCF's unsecured fault; returns its FaultException. */
async function securityFault(call: Promise<unknown>): Promise<FaultException> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MessageSecurityException);
  expect((error as Error).message).toMatch(/unsecured or incorrectly secured fault/);
  const fault = (error as Error).cause as FaultException;
  expect(fault).toBeInstanceOf(FaultException);
  return fault;
}

describe('wsHttpBinding TransportWithMessageCredential, UserName (UserNameOverTransport)', () => {
  it.each([
    ['wsHttpBinding', WSHttpBinding],
    ['ws2007HttpBinding', WS2007HttpBinding],
  ])('%s: the user is the caller; every call stands alone (no session)', async (_name, Type) => {
    const binding = (): WSHttpBinding => wsHttp(MessageCredentialType.UserName, Type);
    await withMixedHost(binding(), async ({ address, log }) => {
      expect(address).toMatch(/^https:/);
      const { calc, factory } = await mixedClient(binding(), address, USER);
      try {
        expect(await calc.add(2, 3)).toBe(5);
        expect(await calc.echo('héllo <&>')).toBe('héllo <&>');
        expect(await calc.whoAmI()).toBe('alice');
        expect([await calc.counter(), await calc.counter()]).toEqual([1, 1]);
        expect(log).toEqual([]);
      } finally {
        await factory.close();
      }
    });
  });

  it('a wrong password is refused with FailedAuthentication; the host goes on serving', async () => {
    const binding = (): WSHttpBinding => wsHttp(MessageCredentialType.UserName);
    await withMixedHost(binding(), async ({ address, log }) => {
      const bad = await mixedClient(binding(), address, { userName: 'alice', password: 'wrong' });
      const fault = await securityFault(bad.calc.add(1, 1));
      expect(fault.code.subCode?.name).toBe('FailedAuthentication');
      expect(fault.code.subCode?.namespace).toBe(WSSE);
      expect(fault.message).toBe('At least one security token in the message could not be validated.');
      expect(log.join('\n')).toMatch(/user name 'alice' was not accepted/);
      bad.factory.abort();

      const good = await mixedClient(binding(), address, USER);
      expect(await good.calc.whoAmI()).toBe('alice');
      await good.factory.close();
    });
  });

  it('a request without a UsernameToken is refused with InvalidSecurity', async () => {
    await withMixedHost(wsHttp(MessageCredentialType.UserName), async ({ address, log }) => {
      // A transport element with no token: the request carries a Timestamp only.
      const { calc, factory } = await mixedClient(custom(new TransportSecurityBindingElement()), address);
      const fault = await securityFault(calc.add(1, 1));
      expect(fault.code.subCode?.name).toBe('InvalidSecurity');
      expect(fault.message).toBe('An error occurred when verifying security for the message.');
      expect(log.join('\n')).toMatch(/0 UsernameTokens; the binding requires 1/);
      factory.abort();
    });
  });

  it('a client without a user name fails before sending, with WCF’s message', async () => {
    await withMixedHost(wsHttp(MessageCredentialType.UserName), async ({ address, log }) => {
      const { factory } = await mixedClient(wsHttp(MessageCredentialType.UserName), address);
      const error = await firstCallError(factory);
      expect(error).toBeInstanceOf(BindingConfigurationError);
      expect((error as Error).message).toMatch(/The username is not provided/);
      expect(log).toEqual([]);
      factory.abort();
    });
  });
});

describe('wsHttpBinding TransportWithMessageCredential, Certificate (CertificateOverTransport)', () => {
  const binding = (): WSHttpBinding => wsHttp(MessageCredentialType.Certificate);

  it('the client certificate is the caller', async () => {
    await withMixedHost(binding(), async ({ address, log }) => {
      const { calc, factory } = await mixedClient(binding(), address, { certificate: true });
      try {
        expect(await calc.add(20, 22)).toBe(42);
        expect(await calc.whoAmI()).toMatch(CLIENT_IDENTITY);
        expect(log).toEqual([]);
      } finally {
        await factory.close();
      }
    });
  });

  it('a certificate the host does not trust is refused with FailedAuthentication', async () => {
    await withMixedHost(binding(), async ({ address, log }) => {
      const stranger = createSelfSignedCertificate({ commonName: 'stranger', altNames: [] });
      const bad = await mixedClient(binding(), address, {}, (f) => {
        f.credentials.clientCertificate.certificate = stranger;
      });
      const fault = await securityFault(bad.calc.add(1, 1));
      expect(fault.code.subCode?.name).toBe('FailedAuthentication');
      expect(log.join('\n')).toMatch(/stranger/);
      bad.factory.abort();

      const good = await mixedClient(binding(), address, { certificate: true });
      expect(await good.calc.whoAmI()).toMatch(CLIENT_IDENTITY);
      await good.factory.close();
    });
  });

  it('a request without the endorsing certificate is refused with InvalidSecurity', async () => {
    await withMixedHost(binding(), async ({ address }) => {
      const { calc, factory } = await mixedClient(
        custom(SecurityBindingElement.createUserNameOverTransportBindingElement()),
        address,
        USER,
      );
      const fault = await securityFault(calc.add(1, 1));
      expect(fault.code.subCode?.name).toBe('InvalidSecurity');
      factory.abort();
    });
  });

  it('a client without a certificate fails before sending', async () => {
    await withMixedHost(binding(), async ({ address, log }) => {
      const { factory } = await mixedClient(binding(), address);
      const error = await firstCallError(factory);
      expect(error).toBeInstanceOf(BindingConfigurationError);
      expect((error as Error).message).toMatch(/The client certificate is not provided/);
      expect(log).toEqual([]);
      factory.abort();
    });
  });
});

describe('TransportSecurityBindingElement in a custom binding', () => {
  it.each([
    ['UserNameOverTransport', () => SecurityBindingElement.createUserNameOverTransportBindingElement(), USER],
    [
      'CertificateOverTransport (WS-Security 1.0 version)',
      () =>
        SecurityBindingElement.createCertificateOverTransportBindingElement(
          MessageSecurityVersion.WSSecurity10WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10,
        ),
      { certificate: true },
    ],
    [
      'fromAuthenticationMode("CertificateOverTransport")',
      () => SecurityBindingElement.fromAuthenticationMode('CertificateOverTransport'),
      { certificate: true },
    ],
  ] as const)('%s over httpsTransport', async (_name, make, credentials) => {
    await withMixedHost(custom(make()), async ({ address, log }) => {
      const { calc, factory } = await mixedClient(custom(make()), address, credentials);
      expect(await calc.add(1, 2)).toBe(3);
      expect(await calc.whoAmI()).toMatch('userName' in credentials ? /^alice$/ : CLIENT_IDENTITY);
      expect(log).toEqual([]);
      await factory.close();
    });
  });

  it('refuses a plain http transport, naming the setting', () => {
    const binding = custom(SecurityBindingElement.createUserNameOverTransportBindingElement(), false);
    expect(() => binding.buildChannelFactory('IRequestChannel')).toThrow(
      /requires transport level integrity and confidentiality \(UserNameOverTransport\), but its transport httpTransport \(http\) provides neither.*allowInsecureTransport="true"/,
    );
    expect(() => binding.buildChannelListener('IReplyChannel', new URL('http://127.0.0.1:1/x'))).toThrow(
      BindingConfigurationError,
    );
  });

  it('with allowInsecureTransport="true" runs over plain http (TLS ended in front of the service)', async () => {
    const make = (): CustomBinding => {
      const element = SecurityBindingElement.createUserNameOverTransportBindingElement();
      element.allowInsecureTransport = true;
      return custom(element, false);
    };
    await withMixedHost(
      make(),
      async ({ address }) => {
        const { calc, factory } = await mixedClient(make(), address, USER);
        expect(await calc.whoAmI()).toBe('alice');
        await factory.close();
      },
      { scheme: 'http' },
    );
  });

  it('wsHttpBinding TransportWithMessageCredential refuses clientCredentialType None with WCF’s message', () => {
    expect(() => wsHttp(MessageCredentialType.None).createBindingElements()).toThrow(
      /ClientCredentialType\.None is not valid for the TransportWithMessageCredential security mode/,
    );
    expect(() => wsHttp(MessageCredentialType.Windows).createBindingElements()).toThrow(
      /clientCredentialType 'Windows' is not supported/,
    );
  });

  it('wsHttpBinding TransportWithMessageCredential builds WCF’s stack: security → text → https', () => {
    const elements = wsHttp(MessageCredentialType.Certificate).createBindingElements();
    expect(elements.map((e) => e.constructor.name)).toEqual([
      'TransactionFlowBindingElement',
      'TransportSecurityBindingElement',
      'TextMessageEncodingBindingElement',
      'HttpsTransportBindingElement',
    ]);
    const security = elements[1] as TransportSecurityBindingElement;
    expect(security.authenticationMode).toBe('CertificateOverTransport');
    expect(security.includeTimestamp).toBe(true);
    expect(security.localClientSettings.detectReplays).toBe(false);
    expect(security.localServiceSettings.detectReplays).toBe(false);
    expect((elements[3] as HttpsTransportBindingElement).requireClientCertificate).toBe(false);
  });
});
