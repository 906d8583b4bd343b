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
import type { ServiceEndpoint } from '../service/runtime/ServiceEndpoint';
import { ConfigurationError, ConfigurationLoadError, type ConfigLocation } from './ConfigurationError';
import { assignSettings, loadConfiguredType, type LoadedExtensions } from './extensions';
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
import { MetadataExchangeBindings } from '../service/metadata/MetadataExchangeBindings';
// Declares IMetadataExchange, so that contract="IMetadataExchange" finds it.
import '../service/metadata/IMetadataExchange';
import {
  applyClientBehavior,
  applyEndpointDispatchExtensions,
  applyServiceBehavior,
  applyServiceBehaviorExtensions,
  endpointBehaviorProblems,
  serviceBehaviorProblems,
  type BehaviorContext,
} from './mapping/behaviors';
import { EndpointAddress } from '../channels/EndpointAddress';
import type { EndpointIdentity } from '../channels/EndpointIdentity';
import {
  CertificateStoreError,
  certificateFromDer,
  defaultStoreRoot,
  readStore,
  resolveCertificate,
} from './mapping/certificates';
import { createCustomBinding } from './mapping/customBinding';
import { endpointIdentity, readEndpointIdentity } from './mapping/identity';
import type { IntendedElement } from './mapping/describeIntendedStack';
import * as describe from './describe/describeEndpoints';
import { MappingProblem, MappingProblems } from './mapping/MappingProblem';
import { ms } from './mapping/settings';
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

/**
 * Where the hosts listen instead of what the config says (`indigo host --port/--host`): the port and/or host
 * name of every base address, absolute endpoint address and listenUri of the hosted services. Port 0 means
 * any free port (one per scheme and host, shared by the endpoints under it).
 */
export interface ListenOverride {
  readonly port?: number;
  readonly hostname?: string;
}

/** An address with the override applied; relative addresses are left alone (they follow their base address). */
function overrideListen(address: string, listen: ListenOverride | undefined): string {
  if (!listen || (listen.port === undefined && listen.hostname === undefined)) return address;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(address)) return address;
  const url = new URL(address);
  if (listen.port !== undefined) url.port = String(listen.port);
  if (listen.hostname !== undefined) url.hostname = listen.hostname;
  return url.toString();
}

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
      if (section === 'mexHttpBinding') return MetadataExchangeBindings.createMexHttpBinding();
      if (section === 'mexHttpsBinding') return MetadataExchangeBindings.createMexHttpsBinding();
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

  /** The EndpointIdentity an endpoint's `<identity>` describes (a certificateReference is looked up in the store). */
  private async endpointIdentity(endpointPointer: string): Promise<EndpointIdentity | undefined> {
    const pointer = `${endpointPointer}/identity`;
    const storeRoot = defaultStoreRoot(this.file, this.parts.certificateStore);
    try {
      return await endpointIdentity(
        at(this.written, pointer),
        at(this.effective, pointer),
        (reference) =>
          resolveCertificate(reference, this.file, storeRoot, { purpose: 'the identity certificate' }),
        certificateFromDer,
      );
    } catch (err) {
      if (err instanceof MappingProblems) this.fail(err.problems.map((p) => p.prefixed(pointer)));
      if (err instanceof MappingProblem) this.fail([err.prefixed(pointer)]);
      throw err;
    }
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

  /** Certificates and stores for the behaviors (mapping/certificates.ts), and the types they name. */
  private get behaviorContext(): BehaviorContext {
    const storeRoot = defaultStoreRoot(this.file, this.parts.certificateStore);
    return {
      schema: this.schema,
      extensions: this.parts.extensions,
      certificate: async (reference, pointer, options) => {
        try {
          return await resolveCertificate(reference, this.file, storeRoot, options);
        } catch (err) {
          if (err instanceof MappingProblem) throw err.prefixed(pointer);
          throw err;
        }
      },
      store: async (location, name, pointer) => {
        try {
          return (await readStore(storeRoot, location, name)).map((c) => c.pem);
        } catch (err) {
          if (err instanceof CertificateStoreError) throw new MappingProblem(pointer, err.message);
          throw err;
        }
      },
      instance: (type, pointer, expected) => {
        const loaded = loadConfiguredType(type, this.file, expected);
        if (!loaded.ok) throw new MappingProblem(pointer, loaded.reason);
        return loaded.create();
      },
    };
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
    options: { services?: ServiceResolver; only?: readonly string[]; listen?: ListenOverride } = {},
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
          await this.createServiceHost(
            service,
            sp,
            impl as ServiceType,
            implementations,
            options.services,
            options.listen,
          ),
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
    listen?: ListenOverride,
  ): Promise<ServiceHost> {
    const host = isObject(service.host) ? service.host : {};
    const baseAddresses = list<JsonObject>(at(host, '/baseAddresses/add')).map((a) =>
      overrideListen(String(a.baseAddress), listen),
    );
    const timeouts = isObject(host.timeouts) ? host.timeouts : undefined;
    const result = new ServiceHost(impl, {
      baseAddresses,
      services: services ?? this.services,
      openTimeout: timeouts ? ms(timeouts.openTimeout) : undefined,
      closeTimeout: timeouts ? ms(timeouts.closeTimeout) : undefined,
    });
    const problems: MappingProblem[] = [];
    const serviceBehavior = this.behavior('serviceBehaviors', service.behaviorConfiguration);
    if (serviceBehavior)
      problems.push(...(await applyServiceBehavior(result, serviceBehavior, this.behaviorContext)));
    const endpointBehaviors: [ServiceEndpoint, ModelNode][] = [];
    for (const [i, endpoint] of list<EndpointModel>(service.endpoint).entries()) {
      const ep = `${sp}/endpoint/${i}`;
      // The contract and the binding are checked apart, so that a problem with one does not hide the other.
      const attempt = <T>(make: () => T): T | undefined => {
        try {
          return make();
        } catch (err) {
          if (!(err instanceof ConfigurationLoadError)) throw err;
          problems.push(...err.errors.map((e) => new LocatedProblem(e)));
          return undefined;
        }
      };
      const binding = attempt(() => this.endpointBinding(endpoint, ep));
      const contract = attempt(() => this.findContract(endpoint.contract, implementations, `${ep}/contract`));
      let identity: EndpointIdentity | undefined;
      try {
        identity = await this.endpointIdentity(ep);
      } catch (err) {
        if (!(err instanceof ConfigurationLoadError)) throw err;
        problems.push(...err.errors.map((e) => new LocatedProblem(e)));
        continue;
      }
      if (!binding || !contract) continue;
      const listenUri = typeof endpoint.listenUri === 'string' ? endpoint.listenUri : undefined;
      try {
        const added = result.addServiceEndpoint(
          contract,
          binding,
          overrideListen(endpoint.address, listen),
          listenUri === undefined ? undefined : overrideListen(listenUri, listen),
        );
        if (endpoint.name) Object.assign(added, { name: endpoint.name });
        if (identity) added.address = new EndpointAddress(added.address.uri, identity);
        // Only extension behaviors act on a service endpoint: <clientCredentials> is client-side (as in WCF).
        const behavior = this.behavior('endpointBehaviors', endpoint.behaviorConfiguration);
        if (behavior) endpointBehaviors.push([added, behavior]);
      } catch (err) {
        problems.push(new MappingProblem(`${ep}/address`, (err as Error).message));
      }
    }
    // WCF applies behaviors when the description is complete: service behaviors see every endpoint.
    if (!problems.length && serviceBehavior)
      problems.push(...applyServiceBehaviorExtensions(result, serviceBehavior, this.parts.extensions));
    if (!problems.length)
      for (const [endpoint, behavior] of endpointBehaviors)
        problems.push(...applyEndpointDispatchExtensions(result, endpoint, behavior, this.parts.extensions));
    if (problems.length) this.failAll(problems);
    return result;
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
    const identity = await this.endpointIdentity(pointer);
    const factory = new ChannelFactory(contract, binding, new EndpointAddress(endpoint.address, identity), {
      services: options.services ?? this.services,
    });
    const behavior = this.behavior('endpointBehaviors', endpoint.behaviorConfiguration);
    if (behavior) {
      const problems = await applyClientBehavior(
        factory as ChannelFactory<object>,
        behavior,
        this.behaviorContext,
      );
      if (problems.length) this.failAll(problems);
    }
    return factory;
  }

  /** Every endpoint (services first, then clients) with the stack it gets, or the stack WCF would build. */
  describeEndpoints(bindingFilter?: string): EndpointDescription[] {
    return describe.describeEndpoints(this, bindingFilter);
  }

  /** The element list of one binding configuration: built, or — when the runtime cannot build it — intended. */
  describeBinding(section: string, name = ''): { elements: IntendedElement[]; notBuildable?: string } {
    return describe.describeBinding(this, section, name);
  }

  /** The stack WCF builds for a message-security binding Indigo's runtime cannot build yet, from the model. */
  intendedStack(section: string, name = ''): IntendedElement[] | undefined {
    return describe.intendedStack(this, section, name);
  }

  /**
   * What `indigo validate` checks beyond the schema: builds every binding the endpoints use and checks every
   * behavior they name (without loading certificates, implementations or extensions). Features not supported
   * yet come back as warnings; anything else as errors.
   */
  checkRuntime(): { errors: ConfigurationError[]; warnings: ConfigurationError[] } {
    const errors: ConfigurationError[] = [];
    const warnings: ConfigurationError[] = [];
    const seen = new Set<string>();
    const report = (found: readonly ConfigurationError[]): void => {
      for (const e of found) {
        if (seen.has(e.message)) continue;
        seen.add(e.message);
        if (e.problem.includes('not supported yet'))
          warnings.push(new ConfigurationError(e.problem, e.location, 'warning'));
        else errors.push(e);
      }
    };
    const check = (endpoint: EndpointModel, pointer: string): void => {
      try {
        this.endpointBinding(endpoint, pointer);
      } catch (err) {
        if (!(err instanceof ConfigurationLoadError)) throw err;
        report(err.errors);
      }
      // The identity as far as it can be read without the certificate store.
      const identity = `${pointer}/identity`;
      try {
        readEndpointIdentity(at(this.written, identity), at(this.effective, identity), certificateFromDer);
      } catch (err) {
        if (err instanceof MappingProblems) report(located(err.problems.map((p) => p.prefixed(identity))));
        else if (err instanceof MappingProblem) report(located([err.prefixed(identity)]));
        else throw err;
      }
    };
    const located = (problems: readonly MappingProblem[]): ConfigurationError[] =>
      problems.map((p) => new ConfigurationError(p.message, this.locate(p.relativePointer)));
    list<ServiceModel>(at(this.effective, `${this.sm}/services/service`)).forEach((s, i) => {
      const behavior = this.behavior('serviceBehaviors', s.behaviorConfiguration);
      if (behavior) report(located(serviceBehaviorProblems(behavior, this.schema)));
      list<EndpointModel>(s.endpoint).forEach((e, j) =>
        check(e, `${this.sm}/services/service/${i}/endpoint/${j}`),
      );
    });
    list<EndpointModel>(at(this.effective, `${this.sm}/client/endpoint`)).forEach((e, i) => {
      check(e, `${this.sm}/client/endpoint/${i}`);
      const behavior = this.behavior('endpointBehaviors', e.behaviorConfiguration);
      if (behavior) report(located(endpointBehaviorProblems(behavior, this.schema)));
    });
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
