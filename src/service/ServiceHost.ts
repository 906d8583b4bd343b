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
  readonly serviceType: ServiceType;
  private readonly singleton: object | undefined;
  private readonly services: ServiceResolver | undefined;
  private dispatchers: ChannelDispatcher[] = [];
  private instanceProvider: InstanceContextProvider | undefined;

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

  /** Adds an endpoint (WCF's AddServiceEndpoint); a relative address resolves against the base address of the binding's scheme. */
  addServiceEndpoint(
    contract: abstract new () => object,
    binding: Binding,
    address: string | URL,
    listenUri?: string | URL,
  ): ServiceEndpoint {
    const description = ContractDescription.getContract(contract);
    const uri = this.resolveAddress(address, binding);
    const endpoint = new ServiceEndpoint(
      new EndpointAddress(uri),
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
    for (const endpoint of this.endpoints) {
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
        const endpointDispatchers = endpoints.map(
          (e) => new EndpointDispatcher(e, this.instanceProvider!, settings),
        );
        const dispatcher = new ChannelDispatcher(listener, endpointDispatchers, throttle, logger);
        await dispatcher.open(timeoutMs);
        opened.push(dispatcher);
        if (askedAny && !resolved) resolvedPorts.set(origin, listener.uri.port);
        for (const e of endpoints)
          if (e.listenUri.port !== listener.uri.port) this.moveToPort(e, listener.uri.port);
      }
    } catch (err) {
      for (const d of opened) d.abort();
      throw err;
    }
    this.dispatchers = opened;
  }

  private moveToPort(endpoint: ServiceEndpoint, port: string): void {
    const listen = new URL(endpoint.listenUri.toString());
    listen.port = port;
    endpoint.listenUri = listen;
    const address = new URL(endpoint.address.uri.toString());
    address.port = port;
    endpoint.address = new EndpointAddress(address);
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
    await Promise.all(this.dispatchers.map((d) => d.close(timeoutMs)));
    this.instanceProvider?.releaseAll();
  }

  protected onAbort(): void {
    for (const d of this.dispatchers) d.abort();
    this.instanceProvider?.releaseAll();
  }
}
