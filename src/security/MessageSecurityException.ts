/**
 * What a client sees when message security fails (WCF's System.ServiceModel.Security.MessageSecurityException):
 * a reply that did not verify, or an unsecured fault the service sent because it could not verify the request
 * (then `fault` holds it, as WCF's InnerException holds the FaultException).
 */
import { CommunicationException } from '../channels/CommunicationErrors';
import type { FaultException } from '../channels/FaultException';

export class MessageSecurityException extends CommunicationException {
  constructor(message: string, options?: { cause?: unknown; fault?: FaultException }) {
    super(message, options);
    this.fault = options?.fault;
  }

  /** The unsecured fault the other party sent, when that is why. */
  readonly fault: FaultException | undefined;

  /** WCF's text for an unsecured or incorrectly secured fault. */
  static readonly UNSECURED_FAULT =
    'An unsecured or incorrectly secured fault was received from the other party. See the inner FaultException for the fault code and detail.';
}
