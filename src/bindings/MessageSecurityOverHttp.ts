/**
 * wsHttpBinding's message security → a SecurityBindingElement, as RS MessageSecurityOverHttp
 * .CreateSecurityBindingElement builds it (spec/bindings.md §6): the one-shot element for the client credential
 * type (negotiateServiceCredential="false": Certificate → MutualCertificate, UserName → UserNameForCertificate,
 * None → AnonymousForCertificate; over a secure transport UserName → UserNameOverTransport, Certificate →
 * CertificateOverTransport), then the binding's algorithm suite, MessageSecurityVersion and Timestamp on it; with
 * establishSecurityContext that element bootstraps a secure conversation element (a session SCT). What Indigo
 * does not implement is refused in one error that names every setting to change.
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

function oneShotMode(bindingName: string, message: MessageSecuritySettings): AuthenticationMode {
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
  return mode;
}

/**
 * TransportWithMessageCredential (RS MessageSecurityOverHttp.CreateSecurityBindingElement with
 * isSecureTransportMode): the one-shot element is an over-transport one — UserName → UserNameOverTransport,
 * Certificate → CertificateOverTransport; negotiateServiceCredential does not apply (TLS authenticated the
 * service).
 */
const OVER_TRANSPORT: Readonly<Partial<Record<MessageCredentialType, AuthenticationMode>>> = {
  [MessageCredentialType.Certificate]: AuthenticationMode.CertificateOverTransport,
  [MessageCredentialType.UserName]: AuthenticationMode.UserNameOverTransport,
};

function overTransportMode(bindingName: string, message: MessageSecuritySettings): AuthenticationMode {
  const type = message.clientCredentialType;
  const mode = OVER_TRANSPORT[type];
  if (mode) return mode;
  const why =
    type === MessageCredentialType.None
      ? // RS SR.ClientCredentialTypeMustBeSpecifiedForMixedMode
        'ClientCredentialType.None is not valid for the TransportWithMessageCredential security mode. Specify a message credential type or use a different security mode'
      : `message clientCredentialType '${type}' is not supported (${
          type === MessageCredentialType.Windows ? 'Windows credentials: SPNEGO' : 'issued tokens'
        }); use Certificate or UserName`;
  throw new BindingConfigurationError(
    `${bindingName}: security mode 'TransportWithMessageCredential': ${why}.`,
  );
}

export function messageSecurityElement(
  bindingName: string,
  message: MessageSecuritySettings,
  version: MessageSecurityVersion,
  secureTransport = false,
): SecurityBindingElement {
  const mode = secureTransport ? overTransportMode(bindingName, message) : oneShotMode(bindingName, message);
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
