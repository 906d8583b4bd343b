import type { CommunicationState } from '../channels/CommunicationState';

/**
 * WCF's IClientChannel, as far as a proxy exposes it: every proxy is also the channel it calls through.
 * (The contract's operations and these members share one object, so a contract may not use these names.)
 */
export interface IClientChannel {
  readonly state: CommunicationState;
  /** The channel session's id (OperationContext.sessionId on the service); undefined without a session. */
  readonly sessionId: string | undefined;
  open(timeoutMs?: number): Promise<void>;
  close(timeoutMs?: number): Promise<void>;
  abort(): void;
}

export const clientChannelMembers: readonly string[] = ['state', 'sessionId', 'open', 'close', 'abort'];
