/**
 * The two halves of a message security protocol as the channels see them: the initiator (client) secures a
 * request and verifies its reply, per target address; the recipient (service) verifies a request and secures
 * the reply to it. The binding elements make these from their settings and the credentials; the channels only
 * move messages through them.
 */
import type { EndpointAddress } from '../../channels/EndpointAddress';
import type { Message } from '../../channels/Message';
import type { SessionKeyResolver } from '../protocol/SecurityContextProtocol';
import type {
  AdditionalEndorsement,
  EndorsingSecurityContextToken,
} from '../protocol/SessionTokenEndorsement';
import type { VerifiedRequest } from '../protocol/SymmetricSecurityProtocol';
import type { SecurityMessageProperty } from '../SecurityMessageProperty';

export interface InitiatorChannelSecurity {
  secureRequest(message: Message): { readonly message: Message; readonly state: unknown };
  verifyReply(reply: Message, state: unknown): Message;
  /**
   * Secures a request additionally endorsed by `endorsement` (a secure session's RST/SCT/Renew, spec §9);
   * absent when this protocol cannot carry it.
   */
  secureEndorsedRequest?(
    message: Message,
    endorsement: AdditionalEndorsement,
  ): { readonly message: Message; readonly state: unknown };
}

export interface InitiatorSecurity {
  /** Resolves and checks the credentials for one target (the service certificate for its address…). */
  forTarget(target: EndpointAddress): InitiatorChannelSecurity;
}

export interface VerifiedIncomingRequest {
  readonly message: Message;
  readonly security: SecurityMessageProperty;
  /** The SCTs that endorsed the request (verifyEndorsedRequest only). */
  readonly sessionTokens?: readonly EndorsingSecurityContextToken[];
  secureReply(reply: Message): Message;
}

export interface RecipientSecurity {
  verifyRequest(request: Message): Promise<VerifiedIncomingRequest>;
  /**
   * Verifies a request that a Security Context Token known to `sessionTokens` may endorse (RST/SCT/Renew);
   * absent when this protocol cannot carry it.
   */
  verifyEndorsedRequest?(
    request: Message,
    sessionTokens: SessionKeyResolver,
  ): Promise<VerifiedIncomingRequest>;
}

/**
 * The recipient side of a protocol that verifies plain and SCT-endorsed requests in one call (`sessionTokens`
 * given or not): each verified request secures its reply from the state its verification left.
 */
export function recipientSecurityOf<TState>(
  verify: (request: Message, sessionTokens?: SessionKeyResolver) => Promise<VerifiedRequest<TState>>,
  secureReply: (reply: Message, state: TState) => Message,
): RecipientSecurity {
  const verified = async (
    request: Message,
    sessionTokens?: SessionKeyResolver,
  ): Promise<VerifiedIncomingRequest> => {
    const v = await verify(request, sessionTokens);
    return {
      message: v.message,
      security: v.security,
      sessionTokens: v.sessionTokens,
      secureReply: (reply) => secureReply(reply, v.state),
    };
  };
  return {
    verifyRequest: (request) => verified(request),
    verifyEndorsedRequest: (request, sessionTokens) => verified(request, sessionTokens),
  };
}
