/**
 * A loaded, validated configuration: the model in both views, where each part was written, and the
 * registry its binding element names resolve through. It makes bindings, service hosts and channel
 * factories; every problem it meets is reported with the file, line, column and element path.
 */
import { dirname } from 'node:path';
import type { Container } from 'inversify';
import type { Binding } from '../channels/Binding';
import { ServiceResolver } from '../channels/BindingParameters';
import { ChannelFactory } from '../client/ChannelFactory';
import type { BindingElementRegistry } from '../di/BindingElementRegistry';
import { ContainerServiceResolver } from '../di/IndigoContainer';
import { getDeclaredServiceContracts, getServiceContractOptions } from '../service/description';
import { ServiceHost, type ServiceType } from '../service/ServiceHost';
import { defaultServiceThrottling } from '../service/runtime/ServiceBehaviors';
import type { Certificate } from '../crypto/Certificate';
import { ConfigurationError, ConfigurationLoadError, type ConfigLocation } from './ConfigurationError';
import { assignSettings, type LoadedExtensions } from './extensions';
import { elementPath } from './load/elementPath';
import { modelToXml } from './export/exportBinding';
import { SERVICE_MODEL } from './load/xmlToImage';
import {
  at,
  isObject,
  list,
  type EndpointModel,
  type JsonObject,
  type ModelNode,
  type ServiceModel,
} from './model';
import { MEX_BINDINGS } from './load/checkModel';
import { defaultStoreRoot, readStore, resolveCertificate } from './mapping/certificates';
import { createCustomBinding, customBindingElementNames } from './mapping/customBinding';
import {
  customSecurityIntent,
  wsHttpSecurityIntent,
  type IntendedElement,
} from './mapping/describeIntendedStack';
import { MappingProblem, MappingProblems } from './mapping/MappingProblem';
import { child, ms, unsupportedSettings } from './mapping/settings';
import { createStandardBinding, STANDARD_BINDING_SECTIONS } from './mapping/standardBindings';
import type { ConfigSchema } from './schema/ConfigSchema';
import { parseTimeSpan } from './timeSpan';

export type ConfigFormat = 'xml' | 'json';

export interface ConfigurationParts {
  readonly file: string;
  readonly format: ConfigFormat;
  readonly written: JsonObject;
  readonly effective: JsonObject;
  readonly locations: ReadonlyMap<string, { line: number; column: number }>;
  readonly warnings: readonly ConfigurationError[];
  readonly schema: ConfigSchema;
  readonly container: Container;
  readonly registry: BindingElementRegistry;
  readonly extensions: LoadedExtensions;
  readonly certificateStore?: string;
}

/** Implementations (and optionally contracts) by export name, as a module exports them. */
export type Implementations = Readonly<Record<string, unknown>>;

/** One endpoint of the config with the stack it gets, for `indigo describe`. */
export interface EndpointDescription {
  readonly kind: 'service' | 'client';
  readonly owner: string;
  readonly name: string;
  readonly address: string;
  readonly contract: string;
  readonly binding: string;
  readonly bindingConfiguration: string;
  /** Top to bottom: what the runtime builds, or (intended) what WCF builds when the runtime cannot yet. */
  readonly elements: readonly IntendedElement[];
  /** Set when the runtime cannot build this stack yet: why. */
  readonly notBuildable?: string;
}

const lastSegment = (name: string): string => name.slice(name.lastIndexOf('.') + 1);

export class IndigoConfiguration {
  readonly file: string;
  readonly format: ConfigFormat;
  readonly written: JsonObject;
  readonly effective: JsonObject;
  readonly warnings: readonly ConfigurationError[];
  readonly registry: BindingElementRegistry;
  private readonly parts: ConfigurationParts;

  constructor(parts: ConfigurationParts) {
    this.parts = parts;
    this.file = parts.file;
    this.format = parts.format;
    this.written = parts.written;
    this.effective = parts.effective;
    this.warnings = parts.warnings;
    this.registry = parts.registry;
  }

  get schema(): ConfigSchema {
    return this.parts.schema;
  }

  /** The ServiceResolver that stacks built from this config use (its container has the config's extensions). */
  get services(): ServiceResolver {
    return new ContainerServiceResolver(this.parts.container);
  }

  locate(pointer: string): ConfigLocation {
    let p = pointer;
    for (;;) {
      const found = this.parts.locations.get(p);
      if (found)
        return {
          file: this.file,
          line: found.line,
          column: found.column,
          path: elementPath(pointer, this.effective, this.schema),
        };
      if (!p)
        return {
          file: this.file,
          line: 0,
          column: 0,
          path: elementPath(pointer, this.effective, this.schema),
        };
      p = p.slice(0, p.lastIndexOf('/'));
    }
  }

  private fail(problems: readonly MappingProblem[]): never {
    throw new ConfigurationLoadError(
      this.file,
      problems.map((p) => new ConfigurationError(p.message, this.locate(p.relativePointer))),
      this.warnings,
    );
  }

  private node(pointer: string): ModelNode {
    const effective = at(this.effective, pointer);
    const written = at(this.written, pointer);
    return {
      pointer,
      effective: isObject(effective) ? effective : {},
      written: isObject(written) ? written : undefined,
    };
  }

  private get sm(): string {
    return `/${SERVICE_MODEL}`;
  }

  /** The `<binding>` a (binding type, bindingConfiguration) pair names; "" is the default configuration. */
  bindingNode(section: string, name = ''): ModelNode {
    const bindings = list<JsonObject>(at(this.effective, `${this.sm}/bindings/${section}/binding`));
    const index = bindings.findIndex((b) => b.name === name);
    if (index >= 0) return this.node(`${this.sm}/bindings/${section}/binding/${index}`);
    if (name)
      this.fail([
        new MappingProblem(`${this.sm}/bindings/${section}`, `<${section}> has no <binding name="${name}">`),
      ]);
    return {
      pointer: `${this.sm}/bindings/${section}`,
      written: undefined,
      effective: this.defaultBindingModel(section),
    };
  }

  /** WCF's defaults for a binding type with no configuration in the file. */
  private defaultBindingModel(section: string): JsonObject {
    const doc: JsonObject = { [SERVICE_MODEL]: { bindings: { [section]: { binding: [{}] } } } };
    this.schema.validate(doc);
    return list<JsonObject>(at(doc, `${this.sm}/bindings/${section}/binding`))[0] ?? {};
  }

  /** Builds the binding a (binding type, bindingConfiguration) pair names. */
  createBinding(section: string, name = '', usedAt?: string): Binding {
    const node = this.bindingNode(section, name);
    return this.bindingFrom(section, node, usedAt);
  }

  /** `usedAt`: the endpoint attribute to blame when the binding is a default configuration not in the file. */
  private bindingFrom(section: string, node: ModelNode, usedAt?: string): Binding {
    const place = (p: MappingProblem): MappingProblem =>
      node.written === undefined && usedAt
        ? new MappingProblem(usedAt, `the default <${section}> configuration: ${p.message}`, p.notSupported)
        : p.prefixed(node.pointer);
    try {
      if ((STANDARD_BINDING_SECTIONS as readonly string[]).includes(section) || section === 'netTcpBinding') {
        return createStandardBinding(section, node.written, node.effective, this.schema);
      }
      if (section === 'customBinding')
        return createCustomBinding(node.written, node.effective, this.registry, this.schema);
      if (MEX_BINDINGS.includes(section))
        throw new MappingProblems([
          MappingProblem.notSupported('', `metadata exchange endpoints (${section} / IMetadataExchange)`),
        ]);
      const create = this.parts.extensions.bindings.get(section);
      if (!create) throw new MappingProblems([new MappingProblem('', `'${section}' is not a binding type`)]);
      const binding = create() as Binding;
      const settings = { ...node.written };
      delete settings.name;
      const problems = assignSettings(binding, settings, (s) => (parseTimeSpan(s).ok ? ms(s) : undefined));
      if (problems.length) throw new MappingProblems(problems.map((p) => new MappingProblem('', p)));
      if (node.effective.name) binding.name = String(node.effective.name);
      return binding;
    } catch (err) {
      if (err instanceof MappingProblems) this.fail(err.problems.map(place));
      if (err instanceof MappingProblem) this.fail([place(err)]);
      throw err;
    }
  }

  private endpointBinding(endpoint: EndpointModel, pointer: string): Binding {
    const problems: MappingProblem[] = [];
    if (endpoint.kind)
      problems.push(
        MappingProblem.notSupported(`${pointer}/kind`, `standard endpoints (kind="${endpoint.kind}")`),
      );
    if (endpoint.endpointConfiguration)
      problems.push(
        MappingProblem.notSupported(`${pointer}/endpointConfiguration`, 'standard endpoint configurations'),
      );
    if (isObject(endpoint.headers) && Object.keys(endpoint.headers).length)
      problems.push(MappingProblem.notSupported(`${pointer}/headers`, 'endpoint address headers'));
    if (endpoint.listenUriMode === 'Unique')
      problems.push(MappingProblem.notSupported(`${pointer}/listenUriMode`, 'listenUriMode="Unique"'));
    if (problems.length) this.fail(problems);
    return this.createBinding(endpoint.binding, endpoint.bindingConfiguration, `${pointer}/binding`);
  }

  /** The `<behavior>` a behaviorConfiguration names; "" falls back to the nameless default behavior, as WCF 4 does. */
  private behavior(kind: 'serviceBehaviors' | 'endpointBehaviors', name: string): ModelNode | undefined {
    const behaviors = list<JsonObject>(at(this.effective, `${this.sm}/behaviors/${kind}/behavior`));
    const index = behaviors.findIndex((b) => b.name === name);
    return index >= 0 ? this.node(`${this.sm}/behaviors/${kind}/behavior/${index}`) : undefined;
  }

  private findContract(
    name: string,
    implementations: Implementations,
    pointer: string,
  ): abstract new () => object {
    const candidates = new Set<object>([
      ...Object.values(implementations).filter(
        (v): v is object => typeof v === 'function' && getServiceContractOptions(v) !== undefined,
      ),
      ...getDeclaredServiceContracts(),
    ]);
    const configName = (c: object): string =>
      getServiceContractOptions(c)?.configurationName ?? (c as { name: string }).name;
    const exact = [...candidates].filter((c) => configName(c) === name);
    const found = exact.length
      ? exact
      : [...candidates].filter((c) => lastSegment(configName(c)) === lastSegment(name));
    if (found.length === 1) return found[0] as abstract new () => object;
    if (found.length > 1)
      this.fail([
        new MappingProblem(
          pointer,
          `contract '${name}' matches several @ServiceContract classes (${found.map(configName).join(', ')}); give them distinct configurationName options`,
        ),
      ]);
    return this.fail([
      new MappingProblem(
        pointer,
        `no @ServiceContract class named '${lastSegment(name)}' is loaded (known: ${[...candidates].map(configName).join(', ') || 'none'}); export it from the module or import it before loading the config`,
      ),
    ]);
  }

  private async certificate(reference: JsonObject, pointer: string): Promise<Certificate> {
    try {
      return await resolveCertificate(
        reference,
        this.file,
        defaultStoreRoot(this.file, this.parts.certificateStore),
      );
    } catch (err) {
      if (err instanceof MappingProblem) return this.fail([err.prefixed(pointer)]);
      throw err;
    }
  }

  private async trustedPem(location: string): Promise<string[]> {
    return (await readStore(defaultStoreRoot(this.file, this.parts.certificateStore), location, 'Root')).map(
      (c) => c.pem,
    );
  }

  /** Names of the services in the config. */
  get serviceNames(): string[] {
    return list<ServiceModel>(at(this.effective, `${this.sm}/services/service`)).map((s) => s.name);
  }

  /**
   * One ServiceHost per `<service>` whose name (its last segment, so `Calculator.CalculatorService` matches the
   * export `CalculatorService`) is among the implementations. Every endpoint and behavior is mapped before any
   * host exists: a config with any error yields no host at all.
   */
  async createServiceHosts(
    implementations: Implementations,
    options: { services?: ServiceResolver; only?: readonly string[] } = {},
  ): Promise<ServiceHost[]> {
    const hosts: ServiceHost[] = [];
    const problems: MappingProblem[] = [];
    const services = list<ServiceModel>(at(this.effective, `${this.sm}/services/service`));
    for (let s = 0; s < services.length; s++) {
      const service = services[s];
      if (options.only && !options.only.includes(service.name)) continue;
      const sp = `${this.sm}/services/service/${s}`;
      const impl = implementations[service.name] ?? implementations[lastSegment(service.name)];
      if (typeof impl !== 'function') {
        problems.push(
          new MappingProblem(
            `${sp}/name`,
            `no implementation for service '${service.name}': the module exports ${Object.keys(implementations).join(', ') || 'nothing'} (a service is matched by the last segment of its name)`,
          ),
        );
        continue;
      }
      try {
        hosts.push(
          await this.createServiceHost(service, sp, impl as ServiceType, implementations, options.services),
        );
      } catch (err) {
        if (err instanceof ConfigurationLoadError)
          problems.push(...err.errors.map((e) => new LocatedProblem(e)));
        else throw err;
      }
    }
    if (problems.length) this.failAll(problems);
    return hosts;
  }

  /** Like fail, but the problems may already carry resolved locations (from nested calls). */
  private failAll(problems: MappingProblem[]): never {
    throw new ConfigurationLoadError(
      this.file,
      problems.map((p) =>
        p instanceof LocatedProblem
          ? p.error
          : new ConfigurationError(p.message, this.locate(p.relativePointer)),
      ),
      this.warnings,
    );
  }

  private async createServiceHost(
    service: ServiceModel,
    sp: string,
    impl: ServiceType,
    implementations: Implementations,
    services?: ServiceResolver,
  ): Promise<ServiceHost> {
    const host = isObject(service.host) ? service.host : {};
    const baseAddresses = list<JsonObject>(at(host, '/baseAddresses/add')).map((a) => String(a.baseAddress));
    const timeouts = isObject(host.timeouts) ? host.timeouts : undefined;
    const result = new ServiceHost(impl, {
      baseAddresses,
      services: services ?? this.services,
      openTimeout: timeouts ? ms(timeouts.openTimeout) : undefined,
      closeTimeout: timeouts ? ms(timeouts.closeTimeout) : undefined,
    });
    const behavior = this.behavior('serviceBehaviors', service.behaviorConfiguration);
    if (behavior) await this.applyServiceBehavior(result, behavior);
    const problems: MappingProblem[] = [];
    for (const [i, endpoint] of list<EndpointModel>(service.endpoint).entries()) {
      const ep = `${sp}/endpoint/${i}`;
      try {
        const contract = this.findContract(endpoint.contract, implementations, `${ep}/contract`);
        const binding = this.endpointBinding(endpoint, ep);
        const listenUri = typeof endpoint.listenUri === 'string' ? endpoint.listenUri : undefined;
        try {
          const added = result.addServiceEndpoint(contract, binding, endpoint.address, listenUri);
          if (endpoint.name) Object.assign(added, { name: endpoint.name });
        } catch (err) {
          problems.push(new MappingProblem(`${ep}/address`, (err as Error).message));
        }
      } catch (err) {
        if (err instanceof ConfigurationLoadError)
          problems.push(...err.errors.map((e) => new LocatedProblem(e)));
        else throw err;
      }
    }
    if (problems.length) this.failAll(problems);
    return result;
  }

  private async applyServiceBehavior(host: ServiceHost, behavior: ModelNode): Promise<void> {
    const e = behavior.effective;
    const problems: MappingProblem[] = [];
    const debug = child(e, 'serviceDebug');
    if (debug) host.debug = { includeExceptionDetailInFaults: debug.includeExceptionDetailInFaults === true };
    const throttling = child(e, 'serviceThrottling');
    if (throttling) {
      const d = defaultServiceThrottling();
      host.throttling = {
        maxConcurrentCalls: Number(throttling.maxConcurrentCalls ?? d.maxConcurrentCalls),
        maxConcurrentSessions: Number(throttling.maxConcurrentSessions ?? d.maxConcurrentSessions),
        maxConcurrentInstances: Number(throttling.maxConcurrentInstances ?? d.maxConcurrentInstances),
      };
    }
    const metadata = child(e, 'serviceMetadata');
    for (const flag of ['httpGetEnabled', 'httpsGetEnabled']) {
      if (metadata?.[flag] === true)
        problems.push(
          MappingProblem.notSupported(
            `${behavior.pointer}/serviceMetadata/${flag}`,
            `WSDL publishing (serviceMetadata ${flag}="true")`,
          ),
        );
    }
    const credentials = child(e, 'serviceCredentials');
    const writtenCredentials = child(behavior.written, 'serviceCredentials');
    if (credentials && writtenCredentials) {
      const cp = `${behavior.pointer}/serviceCredentials`;
      for (const name of Object.keys(writtenCredentials)) {
        if (name === 'serviceCertificate' || name === 'clientCertificate') continue;
        const node = this.schema.at(`${cp}/${name}`);
        const w = child(writtenCredentials, name);
        if (node && w)
          problems.push(
            ...unsupportedSettings(w, child(credentials, name)!, node, [], `<${name}>`, `${cp}/${name}`),
          );
        else if (node?.isScalar())
          problems.push(
            ...unsupportedSettings(
              writtenCredentials,
              credentials,
              this.schema.at(cp)!,
              ['serviceCertificate', 'clientCertificate'],
              '<serviceCredentials>',
              cp,
            ).filter((p) => p.relativePointer.endsWith(`/${name}`)),
          );
      }
      const auth = child(child(credentials, 'clientCertificate'), 'authentication');
      if (auth && auth.certificateValidationMode !== 'ChainTrust')
        problems.push(
          MappingProblem.notSupported(
            `${cp}/clientCertificate/authentication/certificateValidationMode`,
            `certificateValidationMode="${String(auth.certificateValidationMode)}" for client certificates`,
            'Indigo checks TLS client certificates by chain trust',
          ),
        );
      if (problems.length) this.fail(problems);
      const serviceCert = child(writtenCredentials, 'serviceCertificate')
        ? child(credentials, 'serviceCertificate')
        : undefined;
      if (serviceCert)
        host.credentials.serviceCertificate = await this.certificate(serviceCert, `${cp}/serviceCertificate`);
      if (child(writtenCredentials, 'clientCertificate'))
        host.credentials.clientCertificate.trustedAuthorities.push(
          ...(await this.trustedPem(String(auth?.trustedStoreLocation ?? 'LocalMachine'))),
        );
    }
    for (const [name, value] of Object.entries(behavior.written ?? {})) {
      const create = this.parts.extensions.behaviors.get(name);
      if (!create || !isObject(value)) continue;
      const instance = create() as { applyDispatchBehavior?: (h: ServiceHost) => void };
      const issues = assignSettings(instance, value, (s) => (parseTimeSpan(s).ok ? ms(s) : undefined));
      problems.push(
        ...issues.map((p) => new MappingProblem(`${behavior.pointer}/${name}`, `<${name}>: ${p}`)),
      );
      instance.applyDispatchBehavior?.(host);
    }
    if (problems.length) this.fail(problems);
  }

  /** The `<client><endpoint>` with this name (`*` or undefined: the one endpoint whose contract matches). */
  private clientEndpoint(
    contractName: string,
    endpointName: string | undefined,
  ): { endpoint: EndpointModel; pointer: string } {
    const endpoints = list<EndpointModel>(at(this.effective, `${this.sm}/client/endpoint`));
    const matching = endpoints
      .map((endpoint, i) => ({ endpoint, pointer: `${this.sm}/client/endpoint/${i}` }))
      .filter(
        ({ endpoint }) =>
          endpoint.contract === '*' || lastSegment(endpoint.contract) === lastSegment(contractName),
      )
      .filter(
        ({ endpoint }) =>
          endpointName === undefined || endpointName === '*' || endpoint.name === endpointName,
      );
    if (matching.length === 1) return matching[0];
    const names = endpoints.map((e) => `'${e.name}' (${e.contract})`).join(', ') || 'none';
    return this.fail([
      new MappingProblem(
        `${this.sm}/client`,
        matching.length === 0
          ? `no <client><endpoint>${endpointName && endpointName !== '*' ? ` named '${endpointName}'` : ''} has contract '${contractName}' (endpoints: ${names})`
          : `several <client> endpoints match contract '${contractName}' (${matching.map((m) => `'${m.endpoint.name}'`).join(', ')}); name one`,
      ),
    ]);
  }

  /** A ChannelFactory for a `<client><endpoint>`, with its endpoint behavior's client credentials. */
  async createChannelFactory<T extends object>(
    contract: abstract new () => T,
    endpointName?: string,
    options: { services?: ServiceResolver } = {},
  ): Promise<ChannelFactory<T>> {
    const contractName = getServiceContractOptions(contract)?.configurationName ?? contract.name;
    const { endpoint, pointer } = this.clientEndpoint(contractName, endpointName);
    const binding = this.endpointBinding(endpoint, pointer);
    const factory = new ChannelFactory(contract, binding, endpoint.address, {
      services: options.services ?? this.services,
    });
    const behavior = this.behavior('endpointBehaviors', endpoint.behaviorConfiguration);
    if (behavior) await this.applyEndpointBehavior(factory, behavior);
    return factory;
  }

  private async applyEndpointBehavior(factory: ChannelFactory<object>, behavior: ModelNode): Promise<void> {
    const credentials = child(behavior.effective, 'clientCredentials');
    const written = child(behavior.written, 'clientCredentials');
    const problems: MappingProblem[] = [];
    if (credentials && written) {
      const cp = `${behavior.pointer}/clientCredentials`;
      if (child(written, 'clientCertificate'))
        factory.credentials.clientCertificate.certificate = await this.certificate(
          child(credentials, 'clientCertificate')!,
          `${cp}/clientCertificate`,
        );
      const serviceCert = child(credentials, 'serviceCertificate');
      const writtenServiceCert = child(written, 'serviceCertificate');
      if (child(writtenServiceCert, 'defaultCertificate')) {
        factory.credentials.serviceCertificate.defaultCertificate = await this.certificate(
          child(serviceCert, 'defaultCertificate')!,
          `${cp}/serviceCertificate/defaultCertificate`,
        );
      }
      const ssl = child(serviceCert, 'sslCertificateAuthentication');
      if (ssl && child(writtenServiceCert, 'sslCertificateAuthentication')) {
        const mode = String(ssl.certificateValidationMode);
        if (mode === 'None')
          factory.credentials.serviceCertificate.sslCertificateAuthentication.certificateValidationMode =
            'None';
        else if (mode === 'ChainTrust')
          factory.credentials.serviceCertificate.sslCertificateAuthentication.trustedAuthorities.push(
            ...(await this.trustedPem(String(ssl.trustedStoreLocation))),
          );
        else
          problems.push(
            MappingProblem.notSupported(
              `${cp}/serviceCertificate/sslCertificateAuthentication/certificateValidationMode`,
              `certificateValidationMode="${mode}" for the TLS server certificate`,
              'Indigo supports ChainTrust and None',
            ),
          );
      }
    }
    for (const [name, value] of Object.entries(behavior.written ?? {})) {
      const create = this.parts.extensions.behaviors.get(name);
      if (!create || !isObject(value)) continue;
      const instance = create() as { applyClientBehavior?: (f: ChannelFactory<object>) => void };
      problems.push(
        ...assignSettings(instance, value, (s) => (parseTimeSpan(s).ok ? ms(s) : undefined)).map(
          (p) => new MappingProblem(`${behavior.pointer}/${name}`, `<${name}>: ${p}`),
        ),
      );
      instance.applyClientBehavior?.(factory);
    }
    if (problems.length) this.fail(problems);
  }

  /** Every endpoint (services first, then clients) with the stack it gets, or the stack WCF would build. */
  describeEndpoints(bindingFilter?: string): EndpointDescription[] {
    const out: EndpointDescription[] = [];
    const add = (kind: 'service' | 'client', owner: string, endpoint: EndpointModel): void => {
      if (
        bindingFilter !== undefined &&
        endpoint.bindingConfiguration !== bindingFilter &&
        endpoint.binding !== bindingFilter
      )
        return;
      const { elements, notBuildable } = this.describeBinding(
        endpoint.binding,
        endpoint.bindingConfiguration,
      );
      out.push({
        kind,
        owner,
        name: endpoint.name,
        address: endpoint.address,
        contract: endpoint.contract,
        binding: endpoint.binding,
        bindingConfiguration: endpoint.bindingConfiguration,
        elements,
        notBuildable,
      });
    };
    for (const service of list<ServiceModel>(at(this.effective, `${this.sm}/services/service`)))
      for (const e of list<EndpointModel>(service.endpoint)) add('service', service.name, e);
    for (const e of list<EndpointModel>(at(this.effective, `${this.sm}/client/endpoint`)))
      add('client', '', e);
    return out;
  }

  /** The element list of one binding configuration: built, or — for message security — intended. */
  describeBinding(section: string, name = ''): { elements: IntendedElement[]; notBuildable?: string } {
    try {
      const binding = this.createBinding(section, name);
      return {
        elements: binding
          .createBindingElements()
          .map((e) => ({ configurationName: e.configurationName, settings: e.describe() })),
      };
    } catch (err) {
      const reason =
        err instanceof ConfigurationLoadError
          ? err.errors.map((e) => e.problem).join('; ')
          : (err as Error).message;
      return { elements: this.intendedStack(section, name) ?? [], notBuildable: reason };
    }
  }

  /** The stack WCF builds for a binding Indigo's runtime cannot build yet (message security), from the model. */
  intendedStack(section: string, name = ''): IntendedElement[] | undefined {
    const node = this.bindingNode(section, name);
    const e = node.effective;
    const security = child(e, 'security');
    if (
      (section === 'wsHttpBinding' || section === 'ws2007HttpBinding') &&
      security &&
      (security.mode === 'Message' || security.mode === 'TransportWithMessageCredential')
    ) {
      const plain = {
        ...node.written,
        security: {
          mode: security.mode === 'Message' ? 'None' : 'Transport',
          transport: { clientCredentialType: 'None' },
        },
      } as JsonObject;
      const effectivePlain = {
        ...e,
        security: {
          ...security,
          mode: plain.security && isObject(plain.security) ? plain.security.mode : 'None',
          transport: { ...child(security, 'transport'), clientCredentialType: 'None' },
        },
      } as JsonObject;
      const rest = this.elementsOf(() => createStandardBinding(section, plain, effectivePlain, this.schema));
      if (!rest) return undefined;
      const intent = wsHttpSecurityIntent(
        section,
        security,
        child(child(node.written, 'security'), 'message'),
        child(e, 'reliableSession')?.enabled === true,
      );
      return [rest[0], { configurationName: 'security', settings: intent }, ...rest.slice(1)];
    }
    if (section === 'customBinding' && isObject(e.security)) {
      const names = customBindingElementNames(e);
      const without = { ...e };
      delete without.security;
      const writtenWithout = { ...node.written };
      delete writtenWithout.security;
      const rest =
        this.elementsOf(() => createCustomBinding(writtenWithout, without, this.registry, this.schema)) ?? [];
      const index = names.indexOf('security');
      const intent = customSecurityIntent(child(node.written, 'security') ?? {});
      return [
        ...rest.slice(0, index),
        { configurationName: 'security', settings: intent },
        ...rest.slice(index),
      ];
    }
    return undefined;
  }

  private elementsOf(build: () => Binding): IntendedElement[] | undefined {
    try {
      return build()
        .createBindingElements()
        .map((el) => ({ configurationName: el.configurationName, settings: el.describe() }));
    } catch {
      return undefined;
    }
  }

  /**
   * Builds every binding the endpoints use and maps every service's endpoints (without certificates or
   * implementations): what `indigo validate` checks beyond the schema. Features not supported yet come back
   * as warnings; anything else as errors.
   */
  checkRuntime(): { errors: ConfigurationError[]; warnings: ConfigurationError[] } {
    const errors: ConfigurationError[] = [];
    const warnings: ConfigurationError[] = [];
    const seen = new Set<string>();
    const check = (endpoint: EndpointModel, pointer: string): void => {
      try {
        this.endpointBinding(endpoint, pointer);
      } catch (err) {
        if (!(err instanceof ConfigurationLoadError)) throw err;
        for (const e of err.errors) {
          if (seen.has(e.message)) continue;
          seen.add(e.message);
          (e.problem.includes('not supported yet') ? warnings : errors).push(
            e.problem.includes('not supported yet')
              ? new ConfigurationError(e.problem, e.location, 'warning')
              : e,
          );
        }
      }
    };
    list<ServiceModel>(at(this.effective, `${this.sm}/services/service`)).forEach((s, i) =>
      list<EndpointModel>(s.endpoint).forEach((e, j) =>
        check(e, `${this.sm}/services/service/${i}/endpoint/${j}`),
      ),
    );
    list<EndpointModel>(at(this.effective, `${this.sm}/client/endpoint`)).forEach((e, i) =>
      check(e, `${this.sm}/client/endpoint/${i}`),
    );
    return { errors, warnings };
  }

  /** The config as written, as JSON (the natural JSON image of the XML). */
  toJson(): string {
    return JSON.stringify(this.written, null, 2) + '\n';
  }

  /** The config as written, as `<configuration>` XML. */
  toXml(): string {
    return modelToXml(this.written);
  }

  /** The folder relative paths (extensions, certificate files) resolve against. */
  get directory(): string {
    return dirname(this.file);
  }
}

/** A problem that already has its location (from a nested call). */
class LocatedProblem extends MappingProblem {
  constructor(readonly error: ConfigurationError) {
    super('', error.problem);
  }
}
