/**
 * The client of cookie-mode secure conversation (requireCancellation=false; RS SecurityProtocolFactory with an
 * AcceleratedTokenProvider): no session channel — each request is protected with a Security Context Token whose
 * dnse:Cookie carries the service's state. The token is obtained on first use and, with `cacheCookies` (WCF's
 * default), shared by every channel of the factory to the same address and reused until
 * `cookieRenewalThresholdPercentage` of its lifetime has passed. A token the service no longer accepts
 * (BadContextToken) is dropped, so the next call obtains a new one. Nothing is cancelled: cookie tokens cannot be.
 */
import type { IChannelFactory, IRequestChannel } from '../../channels/Channels';
import type { Clock } from '../../channels/Clock';
import { MessageSecurityException } from '../../channels/CommunicationErrors';
import type { EndpointAddress } from '../../channels/EndpointAddress';
import { DelegatingRequestChannel, LayeredChannelFactory } from '../../channels/LayeredChannels';
import type { Message } from '../../channels/Message';
import type { InitiatorSecurity } from '../channels/MessageSecuritySides';
import type { LocalClientSecuritySettings } from '../LocalSecuritySettings';
import type { SecuritySessionProtocol } from '../protocol/SecuritySessionProtocol';
import {
  verifySessionReply,
  type ClientSecurityContextToken,
  type SecuritySessionSecurityTokenProvider,
} from './SecuritySessionSecurityTokenProvider';

export interface SecurityCookieClientParts {
  readonly bootstrap: InitiatorSecurity;
  readonly provider: SecuritySessionSecurityTokenProvider;
  readonly protocol: SecuritySessionProtocol;
  readonly local: LocalClientSecuritySettings;
  readonly clock: Clock;
}

interface CachedToken {
  readonly token: Promise<ClientSecurityContextToken>;
  /** When the token should be replaced (the renewal threshold of its lifetime). */
  renewAt: number;
}

export class SecurityCookieChannelFactory extends LayeredChannelFactory<IRequestChannel, IRequestChannel> {
  private readonly tokens = new Map<string, CachedToken>();

  constructor(
    inner: IChannelFactory<IRequestChannel>,
    private readonly parts: SecurityCookieClientParts,
  ) {
    super(inner);
  }

  override createChannel(address: EndpointAddress, via?: URL): IRequestChannel {
    return new ClientSecurityCookieChannel(this.innerFactory.createChannel(address, via), this, this.parts);
  }

  /** The token for a target: the cached one while it is good, else a new one over the bootstrap. */
  tokenFor(channel: IRequestChannel): Promise<ClientSecurityContextToken> {
    const key = channel.remoteAddress.toString();
    const now = this.parts.clock.now();
    const cached = this.parts.local.cacheCookies ? this.tokens.get(key) : undefined;
    if (cached && now < cached.renewAt) return cached.token;
    const bootstrap = this.parts.bootstrap.forTarget(channel.remoteAddress);
    const entry: CachedToken = {
      token: this.parts.provider.issue(channel, bootstrap, channel.remoteAddress),
      renewAt: Number.MAX_SAFE_INTEGER,
    };
    if (this.parts.local.cacheCookies) {
      this.tokens.set(key, entry);
      entry.token.then(
        (token) => {
          const lifetime = Math.max(0, token.validTo - now);
          const threshold = (lifetime * this.parts.local.cookieRenewalThresholdPercentage) / 100;
          entry.renewAt = now + Math.min(threshold, this.parts.local.maxCookieCachingTime);
        },
        () => this.forget(key, entry),
      );
    }
    return entry.token;
  }

  /** Drops a token the service refused, so that the next call obtains a new one. */
  forgetToken(channel: IRequestChannel, token: ClientSecurityContextToken): void {
    const key = channel.remoteAddress.toString();
    const entry = this.tokens.get(key);
    if (!entry) return;
    void entry.token.then((t) => {
      if (t.contextId === token.contextId) this.forget(key, entry);
    });
  }

  private forget(key: string, entry: CachedToken): void {
    if (this.tokens.get(key) === entry) this.tokens.delete(key);
  }
}

class ClientSecurityCookieChannel extends DelegatingRequestChannel {
  constructor(
    inner: IRequestChannel,
    private readonly factory: SecurityCookieChannelFactory,
    private readonly parts: SecurityCookieClientParts,
  ) {
    super(inner);
  }

  override async request(message: Message, timeoutMs?: number): Promise<Message | null> {
    const token = await this.factory.tokenFor(this.inner);
    const secured = this.parts.protocol.secure(message, token, 'request', {
      tokenElement: token.element.clone(),
    });
    const reply = await this.inner.request(secured, timeoutMs);
    if (reply === null) return null;
    try {
      return verifySessionReply(this.parts.protocol, reply, token);
    } catch (err) {
      if (err instanceof MessageSecurityException) this.factory.forgetToken(this.inner, token);
      throw err;
    }
  }
}
