import type { X509Certificate } from 'node:crypto';

/**
 * What a secure transport established about the caller, carried as a message property so that the service
 * layer can build the caller's identity without knowing the transport (WCF's SecurityMessageProperty for
 * transport security).
 */
export interface TransportSecurityProperty {
  /** The TLS client certificate, present only when the transport verified it against its trusted CAs. */
  readonly clientCertificate?: X509Certificate;
}

/** The name under which a transport puts its TransportSecurityProperty into Message.properties. */
export const TransportSecurityPropertyName = 'transportSecurity';
