import type { Binding } from '../channels/Binding';
import { BindingParameterCollection, ServiceResolver } from '../channels/BindingParameters';
import type {
  ChannelShape,
  IChannelListener,
  IReplyChannel,
  IReplySessionChannel,
} from '../channels/Channels';
import { BindingConfigurationError } from '../channels/CommunicationErrors';
import { CommunicationObject } from '../channels/CommunicationObject';
import { EndpointAddress } from '../channels/EndpointAddress';
import { consoleLogger, LoggerToken } from '../channels/Logger';
import { HttpsListenerCredentials } from '../transports/http/HttpsCredentials';
import { ContractDescription, getServiceBehavior, InstanceContextMode, SessionMode } from './description';
import { AsyncSemaphore } from './runtime/AsyncLock';
import { ChannelDispatcher } from './runtime/ChannelDispatcher';
import { EndpointDispatcher } from './runtime/EndpointDispatcher';
import { InstanceContextProvider } from './runtime/InstanceContextProvider';
import {
  defaultServiceThrottling,
  type ServiceDebugBehavior,
  type ServiceThrottlingBehavior,
} from './runtime/ServiceBehaviors';
import { ServiceEndpoint } from './runtime/ServiceEndpoint';
import { ServiceCredentials } from './ServiceCredentials';
import { channelProtectionRequirements } from './description/ChannelProtection';
import {
  HttpServerRegistry,
  NodeHttpServerRegistry,
  type HttpRegistration,
} from '../transports/http/HttpServerRegistry';
import { publishOverHttpGet } from './metadata/HttpGetMetadataPublisher';
import { isMetadataExchangeContract } from './metadata/IMetadataExchange';
import { MetadataExchangeEndpointDispatcher } from './metadata/MetadataExchangeEndpointDispatcher';
import type { ServiceMetadata } from './metadata/ServiceMetadata';
import type { ServiceMetadataBehavior } from './metadata/ServiceMetadataBehavior';
import { WsdlExporter } from './metadata/WsdlExporter';

/** A service implementation class (WCF's service type); instances are made with `new`. */
export type ServiceType = new () => object;

export interface ServiceHostOptions {
  /** Base addresses that relative endpoint addresses resolve against, one per scheme. */
  baseAddresses?: readonly (string | URL)[];
  /** Services for the stacks (HTTP server registry, logger…); the default container when absent. */
  services?: ServiceResolver;
  openTimeout?: number;
  closeTimeout?: number;
}

/** A host could not open: every problem found, reported together; no endpoint was left listening. */
export class ServiceHostOpenError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The service host could not open:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ServiceHostOpenError';
  }
}

/**
 * WCF's ServiceHost: a service type (or a singleton instance), its endpoints and behaviors. Opening builds a
 * listener per listen URI through each binding, checks every contract against its binding's session support,
 * and starts dispatching; closing stops accepting, lets calls in progress finish, then closes.
 */
export class ServiceHost extends CommunicationObject {
  readonly endpoints: ServiceEndpoint[] = [];
  readonly baseAddresses: URL[];
  readonly credentials = new ServiceCredentials();
  throttling: ServiceThrottlingBehavior = defaultServiceThrottling();
  debug: ServiceDebugBehavior;
  /** `<serviceMetadata>`: WSDL over HTTP(S) GET and IMetadataExchange endpoints; none by default, as in WCF. */
  metadata: ServiceMetadataBehavior | undefined;
  readonly serviceType: ServiceType;
  private readonly singleton: object | undefined;
  private readonly services: ServiceResolver | undefined;
  private dispatchers: ChannelDispatcher[] = [];
  private instanceProvider: InstanceContextProvider | undefined;
  private metadataRegistrations: HttpRegistration[] = [];
  private exportedMetadata: ServiceMetadata | undefined;

  constructor(service: ServiceType | object, options: ServiceHostOptions = {}) {
    super(options.openTimeout, options.closeTimeout);
    if (typeof service === 'function') {
      this.serviceType = service as ServiceType;
    } else {
      this.singleton = service;
      this.serviceType = service.constructor as ServiceType;
    }
    this.baseAddresses = (options.baseAddresses ?? []).map((a) => new URL(a.toString()));
    this.services = options.services;
    this.debug = {
      includeExceptionDetailInFaults: getServiceBehavior(this.serviceType).includeExceptionDetailInFaults,
    };
  }

  /** The behavior of the service class (`@ServiceBehavior`), WCF's defaults when absent. */
  get behavior(): ReturnType<typeof getServiceBehavior> {
    return getServiceBehavior(this.serviceType);
  }

  /**
   * Adds an endpoint (WCF's AddServiceEndpoint); a relative address resolves against the base address of the
   * binding's scheme. An EndpointAddress keeps its identity (published in the WSDL's EndpointReference).
   */
  addServiceEndpoint(
    contract: abstract new () => object,
    binding: Binding,
    address: string | URL | EndpointAddress,
    listenUri?: string | URL,
  ): ServiceEndpoint {
    const description = ContractDescription.getContract(contract);
    const identity = address instanceof EndpointAddress ? address.identity : undefined;
    const uri = this.resolveAddress(address instanceof EndpointAddress ? address.uri : address, binding);
    const endpoint = new ServiceEndpoint(
      new EndpointAddress(uri, identity),
      binding,
      description,
      listenUri ? new URL(listenUri.toString()) : new URL(uri.toString()),
    );
    this.endpoints.push(endpoint);
    return endpoint;
  }

  private resolveAddress(address: string | URL, binding: Binding): URL {
    const text = address.toString();
    if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return new URL(text);
    const base = this.baseAddresses.find((b) => b.protocol === `${binding.scheme}:`);
    if (!base) {
      throw new BindingConfigurationError(
        `The relative address '${text}' needs a base address with scheme '${binding.scheme}'; the host has ${this.baseAddresses.length ? this.baseAddresses.join(', ') : 'none'}.`,
      );
    }
    const b = new URL(base.toString());
    if (!b.pathname.endsWith('/')) b.pathname += '/';
    return new URL(text, b);
  }

  protected async onOpen(timeoutMs: number): Promise<void> {
    const problems: string[] = [];
    if (!this.endpoints.length) problems.push(`The service '${this.serviceType.name}' has no endpoints.`);
    const behavior = this.behavior;
    if (this.singleton && behavior.instanceContextMode !== InstanceContextMode.Single) {
      problems.push(
        `A singleton instance of '${this.serviceType.name}' was given, but its InstanceContextMode is ${behavior.instanceContextMode}; a singleton needs InstanceContextMode.Single.`,
      );
    }
    const logger = this.services?.get(LoggerToken) ?? consoleLogger;
    this.instanceProvider = new InstanceContextProvider(
      () => new this.serviceType(),
      behavior.instanceContextMode,
      behavior.concurrencyMode,
      this.singleton,
    );
    const throttle = new AsyncSemaphore(this.throttling.maxConcurrentCalls);
    const settings = { includeExceptionDetailInFaults: this.debug.includeExceptionDetailInFaults, logger };

    // One listener per listen URI; endpoints sharing a URI must share the binding (as WCF requires).
    const groups = new Map<string, ServiceEndpoint[]>();
    const metadataGets = this.metadataGetAddresses(problems);
    this.exportedMetadata = undefined;
    if (this.metadata) {
      try {
        this.describe();
        // Exported again once listening: a port 0 is known only then.
        this.exportedMetadata = undefined;
      } catch (err) {
        problems.push(`The service's metadata cannot be published: ${(err as Error).message}`);
      }
    }
    for (const endpoint of this.endpoints) {
      if (isMetadataExchangeContract(endpoint.contract)) {
        // WCF: the contract is the ServiceMetadataBehavior's, not the service class's.
        if (!this.metadata)
          problems.push(
            `The contract name 'IMetadataExchange' could not be found in the list of contracts implemented by the service ${this.serviceType.name}. Add a ServiceMetadataBehavior to the configuration file or to the ServiceHost directly to enable support for this contract.`,
          );
        const key = endpoint.listenUri.toString();
        groups.set(key, [...(groups.get(key) ?? []), endpoint]);
        continue;
      }
      for (const op of endpoint.contract.operations) {
        const impl = (this.singleton ?? this.serviceType.prototype) as Record<string, unknown>;
        if (typeof impl[op.methodName] !== 'function') {
          problems.push(
            `The service '${this.serviceType.name}' does not implement ${endpoint.contract.name}.${op.name} (method '${op.methodName}').`,
          );
        }
      }
      const key = endpoint.listenUri.toString();
      groups.set(key, [...(groups.get(key) ?? []), endpoint]);
    }
    const built: {
      listener: IChannelListener<IReplyChannel | IReplySessionChannel>;
      endpoints: ServiceEndpoint[];
      shape: ChannelShape;
    }[] = [];
    for (const endpoints of groups.values()) {
      const first = endpoints[0];
      if (endpoints.some((e) => e.binding !== first.binding)) {
        problems.push(
          `The endpoints at ${first.listenUri} use different bindings; endpoints that share a listen URI must share the binding.`,
        );
        continue;
      }
      try {
        const shape = this.chooseShape(first, endpoints, problems);
        if (!shape) continue;
        const listener = first.binding.buildChannelListener(
          shape,
          first.listenUri,
          this.bindingParameters(endpoints),
        ) as IChannelListener<IReplyChannel | IReplySessionChannel>;
        built.push({ listener, endpoints, shape });
      } catch (err) {
        problems.push(`Endpoint ${first.name} at ${first.address}: ${(err as Error).message}`);
      }
    }
    if (problems.length) throw new ServiceHostOpenError(problems);

    const opened: ChannelDispatcher[] = [];
    // Port 0 means "any free port" — once per origin: every endpoint under that base address shares the port
    // the first listener got, as they would share a fixed port.
    const resolvedPorts = new Map<string, string>();
    try {
      for (const entry of built) {
        const { endpoints, shape } = entry;
        let listener = entry.listener;
        const first = endpoints[0];
        const origin = `${first.listenUri.protocol}//${first.listenUri.hostname}`;
        const askedAny = first.listenUri.port === '0';
        const resolved = askedAny ? resolvedPorts.get(origin) : undefined;
        if (resolved) {
          for (const e of endpoints) this.moveToPort(e, resolved);
          listener = first.binding.buildChannelListener(
            shape,
            first.listenUri,
            this.bindingParameters(endpoints),
          ) as typeof listener;
        }
        const endpointDispatchers = endpoints.map((e) => {
          if (!isMetadataExchangeContract(e.contract))
            return new EndpointDispatcher(e, this.instanceProvider!, settings);
          const mex = new MetadataExchangeEndpointDispatcher(e, this.instanceProvider!, settings);
          mex.metadata = () => this.describe();
          return mex;
        });
        const dispatcher = new ChannelDispatcher(listener, endpointDispatchers, throttle, logger);
        await dispatcher.open(timeoutMs);
        opened.push(dispatcher);
        if (askedAny && !resolved) resolvedPorts.set(origin, listener.uri.port);
        for (const e of endpoints)
          if (e.listenUri.port !== listener.uri.port) this.moveToPort(e, listener.uri.port);
      }
      for (const get of metadataGets) {
        const url = new URL(get.url.toString());
        const resolved = url.port === '0' ? resolvedPorts.get(`${url.protocol}//${url.hostname}`) : undefined;
        if (resolved) url.port = resolved;
        const registration = await publishOverHttpGet(
          this.services?.get(HttpServerRegistry.token) ?? NodeHttpServerRegistry.shared,
          {
            url,
            metadata: () => this.describe(),
            externalMetadataLocation: this.metadata?.externalMetadataLocation?.toString(),
            useRequestHeaders: this.metadata?.useRequestHeadersForMetadataAddress ?? false,
            onError: (err) => logger.error('Publishing the service metadata failed', err),
          },
          url.protocol === 'https:' ? this.tlsOptions() : undefined,
        );
        if (url.port === '0') url.port = String(registration.port);
        get.url = url;
        this.metadataRegistrations.push(registration);
      }
    } catch (err) {
      for (const d of opened) d.abort();
      for (const r of this.metadataRegistrations.splice(0)) void r.dispose();
      throw err;
    }
    this.dispatchers = opened;
    this.metadataUrls = metadataGets.map((g) => g.url);
  }

  /** The addresses the host answers metadata GETs at, once open (WCF's HttpGetUrl / HttpsGetUrl, resolved). */
  metadataUrls: URL[] = [];

  /** The service's WSDL and schemas (what ?wsdl and the IMetadataExchange endpoints serve), exported once. */
  describe(): ServiceMetadata {
    this.exportedMetadata ??= WsdlExporter.exportService(this.endpoints, {
      serviceName: this.behavior.name,
      serviceNamespace: this.behavior.namespace,
      policyVersion: this.metadata?.policyVersion,
      serviceCertificate: this.credentials.serviceCertificate,
    });
    return this.exportedMetadata;
  }

  /**
   * Where GETs for metadata are answered: httpGetUrl / httpsGetUrl resolved against the base address of their
   * scheme (absolute ones as given), the base address itself when no URL is set. WCF's errors for an HTTP GET
   * without an address; an https one without https base address or URL publishes nothing, as WCF 4.5+ does
   * for the Service Library template's httpsGetEnabled="True" on an http-only host.
   */
  private metadataGetAddresses(problems: string[]): { url: URL }[] {
    const m = this.metadata;
    if (!m) return [];
    const out: { url: URL }[] = [];
    for (const [enabled, url, scheme, property] of [
      [m.httpGetEnabled, m.httpGetUrl, 'http', 'HttpGet'],
      [m.httpsGetEnabled, m.httpsGetUrl, 'https', 'HttpsGet'],
    ] as const) {
      if (!enabled) continue;
      const text = url?.toString() ?? '';
      const absolute = /^[a-z][a-z0-9+.-]*:/i.test(text);
      if (absolute) {
        const u = new URL(text);
        if (u.protocol !== `${scheme}:`)
          problems.push(
            `The ${property}Url of ServiceMetadataBehavior, '${text}', must use the ${scheme} scheme.`,
          );
        else out.push({ url: u });
        continue;
      }
      const base = this.baseAddresses.find((b) => b.protocol === `${scheme}:`);
      if (!base) {
        if (scheme === 'https' && url === undefined) continue;
        problems.push(
          `The ${property}Enabled property of ServiceMetadataBehavior is set to true and the ${property}Url property is a relative address, but there is no ${scheme} base address. Either supply an ${scheme} base address or set ${property}Url to an absolute address.`,
        );
        continue;
      }
      const b = new URL(base.toString());
      if (text && !b.pathname.endsWith('/')) b.pathname += '/';
      out.push({ url: text ? new URL(text, b) : b });
    }
    return out;
  }

  private tlsOptions(): { key: string; cert: string } | undefined {
    const cert = this.credentials.serviceCertificate;
    return cert?.privateKeyPem ? { key: cert.privateKeyPem, cert: cert.pem } : undefined;
  }

  private moveToPort(endpoint: ServiceEndpoint, port: string): void {
    const listen = new URL(endpoint.listenUri.toString());
    listen.port = port;
    endpoint.listenUri = listen;
    const address = new URL(endpoint.address.uri.toString());
    address.port = port;
    endpoint.address = endpoint.address.withUri(address);
  }

  /**
   * The channel shape for a listen URI, per the contracts' SessionMode (WCF's "Sessions, Instancing, and
   * Concurrency"): Required needs a session channel, NotAllowed a datagram one, Allowed takes what the
   * binding gives, preferring a session.
   */
  private chooseShape(
    first: ServiceEndpoint,
    endpoints: ServiceEndpoint[],
    problems: string[],
  ): ChannelShape | undefined {
    const binding = first.binding;
    const canSession = binding.canBuildChannelListener('IReplySessionChannel');
    const canDatagram = binding.canBuildChannelListener('IReplyChannel');
    for (const e of endpoints) {
      if (e.contract.sessionMode === SessionMode.Required && !canSession) {
        problems.push(
          `Contract '${e.contract.name}' requires Session, but Binding '${binding.name}' doesn't support it or isn't configured properly to support it.`,
        );
        return undefined;
      }
      if (e.contract.sessionMode === SessionMode.NotAllowed && !canDatagram) {
        problems.push(
          `Contract '${e.contract.name}' doesn't allow Session, but Binding '${binding.name}' doesn't support Datagram or isn't configured properly to support it.`,
        );
        return undefined;
      }
    }
    if (endpoints.some((e) => e.contract.sessionMode === SessionMode.NotAllowed)) return 'IReplyChannel';
    return canSession ? 'IReplySessionChannel' : 'IReplyChannel';
  }

  private bindingParameters(endpoints: readonly ServiceEndpoint[]): BindingParameterCollection {
    const parameters = new BindingParameterCollection();
    if (this.services) parameters.add(this.services);
    // WCF's ServiceCredentials behavior adds itself to the binding parameters: message security reads it there.
    parameters.add(this.credentials);
    // WCF's contract behaviors: the protection levels of the contracts served here, per action.
    parameters.add(channelProtectionRequirements(endpoints.map((e) => e.contract)));
    const cert = this.credentials.serviceCertificate;
    if (cert?.privateKeyPem) {
      const cas = this.credentials.clientCertificate.trustedAuthorities;
      parameters.add(
        new HttpsListenerCredentials(cert.privateKeyPem, cert.pem, cas.length ? cas : undefined),
      );
    }
    return parameters;
  }

  protected async onClose(timeoutMs: number): Promise<void> {
    await Promise.all(this.metadataRegistrations.splice(0).map((r) => r.dispose()));
    await Promise.all(this.dispatchers.map((d) => d.close(timeoutMs)));
    this.instanceProvider?.releaseAll();
  }

  protected onAbort(): void {
    for (const r of this.metadataRegistrations.splice(0)) void r.dispose();
    for (const d of this.dispatchers) d.abort();
    this.instanceProvider?.releaseAll();
  }
}
