/**
 * `ServiceHost.fromConfig` and `ChannelFactory.fromConfig`, the declarative front door (DESIGN "What a user
 * does"). They live here, in layer 5, and are attached to the layer-6 classes by declaration merging when this
 * module loads — so src/service and src/client never import src/config (layers point down). The package entry
 * (src/index.ts) loads it; code that imports ServiceHost from src/service directly can call
 * serviceHostFromConfig / channelFactoryFromConfig instead.
 */
import type { ServiceResolver } from '../channels/BindingParameters';
import { ChannelFactory } from '../client/ChannelFactory';
import { ServiceHost } from '../service/ServiceHost';
import type { Implementations } from './IndigoConfiguration';
import { loadConfiguration, type LoadConfigurationOptions } from './loadConfiguration';

export interface FromConfigOptions extends LoadConfigurationOptions {
  /** Services for the stacks; the config's own container (with its extensions) by default. */
  readonly services?: ServiceResolver;
}

/** Every host the config's services make with these implementations (matched by the last segment of the name). */
export async function serviceHostsFromConfig(
  path: string,
  implementations: Implementations,
  options: FromConfigOptions = {},
): Promise<ServiceHost[]> {
  const config = await loadConfiguration(path, options);
  const names = config.serviceNames.filter(
    (n) => implementations[n] !== undefined || implementations[n.slice(n.lastIndexOf('.') + 1)] !== undefined,
  );
  return config.createServiceHosts(implementations, {
    services: options.services,
    only: names.length ? names : undefined,
  });
}

/** The one host for the implementations given (exactly one of the config's services must match them). */
export async function serviceHostFromConfig(
  path: string,
  implementations: Implementations,
  options: FromConfigOptions = {},
): Promise<ServiceHost> {
  const hosts = await serviceHostsFromConfig(path, implementations, options);
  if (hosts.length !== 1) {
    throw new Error(
      `${path}: ${hosts.length} services match the implementations given (${Object.keys(implementations).join(', ')}); ServiceHost.fromConfig makes one host — use serviceHostsFromConfig for several.`,
    );
  }
  return hosts[0];
}

/** A ChannelFactory for the `<client><endpoint name>` (or `*`/omitted: the one endpoint of that contract). */
export async function channelFactoryFromConfig<T extends object>(
  contract: abstract new () => T,
  path: string,
  endpointName?: string,
  options: FromConfigOptions = {},
): Promise<ChannelFactory<T>> {
  const config = await loadConfiguration(path, options);
  return config.createChannelFactory(contract, endpointName, { services: options.services });
}

declare module '../service/ServiceHost' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace ServiceHost {
    /** The host of the config's service that the implementations match (WCF: a ServiceHost configured from app.config). */
    function fromConfig(
      path: string,
      implementations: Implementations,
      options?: FromConfigOptions,
    ): Promise<ServiceHost>;
  }
}

declare module '../client/ChannelFactory' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace ChannelFactory {
    /** WCF's `new ChannelFactory<T>("endpointConfigurationName")`, from a config file. */
    function fromConfig<T extends object>(
      contract: abstract new () => T,
      path: string,
      endpointName?: string,
      options?: FromConfigOptions,
    ): Promise<ChannelFactory<T>>;
  }
}

Object.assign(ServiceHost, { fromConfig: serviceHostFromConfig });
Object.assign(ChannelFactory, { fromConfig: channelFactoryFromConfig });
