import type {
  IChannelFactory,
  IChannelListener,
  IReplyChannel,
  IRequestChannel,
  RequestContext,
} from './Channels';
import { CommunicationObject } from './CommunicationObject';
import type { EndpointAddress } from './EndpointAddress';
import type { Message } from './Message';

/**
 * Bases for a binding element that layers over the stack below it (WCF's LayeredChannelFactory /
 * LayeredChannelListener): the wrapper opens, closes and aborts with the inner object and changes only what
 * passes through. Security and session elements build on these, and so can a user's own element.
 */
export abstract class LayeredChannelFactory<TChannel, TInner>
  extends CommunicationObject
  implements IChannelFactory<TChannel>
{
  protected constructor(protected readonly innerFactory: IChannelFactory<TInner>) {
    super();
  }

  abstract createChannel(address: EndpointAddress, via?: URL): TChannel;

  protected async onOpen(timeoutMs: number): Promise<void> {
    await this.innerFactory.open(timeoutMs);
  }

  protected async onClose(timeoutMs: number): Promise<void> {
    await this.innerFactory.close(timeoutMs);
  }

  protected onAbort(): void {
    this.innerFactory.abort();
  }
}

export abstract class LayeredChannelListener<TChannel, TInner>
  extends CommunicationObject
  implements IChannelListener<TChannel>
{
  protected constructor(protected readonly innerListener: IChannelListener<TInner>) {
    super();
  }

  get uri(): URL {
    return this.innerListener.uri;
  }

  async acceptChannel(timeoutMs?: number): Promise<TChannel | null> {
    const inner = await this.innerListener.acceptChannel(timeoutMs);
    return inner === null ? null : this.wrapChannel(inner);
  }

  protected abstract wrapChannel(inner: TInner): TChannel;

  protected async onOpen(timeoutMs: number): Promise<void> {
    await this.innerListener.open(timeoutMs);
  }

  protected async onClose(timeoutMs: number): Promise<void> {
    await this.innerListener.close(timeoutMs);
  }

  protected onAbort(): void {
    this.innerListener.abort();
  }
}

/** A request channel that hands every request to the inner channel; override `request` to change it. */
export class DelegatingRequestChannel extends CommunicationObject implements IRequestChannel {
  constructor(protected readonly inner: IRequestChannel) {
    super();
  }

  get remoteAddress(): EndpointAddress {
    return this.inner.remoteAddress;
  }

  get via(): URL {
    return this.inner.via;
  }

  request(message: Message, timeoutMs?: number): Promise<Message | null> {
    return this.inner.request(message, timeoutMs);
  }

  protected async onOpen(timeoutMs: number): Promise<void> {
    if (this.inner.state === 'Created') await this.inner.open(timeoutMs);
  }

  protected async onClose(timeoutMs: number): Promise<void> {
    await this.inner.close(timeoutMs);
  }

  protected onAbort(): void {
    this.inner.abort();
  }
}

/** A reply channel that passes requests from the inner channel; override `receiveRequest` to change them. */
export class DelegatingReplyChannel extends CommunicationObject implements IReplyChannel {
  constructor(protected readonly inner: IReplyChannel) {
    super();
    inner.onClosed(() => this.abort());
  }

  get localAddress(): EndpointAddress {
    return this.inner.localAddress;
  }

  receiveRequest(timeoutMs?: number): Promise<RequestContext | null> {
    return this.inner.receiveRequest(timeoutMs);
  }

  protected async onOpen(timeoutMs: number): Promise<void> {
    if (this.inner.state === 'Created') await this.inner.open(timeoutMs);
  }

  protected async onClose(timeoutMs: number): Promise<void> {
    await this.inner.close(timeoutMs);
  }

  protected onAbort(): void {
    this.inner.abort();
  }
}
