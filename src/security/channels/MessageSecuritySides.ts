/**
 * The two halves of a message security protocol as the channels see them: the initiator (client) secures a
 * request and verifies its reply, per target address; the recipient (service) verifies a request and secures
 * the reply to it. The binding elements make these from their settings and the credentials; the channels only
 * move messages through them.
 */
import type { EndpointAddress } from '../../channels/EndpointAddress';
import type { Message } from '../../channels/Message';
import type { SecurityMessageProperty } from '../SecurityMessageProperty';

export interface InitiatorChannelSecurity {
  secureRequest(message: Message): { readonly message: Message; readonly state: unknown };
  verifyReply(reply: Message, state: unknown): Message;
}

export interface InitiatorSecurity {
  /** Resolves and checks the credentials for one target (the service certificate for its address…). */
  forTarget(target: EndpointAddress): InitiatorChannelSecurity;
}

export interface VerifiedIncomingRequest {
  readonly message: Message;
  readonly security: SecurityMessageProperty;
  secureReply(reply: Message): Message;
}

export interface RecipientSecurity {
  verifyRequest(request: Message): Promise<VerifiedIncomingRequest>;
}
