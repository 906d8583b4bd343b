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
import { MessageSecurityVersion } from './MessageSecurityVersion';
import {
  DOTNET_SECURITY_NAMESPACE,
  SecureConversationFaultCodes,
  WSSE_NAMESPACE,
  WssFaultCodes,
  type SecurityFaultCode,
} from './wss/WssConstants';

const TRUST_NAMESPACES = {
  WSTrustFeb2005: 'http://schemas.xmlsoap.org/ws/2005/02/trust',
  WSTrust13: 'http://docs.oasis-open.org/ws-sx/ws-trust/200512',
} as const;

/** WCF's fault reasons (System.ServiceModel.SR: InvalidSecurityFaultReason, …). */
export const SecurityFaultReasons: Readonly<Record<SecurityFaultCode, string>> = {
  [WssFaultCodes.InvalidSecurity]: 'An error occurred when verifying security for the message.',
  [WssFaultCodes.InvalidSecurityToken]:
    'An error occurred when processing the security tokens in the message.',
  [WssFaultCodes.FailedAuthentication]: 'At least one security token in the message could not be validated.',
  [SecureConversationFaultCodes.BadContextToken]:
    'The message could not be processed. This is most likely because the action is incorrect or because the message contains an invalid or expired security context token or because there is a mismatch between bindings. The security context token would be invalid if the service aborted the channel due to inactivity.',
  [SecureConversationFaultCodes.RenewNeeded]:
    'The key of the security context token has expired; renew it (RST/SCT/Renew) and send the message again.',
  [SecureConversationFaultCodes.InvalidRequest]: 'The request for a security token is not valid.',
  [SecureConversationFaultCodes.ServerTooBusy]:
    'The server is too busy to establish a new security session; try again later.',
  [SecureConversationFaultCodes.SecureConversationCancellationNotAllowed]:
    'This endpoint issues cookie security context tokens, which cannot be cancelled.',
};

/** The namespace of a subcode; the secure conversation ones depend on the binding's versions. */
export function securityFaultNamespace(
  code: SecurityFaultCode,
  securityVersion: MessageSecurityVersion = MessageSecurityVersion.Default,
): string {
  switch (code) {
    case SecureConversationFaultCodes.BadContextToken:
    case SecureConversationFaultCodes.RenewNeeded:
      return securityVersion.secureConversationNamespace;
    case SecureConversationFaultCodes.InvalidRequest:
      // WCF's authenticator writes WS-Trust February 2005 whatever the binding's version (RS
      // SecuritySessionSecurityTokenAuthenticator.CreateFault: TrustFeb2005Strings.Namespace).
      return TRUST_NAMESPACES.WSTrustFeb2005;
    case SecureConversationFaultCodes.ServerTooBusy:
    case SecureConversationFaultCodes.SecureConversationCancellationNotAllowed:
      return DOTNET_SECURITY_NAMESPACE;
    default:
      return WSSE_NAMESPACE;
  }
}

/**
 * What a client reports for an unsecured fault from the service (WCF's SR.UnsecuredMessageFaultReceived): a
 * MessageSecurityException whose cause is the FaultException, as WCF's InnerException is.
 */
export const UNSECURED_FAULT_RECEIVED =
  'An unsecured or incorrectly secured fault was received from the other party. See the inner FaultException for the fault code and detail.';

export function securityFaultCodeOf(error: unknown): SecurityFaultCode {
  return error instanceof MessageSecurityError ? error.faultCode : WssFaultCodes.InvalidSecurity;
}

/** The unsecured fault for a refused request; RelatesTo names the request when it had a MessageID. */
export function createSecurityFault(
  version: MessageVersion,
  code: SecurityFaultCode,
  relatesTo?: string,
  securityVersion?: MessageSecurityVersion,
): Message {
  const subcode = new FaultCode(code, securityFaultNamespace(code, securityVersion));
  // ServerTooBusy is the receiver's: the sender may try again later (RS CreateFault, isSenderFault false).
  const fault = new MessageFault(
    code === SecureConversationFaultCodes.ServerTooBusy
      ? FaultCode.createReceiverFaultCode(subcode)
      : FaultCode.createSenderFaultCode(subcode),
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

/** WCF's action for the faults of a secure session's own protocol (RS DotNetSecurityStrings.SecuritySessionFaultAction). */
export const SECURE_CONVERSATION_FAULT_ACTION = `${DOTNET_SECURITY_NAMESPACE}/SecureConversationFault`;

/**
 * RenewNeeded: a session message came under a key that has expired (RS ServerSecuritySessionChannel
 * .SendRenewFault). Sender / RenewNeeded in the binding's WS-SC namespace, the SecureConversationFault action,
 * RelatesTo the request; unlike the refusals above, the caller secures it with the session's key — the client
 * proved it holds the key, and the fault tells it to renew, not that the session is over.
 */
export function createRenewNeededFault(
  version: MessageVersion,
  relatesTo: string | undefined,
  securityVersion: MessageSecurityVersion,
): Message {
  const code = SecureConversationFaultCodes.RenewNeeded;
  const fault = new MessageFault(
    FaultCode.createSenderFaultCode(new FaultCode(code, securityFaultNamespace(code, securityVersion))),
    SecurityFaultReasons[code],
  );
  const message = Message.createFaultMessage(version, fault, SECURE_CONVERSATION_FAULT_ACTION);
  if (relatesTo !== undefined && version.addressing !== AddressingVersion.None)
    message.headers.relatesTo = relatesTo;
  return message;
}

/** Whether a fault says RenewNeeded in the WS-SC namespace of `securityVersion` (RS GetProtocolFault). */
export function isRenewNeededFault(code: FaultCode, securityVersion: MessageSecurityVersion): boolean {
  const sub = code.subCode;
  return (
    code.isSenderFault &&
    sub !== undefined &&
    sub.name === SecureConversationFaultCodes.RenewNeeded &&
    sub.namespace === securityVersion.secureConversationNamespace
  );
}
