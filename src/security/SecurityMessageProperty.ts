/**
 * What message security established about a received message, put into `message.properties` under
 * 'security' (WCF's SecurityMessageProperty). The dispatcher hands it to the operation as
 * `OperationContext.current.serviceSecurityContext`: it has the shape of ServiceSecurityContext
 * (`primaryIdentity`, `isAnonymous`), built here so that the security layer does not depend on the service
 * model above it.
 */
import type { X509Certificate } from 'node:crypto';
import { formatDistinguishedName } from './x509/DistinguishedName';
import { x509Info } from './x509/X509CertificateInfo';

export const SecurityMessagePropertyName = 'security';

/** WCF's IIdentity. */
export interface SecurityIdentity {
  readonly name: string;
  readonly authenticationType: string;
  readonly isAuthenticated: boolean;
}

/**
 * WCF's X509Identity name: the subject as .NET prints it (most specific RDN first, `, ` between RDNs), `; `,
 * and the SHA-1 thumbprint in upper-case hex — e.g. `O=wcf-interop-test, CN=wcf-test-client; 7C47…300E`.
 */
export function x509IdentityName(certificate: X509Certificate): string {
  const info = x509Info(certificate);
  return `${formatDistinguishedName(info.subject)}; ${info.thumbprintSha1.toString('hex').toUpperCase()}`;
}

export class SecurityMessageProperty {
  constructor(
    readonly primaryIdentity: SecurityIdentity,
    /** The client's certificate, when a certificate authenticated the caller. */
    readonly clientCertificate?: X509Certificate,
  ) {}

  get isAnonymous(): boolean {
    return !this.primaryIdentity.isAuthenticated;
  }

  static forCertificate(certificate: X509Certificate): SecurityMessageProperty {
    return new SecurityMessageProperty(
      { name: x509IdentityName(certificate), authenticationType: 'X509', isAuthenticated: true },
      certificate,
    );
  }

  static forUserName(userName: string): SecurityMessageProperty {
    // WCF's CustomUserNameSecurityTokenAuthenticator names the identity's authentication type after itself.
    return new SecurityMessageProperty({
      name: userName,
      authenticationType: 'CustomUserNameSecurityTokenAuthenticator',
      isAuthenticated: true,
    });
  }

  /** A message protected by the service's certificate but from an unauthenticated client (AnonymousForCertificate). */
  static readonly anonymous = new SecurityMessageProperty({
    name: '',
    authenticationType: '',
    isAuthenticated: false,
  });
}
