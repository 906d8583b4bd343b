/**
 * wsHttpBinding and ws2007HttpBinding with security mode Message (spec/bindings.md §6), end to end over loopback
 * HTTP for each client credential type Indigo supports, the element stack WCF builds, and the clear refusals of
 * what it does not (WCF's defaults among them: Windows credentials, negotiation, a security context).
 */
import { CustomBinding } from '../../../src/bindings/CustomBinding';
import { MessageCredentialType, SecurityMode } from '../../../src/bindings/SecurityModes';
import { WS2007HttpBinding } from '../../../src/bindings/WS2007HttpBinding';
import { WSHttpBinding, type WSHttpBindingOptions } from '../../../src/bindings/WSHttpBinding';
import { BindingConfigurationError } from '../../../src/channels/CommunicationErrors';
import { MessageVersion } from '../../../src/channels/MessageVersion';
import { FaultException } from '../../../src/channels/FaultException';
import { MessageSecurityException } from '../../../src/channels/CommunicationErrors';
import { TextMessageEncodingBindingElement } from '../../../src/encoders/text/TextMessageEncodingBindingElement';
import {
  UserNamePasswordValidationMode,
  UserNamePasswordValidator,
} from '../../../src/security/credentials/UserNamePasswordValidator';
import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import { SecurityAlgorithmSuite } from '../../../src/security/SecurityAlgorithmSuite';
import { SecurityBindingElement } from '../../../src/security/SecurityBindingElement';
import {
  TransactionFlowBindingElement,
  TransactionProtocol,
} from '../../../src/transactions/TransactionFlowBindingElement';
import { HttpTransportBindingElement } from '../../../src/transports/http/HttpTransportBindingElement';
import { calculator, openSecureHost } from '../fixtures/secureCalculator';

function message(
  clientCredentialType: MessageCredentialType,
  extra: WSHttpBindingOptions['security'] = {},
): WSHttpBindingOptions {
  return {
    security: {
      mode: SecurityMode.Message,
      ...extra,
      message: {
        clientCredentialType,
        negotiateServiceCredential: false,
        establishSecurityContext: false,
        ...extra.message,
      },
    },
  };
}

const describeStack = (elements: { configurationName: string; describe(): unknown }[]) =>
  elements.map((e) => [e.configurationName, e.describe()]);

describe('wsHttpBinding, security mode Message', () => {
  it('builds transactionFlow → security (MutualCertificate, symmetric) → text → http, as the custom binding WCF documents', () => {
    const ws = new WSHttpBinding(message(MessageCredentialType.Certificate));
    const security = SecurityBindingElement.createMutualCertificateBindingElement(
      MessageSecurityVersion.WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10,
    );
    security.localClientSettings.reconnectTransportOnFailure = false;
    security.localServiceSettings.reconnectTransportOnFailure = false;
    const custom = new CustomBinding([
      new TransactionFlowBindingElement(TransactionProtocol.WSAtomicTransactionOctober2004),
      security,
      new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
      new HttpTransportBindingElement(),
    ]);
    expect(describeStack(ws.createBindingElements())).toEqual(describeStack(custom.createBindingElements()));
    expect(ws.createBindingElements()[1].describe()).toMatchObject({
      securityBindingElement: 'SymmetricSecurityBindingElement',
      authenticationMode: 'MutualCertificate',
      requireSignatureConfirmation: true,
      defaultAlgorithmSuite: 'Basic256',
    });
  });

  it.each([
    [MessageCredentialType.UserName, 'UserNameForCertificate', false],
    [MessageCredentialType.None, 'AnonymousForCertificate', true],
  ])('maps clientCredentialType %s to %s', (type, mode, confirms) => {
    expect(new WSHttpBinding(message(type)).createBindingElements()[1].describe()).toMatchObject({
      authenticationMode: mode,
      requireSignatureConfirmation: confirms,
      messageSecurityVersion:
        'WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10',
    });
  });

  it("ws2007HttpBinding uses WS-Trust 1.3 / WS-SecureConversation 1.3, and the binding's algorithm suite", () => {
    const binding = new WS2007HttpBinding(
      message(MessageCredentialType.Certificate, {
        message: { algorithmSuite: SecurityAlgorithmSuite.Basic128 },
      }),
    );
    expect(binding.createBindingElements()[1].describe()).toMatchObject({
      messageSecurityVersion:
        'WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10',
      defaultAlgorithmSuite: 'Basic128',
    });
  });

  it("refuses WCF's defaults naming each setting to change", () => {
    const make = () => new WSHttpBinding().createBindingElements();
    expect(make).toThrow(BindingConfigurationError);
    expect(make).toThrow(/clientCredentialType 'Windows' is not supported/);
    expect(make).toThrow(/negotiateServiceCredential="true" .* set negotiateServiceCredential="false"/);
  });

  it.each([
    ['negotiateServiceCredential', { negotiateServiceCredential: true }, /negotiateServiceCredential="true"/],
  ])('refuses %s="true" alone', (_what, m, pattern) => {
    const make = () =>
      new WSHttpBinding(message(MessageCredentialType.Certificate, { message: m })).createBindingElements();
    expect(make).toThrow(pattern);
  });

  it('refuses Windows and IssuedToken credentials', () => {
    expect(() => new WSHttpBinding(message(MessageCredentialType.Windows)).createBindingElements()).toThrow(
      /'Windows' is not supported.*SPNEGO/,
    );
    expect(() =>
      new WSHttpBinding(message(MessageCredentialType.IssuedToken)).createBindingElements(),
    ).toThrow(/'IssuedToken' is not supported/);
  });
});

describe.each([
  ['wsHttpBinding', (o: WSHttpBindingOptions) => new WSHttpBinding(o)],
  ['ws2007HttpBinding', (o: WSHttpBindingOptions) => new WS2007HttpBinding(o)],
])('%s Message security over loopback HTTP', (_name, make) => {
  it('Certificate: the caller is named by its certificate', async () => {
    const service = await openSecureHost(make(message(MessageCredentialType.Certificate)));
    try {
      const { calc, factory } = await calculator(
        make(message(MessageCredentialType.Certificate)),
        service.address,
      );
      expect(await calc.add(2, 3)).toBe(5);
      expect(await calc.whoAmI()).toMatch(/^O=wcf-interop-test, CN=wcf-test-client; [0-9A-F]{40}$/);
      await factory.close();
    } finally {
      await service.host.close();
    }
  });

  it('UserName: a custom validator decides, the caller is named by the user name', async () => {
    const service = await openSecureHost(make(message(MessageCredentialType.UserName)), (host) => {
      host.credentials.userNameAuthentication.userNamePasswordValidationMode =
        UserNamePasswordValidationMode.Custom;
      host.credentials.userNameAuthentication.customUserNamePasswordValidator =
        UserNamePasswordValidator.fromFunction(async (user, password) => {
          if (user !== 'alice' || password !== 'secret') throw new Error('unknown user');
        });
    });
    try {
      const { calc, factory } = await calculator(
        make(message(MessageCredentialType.UserName)),
        service.address,
        (f) => {
          f.credentials.userName.userName = 'alice';
          f.credentials.userName.password = 'secret';
        },
      );
      expect(await calc.echo('hi')).toBe('hi');
      expect(await calc.whoAmI()).toBe('alice');
      await factory.close();

      const wrong = await calculator(make(message(MessageCredentialType.UserName)), service.address, (f) => {
        f.credentials.userName.userName = 'alice';
        f.credentials.userName.password = 'guess';
      });
      const refusal = await wrong.calc.add(1, 1).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(MessageSecurityException);
      const fault = (refusal as MessageSecurityException).cause as FaultException;
      expect(fault).toBeInstanceOf(FaultException);
      expect(fault.code.subCode?.name).toBe('FailedAuthentication');
      expect(fault.reason).toBe('At least one security token in the message could not be validated.');
      await wrong.factory.close();
    } finally {
      await service.host.close();
    }
  });

  it('None: protected by the service certificate, the caller anonymous', async () => {
    const service = await openSecureHost(make(message(MessageCredentialType.None)));
    try {
      const { calc, factory } = await calculator(make(message(MessageCredentialType.None)), service.address);
      expect(await calc.add(2, 3)).toBe(5);
      expect(await calc.whoAmI()).toBe('anonymous');
      await factory.close();
    } finally {
      await service.host.close();
    }
  });

  it("refuses to open a UserName host whose validation mode is WCF's default (Windows)", async () => {
    await expect(openSecureHost(make(message(MessageCredentialType.UserName)))).rejects.toThrow(
      /userNamePasswordValidationMode 'Windows' is not supported/,
    );
  });
});
