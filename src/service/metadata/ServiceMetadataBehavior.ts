/**
 * WCF's ServiceMetadataBehavior (`<serviceMetadata>`): whether the host publishes its WSDL over HTTP(S) GET,
 * where, and in which WS-Policy version. With WCF's defaults: nothing is published until httpGetEnabled or
 * httpsGetEnabled says so; the GET address is the host's base address of that scheme, or httpGetUrl /
 * httpsGetUrl (relative to it, or absolute). Metadata exchange endpoints (IMetadataExchange over
 * mexHttpBinding) need this behavior on the host too, as in WCF.
 */
import { PolicyVersion } from './PolicyVersion';

export interface ServiceMetadataBehaviorOptions {
  httpGetEnabled?: boolean;
  httpsGetEnabled?: boolean;
  httpGetUrl?: string | URL;
  httpsGetUrl?: string | URL;
  /** Served instead of the generated WSDL: GET ?wsdl answers with a redirect to it (WCF: 302 to this URL). */
  externalMetadataLocation?: string | URL;
  policyVersion?: PolicyVersion;
  /**
   * WCF's UseRequestHeadersForMetadataAddressBehavior: addresses in the documents take the host and port of
   * the request's Host header instead of the configured ones. Off by default, as in WCF.
   */
  useRequestHeadersForMetadataAddress?: boolean;
}

export class ServiceMetadataBehavior {
  /** IMetadataExchange's name, as WCF exposes it (ServiceMetadataBehavior.MexContractName). */
  static readonly MexContractName = 'IMetadataExchange';

  httpGetEnabled: boolean;
  httpsGetEnabled: boolean;
  httpGetUrl: URL | string | undefined;
  httpsGetUrl: URL | string | undefined;
  externalMetadataLocation: URL | string | undefined;
  policyVersion: PolicyVersion;
  useRequestHeadersForMetadataAddress: boolean;

  constructor(options: ServiceMetadataBehaviorOptions = {}) {
    this.httpGetEnabled = options.httpGetEnabled ?? false;
    this.httpsGetEnabled = options.httpsGetEnabled ?? false;
    this.httpGetUrl = options.httpGetUrl;
    this.httpsGetUrl = options.httpsGetUrl;
    this.externalMetadataLocation = options.externalMetadataLocation;
    this.policyVersion = options.policyVersion ?? PolicyVersion.Default;
    this.useRequestHeadersForMetadataAddress = options.useRequestHeadersForMetadataAddress ?? false;
  }
}
