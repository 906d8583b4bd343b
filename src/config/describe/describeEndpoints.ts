/**
 * What `indigo describe` prints: each endpoint's channel stack, top to bottom — the elements the runtime
 * builds (a secure conversation element shows its bootstrap under protectionTokenParameters), or, for message
 * security the runtime cannot build yet, the element list WCF builds, derived from the model
 * (mapping/describeIntendedStack.ts) around the elements Indigo can build.
 */
import type { Binding } from '../../channels/Binding';
import type { BindingElementRegistry } from '../../di/BindingElementRegistry';
import { ConfigurationLoadError } from '../ConfigurationError';
import type { EndpointDescription } from '../IndigoConfiguration';
import { SERVICE_MODEL } from '../load/xmlToImage';
import { customBindingElementNames, createCustomBinding } from '../mapping/customBinding';
import {
  customSecurityIntent,
  wsHttpSecurityIntent,
  type IntendedElement,
} from '../mapping/describeIntendedStack';
import { child } from '../mapping/settings';
import { createStandardBinding } from '../mapping/standardBindings';
import {
  at,
  isObject,
  list,
  type EndpointModel,
  type JsonObject,
  type ModelNode,
  type ServiceModel,
} from '../model';
import type { ConfigSchema } from '../schema/ConfigSchema';

/** What describing needs of a loaded configuration (IndigoConfiguration has it). */
export interface DescribedConfiguration {
  readonly effective: JsonObject;
  readonly schema: ConfigSchema;
  readonly registry: BindingElementRegistry;
  bindingNode(section: string, name?: string): ModelNode;
  createBinding(section: string, name?: string): Binding;
}

/** Every endpoint (services first, then clients) with the stack it gets, or the stack WCF would build. */
export function describeEndpoints(
  config: DescribedConfiguration,
  bindingFilter?: string,
): EndpointDescription[] {
  const out: EndpointDescription[] = [];
  const add = (kind: 'service' | 'client', owner: string, endpoint: EndpointModel): void => {
    if (
      bindingFilter !== undefined &&
      endpoint.bindingConfiguration !== bindingFilter &&
      endpoint.binding !== bindingFilter
    )
      return;
    const { elements, notBuildable } = describeBinding(
      config,
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
  for (const service of list<ServiceModel>(at(config.effective, `/${SERVICE_MODEL}/services/service`)))
    for (const e of list<EndpointModel>(service.endpoint)) add('service', service.name, e);
  for (const e of list<EndpointModel>(at(config.effective, `/${SERVICE_MODEL}/client/endpoint`)))
    add('client', '', e);
  return out;
}

/** The element list of one binding configuration: built, or — when the runtime cannot build it — intended. */
export function describeBinding(
  config: DescribedConfiguration,
  section: string,
  name = '',
): { elements: IntendedElement[]; notBuildable?: string } {
  try {
    const binding = config.createBinding(section, name);
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
    return { elements: intendedStack(config, section, name) ?? [], notBuildable: reason };
  }
}

/** The stack WCF builds for a message-security binding Indigo's runtime cannot build yet, from the model. */
export function intendedStack(
  config: DescribedConfiguration,
  section: string,
  name = '',
): IntendedElement[] | undefined {
  const node = config.bindingNode(section, name);
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
    const rest = elementsOf(() => createStandardBinding(section, plain, effectivePlain, config.schema));
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
      elementsOf(() => createCustomBinding(writtenWithout, without, config.registry, config.schema)) ?? [];
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

function elementsOf(build: () => Binding): IntendedElement[] | undefined {
  try {
    return build()
      .createBindingElements()
      .map((el) => ({ configurationName: el.configurationName, settings: el.describe() }));
  } catch {
    return undefined;
  }
}
