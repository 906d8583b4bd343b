import http from 'node:http';
import https from 'node:https';
import type { BindingContext } from '../../channels/BindingContext';
import type { IChannelFactory, IRequestChannel } from '../../channels/Channels';
import { CommunicationObject } from '../../channels/CommunicationObject';
import type { EndpointAddress } from '../../channels/EndpointAddress';
import type { MessageEncoder } from '../../channels/MessageEncoder';
import { HttpRequestChannel } from './HttpRequestChannel';
import { HttpsClientCredentials } from './HttpsCredentials';
import type { HttpTransportBindingElement } from './HttpTransportBindingElement';

/**
 * Creates request channels over one keep-alive agent, so every channel of a factory reuses connections
 * (WCF's HttpChannelFactory shares its connection pool the same way).
 */
export class HttpChannelFactory extends CommunicationObject implements IChannelFactory<IRequestChannel> {
  readonly agent: http.Agent;
  private readonly channels = new Set<HttpRequestChannel>();
  readonly sendTimeout: number;

  constructor(
    readonly element: HttpTransportBindingElement,
    readonly encoder: MessageEncoder,
    context: BindingContext,
  ) {
    super(context.binding.openTimeout, context.binding.closeTimeout);
    this.sendTimeout = context.binding.sendTimeout;
    const tls = context.bindingParameters.find(HttpsClientCredentials);
    const agentOptions = {
      keepAlive: element.keepAliveEnabled,
      maxSockets: Infinity,
      scheduling: 'lifo' as const,
    };
    this.agent =
      element.scheme === 'https'
        ? new https.Agent({
            ...agentOptions,
            ca: tls?.trustedAuthorities.length ? tls.trustedAuthorities : undefined,
            key: tls?.clientCertificate?.key,
            cert: tls?.clientCertificate?.cert,
            rejectUnauthorized: tls?.validateServerCertificate ?? true,
          })
        : new http.Agent(agentOptions);
  }

  createChannel(address: EndpointAddress, via?: URL): IRequestChannel {
    this.throwIfNotOpened();
    const channel = new HttpRequestChannel(this, address, via ?? address.uri);
    this.channels.add(channel);
    channel.onClosed(() => this.channels.delete(channel));
    return channel;
  }

  protected async onOpen(): Promise<void> {}

  protected async onClose(timeoutMs: number): Promise<void> {
    await Promise.all([...this.channels].map((c) => c.close(timeoutMs)));
    this.agent.destroy();
  }

  protected onAbort(): void {
    for (const c of this.channels) c.abort();
    this.agent.destroy();
  }
}
