import type { IReplyChannel, RequestContext } from '../../channels/Channels';
import { CommunicationObject } from '../../channels/CommunicationObject';
import type { EndpointAddress } from '../../channels/EndpointAddress';
import { InputQueue } from '../../channels/InputQueue';

/** The one datagram reply channel of an HTTP listener: requests from every client arrive here. */
export class HttpReplyChannel extends CommunicationObject implements IReplyChannel {
  private readonly queue = new InputQueue<RequestContext>();

  constructor(readonly localAddress: EndpointAddress) {
    super();
  }

  /** Called by the listener for each decoded request; false when the channel no longer takes requests. */
  enqueue(context: RequestContext): boolean {
    return this.queue.enqueue(context);
  }

  receiveRequest(timeoutMs = Infinity): Promise<RequestContext | null> {
    return this.queue.dequeue(timeoutMs);
  }

  protected async onOpen(): Promise<void> {}

  protected async onClose(): Promise<void> {
    for (const pending of this.queue.close()) pending.abort();
  }

  protected onAbort(): void {
    for (const pending of this.queue.close()) pending.abort();
  }
}
