/**
 * wsHttpBinding's message security → a SecurityBindingElement, as RS MessageSecurityOverHttp
 * .CreateSecurityBindingElement builds it (spec/bindings.md §6): the one-shot element for the client credential
 * type (negotiateServiceCredential="false": Certificate → MutualCertificate, UserName → UserNameForCertificate,
 * None → AnonymousForCertificate), then the binding's algorithm suite, MessageSecurityVersion and Timestamp on
 * it; with establishSecurityContext that element bootstraps a secure conversation element (a session SCT). What Indigo does not implement is refused in one error that names every setting to change.
 */
import { BindingConfigurationError } from '../channels/CommunicationErrors';
import type { MessageSecurityVersion } from '../security/MessageSecurityVersion';
import type { SecurityAlgorithmSuite } from '../security/SecurityAlgorithmSuite';
import { SecurityBindingElement } from '../security/SecurityBindingElement';
import { AuthenticationMode } from '../security/SecurityEnumerations';
import { MessageCredentialType } from './SecurityModes';

export interface MessageSecuritySettings {
  readonly clientCredentialType: MessageCredentialType;
  readonly negotiateServiceCredential: boolean;
  readonly establishSecurityContext: boolean;
  readonly algorithmSuite: SecurityAlgorithmSuite;
}

const ONE_SHOT: Readonly<Partial<Record<MessageCredentialType, AuthenticationMode>>> = {
  [MessageCredentialType.Certificate]: AuthenticationMode.MutualCertificate,
  [MessageCredentialType.UserName]: AuthenticationMode.UserNameForCertificate,
  [MessageCredentialType.None]: AuthenticationMode.AnonymousForCertificate,
};

export function messageSecurityElement(
  bindingName: string,
  message: MessageSecuritySettings,
  version: MessageSecurityVersion,
): SecurityBindingElement {
  const problems: string[] = [];
  const mode = ONE_SHOT[message.clientCredentialType];
  if (!mode) {
    problems.push(
      `message clientCredentialType '${message.clientCredentialType}' is not supported (${
        message.clientCredentialType === MessageCredentialType.Windows
          ? 'Windows credentials: SPNEGO/Kerberos'
          : 'issued tokens'
      }); use Certificate, UserName or None`,
    );
  }
  if (message.negotiateServiceCredential) {
    problems.push(
      'negotiateServiceCredential="true" (TLS/SPNEGO negotiation over WS-Trust) is not supported; set negotiateServiceCredential="false" and give the client the service certificate (ClientCredentials.serviceCertificate.defaultCertificate)',
    );
  }
  if (problems.length || !mode) {
    throw new BindingConfigurationError(`${bindingName}: security mode 'Message': ${problems.join('; ')}.`);
  }
  const oneShot = SecurityBindingElement.fromAuthenticationMode(mode, version);
  oneShot.defaultAlgorithmSuite = message.algorithmSuite;
  oneShot.messageSecurityVersion = version;
  const element = message.establishSecurityContext
    ? SecurityBindingElement.createSecureConversationBindingElement(oneShot, true)
    : oneShot;
  element.defaultAlgorithmSuite = message.algorithmSuite;
  element.includeTimestamp = true;
  element.messageSecurityVersion = version;
  // Only a reliable session reconnects the transport (RS MessageSecurityOverHttp); Indigo has none.
  element.localClientSettings.reconnectTransportOnFailure = false;
  element.localServiceSettings.reconnectTransportOnFailure = false;
  return element;
}
