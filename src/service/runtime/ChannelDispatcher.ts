import type {
  IChannelListener,
  IReplyChannel,
  IReplySessionChannel,
  RequestContext,
  RequestReceiver,
} from '../../channels/Channels';
import { type ClosedListener, CommunicationObject } from '../../channels/CommunicationObject';
import { CommunicationState } from '../../channels/CommunicationState';
import type { Message } from '../../channels/Message';
import type { Logger } from '../../channels/Logger';
import type { OperationDescription } from '../description';
import { AsyncSemaphore } from './AsyncLock';
import { DispatcherFaults } from './DispatcherFaults';
import { replyWith, type EndpointDispatcher } from './EndpointDispatcher';
import type { InstanceContext, SessionInstanceSlot } from './InstanceContextProvider';

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
      const pump = new ChannelPump(this, channel, 'session' in channel ? channel.session.id : undefined);
      this.channels.add(channel);
      channel.onClosed(pump);
      this.receiveRequests(pump);
    }
  }

  /** @internal ChannelPump's callback: its channel has closed (or aborted). */
  channelClosed(pump: ChannelPump): void {
    this.channels.delete(pump.channel);
    if (pump.sessionId !== undefined) for (const e of this.endpoints) e.instanceProvider.releaseSession(pump);
  }

  /**
   * Receives, then takes a call slot, then dispatches (WCF's ChannelHandler acquires the call throttle for a
   * request it has received). Taking the slot first would let a channel that waits for requests hold a slot
   * while idle: with one endpoint idle and maxConcurrentCalls slots, the busy endpoints would be starved.
   * The pump waits for the slot before it receives again, so at most one received request per channel waits
   * for the throttle; the rest wait in the transport.
   *
   * One ChannelPump object per channel and no suspended async function: an idle session channel costs that
   * object (handed to receiveRequestWith when the channel has it, and to onClosed), not a pending promise, its
   * reaction and the closures around them — what a service holds for an idle secure session is mostly this kind of thing
   * (bench 'session').
   */
  private receiveRequests(pump: ChannelPump): void {
    const channel = pump.channel;
    if (channel.state === 'Created')
      channel.open().then(
        () => this.receive(pump),
        (err: unknown) => this.dropped(pump, err),
      );
    else this.receive(pump);
  }

  private receive(pump: ChannelPump): void {
    const channel = pump.channel;
    try {
      if (channel.receiveRequestWith) channel.receiveRequestWith(pump);
      else
        channel.receiveRequest().then(
          (context) => this.received(pump, context),
          (err: unknown) => this.dropped(pump, err),
        );
    } catch (err) {
      this.dropped(pump, err);
    }
  }

  private dropped(pump: ChannelPump, err: unknown): void {
    this.logger.warn('Receiving a request failed; the channel is dropped', err);
    pump.channel.abort();
  }

  /** @internal ChannelPump's callback: a request of the pump's channel (null: the channel has no more). */
  received(pump: ChannelPump, context: RequestContext | null): void {
    if (!context) return;
    // Routed as it is received: a session's shape (its first operation, its terminating one) follows the
    // order its requests arrived in, not the order they get call slots.
    const route = this.routeOrDrop(context, pump);
    if (!route) {
      this.receive(pump);
      return;
    }
    const slot = this.throttle.acquire();
    // Counted as in progress from now on: a graceful close waits for a received request to be answered.
    const call = slot
      .then(() => this.dispatch(context, route, pump))
      .then(() => {
        if (pump.sessionId !== undefined && route.operation?.isTerminating)
          this.closeAfterTerminating(pump.channel, route.endpoint);
      })
      .finally(() => {
        this.throttle.release();
        this.inFlight.delete(call);
      });
    this.inFlight.add(call);
    slot.then(
      () => this.receive(pump),
      (err: unknown) => this.dropped(pump, err),
    );
  }

  /** The request's route; a request whose headers cannot be read is dropped (the channel goes on). */
  private routeOrDrop(context: RequestContext, pump: ChannelPump): Route | undefined {
    try {
      return this.route(context.requestMessage, pump.sessionId !== undefined ? pump : undefined);
    } catch (err) {
      this.logger.warn('A request could not be routed; it was dropped', err);
      context.abort();
      return undefined;
    }
  }

  /**
   * Where a request goes, or the fault that answers it. On a session channel (RS ChannelHandler): once an
   * isTerminating operation has been dispatched, every later request gets SessionTerminated; the first
   * request picks the endpoint the session stays with, and only an initiating operation can pick it (WCF's
   * contract filter holds the initiating actions, EndpointFilterProvider), so a non-initiating first
   * operation is ActionNotSupported and no instance is created for it.
   */
  private route(request: Message, session: SessionDispatch | undefined): Route {
    const version = request.version;
    if (session?.terminated) return { reply: DispatcherFaults.sessionTerminated(version) };
    const notUnderstood = request.headers.notUnderstood();
    if (notUnderstood.length) return { reply: DispatcherFaults.mustUnderstand(version, notUnderstood) };
    const action = request.headers.action;
    let found: { endpoint: EndpointDispatcher; operation: OperationDescription } | undefined;
    if (session?.endpoint) {
      const operation = session.endpoint.findOperation(action);
      if (operation) found = { endpoint: session.endpoint, operation };
    } else {
      const byAddress = this.endpoints.filter((e) => e.matchesAddress(request));
      if (!byAddress.length)
        return { reply: DispatcherFaults.destinationUnreachable(version, request.headers.to ?? '') };
      for (const endpoint of byAddress) {
        const operation = endpoint.findOperation(action);
        if (operation && (!session || operation.isInitiating)) {
          found = { endpoint, operation };
          break;
        }
      }
    }
    if (!found) return { reply: DispatcherFaults.actionNotSupported(version, action ?? '') };
    if (session) {
      session.endpoint = found.endpoint;
      if (found.operation.isTerminating) session.terminated = true;
    }
    return found;
  }

  private async dispatch(context: RequestContext, route: Route, pump: ChannelPump): Promise<void> {
    try {
      if (route.reply) await replyWith(context, route.reply);
      else await route.endpoint.dispatch(context, route.operation, pump.sessionId, pump);
    } catch (err) {
      // Only the transport can fail here (the client went away); the host goes on serving others.
      this.logger.warn('A reply could not be sent', err);
      context.abort();
    }
  }

  /**
   * RS TerminatingOperationBehavior.AfterReply: the terminating operation's reply is out; the client closes
   * its side (a secure session's RST/SCT/Cancel ends the session and releases its instance). The service
   * does not wait longer than the binding's closeTimeout for that: then it aborts the session channel itself,
   * which ends the session just the same. (Closing at once would refuse the client's Cancel.)
   */
  private closeAfterTerminating(channel: ServiceChannel, endpoint: EndpointDispatcher): void {
    if (channel.state === CommunicationState.Closed) return;
    const timer = setTimeout(() => {
      this.logger.warn(
        `The session's isTerminating operation was answered ${endpoint.closeTimeout} ms ago and the client has not closed the session; it was aborted.`,
      );
      channel.abort();
    }, endpoint.closeTimeout);
    timer.unref();
    channel.onClosed(() => clearTimeout(timer));
  }
}

/**
 * What the dispatcher remembers of one channel, and its receiver (the part of WCF's ChannelHandler that is per
 * channel). For a session channel, `sessionId` is the session's id and the rest is the session's dispatch state.
 */
class ChannelPump implements RequestReceiver, ClosedListener, SessionInstanceSlot {
  /** The endpoint the session's first request chose; the session's later requests go to it. */
  endpoint: EndpointDispatcher | undefined = undefined;
  /** An isTerminating operation has been dispatched: the session takes no more requests. */
  terminated = false;
  /** The session's PerSession instance, once its first call has made it (InstanceContextProvider). */
  instanceContext: InstanceContext | undefined = undefined;

  constructor(
    private readonly dispatcher: ChannelDispatcher,
    readonly channel: ServiceChannel,
    readonly sessionId: string | undefined,
  ) {}

  requestReceived(context: RequestContext | null): void {
    this.dispatcher.received(this, context);
  }

  communicationObjectClosed(): void {
    this.dispatcher.channelClosed(this);
  }
}

/** A session channel's dispatch state, as route() reads and updates it. */
type SessionDispatch = Pick<ChannelPump, 'endpoint' | 'terminated'>;

/** A request's way through the dispatcher: an operation of an endpoint, or a fault the dispatcher answers. */
type Route =
  | {
      readonly endpoint: EndpointDispatcher;
      readonly operation: OperationDescription;
      readonly reply?: undefined;
    }
  | { readonly reply: Message; readonly endpoint?: undefined; readonly operation?: undefined };
