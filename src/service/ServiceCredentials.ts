import { ServiceSecurityCredentials } from '../security/credentials/SecurityCredentials';

/**
 * WCF's ServiceCredentials (the `<serviceCredentials>` behavior): the service's certificate (HTTPS and message
 * security), how client certificates are trusted (TLS authorities; message security's clientCertificate
 * .authentication) and how user names are validated. ServiceHost hands it to the bindings as a binding
 * parameter, so the security layer reads it without depending on the service model.
 */
export class ServiceCredentials extends ServiceSecurityCredentials {}
