/**
 * The service side of message security (WCF's SecurityChannelListener over a reply channel): every request is
 * verified before the dispatcher sees it, and the dispatcher's reply is secured on its way out. A request that
 * fails verification is answered here with an unsecured WS-Security fault (RS SecurityChannelListener
 * .ServerSecurityChannel.SendFaultIfRequired) and never reaches the dispatcher; the channel goes on receiving,
 * so the host keeps serving.
 */
import type { IChannelListener, IReplyChannel, RequestContext } from '../../channels/Channels';
import { DelegatingReplyChannel, LayeredChannelListener } from '../../channels/LayeredChannels';
import type { Logger } from '../../channels/Logger';
import type { Message } from '../../channels/Message';
import { MessageSecurityError } from '../MessageSecurityError';
import { SecurityMessagePropertyName } from '../SecurityMessageProperty';
import { createSecurityFault, securityFaultCodeOf } from '../SecurityFaults';
import type { RecipientSecurity, VerifiedIncomingRequest } from './MessageSecuritySides';

export class SecurityChannelListener extends LayeredChannelListener<IReplyChannel, IReplyChannel> {
  constructor(
    inner: IChannelListener<IReplyChannel>,
    private readonly security: RecipientSecurity,
    private readonly logger: Logger,
  ) {
    super(inner);
  }

  protected override wrapChannel(inner: IReplyChannel): IReplyChannel {
    return new SecurityReplyChannel(inner, this.security, this.logger);
  }
}

class SecureRequestContext implements RequestContext {
  constructor(
    private readonly inner: RequestContext,
    private readonly verified: VerifiedIncomingRequest,
    private readonly logger: Logger,
  ) {}

  get requestMessage(): Message {
    return this.verified.message;
  }

  async reply(message: Message | null, timeoutMs?: number): Promise<void> {
    if (message === null) return this.inner.reply(null, timeoutMs);
    let secured: Message;
    try {
      secured = this.verified.secureReply(message);
    } catch (err) {
      this.logger.error('The reply could not be secured; the exchange is aborted', err);
      this.inner.abort();
      return;
    }
    return this.inner.reply(secured, timeoutMs);
  }

  abort(): void {
    this.inner.abort();
  }
}

export class SecurityReplyChannel extends DelegatingReplyChannel {
  constructor(
    inner: IReplyChannel,
    private readonly security: RecipientSecurity,
    private readonly logger: Logger,
  ) {
    super(inner);
  }

  override async receiveRequest(timeoutMs?: number): Promise<RequestContext | null> {
    for (;;) {
      const context = await this.inner.receiveRequest(timeoutMs);
      if (!context) return null;
      const request = context.requestMessage;
      try {
        const verified = await this.security.verifyRequest(request);
        verified.message.properties.set(SecurityMessagePropertyName, verified.security);
        return new SecureRequestContext(context, verified, this.logger);
      } catch (err) {
        this.refuse(context, request, err);
      }
    }
  }

  /** Answers a refused request with WCF's fault; only the log says why. */
  private refuse(context: RequestContext, request: Message, err: unknown): void {
    if (err instanceof MessageSecurityError)
      this.logger.warn(`Message security refused a request: ${err.message}`);
    else this.logger.error('Message security failed on a request', err);
    let relatesTo: string | undefined;
    try {
      relatesTo = request.headers.messageId;
    } catch {
      relatesTo = undefined;
    }
    const fault = createSecurityFault(request.version, securityFaultCodeOf(err), relatesTo);
    context.reply(fault).catch((replyError: unknown) => {
      this.logger.warn('The security fault could not be sent', replyError);
      context.abort();
    });
  }
}
