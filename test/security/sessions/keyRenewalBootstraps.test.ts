/**
 * Session key renewal over the bootstraps that are not symmetric (spec/secure-conversation.md §9; RS
 * SecuritySessionSecurityTokenProvider.DoOperation adds the session token as an endorsing supporting token of
 * the Renew whatever the bootstrap): MutualCertificate with WS-Security 1.0 (AsymmetricSecurityProtocol: the
 * SCT, or a key derived from it, signs the primary signature) and the over-transport bootstraps of mixed mode
 * (TransportSecurityProtocol: the SCT's key signs the Timestamp beside the bootstrap's own tokens). Real HTTP
 * (HTTPS for mixed mode) on loopback; clocks the tests move.
 */
import type { Binding } from '../../../src/channels/Binding';
import type { Clock } from '../../../src/channels/Clock';
import { MessageSecurityException } from '../../../src/channels/CommunicationErrors';
import { FaultException } from '../../../src/channels/FaultException';
import type { ChannelFactory } from '../../../src/client/ChannelFactory';
import { AsymmetricSecurityBindingElement } from '../../../src/security/AsymmetricSecurityBindingElement';
import { CustomBinding } from '../../../src/bindings/CustomBinding';
import { MessageCredentialType, SecurityMode } from '../../../src/bindings/SecurityModes';
import { WSHttpBinding } from '../../../src/bindings/WSHttpBinding';
import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import { SecurityBindingElement } from '../../../src/security/SecurityBindingElement';
import { TransportSecurityBindingElement } from '../../../src/security/TransportSecurityBindingElement';
import type { SymmetricSecurityBindingElement } from '../../../src/security/SymmetricSecurityBindingElement';
import type { SecureConversationSecurityTokenParameters } from '../../../src/security/tokens/SecureConversationSecurityTokenParameters';
import type {
  ClientSecuritySessionChannel,
  SecuritySessionChannelFactory,
} from '../../../src/security/sessions/SecuritySessionChannelFactory';
import {
  SecuritySessionSecurityTokenProvider,
  type ClientSecurityContextToken,
} from '../../../src/security/sessions/SecuritySessionSecurityTokenProvider';
import type { ServiceHost } from '../../../src/service/ServiceHost';
import { WSU_NAMESPACE } from '../../../src/security/wss/WssConstants';
import { parseXml } from '../../../src/xml';
import type { ICalculator } from '../../../samples/calculator/ICalculator';
import { calculator } from '../fixtures/secureCalculator';
import {
  mixedClient,
  openMixedHost,
  USER,
  WireRecordingBindingElement,
  type Credentials,
} from '../transportWithMessageCredential/fixtures';
import { ClientServices, keyGenerations as generations, MINUTE, movableClock } from './fixtures/movableClock';
import { openSessionHost, sessionBinding } from './fixtures/sessionHost';

/** The one secure session channel a factory holds. */
function sessionChannel(factory: ChannelFactory<ICalculator>): ClientSecuritySessionChannel {
  const sessions = factory['innerFactory'] as unknown as SecuritySessionChannelFactory;
  const channels = [...(sessions['channels'] as Set<ClientSecuritySessionChannel>)];
  expect(channels).toHaveLength(1);
  return channels[0];
}

/**
 * RST/SCT/Renew for the channel's session, secured by the bootstrap and endorsed by `endorser`'s SCT as the
 * client would endorse it (null: by no SCT); the error it ends in, if any.
 */
async function renewEndorsedBy(
  channel: ClientSecuritySessionChannel,
  endorser: ClientSecurityContextToken | null,
): Promise<unknown> {
  const settings = channel['parts'].provider['settings'];
  const provider = new SecuritySessionSecurityTokenProvider({
    ...settings,
    endorsement: () => (endorser ? settings.endorsement!(endorser) : { tokens: [], signers: [] }),
  });
  return provider
    .renew(channel['inner'], channel['bootstrap']!, channel.sessionToken!, channel.remoteAddress)
    .then(
      () => undefined,
      (err: unknown) => err,
    );
}

function expectInvalidRequest(error: unknown): void {
  expect(error).toBeInstanceOf(MessageSecurityException);
  const cause = (error as MessageSecurityException).cause;
  expect(cause).toBeInstanceOf(FaultException);
  expect((cause as FaultException).code.subCode?.name).toBe('InvalidRequest');
}

/** What a bootstrap case gives the tests: a host, a client binding and its credentials. */
interface BootstrapCase {
  open(options: {
    clock: Clock;
    keyLifetime?: number;
  }): Promise<{ host: ServiceHost; address: string; log: string[]; close(): Promise<void> }>;
  binding(): Binding;
  client(
    binding: Binding,
    address: string,
    clock: Clock,
  ): Promise<{
    calc: ICalculator & { sessionId: string | undefined; close(): Promise<void> };
    factory: ChannelFactory<ICalculator>;
  }>;
}

const WSS10_VERSIONS: readonly (readonly [string, MessageSecurityVersion])[] = [
  [
    'WS-Security 1.0, WS-SC February 2005',
    MessageSecurityVersion.WSSecurity10WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10,
  ],
  [
    'WS-Security 1.0, WS-SC 1.3',
    MessageSecurityVersion.WSSecurity10WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10,
  ],
];

function asymmetricCase(version: MessageSecurityVersion): BootstrapCase {
  return {
    open: async ({ clock, keyLifetime }) => {
      const service = await openSessionHost({
        version,
        clock,
        configureBinding: (element) => {
          if (keyLifetime !== undefined) {
            element.localServiceSettings.sessionKeyRenewalInterval = keyLifetime;
            element.localServiceSettings.maxClockSkew = MINUTE;
          }
        },
      });
      return service;
    },
    binding: () => {
      const binding = sessionBinding(version);
      const element = binding.createBindingElements()[0] as SymmetricSecurityBindingElement;
      const sc = element.protectionTokenParameters as SecureConversationSecurityTokenParameters;
      expect(sc.bootstrapSecurityBindingElement).toBeInstanceOf(AsymmetricSecurityBindingElement);
      return binding;
    },
    client: (binding, address, clock) =>
      calculator(binding, address, (f) => {
        f['options'].services = new ClientServices(clock);
      }),
  };
}

/** wsHttpBinding TransportWithMessageCredential (a secure session over the over-transport element) on HTTPS. */
function mixedBinding(credential: MessageCredentialType, keyLifetime?: number): Binding {
  const elements = new WSHttpBinding({
    security: {
      mode: SecurityMode.TransportWithMessageCredential,
      message: { clientCredentialType: credential },
    },
  }).createBindingElements();
  const element = elements.find((e) => e instanceof SecurityBindingElement) as SecurityBindingElement;
  const sc = element.endpointSupportingTokenParameters
    .endorsing[0] as SecureConversationSecurityTokenParameters;
  expect(sc.bootstrapSecurityBindingElement).toBeInstanceOf(TransportSecurityBindingElement);
  if (keyLifetime !== undefined) {
    element.localServiceSettings.sessionKeyRenewalInterval = keyLifetime;
    element.localServiceSettings.maxClockSkew = MINUTE;
  }
  return new CustomBinding(elements);
}

function mixedCase(credential: MessageCredentialType): BootstrapCase {
  const credentials: Credentials =
    credential === MessageCredentialType.Certificate ? { certificate: true } : USER;
  return {
    open: async ({ clock, keyLifetime }) => {
      const mixed = await openMixedHost(mixedBinding(credential, keyLifetime), { clock });
      return { ...mixed, close: () => mixed.host.close() };
    },
    binding: () => mixedBinding(credential),
    client: (binding, address, clock) =>
      mixedClient(binding, address, credentials, (f) => {
        f['options'].services = new ClientServices(clock);
      }),
  };
}

const CASES: readonly (readonly [string, BootstrapCase])[] = [
  ['UserNameOverTransport (mixed mode)', mixedCase(MessageCredentialType.UserName)],
  ['CertificateOverTransport (mixed mode)', mixedCase(MessageCredentialType.Certificate)],
  ...WSS10_VERSIONS.map(
    ([name, version]) => [`asymmetric MutualCertificate, ${name}`, asymmetricCase(version)] as const,
  ),
];

describe.each(CASES)('session key renewal over the %s bootstrap', (_, bootstrap) => {
  it('renews before the key expires: the session id is unchanged and the PerSession counter goes on', async () => {
    const clock = movableClock();
    const service = await bootstrap.open({ clock });
    const { calc, factory } = await bootstrap.client(bootstrap.binding(), service.address, clock);
    try {
      expect([await calc.counter(), await calc.counter()]).toEqual([1, 2]);
      const sessionId = calc.sessionId!;
      expect(generations(service.host, sessionId)).toEqual([undefined]);
      // WCF's client renews at min(60 % of the key's 15 h, 10 h) = 9 h; past it, the next call renews first.
      clock.advance(9 * 60 * MINUTE + MINUTE);
      expect(await calc.counter()).toBe(3);
      expect(calc.sessionId).toBe(sessionId);
      const [old, current] = generations(service.host, sessionId);
      expect(old).toBeUndefined();
      expect(current).toMatch(/^urn:uuid:/);
      expect(await calc.counter()).toBe(4);
      await calc.close();
      expect(service.log.join('\n')).not.toMatch(/refused|fault/i);
    } finally {
      await factory.close();
      await service.close();
    }
  });

  it('answers RenewNeeded by renewing and sending the request once more', async () => {
    // The service's key lives 1 min (with 1 min of skew); the client's clock runs 3 min behind, so its own
    // renewal time has not come when the service already refuses the key.
    const serviceClock = movableClock();
    const clientClock = movableClock(-3 * MINUTE);
    const service = await bootstrap.open({ clock: serviceClock, keyLifetime: MINUTE });
    const { calc, factory } = await bootstrap.client(bootstrap.binding(), service.address, clientClock);
    try {
      expect(await calc.counter()).toBe(1);
      const sessionId = calc.sessionId!;
      serviceClock.advance(3 * MINUTE);
      clientClock.advance(3 * MINUTE);
      const before = service.log.length;
      expect(await calc.counter()).toBe(2);
      expect(service.log.slice(before).join('\n')).toMatch(/answered RenewNeeded/);
      expect(calc.sessionId).toBe(sessionId);
      expect(generations(service.host, sessionId).at(-1)).toMatch(/^urn:uuid:/);
      expect(await calc.counter()).toBe(3);
      await calc.close();
    } finally {
      await factory.close();
      await service.close();
    }
  });

  it('refuses a Renew endorsed by another session’s SCT (InvalidRequest) and keeps both sessions', async () => {
    const clock = movableClock();
    const service = await bootstrap.open({ clock });
    const mine = await bootstrap.client(bootstrap.binding(), service.address, clock);
    const theirs = await bootstrap.client(bootstrap.binding(), service.address, clock);
    try {
      expect([await mine.calc.counter(), await theirs.calc.counter()]).toEqual([1, 1]);
      const other = sessionChannel(theirs.factory).sessionToken!;
      expectInvalidRequest(await renewEndorsedBy(sessionChannel(mine.factory), other));
      expect(generations(service.host, mine.calc.sessionId!)).toEqual([undefined]);
      expect(generations(service.host, theirs.calc.sessionId!)).toEqual([undefined]);
      expect([await mine.calc.counter(), await theirs.calc.counter()]).toEqual([2, 2]);
      await mine.calc.close();
      await theirs.calc.close();
    } finally {
      await mine.factory.close();
      await theirs.factory.close();
      await service.close();
    }
  });

  it('refuses a Renew the SCT does not endorse (InvalidRequest) and keeps the session', async () => {
    const clock = movableClock();
    const service = await bootstrap.open({ clock });
    const { calc, factory } = await bootstrap.client(bootstrap.binding(), service.address, clock);
    try {
      expect(await calc.counter()).toBe(1);
      expectInvalidRequest(await renewEndorsedBy(sessionChannel(factory), null));
      expect(generations(service.host, calc.sessionId!)).toEqual([undefined]);
      expect(await calc.counter()).toBe(2);
      await calc.close();
    } finally {
      await factory.close();
      await service.close();
    }
  });
});

describe.each([
  [MessageCredentialType.UserName, ['Timestamp', 'UsernameToken', 'SecurityContextToken', 'Signature']],
  [
    MessageCredentialType.Certificate,
    ['Timestamp', 'BinarySecurityToken', 'SecurityContextToken', 'Signature', 'Signature'],
  ],
] as const)('RST/SCT/Renew over the %s-over-transport bootstrap', (credential, shape) => {
  it('carries the bootstrap’s tokens, then the SCT, whose own key signs the Timestamp (no derived key)', async () => {
    const clock = movableClock();
    const mixed = mixedCase(credential);
    const service = await mixed.open({ clock });
    const recorder = new WireRecordingBindingElement();
    const elements = mixed.binding().createBindingElements();
    const at = elements.findIndex((e) => e instanceof SecurityBindingElement) + 1;
    const binding = new CustomBinding([...elements.slice(0, at), recorder, ...elements.slice(at)]);
    const { calc, factory } = await mixed.client(binding, service.address, clock);
    try {
      expect(await calc.counter()).toBe(1);
      clock.advance(9 * 60 * MINUTE + MINUTE);
      expect(await calc.counter()).toBe(2);
      const renew = recorder.exchanges.find((e) => e.request.includes('/RST/SCT/Renew<'))!;
      expect(renew).toBeDefined();
      const envelope = parseXml(renew.request).root;
      const header = envelope.elements().find((e) => e.localName === 'Header')!;
      const security = header.elements().find((e) => e.localName === 'Security')!;
      expect(security.elements().map((e) => e.localName)).toEqual(shape);
      const sct = security.elements().find((e) => e.localName === 'SecurityContextToken')!;
      expect(sct.elements()[0].textContent).toBe(calc.sessionId);
      const signatures = security.elements().filter((e) => e.localName === 'Signature');
      const hmac = signatures.at(-1)!;
      const signedInfo = hmac.elements()[0];
      expect(signedInfo.elements()[1].getAttribute('Algorithm')).toBe(
        'http://www.w3.org/2000/09/xmldsig#hmac-sha1',
      );
      const references = signedInfo.elements().filter((e) => e.localName === 'Reference');
      const timestamp = security.elements()[0];
      expect(references.map((r) => r.getAttribute('URI'))).toEqual([
        `#${timestamp.getAttribute('Id', WSU_NAMESPACE)!}`,
      ]);
      const keyInfo = hmac.elements().find((e) => e.localName === 'KeyInfo')!;
      const reference = keyInfo.elements()[0].elements()[0];
      expect(reference.getAttribute('URI')).toBe(`#${sct.getAttribute('Id', WSU_NAMESPACE)!}`);
      await calc.close();
    } finally {
      await factory.close();
      await service.close();
    }
  });
});
