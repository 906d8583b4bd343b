/**
 * The bodies of SecurityBindingElement's static factory methods (RS SecurityBindingElement.cs;
 * spec/config-schema.md §7.2), and the `authenticationMode` → element mapping of `<security>` (§3.2). Modes
 * Indigo does not implement are refused with an error naming the setting to change.
 */
import { BindingConfigurationError } from '../channels/CommunicationErrors';
import { AsymmetricSecurityBindingElement } from './AsymmetricSecurityBindingElement';
import { MessageSecurityVersion } from './MessageSecurityVersion';
import type { SecurityBindingElement } from './SecurityBindingElement';
import {
  AuthenticationMode,
  SecurityTokenInclusionMode,
  X509KeyIdentifierClauseType,
} from './SecurityEnumerations';
import type { ChannelProtectionRequirements } from './ChannelProtectionRequirements';
import { SymmetricSecurityBindingElement } from './SymmetricSecurityBindingElement';
import { TransportSecurityBindingElement } from './TransportSecurityBindingElement';
import { SecureConversationSecurityTokenParameters } from './tokens/SecureConversationSecurityTokenParameters';
import {
  UserNameSecurityTokenParameters,
  X509SecurityTokenParameters,
} from './tokens/SecurityTokenParameters';

function serviceCertificateToken(): X509SecurityTokenParameters {
  return new X509SecurityTokenParameters(
    X509KeyIdentifierClauseType.Thumbprint,
    SecurityTokenInclusionMode.Never,
  );
}

export function createMutualCertificateBindingElement(
  version: MessageSecurityVersion = MessageSecurityVersion.Default,
  allowSerializedSigningTokenOnReply = false,
): SecurityBindingElement {
  if (version.isWss11) {
    // WS-Security 1.1: symmetric, the client certificate endorses (spec/bindings.md §6 "Surprise").
    const element = new SymmetricSecurityBindingElement(serviceCertificateToken());
    element.endpointSupportingTokenParameters.endorsing.push(
      new X509SecurityTokenParameters(
        X509KeyIdentifierClauseType.Thumbprint,
        SecurityTokenInclusionMode.AlwaysToRecipient,
        false,
      ),
    );
    element.requireSignatureConfirmation = true;
    element.messageSecurityVersion = version;
    element.authenticationMode = AuthenticationMode.MutualCertificate;
    return element;
  }
  const element = new AsymmetricSecurityBindingElement(
    new X509SecurityTokenParameters(X509KeyIdentifierClauseType.Any, SecurityTokenInclusionMode.Never, false),
    new X509SecurityTokenParameters(
      X509KeyIdentifierClauseType.Any,
      SecurityTokenInclusionMode.AlwaysToRecipient,
      false,
    ),
  );
  element.messageSecurityVersion = version;
  element.allowSerializedSigningTokenOnReply = allowSerializedSigningTokenOnReply;
  element.authenticationMode = AuthenticationMode.MutualCertificate;
  return element;
}

export function createSecureConversationBindingElement(
  bootstrap: SecurityBindingElement,
  requireCancellation: boolean,
  bootstrapProtectionRequirements: ChannelProtectionRequirements | undefined,
): SecurityBindingElement {
  if (!bootstrap)
    throw new BindingConfigurationError('A secure conversation needs a bootstrap security binding element.');
  if (bootstrap instanceof TransportSecurityBindingElement) {
    // Mixed mode (RS): the SCT endorses the Timestamp of each message with its own key — no derived keys, no
    // replay detection (TLS has it), always a Timestamp.
    const parameters = new SecureConversationSecurityTokenParameters(
      bootstrap,
      requireCancellation,
      bootstrapProtectionRequirements,
    );
    parameters.requireDerivedKeys = false;
    const element = new TransportSecurityBindingElement();
    element.endpointSupportingTokenParameters.endorsing.push(parameters);
    element.includeTimestamp = true;
    element.localClientSettings.detectReplays = false;
    element.localServiceSettings.detectReplays = false;
    element.authenticationMode = AuthenticationMode.SecureConversation;
    return element;
  }
  const element = new SymmetricSecurityBindingElement(
    new SecureConversationSecurityTokenParameters(
      bootstrap,
      requireCancellation,
      bootstrapProtectionRequirements,
    ),
  );
  element.requireSignatureConfirmation = false;
  element.authenticationMode = AuthenticationMode.SecureConversation;
  return element;
}

export function createAnonymousForCertificateBindingElement(): SecurityBindingElement {
  const element = new SymmetricSecurityBindingElement(serviceCertificateToken());
  element.requireSignatureConfirmation = true;
  element.messageSecurityVersion =
    MessageSecurityVersion.WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11;
  element.authenticationMode = AuthenticationMode.AnonymousForCertificate;
  return element;
}

export function createUserNameForCertificateBindingElement(): SecurityBindingElement {
  const element = new SymmetricSecurityBindingElement(serviceCertificateToken());
  element.endpointSupportingTokenParameters.signedEncrypted.push(new UserNameSecurityTokenParameters());
  element.messageSecurityVersion =
    MessageSecurityVersion.WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11;
  element.authenticationMode = AuthenticationMode.UserNameForCertificate;
  return element;
}

/**
 * Transport security with a UsernameToken (RS CreateUserNameOverTransportBindingElement): signed-and-encrypted
 * by TLS, so simply present next to the Timestamp; no replay detection (TLS has it).
 */
export function createUserNameOverTransportBindingElement(): TransportSecurityBindingElement {
  const element = new TransportSecurityBindingElement();
  element.endpointSupportingTokenParameters.signedEncrypted.push(new UserNameSecurityTokenParameters());
  element.includeTimestamp = true;
  element.localClientSettings.detectReplays = false;
  element.localServiceSettings.detectReplays = false;
  element.authenticationMode = AuthenticationMode.UserNameOverTransport;
  return element;
}

/**
 * Transport security with the client certificate as an endorsing token over the Timestamp (RS
 * CreateCertificateOverTransportBindingElement): referenced by thumbprint under WS-Security 1.1, Any under 1.0
 * (it is included, so the reference is to its BinarySecurityToken either way), no derived keys.
 */
export function createCertificateOverTransportBindingElement(
  version: MessageSecurityVersion = MessageSecurityVersion.Default,
): TransportSecurityBindingElement {
  const element = new TransportSecurityBindingElement();
  element.endpointSupportingTokenParameters.endorsing.push(
    new X509SecurityTokenParameters(
      version.isWss11 ? X509KeyIdentifierClauseType.Thumbprint : X509KeyIdentifierClauseType.Any,
      SecurityTokenInclusionMode.AlwaysToRecipient,
      false,
    ),
  );
  element.includeTimestamp = true;
  element.localClientSettings.detectReplays = false;
  element.localServiceSettings.detectReplays = false;
  element.messageSecurityVersion = version;
  element.authenticationMode = AuthenticationMode.CertificateOverTransport;
  return element;
}

const NOT_SUPPORTED: Readonly<Record<string, string>> = {
  [AuthenticationMode.AnonymousForSslNegotiated]:
    'TLS negotiation over WS-Trust (TLSNEGO) is not supported; with wsHttpBinding set negotiateServiceCredential="false" and give the client the service certificate, or use authenticationMode AnonymousForCertificate',
  [AuthenticationMode.MutualSslNegotiated]:
    'TLS negotiation over WS-Trust (TLSNEGO) is not supported; with wsHttpBinding set negotiateServiceCredential="false", or use authenticationMode MutualCertificate',
  [AuthenticationMode.UserNameForSslNegotiated]:
    'TLS negotiation over WS-Trust (TLSNEGO) is not supported; with wsHttpBinding set negotiateServiceCredential="false", or use authenticationMode UserNameForCertificate',
  [AuthenticationMode.SspiNegotiated]:
    'Windows credentials (SPNEGO over WS-Trust) are not supported; use clientCredentialType Certificate, UserName or None',
  [AuthenticationMode.SspiNegotiatedOverTransport]: 'Windows credentials (SPNEGO) are not supported',
  [AuthenticationMode.Kerberos]:
    'Windows credentials (Kerberos) are not supported; use clientCredentialType Certificate, UserName or None',
  [AuthenticationMode.KerberosOverTransport]: 'Windows credentials (Kerberos) are not supported',
  [AuthenticationMode.MutualCertificateDuplex]:
    'duplex message security (MutualCertificateDuplex) is not supported',
  [AuthenticationMode.IssuedToken]: 'issued tokens (federation) are not supported',
  [AuthenticationMode.IssuedTokenForCertificate]: 'issued tokens (federation) are not supported',
  [AuthenticationMode.IssuedTokenForSslNegotiated]: 'issued tokens (federation) are not supported',
  [AuthenticationMode.IssuedTokenOverTransport]: 'issued tokens (federation) are not supported',
};

/** `<security authenticationMode="…">` → element (RS SecurityElementBase.CreateBindingElement). */
export function fromAuthenticationMode(
  mode: string,
  version?: MessageSecurityVersion,
): SecurityBindingElement {
  let element: SecurityBindingElement;
  switch (mode) {
    case AuthenticationMode.MutualCertificate:
      return createMutualCertificateBindingElement(version ?? MessageSecurityVersion.Default);
    case AuthenticationMode.AnonymousForCertificate:
      element = createAnonymousForCertificateBindingElement();
      break;
    case AuthenticationMode.UserNameForCertificate:
      element = createUserNameForCertificateBindingElement();
      break;
    case AuthenticationMode.CertificateOverTransport:
      return createCertificateOverTransportBindingElement(version ?? MessageSecurityVersion.Default);
    case AuthenticationMode.UserNameOverTransport:
      element = createUserNameOverTransportBindingElement();
      break;
    default: {
      const why = NOT_SUPPORTED[mode];
      throw new BindingConfigurationError(
        why
          ? `authenticationMode '${mode}': ${why}.`
          : `authenticationMode '${mode}' is not an authentication mode.`,
      );
    }
  }
  if (version) element.messageSecurityVersion = version;
  return element;
}
