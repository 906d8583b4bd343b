/**
 * The client side of message security (WCF's SecurityChannelFactory over a request channel): each request is
 * secured before it goes down the stack and its reply verified before it comes up. Nothing is sent when the
 * credentials are missing or the service certificate is not trusted.
 */
import type { IChannelFactory, IRequestChannel } from '../../channels/Channels';
import type { EndpointAddress } from '../../channels/EndpointAddress';
import { DelegatingRequestChannel, LayeredChannelFactory } from '../../channels/LayeredChannels';
import type { Message } from '../../channels/Message';
import type { InitiatorChannelSecurity, InitiatorSecurity } from './MessageSecuritySides';

export class SecurityChannelFactory extends LayeredChannelFactory<IRequestChannel, IRequestChannel> {
  constructor(
    inner: IChannelFactory<IRequestChannel>,
    private readonly security: InitiatorSecurity,
  ) {
    super(inner);
  }

  override createChannel(address: EndpointAddress, via?: URL): IRequestChannel {
    return new SecurityRequestChannel(this.innerFactory.createChannel(address, via), this.security);
  }
}

export class SecurityRequestChannel extends DelegatingRequestChannel {
  private channelSecurity: InitiatorChannelSecurity | undefined;

  constructor(
    inner: IRequestChannel,
    private readonly security: InitiatorSecurity,
  ) {
    super(inner);
  }

  /** Credentials are resolved and checked once per channel (WCF does it when the channel opens). */
  private get target(): InitiatorChannelSecurity {
    return (this.channelSecurity ??= this.security.forTarget(this.remoteAddress));
  }

  protected override async onOpen(timeoutMs: number): Promise<void> {
    void this.target;
    await super.onOpen(timeoutMs);
  }

  override async request(message: Message, timeoutMs?: number): Promise<Message | null> {
    const target = this.target;
    const { message: secured, state } = target.secureRequest(message);
    const reply = await this.inner.request(secured, timeoutMs);
    return reply === null ? null : target.verifyReply(reply, state);
  }
}
