/**
 * The fault a service sends when it refuses a message for security reasons: unsecured (it could not secure a
 * reply to a party it did not authenticate), SOAP Sender with the WS-Security subcode WCF uses, WCF's reason
 * text for that subcode, and the addressing version's default fault action (RS SecurityUtils
 * .CreateSecurityMessageFault, SecurityChannelListener). The reason never says which check failed.
 */
import { AddressingVersion } from '../channels/AddressingVersion';
import { Message } from '../channels/Message';
import { FaultCode, MessageFault } from '../channels/MessageFault';
import type { MessageVersion } from '../channels/MessageVersion';
import { MessageSecurityError } from './MessageSecurityError';
import { WSSE_NAMESPACE, WssFaultCodes, type WssFaultCode } from './wss/WssConstants';

/** WCF's fault reasons (System.ServiceModel.SR: InvalidSecurityFaultReason, …). */
export const SecurityFaultReasons: Readonly<Record<WssFaultCode, string>> = {
  [WssFaultCodes.InvalidSecurity]: 'An error occurred when verifying security for the message.',
  [WssFaultCodes.InvalidSecurityToken]:
    'An error occurred when processing the security tokens in the message.',
  [WssFaultCodes.FailedAuthentication]: 'At least one security token in the message could not be validated.',
};

/**
 * What a client reports for an unsecured fault from the service (WCF's SR.UnsecuredMessageFaultReceived): a
 * MessageSecurityException whose cause is the FaultException, as WCF's InnerException is.
 */
export const UNSECURED_FAULT_RECEIVED =
  'An unsecured or incorrectly secured fault was received from the other party. See the inner FaultException for the fault code and detail.';

export function securityFaultCodeOf(error: unknown): WssFaultCode {
  return error instanceof MessageSecurityError ? error.faultCode : WssFaultCodes.InvalidSecurity;
}

/** The unsecured fault for a refused request; RelatesTo names the request when it had a MessageID. */
export function createSecurityFault(
  version: MessageVersion,
  code: WssFaultCode,
  relatesTo?: string,
): Message {
  const fault = new MessageFault(
    FaultCode.createSenderFaultCode(new FaultCode(code, WSSE_NAMESPACE)),
    SecurityFaultReasons[code],
  );
  const message = Message.createFaultMessage(
    version,
    fault,
    version.addressing.defaultFaultAction || undefined,
  );
  if (relatesTo !== undefined && version.addressing !== AddressingVersion.None)
    message.headers.relatesTo = relatesTo;
  return message;
}
