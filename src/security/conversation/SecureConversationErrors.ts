/**
 * The typed errors of the secure conversation wire pieces, each carrying the fault subcode a service answers
 * with (SecurityFaults.createSecurityFault puts it in the namespace of the binding's version):
 *
 * - BadContextTokenError — an SCT that cannot be read, is not known, or whose cookie does not unprotect
 *   (WS-SC `BadContextToken`; RS SecurityContextTokenValidationException → SecurityUtils
 *   .CreateSecurityContextNotFoundFault);
 * - InvalidTrustRequestError — an RST that is malformed or asks for what the binding does not allow
 *   (WS-Trust `InvalidRequest`);
 * - SecurityNegotiationError — the client's side: an RSTR it cannot accept (WCF's SecurityNegotiationException;
 *   never becomes a fault).
 *
 * Messages are for the local log; the fault's reason never repeats them.
 */
import { MessageSecurityError } from '../MessageSecurityError';
import { SecureConversationFaultCodes, WssFaultCodes } from '../wss/WssConstants';

export class BadContextTokenError extends MessageSecurityError {
  override readonly name: string = 'BadContextTokenError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, SecureConversationFaultCodes.BadContextToken, options);
  }
}

export class InvalidTrustRequestError extends MessageSecurityError {
  override readonly name: string = 'InvalidTrustRequestError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, SecureConversationFaultCodes.InvalidRequest, options);
  }
}

export class SecurityNegotiationError extends MessageSecurityError {
  override readonly name: string = 'SecurityNegotiationError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, WssFaultCodes.InvalidSecurity, options);
  }
}
