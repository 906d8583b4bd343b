/**
 * Why a secured message was refused, as typed errors that carry the WS-Security fault WCF answers with (RS
 * SecurityUtils.CreateSecurityMessageFault): a token that did not validate (untrusted certificate, wrong
 * password) is FailedAuthentication, a token that cannot be read is InvalidSecurityToken, everything else —
 * signature, digest, decryption, timestamp, replay, algorithm outside the suite, missing parts — is
 * InvalidSecurity with one reason, so that the sender learns nothing about which check failed. The message
 * here is for the receiver's log only; it never goes on the wire.
 */
import { WssFaultCodes, type SecurityFaultCode } from './wss/WssConstants';

export class MessageSecurityError extends Error {
  override readonly name: string = 'MessageSecurityError';

  constructor(
    message: string,
    readonly faultCode: SecurityFaultCode = WssFaultCodes.InvalidSecurity,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A security token is malformed or cannot be processed (WCF's SecurityTokenException). */
export class SecurityTokenError extends MessageSecurityError {
  override readonly name: string = 'SecurityTokenError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, WssFaultCodes.InvalidSecurityToken, options);
  }
}

/** A security token did not validate: certificate trust, expiry, usage; user name and password (WCF's SecurityTokenValidationException). */
export class SecurityTokenValidationError extends MessageSecurityError {
  override readonly name: string = 'SecurityTokenValidationError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, WssFaultCodes.FailedAuthentication, options);
  }
}
