import type { IChannelListener, IReplyChannel, IReplySessionChannel, RequestContext } from '../../channels/Channels';
import { CommunicationObject } from '../../channels/CommunicationObject';
import type { Logger } from '../../channels/Logger';
import { AsyncSemaphore } from './AsyncLock';
import { DispatcherFaults } from './DispatcherFaults';
import { replyWith, type EndpointDispatcher } from './EndpointDispatcher';

type ServiceChannel = IReplyChannel | IReplySessionChannel;

/**
 * WCF's ChannelDispatcher: owns one listener, accepts its channels, pulls requests from each and hands them
 * to the endpoint whose address and contract match. The throttle bounds calls in progress: a request is
 * only pulled when a call slot is free, so excess load waits in the transport, not in memory here.
 */
export class ChannelDispatcher extends CommunicationObject {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly channels = new Set<ServiceChannel>();
  private acceptLoop: Promise<void> | undefined;

  constructor(
    readonly listener: IChannelListener<ServiceChannel>,
    readonly endpoints: EndpointDispatcher[],
    private readonly throttle: AsyncSemaphore,
    private readonly logger: Logger,
  ) {
    super();
  }

  protected async onOpen(timeoutMs: number): Promise<void> {
    await this.listener.open(timeoutMs);
    this.acceptLoop = this.acceptChannels();
  }

  /** Graceful: stop taking requests, let the calls in progress finish, then close the channels. */
  protected async onClose(timeoutMs: number): Promise<void> {
    await this.listener.close(timeoutMs);
    await Promise.all([...this.inFlight]);
    await Promise.all([...this.channels].map((c) => c.close(timeoutMs)));
    await this.acceptLoop;
  }

  protected onAbort(): void {
    this.listener.abort();
    for (const c of this.channels) c.abort();
  }

  private async acceptChannels(): Promise<void> {
    for (;;) {
      let channel: ServiceChannel | null;
      try {
        channel = await this.listener.acceptChannel();
      } catch (err) {
        if (this.listener.state === 'Opened') this.logger.error('Accepting a channel failed', err);
        return;
      }
      if (!channel) return;
      const accepted = channel;
      this.channels.add(accepted);
      accepted.onClosed(() => {
        this.channels.delete(accepted);
        const sessionId = 'session' in accepted ? accepted.session.id : undefined;
        if (sessionId !== undefined) for (const e of this.endpoints) e.instanceProvider.releaseSession(sessionId);
      });
      void this.receiveRequests(accepted);
    }
  }

  private async receiveRequests(channel: ServiceChannel): Promise<void> {
    if (channel.state === 'Created') await channel.open();
    const sessionId = 'session' in channel ? channel.session.id : undefined;
    for (;;) {
      await this.throttle.acquire();
      let context: RequestContext | null;
      try {
        context = await channel.receiveRequest();
      } catch (err) {
        this.throttle.release();
        this.logger.warn('Receiving a request failed; the channel is dropped', err);
        channel.abort();
        return;
      }
      if (!context) {
        this.throttle.release();
        return;
      }
      const call = this.dispatch(context, sessionId).finally(() => {
        this.throttle.release();
        this.inFlight.delete(call);
      });
      this.inFlight.add(call);
    }
  }

  private async dispatch(context: RequestContext, sessionId: string | undefined): Promise<void> {
    const request = context.requestMessage;
    const version = request.version;
    try {
      const notUnderstood = request.headers.notUnderstood();
      if (notUnderstood.length) {
        await replyWith(context, DispatcherFaults.mustUnderstand(version, notUnderstood));
        return;
      }
      const byAddress = this.endpoints.filter((e) => e.matchesAddress(request));
      if (!byAddress.length) {
        await replyWith(context, DispatcherFaults.destinationUnreachable(version, request.headers.to ?? ''));
        return;
      }
      for (const endpoint of byAddress) {
        const operation = endpoint.findOperation(request.headers.action);
        if (operation) {
          await endpoint.dispatch(context, operation, sessionId);
          return;
        }
      }
      await replyWith(context, DispatcherFaults.actionNotSupported(version, request.headers.action ?? ''));
    } catch (err) {
      // Only the transport can fail here (the client went away); the host goes on serving others.
      this.logger.warn('A reply could not be sent', err);
      context.abort();
    }
  }
}
