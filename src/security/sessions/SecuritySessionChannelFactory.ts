/**
 * The client of a secure session (RS SecuritySessionClientSettings.ClientSecurityRequestSessionChannel): opening
 * the channel obtains a Security Context Token over the bootstrap (RST/SCT ↔ RSTR); every request is then
 * protected with keys derived from it; closing sends RST/SCT/Cancel. The session's id is the SCT's Identifier,
 * as WCF's SessionId is. A reply the token does not protect faults the channel: the session is over.
 *
 * The factory closes the channels it made when it closes, as WCF's ChannelFactory does, so `factory.close()`
 * cancels every open session.
 */
import type {
  IChannelFactory,
  IRequestChannel,
  IRequestSessionChannel,
  ISession,
} from '../../channels/Channels';
import { CommunicationObject } from '../../channels/CommunicationObject';
import { CommunicationObjectStateException } from '../../channels/CommunicationErrors';
import type { EndpointAddress } from '../../channels/EndpointAddress';
import { LayeredChannelFactory } from '../../channels/LayeredChannels';
import type { Logger } from '../../channels/Logger';
import type { Message } from '../../channels/Message';
import type { InitiatorSecurity } from '../channels/MessageSecuritySides';
import type { SecuritySessionProtocol } from '../protocol/SecuritySessionProtocol';
import {
  verifySessionReply,
  type ClientSecurityContextToken,
  type SecuritySessionSecurityTokenProvider,
} from './SecuritySessionSecurityTokenProvider';

export interface SecuritySessionClientParts {
  readonly bootstrap: InitiatorSecurity;
  readonly provider: SecuritySessionSecurityTokenProvider;
  readonly protocol: SecuritySessionProtocol;
  readonly logger: Logger;
}

export class SecuritySessionChannelFactory extends LayeredChannelFactory<
  IRequestSessionChannel,
  IRequestChannel
> {
  private readonly channels = new Set<ClientSecuritySessionChannel>();

  constructor(
    inner: IChannelFactory<IRequestChannel>,
    private readonly parts: SecuritySessionClientParts,
  ) {
    super(inner);
  }

  override createChannel(address: EndpointAddress, via?: URL): IRequestSessionChannel {
    const channel = new ClientSecuritySessionChannel(
      this.innerFactory.createChannel(address, via),
      this.parts,
    );
    this.channels.add(channel);
    channel.onClosed(() => this.channels.delete(channel));
    return channel;
  }

  protected override async onClose(timeoutMs: number): Promise<void> {
    await Promise.all(
      [...this.channels].map((c) =>
        c.close(timeoutMs).catch((err: unknown) => {
          this.parts.logger.warn('A secure session could not be closed cleanly; it was aborted', err);
          c.abort();
        }),
      ),
    );
    await super.onClose(timeoutMs);
  }

  protected override onAbort(): void {
    for (const c of this.channels) c.abort();
    super.onAbort();
  }
}

class ClientSession implements ISession {
  constructor(private readonly channel: ClientSecuritySessionChannel) {}

  get id(): string {
    return this.channel.contextId;
  }
}

export class ClientSecuritySessionChannel extends CommunicationObject implements IRequestSessionChannel {
  readonly session: ISession = new ClientSession(this);
  private token: ClientSecurityContextToken | undefined;
  /** The SCT's Identifier: the session id, from open on (it outlives the token, which close cancels). */
  contextId = '';

  constructor(
    private readonly inner: IRequestChannel,
    private readonly parts: SecuritySessionClientParts,
  ) {
    super();
  }

  get remoteAddress(): EndpointAddress {
    return this.inner.remoteAddress;
  }

  get via(): URL {
    return this.inner.via;
  }

  /** The session's token once the channel is open. */
  get sessionToken(): ClientSecurityContextToken | undefined {
    return this.token;
  }

  protected async onOpen(timeoutMs: number): Promise<void> {
    if (this.inner.state === 'Created') await this.inner.open(timeoutMs);
    const bootstrap = this.parts.bootstrap.forTarget(this.remoteAddress);
    this.token = await this.parts.provider.issue(this.inner, bootstrap, this.remoteAddress, timeoutMs);
    this.contextId = this.token.contextId;
  }

  async request(message: Message, timeoutMs?: number): Promise<Message | null> {
    this.throwIfNotOpened();
    const token = this.token!;
    const secured = this.parts.protocol.secure(message, token, 'request', {
      tokenElement: token.element.clone(),
    });
    const reply = await this.inner.request(secured, timeoutMs);
    if (reply === null) return null;
    try {
      return verifySessionReply(this.parts.protocol, reply, token);
    } catch (err) {
      // WCF faults the session channel when a reply fails security: its token is no longer good.
      this.fault();
      throw err;
    }
  }

  protected async onClose(timeoutMs: number): Promise<void> {
    const token = this.token;
    if (token) {
      this.token = undefined;
      await this.parts.provider.cancel(this.inner, this.parts.protocol, token, this.remoteAddress, timeoutMs);
    }
    await this.inner.close(timeoutMs);
  }

  protected onAbort(): void {
    this.token = undefined;
    this.inner.abort();
  }

  protected override throwIfNotOpened(): void {
    if (this.state !== 'Opened' || !this.token) {
      throw new CommunicationObjectStateException(
        `The secure session channel cannot be used for communication because it is in the ${this.state} state.`,
      );
    }
  }
}
