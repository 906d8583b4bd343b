/**
 * The client of a secure session (RS SecuritySessionClientSettings.ClientSecurityRequestSessionChannel): opening
 * the channel obtains a Security Context Token over the bootstrap (RST/SCT ↔ RSTR); every request is then
 * protected with keys derived from it; closing sends RST/SCT/Cancel. The session's id is the SCT's Identifier,
 * as WCF's SessionId is. Before the key's renewal time, or when the service answers RenewNeeded, the key is
 * renewed (RST/SCT/Renew, spec §9) and the session goes on under the same id. A reply the token does not
 * protect faults the channel: the session is over.
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
import type { Clock } from '../../channels/Clock';
import { MessageSecurityException } from '../../channels/CommunicationErrors';
import { FaultException } from '../../channels/FaultException';
import type { InitiatorChannelSecurity, InitiatorSecurity } from '../channels/MessageSecuritySides';
import type { LocalClientSecuritySettings } from '../LocalSecuritySettings';
import type { MessageSecurityVersion } from '../MessageSecurityVersion';
import { isRenewNeededFault } from '../SecurityFaults';
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
  readonly securityVersion: MessageSecurityVersion;
  readonly clock: Clock;
  /** sessionKeyRenewalInterval and cookieRenewalThresholdPercentage say when the key is renewed. */
  readonly local: LocalClientSecuritySettings;
  /** WCF's canRenewSession (SecureConversationSecurityTokenParameters): false never renews. */
  readonly canRenewSession: boolean;
}

/**
 * When the client renews a key (RS SecuritySessionClientSettings.GetKeyRenewalTime): at
 * cookieRenewalThresholdPercentage of its window, and no later than sessionKeyRenewalInterval after it began
 * (defaults: min(60 % × 15 h, 10 h) = 9 h).
 */
export function keyRenewalTime(
  token: Pick<ClientSecurityContextToken, 'validFrom' | 'validTo'>,
  local: LocalClientSecuritySettings,
): number {
  if (token.validFrom === undefined) return Number.POSITIVE_INFINITY;
  const window = Math.max(0, token.validTo - token.validFrom);
  return Math.min(
    token.validFrom + (window * local.cookieRenewalThresholdPercentage) / 100,
    token.validFrom + local.sessionKeyRenewalInterval,
  );
}

/** The outcome of one send: the reply, or the service's word that the key must be renewed. */
type SendOutcome =
  | { readonly renewNeeded: false; readonly reply: Message | null }
  | { readonly renewNeeded: true; readonly error: Error };

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
  private bootstrap: InitiatorChannelSecurity | undefined;
  /** The renewal under way: concurrent requests wait for the one renewal rather than starting their own. */
  private renewing: Promise<void> | undefined;
  /**
   * The generation the last renewal replaced and until when replies under it are still taken: WCF's client
   * keeps the previous session token for localClientSettings.sessionKeyRolloverInterval, then drops it.
   */
  private previous: { readonly token: ClientSecurityContextToken; readonly until: number } | undefined;
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
    this.bootstrap = this.parts.bootstrap.forTarget(this.remoteAddress);
    this.token = await this.parts.provider.issue(this.inner, this.bootstrap, this.remoteAddress, timeoutMs);
    this.contextId = this.token.contextId;
  }

  /**
   * Sends a request of the session (spec §9, WCF's client): the key is renewed first when its renewal time has
   * come; a RenewNeeded answer renews it and sends the request once more under the new key.
   */
  async request(message: Message, timeoutMs?: number): Promise<Message | null> {
    this.throwIfNotOpened();
    // Every built-in bootstrap carries a renewal (symmetric, asymmetric, transport); one that cannot (a custom
    // InitiatorSecurity without secureEndorsedRequest) leaves the key to the service's RenewNeeded.
    const renews = this.parts.canRenewSession && this.bootstrap?.secureEndorsedRequest !== undefined;
    if (renews && this.parts.clock.now() >= keyRenewalTime(this.token!, this.parts.local))
      await this.renewKey(this.token!, timeoutMs);
    const first = await this.send(message, timeoutMs);
    if (!first.renewNeeded) return first.reply;
    if (!this.parts.canRenewSession) {
      this.fault();
      throw first.error;
    }
    await this.renewKey(first.token, timeoutMs);
    const second = await this.send(message, timeoutMs);
    if (!second.renewNeeded) return second.reply;
    this.fault();
    throw second.error;
  }

  /** One attempt under the current key; the reply is checked with the key it was sent under. */
  private async send(
    message: Message,
    timeoutMs: number | undefined,
  ): Promise<SendOutcome & { readonly token: ClientSecurityContextToken }> {
    this.throwIfNotOpened();
    const token = this.token!;
    const secured = this.parts.protocol.secure(message, token, 'request', {
      tokenElement: token.element.clone(),
    });
    const reply = await this.inner.request(secured, timeoutMs);
    if (reply === null) return { renewNeeded: false, reply: null, token };
    if (!this.acceptsRepliesUnder(token)) {
      // As a reply that fails security: the session channel faults (WCF's client).
      this.fault();
      throw new MessageSecurityException(
        `The reply is secured with a session key of secure session ${this.contextId} that was renewed more than ` +
          `sessionKeyRolloverInterval (${this.parts.local.sessionKeyRolloverInterval} ms) ago.`,
      );
    }
    let verified: Message;
    try {
      verified = verifySessionReply(this.parts.protocol, reply, token);
    } catch (err) {
      // An unsecured RenewNeeded is still RenewNeeded (RS GetProtocolFault reads it either way).
      if (this.isRenewNeeded(err)) return { renewNeeded: true, error: err as Error, token };
      // WCF faults the session channel when a reply fails security: its token is no longer good.
      this.fault();
      throw err;
    }
    if (verified.isFault && isRenewNeededFault(verified.getFault().code, this.parts.securityVersion)) {
      const error = new MessageSecurityException('The service asked for the session key to be renewed.', {
        cause: FaultException.fromMessageFault(verified.getFault(), verified.action),
      });
      return { renewNeeded: true, error, token };
    }
    return { renewNeeded: false, reply: verified, token };
  }

  /** The current generation, or the one a renewal replaced while its rollover interval lasts. */
  private acceptsRepliesUnder(token: ClientSecurityContextToken): boolean {
    if (token === this.token || this.token === undefined) return true;
    const previous = this.previous;
    return previous !== undefined && previous.token === token && this.parts.clock.now() <= previous.until;
  }

  private isRenewNeeded(err: unknown): boolean {
    const cause = err instanceof MessageSecurityException ? err.cause : undefined;
    return cause instanceof FaultException && isRenewNeededFault(cause.code, this.parts.securityVersion);
  }

  /**
   * Renews `stale` unless another request already did: RST/SCT/Renew over the bootstrap, then every request
   * goes under the new generation; replies to requests already sent under the old one are still taken for the
   * client's sessionKeyRolloverInterval (the service honours the old key as long as its own).
   */
  private async renewKey(stale: ClientSecurityContextToken, timeoutMs: number | undefined): Promise<void> {
    while (this.renewing) await this.renewing;
    if (this.token !== stale) return;
    this.renewing = (async () => {
      try {
        this.token = await this.parts.provider.renew(
          this.inner,
          this.bootstrap!,
          stale,
          this.remoteAddress,
          timeoutMs,
        );
        this.previous = {
          token: stale,
          until: this.parts.clock.now() + this.parts.local.sessionKeyRolloverInterval,
        };
      } catch (err) {
        this.parts.logger.warn(`Secure session ${this.contextId}: the key could not be renewed`, err);
        this.fault();
        throw err;
      } finally {
        this.renewing = undefined;
      }
    })();
    await this.renewing;
  }

  protected async onClose(timeoutMs: number): Promise<void> {
    const token = this.token;
    this.previous = undefined;
    if (token) {
      this.token = undefined;
      await this.parts.provider.cancel(this.inner, this.parts.protocol, token, this.remoteAddress, timeoutMs);
    }
    await this.inner.close(timeoutMs);
  }

  protected onAbort(): void {
    this.token = undefined;
    this.previous = undefined;
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
