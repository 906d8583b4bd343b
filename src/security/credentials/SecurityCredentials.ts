/**
 * The credentials a security binding element finds among the binding parameters (WCF's
 * SecurityCredentialsManager): ClientCredentials and ServiceCredentials (layer 6) extend these classes and are
 * added to the parameters by ChannelFactory and ServiceHost, so the security layer reads them without knowing
 * the service model. Names and defaults follow WCF's X509CertificateInitiatorClientCredential,
 * X509CertificateRecipientClientCredential, UserNamePasswordClientCredential and their service counterparts.
 */
import type { Certificate } from '../../crypto/Certificate';
import { X509CertificateAuthentication } from './X509CertificateAuthentication';
import { UserNamePasswordValidationMode, type UserNamePasswordValidator } from './UserNamePasswordValidator';

/** The marker base WCF calls SecurityCredentialsManager. */
export abstract class SecurityCredentialsManager {}

/** How a client checks the service's TLS certificate (used by the HTTPS transport, not by message security). */
export interface SslCertificateAuthentication {
  /** 'ChainTrust' (WCF's default: Node's roots plus `trustedAuthorities`) or 'None' (tests only). */
  certificateValidationMode: 'ChainTrust' | 'None';
  /** Extra CA certificates (PEM) to trust. */
  trustedAuthorities: string[];
}

export class X509CertificateInitiatorClientCredential {
  /** The client's certificate with its private key. */
  certificate: Certificate | undefined;
}

export class X509CertificateRecipientClientCredential {
  /** The service's certificate, known out of band (message security encrypts to it). */
  defaultCertificate: Certificate | undefined;
  /** Per-address service certificates (WCF's ScopedCertificates), by endpoint address. */
  readonly scopedCertificates = new Map<string, Certificate>();
  /** How the service's certificate is checked when message security uses it (WCF default ChainTrust). */
  readonly authentication = new X509CertificateAuthentication();
  readonly sslCertificateAuthentication: SslCertificateAuthentication = {
    certificateValidationMode: 'ChainTrust',
    trustedAuthorities: [],
  };
}

export class UserNamePasswordClientCredential {
  userName: string | undefined;
  password: string | undefined;
}

/** What a client's message security needs (WCF's ClientCredentials). */
export class ClientSecurityCredentials extends SecurityCredentialsManager {
  readonly clientCertificate = new X509CertificateInitiatorClientCredential();
  readonly serviceCertificate = new X509CertificateRecipientClientCredential();
  readonly userName = new UserNamePasswordClientCredential();

  /** The service certificate for an endpoint: a scoped one for its address, else the default. */
  serviceCertificateFor(address: string): Certificate | undefined {
    return (
      this.serviceCertificate.scopedCertificates.get(address) ?? this.serviceCertificate.defaultCertificate
    );
  }
}

export class X509CertificateInitiatorServiceCredential {
  /** CA certificates (PEM) trusted for client certificates presented over TLS (the HTTPS transport). */
  readonly trustedAuthorities: string[] = [];
  /** How a client certificate in a message is checked (WCF default ChainTrust). */
  readonly authentication = new X509CertificateAuthentication();
}

export class UserNamePasswordServiceCredential {
  /** WCF's default is Windows, which Indigo cannot do: a service that accepts user names sets Custom. */
  userNamePasswordValidationMode: UserNamePasswordValidationMode = UserNamePasswordValidationMode.Windows;
  customUserNamePasswordValidator: UserNamePasswordValidator | undefined;
}

/** What a service's message security needs (WCF's ServiceCredentials). */
export class ServiceSecurityCredentials extends SecurityCredentialsManager {
  /** The service certificate with its private key (HTTPS and message security). */
  serviceCertificate: Certificate | undefined;
  readonly clientCertificate = new X509CertificateInitiatorServiceCredential();
  readonly userNameAuthentication = new UserNamePasswordServiceCredential();
}
