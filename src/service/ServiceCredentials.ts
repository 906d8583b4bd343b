import type { Certificate } from '../crypto/Certificate';

/**
 * WCF's ServiceCredentials (the `<serviceCredentials>` behavior): the service's own certificate and how
 * client certificates are trusted. Message-level settings join when message security does.
 */
export class ServiceCredentials {
  /** The service certificate with its private key (HTTPS; later, message security). */
  serviceCertificate: Certificate | undefined;
  readonly clientCertificate = {
    /** CA certificates (PEM) trusted for client certificates presented over TLS. */
    trustedAuthorities: [] as string[],
  };
}
