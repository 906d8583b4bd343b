/**
 * The service side of secure sessions (RS SecuritySessionServerSettings, SecuritySessionSecurityTokenAuthenticator):
 * one pump reads every request of the transport's reply channel and sorts it by wsa:Action —
 *
 * - RST/SCT: verified by the bootstrap security; the authenticator issues a token; a new session channel is
 *   handed to the service model (acceptChannel), and the RSTR goes back under the bootstrap's protection;
 * - RST/SCT/Cancel: verified with the session's token; the token is forgotten and the session channel ends
 *   (its instance is released);
 * - RST/SCT/Renew: verified by the bootstrap and endorsed by the session's token; a new key generation is
 *   issued, the previous one honoured for sessionKeyRolloverInterval (spec §9);
 * - anything else: verified with the token it names, then delivered to that session's channel; its reply is
 *   secured with the same token.
 *
 * A request under a key that has expired is answered RenewNeeded, secured with that key, and the session is
 * kept. A request that fails is answered with WCF's unsecured fault (BadContextToken for an unknown or
 * cancelled token) and the pump goes on: one bad client never stops the others. Sessions that carry no request
 * for `inactivityTimeout` are reclaimed. Issued-but-unused sessions count against `maxPendingSessions`; beyond
 * it RST/SCT is refused with ServerTooBusy, and established sessions are not affected.
 */
import type {
  IChannelListener,
  IReplyChannel,
  IReplySessionChannel,
  ISession,
  RequestContext,
  RequestReceiver,
} from '../../channels/Channels';
import { CommunicationObject } from '../../channels/CommunicationObject';
import { EndpointAddress } from '../../channels/EndpointAddress';
import type { Logger } from '../../channels/Logger';
import type { Message } from '../../channels/Message';
import type { RecipientSecurity } from '../channels/MessageSecuritySides';
import type { TrustDriver } from '../conversation';
import { MessageSecurityError } from '../MessageSecurityError';
import type { SessionKey } from '../protocol/SecurityContextProtocol';
import type { SecuritySessionProtocol } from '../protocol/SecuritySessionProtocol';
import { ProtectionLevel } from '../SecurityEnumerations';
import { createRenewNeededFault, createSecurityFault, securityFaultCodeOf } from '../SecurityFaults';
import { SecurityMessagePropertyName, type SecurityMessageProperty } from '../SecurityMessageProperty';
import { SecureConversationFaultCodes } from '../wss/WssConstants';
import type {
  IssuedSession,
  SecuritySessionSecurityTokenAuthenticator,
} from './SecuritySessionSecurityTokenAuthenticator';

export interface SecuritySessionServerParts {
  readonly bootstrap: RecipientSecurity;
  readonly authenticator: SecuritySessionSecurityTokenAuthenticator;
  readonly protocol: SecuritySessionProtocol;
  readonly driver: TrustDriver;
  readonly logger: Logger;
  readonly inactivityTimeout: number;
}

export class SecuritySessionChannelListener
  extends CommunicationObject
  implements IChannelListener<IReplySessionChannel | IReplyChannel>
{
  private readonly sessions = new Map<string, ServerSecuritySessionChannel>();
  /** Cookie mode: the one datagram channel every request goes to (there is no session). */
  private cookieChannel: ServerSecurityCookieChannel | undefined;
  private cookieChannelAccepted = false;
  private readonly acceptQueue: ServerSecuritySessionChannel[] = [];
  private readonly acceptWaiters: ((channel: ServerSecuritySessionChannel | null) => void)[] = [];
  private readonly pumps: Promise<void>[] = [];
  private acceptLoop: Promise<void> | undefined;
  /** Reclaims idle sessions: one timer for them all, not one per session (see sweepIdleSessions). */
  private sweeper: NodeJS.Timeout | undefined;
  /** Sweeps so far; a session notes the count at its last activity (a small integer, not a time). */
  private sweeps = 0;
  /** The local address of the last session opened; sessions at the same address share it. */
  private lastLocalAddress: EndpointAddress | undefined;

  constructor(
    private readonly inner: IChannelListener<IReplyChannel>,
    private readonly parts: SecuritySessionServerParts,
  ) {
    super();
  }

  get uri(): URL {
    return this.inner.uri;
  }

  /** Open sessions (issued and not yet cancelled, closed or reclaimed). */
  get sessionCount(): number {
    return this.sessions.size;
  }

  acceptChannel(): Promise<IReplySessionChannel | IReplyChannel | null> {
    if (this.cookieChannel && !this.cookieChannelAccepted) {
      this.cookieChannelAccepted = true;
      return Promise.resolve(this.cookieChannel);
    }
    const next = this.acceptQueue.shift();
    if (next) return Promise.resolve(next);
    if (this.state !== 'Opened') return Promise.resolve(null);
    return new Promise((resolve) => this.acceptWaiters.push(resolve));
  }

  protected async onOpen(timeoutMs: number): Promise<void> {
    await this.inner.open(timeoutMs);
    if (this.parts.authenticator.cookieMode) this.cookieChannel = new ServerSecurityCookieChannel(this.uri);
    this.acceptLoop = this.acceptTransportChannels();
  }

  protected async onClose(timeoutMs: number): Promise<void> {
    await this.inner.close(timeoutMs);
    this.release();
    clearInterval(this.sweeper);
    await Promise.all(this.pumps);
    await this.acceptLoop;
  }

  protected onAbort(): void {
    this.inner.abort();
    this.release();
    clearInterval(this.sweeper);
    for (const s of [...this.sessions.values()]) s.abort();
  }

  private release(): void {
    for (const waiter of this.acceptWaiters.splice(0)) waiter(null);
    this.cookieChannel?.end();
  }

  private async acceptTransportChannels(): Promise<void> {
    for (;;) {
      let channel: IReplyChannel | null;
      try {
        channel = await this.inner.acceptChannel();
      } catch (err) {
        if (this.state === 'Opened') this.parts.logger.error('Accepting a transport channel failed', err);
        return;
      }
      if (!channel) return;
      this.pumps.push(this.pump(channel));
    }
  }

  private async pump(channel: IReplyChannel): Promise<void> {
    if (channel.state === 'Created') await channel.open();
    for (;;) {
      let context: RequestContext | null;
      try {
        context = await channel.receiveRequest();
      } catch (err) {
        this.parts.logger.warn('Receiving a request failed', err);
        return;
      }
      if (!context) return;
      // Each request is handled on its own: a slow bootstrap never holds up a session's calls.
      void this.handle(context);
    }
  }

  private async handle(context: RequestContext): Promise<void> {
    const request = context.requestMessage;
    const actions = this.parts.driver.actions;
    try {
      switch (request.headers.action) {
        case actions.issue:
          await this.issue(context);
          return;
        case actions.cancel:
          await this.cancel(context);
          return;
        case actions.renew:
          await this.renew(context);
          return;
        default:
          this.deliver(context);
      }
    } catch (err) {
      this.refuse(context, request, err);
    }
  }

  private async issue(context: RequestContext): Promise<void> {
    const request = context.requestMessage;
    const verified = await this.parts.bootstrap.verifyRequest(request);
    let issued: IssuedSession;
    try {
      issued = this.parts.authenticator.issue(verified.message, verified.security);
    } catch (err) {
      // A verified RST/SCT the authenticator refuses (InvalidRequest, ServerTooBusy beyond maxPendingSessions)
      // is answered as WCF answers it: the RST operation's fault, secured by the bootstrap like its RSTR.
      if (!(err instanceof MessageSecurityError)) throw err;
      this.parts.logger.warn(`An RST/SCT was refused: ${err.message}`);
      const fault = createSecurityFault(
        request.version,
        securityFaultCodeOf(err),
        request.headers.messageId,
        this.parts.authenticator.securityVersion,
      );
      await context.reply(verified.secureReply(fault));
      return;
    }
    if (this.parts.authenticator.cookieMode) {
      await context.reply(verified.secureReply(issued.response));
      return;
    }
    const session = new ServerSecuritySessionChannel(
      this,
      issued,
      this.localAddressFor(context.requestMessage.headers.to),
    );
    this.sessions.set(issued.token.contextId, session);
    this.startSweeping();
    const reply = verified.secureReply(issued.response);
    await context.reply(reply);
    const waiter = this.acceptWaiters.shift();
    if (waiter) waiter(session);
    else this.acceptQueue.push(session);
  }

  private async cancel(context: RequestContext): Promise<void> {
    const verified = this.parts.protocol.verify(
      context.requestMessage,
      this.parts.authenticator,
      'request',
      ProtectionLevel.Sign,
    );
    const { token, response } = this.parts.authenticator.cancel(
      verified.message,
      verified.contextId,
      verified.keyGeneration,
    );
    const reply = this.parts.protocol.secure(response, token, 'reply', { protection: ProtectionLevel.Sign });
    await context.reply(reply);
    this.sessions.get(verified.contextId)?.end();
  }

  /**
   * RST/SCT/Renew (spec §9): verified by the bootstrap, endorsed by the session's current SCT, answered under
   * the bootstrap's protection with the new key generation. The session and its instance go on.
   */
  private async renew(context: RequestContext): Promise<void> {
    const bootstrap = this.parts.bootstrap;
    if (!bootstrap.verifyEndorsedRequest)
      throw new MessageSecurityError(
        'This bootstrap cannot carry a renewal.',
        SecureConversationFaultCodes.InvalidRequest,
      );
    const verified = await bootstrap.verifyEndorsedRequest(context.requestMessage, this.parts.authenticator);
    const endorsing = verified.sessionTokens ?? [];
    const session = endorsing.length === 1 ? this.sessions.get(endorsing[0].contextId) : undefined;
    if (endorsing.length === 1 && !session)
      throw new MessageSecurityError(
        'The session of this security context token has ended.',
        SecureConversationFaultCodes.BadContextToken,
      );
    const renewed = this.parts.authenticator.renew(verified.message, verified.security, endorsing);
    session?.touch();
    this.parts.logger.info(
      `Secure session ${renewed.token.contextId}: key renewed (generation ${renewed.token.keyGeneration ?? ''}).`,
    );
    await context.reply(verified.secureReply(renewed.response));
  }

  private deliver(context: RequestContext): void {
    const verified = this.parts.protocol.verify(context.requestMessage, this.parts.authenticator, 'request');
    if (this.cookieChannel) {
      const cookie = this.parts.authenticator.takeCookie(verified.contextId);
      if (!cookie) throw new MessageSecurityError('The cookie was not read.');
      verified.message.properties.set(SecurityMessagePropertyName, cookie.identity);
      this.cookieChannel.enqueue(this.securedContext(context, verified.message, cookie.key));
      return;
    }
    const session = this.sessions.get(verified.contextId);
    const token = this.parts.authenticator.token(verified.contextId, verified.keyGeneration);
    if (!session || !token) {
      throw new MessageSecurityError(
        'The session of this security context token has ended.',
        SecureConversationFaultCodes.BadContextToken,
      );
    }
    if (this.parts.authenticator.isKeyExpired(token)) {
      // WCF's CheckIncomingToken: the session is kept; the client renews the key and sends the message again.
      this.parts.logger.warn(
        `Secure session ${verified.contextId}: a message under an expired key was answered RenewNeeded.`,
      );
      this.sendRenewNeeded(context, token);
      return;
    }
    this.parts.authenticator.markUsed(verified.contextId);
    verified.message.properties.set(SecurityMessagePropertyName, session.identity);
    session.enqueue(this.securedContext(context, verified.message, token));
  }

  /** The request as the service model sees it; its reply is secured with the same token. */
  private securedContext(context: RequestContext, message: Message, token: SessionKey): RequestContext {
    return {
      requestMessage: message,
      reply: (reply, timeoutMs) =>
        context.reply(reply === null ? null : this.parts.protocol.secure(reply, token, 'reply'), timeoutMs),
      abort: () => context.abort(),
    };
  }

  /** RenewNeeded, secured with the session's key (RS ServerSecuritySessionChannel.SendRenewFault). */
  private sendRenewNeeded(context: RequestContext, token: SessionKey): void {
    const request = context.requestMessage;
    const fault = createRenewNeededFault(
      request.version,
      request.headers.messageId,
      this.parts.authenticator.securityVersion,
    );
    context.reply(this.parts.protocol.secure(fault, token, 'reply')).catch((err: unknown) => {
      this.parts.logger.warn('The RenewNeeded fault could not be sent', err);
      context.abort();
    });
  }

  /** WCF's unsecured fault for a refused request; only the log says why. */
  private refuse(context: RequestContext, request: Message, err: unknown): void {
    if (err instanceof MessageSecurityError)
      this.parts.logger.warn(`A secure session request was refused: ${err.message}`);
    else this.parts.logger.error('A secure session request failed', err);
    let relatesTo: string | undefined;
    try {
      relatesTo = request.headers.messageId;
    } catch {
      relatesTo = undefined;
    }
    const fault = createSecurityFault(
      request.version,
      securityFaultCodeOf(err),
      relatesTo,
      this.parts.authenticator.securityVersion,
    );
    context.reply(fault).catch((replyError: unknown) => {
      this.parts.logger.warn('The security fault could not be sent', replyError);
      context.abort();
    });
  }

  /** Sessions to one address (all of them, as a rule) share one EndpointAddress rather than a URL each. */
  private localAddressFor(to: string | undefined): EndpointAddress {
    const address = to ?? this.uri.toString();
    const last = this.lastLocalAddress;
    if (last && last.toString() === address) return last;
    return (this.lastLocalAddress = new EndpointAddress(address));
  }

  /** The sweep count a session active now notes (ServerSecuritySessionChannel.touch). */
  get sweepCount(): number {
    return this.sweeps;
  }

  /**
   * WCF gives each session an idle timer; a timer per session is ~180 bytes of the service's memory per idle
   * session (bench 'session'), so one sweep every `period` looks at every session's last activity instead.
   * A session notes the sweep count when it is active, not the time (a time is a heap number, 16 B more per
   * session): active during the interval after sweep k, it is reclaimed by sweep k + n + 1, n = ⌈timeout /
   * period⌉ — idle for more than n periods ≥ inactivityTimeout, and at most one period more (at most an eighth
   * of inactivityTimeout, at most 30 s, late).
   */
  private startSweeping(): void {
    const timeout = this.parts.inactivityTimeout;
    if (this.sweeper || !Number.isFinite(timeout)) return;
    const period = Math.min(Math.max(timeout / 8, 10), 30_000);
    const idleSweeps = Math.ceil(timeout / period);
    this.sweeper = setInterval(() => this.sweepIdleSessions(idleSweeps), period);
    this.sweeper.unref();
  }

  private sweepIdleSessions(idleSweeps: number): void {
    this.sweeps++;
    for (const session of [...this.sessions.values()]) {
      if (this.sweeps - session.lastActivity <= idleSweeps) continue;
      this.parts.logger.warn(
        `Secure session ${session.session.id} was idle past its inactivityTimeout; reclaimed.`,
      );
      session.end();
    }
  }

  /** Called by a session channel when it ends, however it ends. */
  forget(contextId: string): void {
    this.sessions.delete(contextId);
    this.parts.authenticator.remove(contextId);
  }
}

/**
 * A reply channel the listener hands requests to (enqueue): the requests waiting for a receiver and the receivers
 * waiting for requests, in fields of the channel itself. Most sessions are idle most of the time, with the
 * dispatcher as their one waiting receiver: that one is a field, and the arrays are made only when more than one
 * wait (bench 'session', service memory per idle session).
 */
abstract class QueuedReplyChannel extends CommunicationObject {
  private items: RequestContext[] | undefined;
  private waiter: RequestReceiver | undefined;
  private moreWaiters: RequestReceiver[] | undefined;
  /** No more requests: waiting and later receivers get null. */
  protected ended = false;

  receiveRequest(): Promise<RequestContext | null> {
    return new Promise((resolve) => this.receiveRequestWith({ requestReceived: resolve }));
  }

  /** The receiver is called in a later turn, never from inside receiveRequestWith or enqueue. */
  receiveRequestWith(receiver: RequestReceiver): void {
    const next = this.items?.shift();
    if (this.items?.length === 0) this.items = undefined;
    if (next) queueMicrotask(() => receiver.requestReceived(next));
    else if (this.ended) queueMicrotask(() => receiver.requestReceived(null));
    else if (!this.waiter) this.waiter = receiver;
    else (this.moreWaiters ??= []).push(receiver);
  }

  enqueue(context: RequestContext): void {
    const waiter = this.takeWaiter();
    if (waiter) queueMicrotask(() => waiter.requestReceived(context));
    else (this.items ??= []).push(context);
  }

  protected endRequests(): void {
    this.ended = true;
    for (let waiter = this.takeWaiter(); waiter; waiter = this.takeWaiter()) {
      const ended = waiter;
      queueMicrotask(() => ended.requestReceived(null));
    }
  }

  protected abortPending(): void {
    const items = this.items ?? [];
    this.items = undefined;
    for (const c of items) c.abort();
  }

  private takeWaiter(): RequestReceiver | undefined {
    const waiter = this.waiter;
    this.waiter = this.moreWaiters?.shift();
    if (this.moreWaiters?.length === 0) this.moreWaiters = undefined;
    return waiter;
  }
}

/** One secure session as the service model sees it: the requests of one SCT, in order. */
export class ServerSecuritySessionChannel
  extends QueuedReplyChannel
  implements IReplySessionChannel, ISession
{
  /** The session's id: the SCT's Identifier. */
  readonly id: string;
  readonly identity: SecurityMessageProperty;
  /** The listener's sweep count at the session's last request or renewal; the listener reclaims it when idle. */
  lastActivity: number;

  constructor(
    private readonly listener: SecuritySessionChannelListener,
    issued: IssuedSession,
    readonly localAddress: EndpointAddress,
  ) {
    super();
    this.id = issued.token.contextId;
    this.identity = issued.identity;
    this.lastActivity = listener.sweepCount;
  }

  /** The channel is its own ISession: one object less per session. */
  get session(): ISession {
    return this;
  }

  override enqueue(context: RequestContext): void {
    this.touch();
    super.enqueue(context);
  }

  /** The client cancelled (or the session was reclaimed): no more requests; the service model closes us. */
  end(): void {
    if (this.ended) return;
    this.endRequests();
    this.listener.forget(this.id);
    // Closing is what tells the service model the session is over (it releases the PerSession instance).
    if (this.state === 'Opened') void this.close().catch(() => this.abort());
    else if (this.state === 'Created') this.abort();
  }

  /** Activity that is not a request for the service model (a renewal) keeps the session alive too. */
  touch(): void {
    this.lastActivity = this.listener.sweepCount;
  }

  protected async onOpen(): Promise<void> {}

  protected async onClose(): Promise<void> {
    this.end();
  }

  protected onAbort(): void {
    this.abortPending();
    this.end();
  }
}

/** Cookie mode: every verified request, whatever its token, on one datagram channel. */
class ServerSecurityCookieChannel extends QueuedReplyChannel implements IReplyChannel {
  readonly localAddress: EndpointAddress;

  constructor(uri: URL) {
    super();
    this.localAddress = new EndpointAddress(uri.toString());
  }

  end(): void {
    this.endRequests();
  }

  protected async onOpen(): Promise<void> {}

  protected async onClose(): Promise<void> {
    this.endRequests();
  }

  protected onAbort(): void {
    this.abortPending();
    this.endRequests();
  }
}
