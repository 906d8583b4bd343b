/**
 * Secure sessions end to end over loopback HTTP (spec/secure-conversation.md §3): wsHttpBinding's default
 * (establishSecurityContext="true") and the custom binding with a secure conversation element — the RST/SCT
 * exchange over the X.509 bootstrap, session messages protected by keys derived from the SCT, per-session
 * instancing, the session id on both sides, and RST/SCT/Cancel on close.
 */
import type { Binding } from '../../../src/channels/Binding';
import { CustomBinding } from '../../../src/bindings/CustomBinding';
import { MessageCredentialType, SecurityMode } from '../../../src/bindings/SecurityModes';
import { WS2007HttpBinding } from '../../../src/bindings/WS2007HttpBinding';
import { WSHttpBinding } from '../../../src/bindings/WSHttpBinding';
import { MessageSecurityException } from '../../../src/channels/CommunicationErrors';
import { MessageVersion } from '../../../src/channels/MessageVersion';
import { TextMessageEncodingBindingElement } from '../../../src/encoders/text/TextMessageEncodingBindingElement';
import { ChannelFactory } from '../../../src/client/ChannelFactory';
import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import { SecurityBindingElement } from '../../../src/security/SecurityBindingElement';
import {
  UserNamePasswordValidationMode,
  UserNamePasswordValidator,
} from '../../../src/security/credentials/UserNamePasswordValidator';
import { OperationContext } from '../../../src/service/runtime/OperationContext';
import { ServiceHost } from '../../../src/service/ServiceHost';
import { HttpTransportBindingElement } from '../../../src/transports/http/HttpTransportBindingElement';
import { ICalculator } from '../../../samples/calculator/ICalculator';
import { calculator, openSecureHost, type SecureHost } from '../fixtures/secureCalculator';
import { FaultException } from '../../../src/channels/FaultException';

function wsHttp(clientCredentialType: MessageCredentialType): WSHttpBinding {
  return new WSHttpBinding({
    security: {
      mode: SecurityMode.Message,
      message: { clientCredentialType, negotiateServiceCredential: false },
    },
  });
}

function customSecureConversation(version: MessageSecurityVersion): CustomBinding {
  const bootstrap = SecurityBindingElement.createMutualCertificateBindingElement(version);
  const element = SecurityBindingElement.createSecureConversationBindingElement(bootstrap);
  element.messageSecurityVersion = version;
  return new CustomBinding([
    element,
    new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
    new HttpTransportBindingElement(),
  ]);
}

async function withHost(binding: Binding, run: (host: SecureHost) => Promise<void>): Promise<void> {
  const host = await openSecureHost(binding);
  try {
    await run(host);
  } finally {
    await host.host.close();
  }
}

const CLIENT_IDENTITY = /CN=wcf-test-client/;

describe('secure session over wsHttpBinding (establishSecurityContext defaults to true)', () => {
  it.each([
    ['wsHttpBinding (WS-Trust/WS-SC February 2005)', () => wsHttp(MessageCredentialType.Certificate)],
    [
      'ws2007HttpBinding (WS-Trust 1.3 / WS-SC 1.3)',
      () =>
        new WS2007HttpBinding({
          security: {
            mode: SecurityMode.Message,
            message: {
              clientCredentialType: MessageCredentialType.Certificate,
              negotiateServiceCredential: false,
            },
          },
        }),
    ],
  ])('%s: calls within one session, the caller known, Counter counting per session', async (_name, make) => {
    await withHost(make(), async ({ address, log }) => {
      const { calc, factory } = await calculator(make(), address);
      try {
        expect(await calc.add(2, 3)).toBe(5);
        expect(await calc.echo('héllo <&>')).toBe('héllo <&>');
        expect(await calc.whoAmI()).toMatch(CLIENT_IDENTITY);
        expect([await calc.counter(), await calc.counter(), await calc.counter()]).toEqual([1, 2, 3]);
        expect(calc.sessionId).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
        const second = await factory.createChannel();
        expect([await second.counter(), await second.counter()]).toEqual([1, 2]);
        expect(second.sessionId).not.toBe(calc.sessionId);
        await second.close();
        expect(log).toEqual([]);
      } finally {
        await factory.close();
      }
    });
  });

  it('the session id is the same on both sides (the SCT Identifier)', async () => {
    let seen: string | undefined;
    const binding = wsHttp(MessageCredentialType.Certificate);
    const host = new ServiceHost(
      class {
        async add(a: number, b: number): Promise<number> {
          seen = OperationContext.current?.sessionId;
          return a + b;
        }
        async echo(t: string): Promise<string> {
          return t;
        }
        async whoAmI(): Promise<string> {
          return '';
        }
        async counter(): Promise<number> {
          return 0;
        }
      },
      { baseAddresses: ['http://127.0.0.1:0/'] },
    );
    const { testCertificates } = await import('../fixtures/testCertificates');
    host.credentials.serviceCertificate = testCertificates().service;
    host.credentials.clientCertificate.authentication.certificateValidationMode = 'ChainTrust' as never;
    host.credentials.clientCertificate.authentication.trustedRoots.push(testCertificates().ca);
    host.addServiceEndpoint(ICalculator, binding, 'calc');
    await host.open();
    try {
      const { calc, factory } = await calculator(
        wsHttp(MessageCredentialType.Certificate),
        host.endpoints[0].address.toString(),
      );
      await calc.add(1, 1);
      expect(seen).toBeDefined();
      expect(seen).toBe(calc.sessionId);
      await factory.close();
    } finally {
      await host.close();
    }
  });

  it('closing the proxy cancels the session: the service forgets the token', async () => {
    await withHost(wsHttp(MessageCredentialType.Certificate), async ({ address }) => {
      const { calc, factory } = await calculator(wsHttp(MessageCredentialType.Certificate), address);
      await calc.add(1, 2);
      await calc.close();
      expect(calc.state).toBe('Closed');
      await factory.close();
    });
  });

  it('clientCredentialType None: an anonymous session over the AnonymousForCertificate bootstrap', async () => {
    await withHost(wsHttp(MessageCredentialType.None), async ({ address }) => {
      const { calc, factory } = await calculator(wsHttp(MessageCredentialType.None), address);
      try {
        expect(await calc.add(2, 2)).toBe(4);
        expect(await calc.whoAmI()).toBe('anonymous');
        expect([await calc.counter(), await calc.counter()]).toEqual([1, 2]);
      } finally {
        await factory.close();
      }
    });
  });

  it('clientCredentialType UserName: the user authenticated once, on the bootstrap', async () => {
    const binding = wsHttp(MessageCredentialType.UserName);
    const host = await openSecureHost(binding, (h) => {
      h.credentials.userNameAuthentication.userNamePasswordValidationMode =
        UserNamePasswordValidationMode.Custom;
      h.credentials.userNameAuthentication.customUserNamePasswordValidator =
        new (class extends UserNamePasswordValidator {
          validate(userName: string, password: string): void {
            if (userName !== 'alice' || password !== 'secret') throw new Error('bad credentials');
          }
        })();
    });
    try {
      const { calc, factory } = await calculator(
        wsHttp(MessageCredentialType.UserName),
        host.address,
        (f) => {
          f.credentials.userName.userName = 'alice';
          f.credentials.userName.password = 'secret';
        },
      );
      expect(await calc.whoAmI()).toBe('alice');
      expect([await calc.counter(), await calc.counter()]).toEqual([1, 2]);
      await factory.close();

      const bad = await calculator(wsHttp(MessageCredentialType.UserName), host.address, (f) => {
        f.credentials.userName.userName = 'alice';
        f.credentials.userName.password = 'wrong';
      });
      await expect(bad.calc.add(1, 1)).rejects.toBeInstanceOf(MessageSecurityException);
      bad.factory.abort();
    } finally {
      await host.host.close();
    }
  });
});

describe('secure session over a custom binding (createSecureConversationBindingElement)', () => {
  it.each([
    MessageSecurityVersion.WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11,
    MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10,
  ])('with a MutualCertificate bootstrap, %s', async (version) => {
    await withHost(customSecureConversation(version), async ({ address, log }) => {
      const { calc, factory } = await calculator(customSecureConversation(version), address);
      try {
        expect(await calc.add(20, 22)).toBe(42);
        expect(await calc.whoAmI()).toMatch(CLIENT_IDENTITY);
        expect([await calc.counter(), await calc.counter()]).toEqual([1, 2]);
        expect(log).toEqual([]);
      } finally {
        await factory.close();
      }
    });
  });

  it('a contract that does not allow sessions cannot use a session-only binding', async () => {
    const factory = new ChannelFactory(
      ICalculator,
      customSecureConversation(MessageSecurityVersion.Default),
      'http://127.0.0.1:1/x',
    );
    expect(factory.binding.canBuildChannelFactory('IRequestChannel')).toBe(false);
    expect(factory.binding.canBuildChannelFactory('IRequestSessionChannel')).toBe(true);
  });
});

describe('secure session faults', () => {
  it('a session the service reclaimed for inactivity answers BadContextToken; the host serves new sessions', async () => {
    const binding = wsHttp(MessageCredentialType.Certificate);
    const elements = binding.createBindingElements();
    const security = elements.find((e) => e instanceof SecurityBindingElement) as SecurityBindingElement;
    security.localServiceSettings.inactivityTimeout = 200;
    const custom = new CustomBinding(elements);
    await withHost(custom, async ({ address, log }) => {
      const { calc, factory } = await calculator(wsHttp(MessageCredentialType.Certificate), address);
      expect(await calc.counter()).toBe(1);
      await new Promise((r) => setTimeout(r, 400));
      const error = await calc.counter().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MessageSecurityException);
      const fault = (error as Error).cause as FaultException;
      expect(fault).toBeInstanceOf(FaultException);
      expect(fault.code.subCode?.name).toBe('BadContextToken');
      expect(fault.code.subCode?.namespace).toBe('http://schemas.xmlsoap.org/ws/2005/02/sc');
      expect(log.join('\n')).toMatch(/idle past its inactivityTimeout/);
      factory.abort();

      const fresh = await calculator(wsHttp(MessageCredentialType.Certificate), address);
      expect(await fresh.calc.counter()).toBe(1);
      await fresh.factory.close();
    });
  });
});
