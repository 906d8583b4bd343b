import type { X509Certificate } from 'node:crypto';

/** WCF's IIdentity: who the caller is, as the security layer established it. */
export interface Identity {
  readonly name: string;
  readonly authenticationType: string;
  readonly isAuthenticated: boolean;
}

/** WCF's ServiceSecurityContext: the caller's identity for one call. */
export class ServiceSecurityContext {
  constructor(readonly primaryIdentity: Identity) {}

  get isAnonymous(): boolean {
    return !this.primaryIdentity.isAuthenticated;
  }

  static readonly anonymous = new ServiceSecurityContext({
    name: '',
    authenticationType: '',
    isAuthenticated: false,
  });

  /**
   * The caller authenticated by a verified X.509 certificate. WCF's X509Identity names it
   * `<subject distinguished name>; <thumbprint>`, the subject as .NET prints it (most specific RDN first,
   * comma-separated) and the SHA-1 thumbprint in upper-case hex; its authentication type is "X509".
   */
  static fromX509Certificate(certificate: X509Certificate): ServiceSecurityContext {
    const subject = certificate.subject.split('\n').filter(Boolean).reverse().join(', ');
    const thumbprint = certificate.fingerprint.replace(/:/g, '').toUpperCase();
    return new ServiceSecurityContext({
      name: `${subject}; ${thumbprint}`,
      authenticationType: 'X509',
      isAuthenticated: true,
    });
  }
}
