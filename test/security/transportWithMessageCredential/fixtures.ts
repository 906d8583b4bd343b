/**
 * The sample calculator behind a mixed-mode binding on loopback HTTPS: the Mono peer's service certificate
 * (CN=localhost, SAN 127.0.0.1, issued by its test CA) is the TLS certificate; the host trusts that CA for
 * client certificates at message level and accepts the user alice / secret. Clients trust the CA for TLS only —
 * mixed mode needs no service certificate at message level.
 */
import type { Binding } from '../../../src/channels/Binding';
import type { BindingContext } from '../../../src/channels/BindingContext';
import { BindingElement } from '../../../src/channels/BindingElement';
import type {
  ChannelShape,
  ChannelShapes,
  IChannelFactory,
  IRequestChannel,
} from '../../../src/channels/Channels';
import type { EndpointAddress } from '../../../src/channels/EndpointAddress';
import { DelegatingRequestChannel, LayeredChannelFactory } from '../../../src/channels/LayeredChannels';
import type { Message } from '../../../src/channels/Message';
import { serializeXml } from '../../../src/xml';
import type { ServiceToken } from '../../../src/channels/BindingParameters';
import { ClockToken, type Clock } from '../../../src/channels/Clock';
import { LoggerToken } from '../../../src/channels/Logger';
import { ChannelFactory } from '../../../src/client/ChannelFactory';
import type { IClientChannel } from '../../../src/client/ClientChannel';
import { ContainerServiceResolver, createIndigoContainer } from '../../../src/di/IndigoContainer';
import {
  UserNamePasswordValidationMode,
  UserNamePasswordValidator,
} from '../../../src/security/credentials/UserNamePasswordValidator';
import { X509CertificateValidationMode } from '../../../src/security/credentials/X509CertificateValidator';
import { ServiceHost } from '../../../src/service/ServiceHost';
import { CalculatorService } from '../../../samples/calculator/CalculatorService';
import { ICalculator } from '../../../samples/calculator/ICalculator';
import { testCertificates } from '../fixtures/testCertificates';

export interface MixedHost {
  readonly host: ServiceHost;
  readonly address: string;
  /** What the host logged (warnings and errors): why it refused each request. */
  readonly log: string[];
}

class RecordingServices extends ContainerServiceResolver {
  constructor(
    readonly log: string[],
    private readonly clock?: Clock,
  ) {
    super(createIndigoContainer());
  }

  override get<T>(token: ServiceToken<T>): T {
    if (token === (LoggerToken as ServiceToken<unknown>)) {
      const record = (m: string, d?: unknown): void => {
        this.log.push(d instanceof Error ? `${m}: ${d.message}` : m);
      };
      return { debug: () => undefined, info: () => undefined, warn: record, error: record } as T;
    }
    if (this.clock && token === (ClockToken as ServiceToken<unknown>)) return this.clock as T;
    return super.get(token);
  }
}

export const USER = { userName: 'alice', password: 'secret' } as const;

class AliceOnly extends UserNamePasswordValidator {
  validate(userName: string, password: string): void {
    if (userName !== USER.userName || password !== USER.password) throw new Error('bad credentials');
  }
}

export async function openMixedHost(
  binding: Binding,
  options: { scheme?: 'https' | 'http'; configure?: (host: ServiceHost) => void; clock?: Clock } = {},
): Promise<MixedHost> {
  const log: string[] = [];
  const host = new ServiceHost(CalculatorService, {
    baseAddresses: [`${options.scheme ?? 'https'}://127.0.0.1:0/`],
    services: new RecordingServices(log, options.clock),
  });
  host.credentials.serviceCertificate = testCertificates().service;
  host.credentials.clientCertificate.authentication.certificateValidationMode =
    X509CertificateValidationMode.ChainTrust;
  host.credentials.clientCertificate.authentication.trustedRoots.push(testCertificates().ca);
  host.credentials.userNameAuthentication.userNamePasswordValidationMode =
    UserNamePasswordValidationMode.Custom;
  host.credentials.userNameAuthentication.customUserNamePasswordValidator = new AliceOnly();
  host.addServiceEndpoint(ICalculator, binding, 'calc');
  options.configure?.(host);
  await host.open();
  return { host, address: host.endpoints[0].address.toString(), log };
}

export interface Credentials {
  readonly certificate?: boolean;
  readonly userName?: string;
  readonly password?: string;
}

/** A client trusting the test CA for TLS, with the credentials asked for (none by default). */
export async function mixedClient(
  binding: Binding,
  address: string,
  credentials: Credentials = {},
  configure?: (factory: ChannelFactory<ICalculator>) => void,
): Promise<{ calc: ICalculator & IClientChannel; factory: ChannelFactory<ICalculator> }> {
  const factory = new ChannelFactory(ICalculator, binding, address);
  factory.credentials.serviceCertificate.sslCertificateAuthentication.trustedAuthorities.push(
    testCertificates().ca.pem,
  );
  if (credentials.certificate) factory.credentials.clientCertificate.certificate = testCertificates().client;
  if (credentials.userName !== undefined) {
    factory.credentials.userName.userName = credentials.userName;
    factory.credentials.userName.password = credentials.password;
  }
  configure?.(factory);
  return { calc: await factory.createChannel(), factory };
}

/** Runs `body` against an open host and closes it whatever happens. */
export async function withMixedHost(
  binding: Binding,
  body: (host: MixedHost) => Promise<void>,
  options?: Parameters<typeof openMixedHost>[1],
): Promise<void> {
  const host = await openMixedHost(binding, options);
  try {
    await body(host);
  } finally {
    await host.host.close();
  }
}

/** The caller's identity whoAmI reports for the test client certificate. */
export const CLIENT_IDENTITY = /CN=wcf-test-client; [0-9A-F]{40}$/;

/** One exchange as it passed between the security layer and the encoder. */
export interface RecordedExchange {
  readonly request: string;
  readonly reply: string | undefined;
}

/**
 * A client-side element placed under the security element: it records each secured request and each reply as
 * XML, exactly what the encoder writes and reads (the Security header included).
 */
export class WireRecordingBindingElement extends BindingElement {
  readonly configurationName = 'wireRecording';

  constructor(readonly exchanges: RecordedExchange[] = []) {
    super();
  }

  override clone(): WireRecordingBindingElement {
    return new WireRecordingBindingElement(this.exchanges);
  }

  override describe(): Readonly<Record<string, unknown>> {
    return {};
  }

  override buildChannelFactory<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelFactory<ChannelShapes[S]> {
    const inner = context.buildInnerChannelFactory(shape) as unknown as IChannelFactory<IRequestChannel>;
    const exchanges = this.exchanges;
    class RecordingChannel extends DelegatingRequestChannel {
      override async request(message: Message, timeoutMs?: number): Promise<Message | null> {
        const request = serializeXml(message.toEnvelope());
        const reply = await super.request(message, timeoutMs);
        exchanges.push({
          request,
          reply: reply ? serializeXml(reply.envelope ?? reply.toEnvelope()) : undefined,
        });
        return reply;
      }
    }
    class RecordingFactory extends LayeredChannelFactory<IRequestChannel, IRequestChannel> {
      constructor() {
        super(inner);
      }

      createChannel(address: EndpointAddress, via?: URL): IRequestChannel {
        return new RecordingChannel(inner.createChannel(address, via));
      }
    }
    return new RecordingFactory() as unknown as IChannelFactory<ChannelShapes[S]>;
  }
}
