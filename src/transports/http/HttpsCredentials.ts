/**
 * The TLS material an https listener or client needs, handed down the stack as a binding parameter (the host
 * adds it from its service certificate; a client from its credentials).
 */
export class HttpsListenerCredentials {
  constructor(
    /** PEM private key and certificate of the service. */
    readonly key: string,
    readonly cert: string,
    /** When set, the listener asks for a client certificate and trusts these CAs (PEM). */
    readonly clientCertificateAuthorities?: string[],
  ) {}
}

export class HttpsClientCredentials {
  constructor(
    /** PEM CA certificates to trust for the server's certificate (beyond Node's defaults). */
    readonly trustedAuthorities: string[] = [],
    /** A client certificate for TLS client authentication. */
    readonly clientCertificate?: { readonly key: string; readonly cert: string },
    /** false only for tests against self-signed servers; WCF's default validation is ChainTrust. */
    readonly validateServerCertificate = true,
  ) {}
}
