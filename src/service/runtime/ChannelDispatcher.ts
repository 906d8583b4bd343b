import type {
  IChannelListener,
  IReplyChannel,
  IReplySessionChannel,
  RequestContext,
} from '../../channels/Channels';
import { CommunicationObject } from '../../channels/CommunicationObject';
import type { Logger } from '../../channels/Logger';
import { AsyncSemaphore } from './AsyncLock';
import { DispatcherFaults } from './DispatcherFaults';
import { replyWith, type EndpointDispatcher } from './EndpointDispatcher';

type ServiceChannel = IReplyChannel | IReplySessionChannel;

/**
 * WCF's ChannelDispatcher: owns one listener, accepts its channels, pulls requests from each and hands them
 * to the endpoint whose address and contract match. The throttle bounds calls in progress: each channel
 * holds at most one received request waiting for a call slot, so excess load waits in the transport.
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
        if (sessionId !== undefined)
          for (const e of this.endpoints) e.instanceProvider.releaseSession(sessionId);
      });
      void this.receiveRequests(accepted);
    }
  }

  /**
   * Receives, then takes a call slot, then dispatches (WCF's ChannelHandler acquires the call throttle for a
   * request it has received). Taking the slot first would let a channel that waits for requests hold a slot
   * while idle: with one endpoint idle and maxConcurrentCalls slots, the busy endpoints would be starved.
   * The loop waits for the slot before it receives again, so at most one received request per channel waits
   * for the throttle; the rest wait in the transport.
   */
  private async receiveRequests(channel: ServiceChannel): Promise<void> {
    if (channel.state === 'Created') await channel.open();
    const sessionId = 'session' in channel ? channel.session.id : undefined;
    for (;;) {
      let context: RequestContext | null;
      try {
        context = await channel.receiveRequest();
      } catch (err) {
        this.logger.warn('Receiving a request failed; the channel is dropped', err);
        channel.abort();
        return;
      }
      if (!context) return;
      const received = context;
      const slot = this.throttle.acquire();
      // Counted as in progress from now on: a graceful close waits for a received request to be answered.
      const call = slot
        .then(() => this.dispatch(received, sessionId))
        .finally(() => {
          this.throttle.release();
          this.inFlight.delete(call);
        });
      this.inFlight.add(call);
      await slot;
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
