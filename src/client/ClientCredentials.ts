import { ClientSecurityCredentials } from '../security/credentials/SecurityCredentials';

export type { SslCertificateAuthentication } from '../security/credentials/SecurityCredentials';

/**
 * WCF's ClientCredentials (the `<clientCredentials>` behavior): the client's certificate, the service's
 * certificate known out of band and how it is checked (message security), how the TLS server certificate is
 * checked (HTTPS), and a user name. ChannelFactory hands it to the binding as a binding parameter, so the
 * security layer reads it without depending on the client (the fields are declared there).
 */
export class ClientCredentials extends ClientSecurityCredentials {}
