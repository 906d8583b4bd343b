import type { Certificate } from '../crypto/Certificate';

/** How a client checks the service's TLS certificate (WCF's X509ServiceCertificateAuthentication, subset). */
export interface SslCertificateAuthentication {
  /** 'ChainTrust' (WCF's default: Node's roots plus `trustedAuthorities`) or 'None' (tests only). */
  certificateValidationMode: 'ChainTrust' | 'None';
  /** Extra CA certificates (PEM) to trust. */
  trustedAuthorities: string[];
}

/** WCF's ClientCredentials (the `<clientCredentials>` behavior), as far as the transports use it today. */
export class ClientCredentials {
  readonly clientCertificate: { certificate: Certificate | undefined } = { certificate: undefined };
  readonly serviceCertificate: { defaultCertificate: Certificate | undefined; sslCertificateAuthentication: SslCertificateAuthentication } = {
    defaultCertificate: undefined,
    sslCertificateAuthentication: { certificateValidationMode: 'ChainTrust', trustedAuthorities: [] },
  };
}
