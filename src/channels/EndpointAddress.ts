import type { EndpointIdentity } from './EndpointIdentity';

/**
 * WCF's EndpointAddress: the URI a message is sent to and, optionally, the identity the service is expected to
 * prove (checked by the client against the service's certificate; written into the WSDL's EndpointReference).
 * Reference parameters and address headers are not carried (config refuses them).
 */
export class EndpointAddress {
  readonly uri: URL;

  constructor(
    uri: string | URL,
    readonly identity?: EndpointIdentity,
  ) {
    this.uri = typeof uri === 'string' ? new URL(uri) : uri;
  }

  /** The same address (identity included) at another URI: a host moved to the port it was given. */
  withUri(uri: string | URL): EndpointAddress {
    return new EndpointAddress(uri, this.identity);
  }

  toString(): string {
    return this.uri.toString();
  }

  /**
   * WCF's EndpointAddressMessageFilter with HostNameComparisonMode.StrongWildcard: the host part does not
   * take part in matching (a service reached as 127.0.0.1 or as localhost is the same endpoint); scheme,
   * port and path do, the path case-insensitively as http.sys does.
   */
  matches(to: string): boolean {
    let other: URL;
    try {
      other = new URL(to);
    } catch {
      return false;
    }
    return (
      other.protocol === this.uri.protocol &&
      effectivePort(other) === effectivePort(this.uri) &&
      trimSlash(other.pathname).toLowerCase() === trimSlash(this.uri.pathname).toLowerCase()
    );
  }
}

function effectivePort(u: URL): string {
  if (u.port) return u.port;
  return u.protocol === 'https:' ? '443' : '80';
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}
