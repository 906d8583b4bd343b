import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestContext } from '../../channels/Channels';
import type { Message } from '../../channels/Message';
import type { MessageHeaders } from '../../channels/MessageHeaders';
import type { ServiceSecurityContext } from './ServiceSecurityContext';

/**
 * WCF's OperationContext: what an operation knows about the call it serves. `OperationContext.current` is
 * carried by AsyncLocalStorage, so it survives the operation's awaits as WCF's survives its thread hops.
 */
export class OperationContext {
  private static readonly storage = new AsyncLocalStorage<OperationContext>();

  constructor(
    readonly requestContext: RequestContext,
    /** The channel session's id; undefined on a sessionless channel (WCF's SessionId is null there). */
    readonly sessionId: string | undefined,
    /** Null when the binding has no message or transport security (WCF: ServiceSecurityContext.Current == null). */
    readonly serviceSecurityContext: ServiceSecurityContext | null,
    /** The service instance running the operation. */
    readonly instance: object,
  ) {}

  static get current(): OperationContext | undefined {
    return OperationContext.storage.getStore();
  }

  get incomingMessage(): Message {
    return this.requestContext.requestMessage;
  }

  get incomingMessageHeaders(): MessageHeaders {
    return this.requestContext.requestMessage.headers;
  }

  /** Runs `work` with this context as `OperationContext.current`. */
  run<T>(work: () => T): T {
    return OperationContext.storage.run(this, work);
  }
}
