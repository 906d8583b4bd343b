/**
 * Session key renewal over the bootstraps that are not symmetric (spec/secure-conversation.md §9; RS
 * SecuritySessionSecurityTokenProvider.DoOperation adds the session token as an endorsing supporting token of
 * the Renew whatever the bootstrap): MutualCertificate with WS-Security 1.0 (AsymmetricSecurityProtocol: the
 * SCT, or a key derived from it, signs the primary signature) and the over-transport bootstraps of mixed mode
 * (TransportSecurityProtocol: the SCT's key signs the Timestamp beside the bootstrap's own tokens). Real HTTP
 * (HTTPS for mixed mode) on loopback; clocks the tests move.
 */
import type { ServiceToken } from '../../../src/channels/BindingParameters';
import type { Binding } from '../../../src/channels/Binding';
import { ClockToken, type Clock } from '../../../src/channels/Clock';
import { MessageSecurityException } from '../../../src/channels/CommunicationErrors';
import { FaultException } from '../../../src/channels/FaultException';
import type { ChannelFactory } from '../../../src/client/ChannelFactory';
import { ContainerServiceResolver, createIndigoContainer } from '../../../src/di/IndigoContainer';
import { AsymmetricSecurityBindingElement } from '../../../src/security/AsymmetricSecurityBindingElement';
import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import type { SymmetricSecurityBindingElement } from '../../../src/security/SymmetricSecurityBindingElement';
import type { SecureConversationSecurityTokenParameters } from '../../../src/security/tokens/SecureConversationSecurityTokenParameters';
import type {
  ClientSecuritySessionChannel,
  SecuritySessionChannelFactory,
} from '../../../src/security/sessions/SecuritySessionChannelFactory';
import type { SecuritySessionChannelListener } from '../../../src/security/sessions/SecuritySessionChannelListener';
import { SecuritySessionSecurityTokenProvider } from '../../../src/security/sessions/SecuritySessionSecurityTokenProvider';
import type { ServiceHost } from '../../../src/service/ServiceHost';
import type { ChannelDispatcher } from '../../../src/service/runtime/ChannelDispatcher';
import type { ICalculator } from '../../../samples/calculator/ICalculator';
import { calculator } from '../fixtures/secureCalculator';
import { openSessionHost, sessionBinding } from './fixtures/sessionHost';

const MINUTE = 60_000;

/** The system clock plus an offset the test moves. */
function movableClock(offset = 0): Clock & { advance(ms: number): void } {
  let shift = offset;
  return { now: () => Date.now() + shift, advance: (ms) => (shift += ms) };
}

/** The default client services, with another clock. */
class ClientServices extends ContainerServiceResolver {
  constructor(private readonly clock: Clock) {
    super(createIndigoContainer());
  }

  override get<T>(token: ServiceToken<T>): T {
    if (token === (ClockToken as ServiceToken<unknown>)) return this.clock as T;
    return super.get(token);
  }
}

/** The key generations the service holds for a session, oldest first. */
function generations(host: ServiceHost, contextId: string): readonly (string | undefined)[] {
  const dispatchers = host['dispatchers'] as ChannelDispatcher[];
  const listener = dispatchers[0].listener as SecuritySessionChannelListener;
  return listener['parts'].authenticator.keyGenerations(contextId);
}

/** The one secure session channel a factory holds. */
function sessionChannel(factory: ChannelFactory<ICalculator>): ClientSecuritySessionChannel {
  const sessions = factory['innerFactory'] as unknown as SecuritySessionChannelFactory;
  const channels = [...(sessions['channels'] as Set<ClientSecuritySessionChannel>)];
  expect(channels).toHaveLength(1);
  return channels[0];
}

/** RST/SCT/Renew for the channel's session, secured by the bootstrap but not endorsed by the SCT. */
async function renewUnendorsed(channel: ClientSecuritySessionChannel): Promise<unknown> {
  const parts = channel['parts'];
  const provider = new SecuritySessionSecurityTokenProvider({
    ...parts.provider['settings'],
    endorsement: () => ({ tokens: [], signers: [] }),
  });
  return provider.renew(
    channel['inner'],
    channel['bootstrap']!,
    channel.sessionToken!,
    channel.remoteAddress,
  );
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

const CASES: readonly (readonly [string, BootstrapCase])[] = [
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

  it('refuses a Renew the SCT does not endorse (InvalidRequest) and keeps the session', async () => {
    const clock = movableClock();
    const service = await bootstrap.open({ clock });
    const { calc, factory } = await bootstrap.client(bootstrap.binding(), service.address, clock);
    try {
      expect(await calc.counter()).toBe(1);
      const channel = sessionChannel(factory);
      const error = await renewUnendorsed(channel).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(error).toBeInstanceOf(MessageSecurityException);
      const cause = (error as MessageSecurityException).cause;
      expect(cause).toBeInstanceOf(FaultException);
      expect((cause as FaultException).code.subCode?.name).toBe('InvalidRequest');
      expect(generations(service.host, calc.sessionId!)).toEqual([undefined]);
      expect(await calc.counter()).toBe(2);
      await calc.close();
    } finally {
      await factory.close();
      await service.close();
    }
  });
});
