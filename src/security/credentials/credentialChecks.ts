/**
 * The credential checks a security element makes when its stack is built or a channel is opened, with WCF's
 * messages: a missing service certificate, an untrusted one, validators that cannot be made (revocation
 * checking, Windows user names).
 */
import type { X509Certificate } from 'node:crypto';
import { BindingConfigurationError } from '../../channels/CommunicationErrors';
import type { EndpointAddress } from '../../channels/EndpointAddress';
import { ensureOutgoingIdentity } from '../../channels/IdentityVerifier';
import type { Certificate } from '../../crypto/Certificate';
import { MessageSecurityException } from '../../channels/CommunicationErrors';
import type { SupportingTokenParameters } from '../tokens/SupportingTokenParameters';
import type { ClientSecurityCredentials, ServiceSecurityCredentials } from './SecurityCredentials';
import { UserNamePasswordValidationMode, type UserNamePasswordValidator } from './UserNamePasswordValidator';
import type { X509CertificateValidator } from './X509CertificateValidator';

/**
 * The service certificate for `target`, checked with `serviceCertificate.authentication` (as WCF does at open),
 * then against the identity `target` carries, if any (WCF's SecurityProtocol.EnsureOutgoingIdentity, run when
 * the client's protocol gets the service's token — before the first request is secured).
 */
export function validatedServiceCertificate(
  credentials: ClientSecurityCredentials,
  target: EndpointAddress,
  now: number,
): X509Certificate {
  const certificate = credentials.serviceCertificateFor(target.toString());
  if (!certificate) {
    throw new BindingConfigurationError(
      `The service certificate is not provided for target '${target}'. Specify a service certificate in ClientCredentials (serviceCertificate.defaultCertificate).`,
    );
  }
  let validator: X509CertificateValidator;
  try {
    validator = credentials.serviceCertificate.authentication.createValidator();
  } catch (err) {
    throw new BindingConfigurationError(
      `ClientCredentials.serviceCertificate.authentication: ${(err as Error).message}`,
    );
  }
  try {
    validator.validate(certificate.x509, 'keyEncipherment', now);
  } catch (err) {
    throw new MessageSecurityException(
      `The service certificate for '${target}' is not trusted: ${(err as Error).message} (ClientCredentials.serviceCertificate.authentication.certificateValidationMode is ${credentials.serviceCertificate.authentication.certificateValidationMode}).`,
      { cause: err },
    );
  }
  ensureOutgoingIdentity(target, certificate.x509);
  return certificate.x509;
}

/** The client certificate with its private key, or WCF's error. */
export function requireClientCertificate(credentials: ClientSecurityCredentials): Certificate {
  const certificate = credentials.clientCertificate.certificate;
  if (!certificate?.privateKey) {
    throw new BindingConfigurationError(
      'The client certificate is not provided. Specify a client certificate (with its private key) in ClientCredentials (clientCertificate.certificate).',
    );
  }
  return certificate;
}

/** The service certificate with its private key, or WCF's error. */
export function requireServiceCertificate(credentials: ServiceSecurityCredentials): Certificate {
  const certificate = credentials.serviceCertificate;
  if (!certificate?.privateKey) {
    throw new BindingConfigurationError(
      'The service certificate is not provided. Specify a service certificate (with its private key) in ServiceCredentials.',
    );
  }
  return certificate;
}

/** The validators a service needs for the tokens its binding accepts; made now so that bad settings fail at open. */
export function recipientValidators(
  credentials: ServiceSecurityCredentials,
  supporting: SupportingTokenParameters,
  clientCertificates = supporting.endorsing.length + supporting.signedEndorsing.length > 0,
): { clientCertificate: () => X509CertificateValidator; userName: () => UserNamePasswordValidator } {
  let certificateValidator: X509CertificateValidator | undefined;
  if (clientCertificates) {
    try {
      certificateValidator = credentials.clientCertificate.authentication.createValidator(
        credentials.clientCertificate.trustedAuthorities,
      );
    } catch (err) {
      throw new BindingConfigurationError(
        `ServiceCredentials.clientCertificate.authentication: ${(err as Error).message}`,
      );
    }
  }
  let userNameValidator: UserNamePasswordValidator | undefined;
  const usesUserNames = [...supporting.signed, ...supporting.signedEncrypted].some(
    (p) => p.tokenKind === 'UserName',
  );
  if (usesUserNames) {
    const u = credentials.userNameAuthentication;
    if (
      u.userNamePasswordValidationMode !== UserNamePasswordValidationMode.Custom ||
      !u.customUserNamePasswordValidator
    ) {
      throw new BindingConfigurationError(
        `userNamePasswordValidationMode '${u.userNamePasswordValidationMode}' is not supported: Indigo has no Windows accounts or membership provider. Set ServiceCredentials.userNameAuthentication.userNamePasswordValidationMode to Custom with a customUserNamePasswordValidator.`,
      );
    }
    userNameValidator = u.customUserNamePasswordValidator;
  }
  return {
    clientCertificate: () =>
      certificateValidator ??
      credentials.clientCertificate.authentication.createValidator(
        credentials.clientCertificate.trustedAuthorities,
      ),
    userName: () => {
      if (!userNameValidator) throw new BindingConfigurationError('No user name validator is configured.');
      return userNameValidator;
    },
  };
}
