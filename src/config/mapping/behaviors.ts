/**
 * `<behaviors>` → what a ServiceHost or ChannelFactory gets: serviceDebug, serviceThrottling, serviceMetadata,
 * serviceCredentials and clientCredentials (mapping/credentials.ts), and behaviors registered under
 * `<extensions><behaviorExtensions>`.
 *
 * Two halves: `*BehaviorProblems` are pure checks of the model (what the runtime does not carry out yet, as
 * "not supported yet" problems), shared by building and by `indigo validate`; `apply*` carry the rest out,
 * loading certificates through the context. Problems are collected, never thrown one at a time.
 *
 * A behavior extension is a class constructed without arguments whose properties the element's attributes
 * set (see assignSettings), with WCF's two hooks under TypeScript names:
 *   applyDispatchBehavior(host, endpoint?)  — in <serviceBehaviors> (endpoint undefined), or in an
 *                                             <endpointBehaviors> behavior a service endpoint names;
 *   applyClientBehavior(factory)            — in an <endpointBehaviors> behavior a client endpoint names.
 * A behavior in <serviceBehaviors> must have applyDispatchBehavior (WCF: "not a service behavior"); an
 * endpoint behavior gets whichever hook fits where it is used, and nothing when it has none for that side.
 */
import type { ChannelFactory } from '../../client/ChannelFactory';
import type { ServiceEndpoint } from '../../service/runtime/ServiceEndpoint';
import { defaultServiceThrottling } from '../../service/runtime/ServiceBehaviors';
import type { ServiceHost } from '../../service/ServiceHost';
import { PolicyVersion } from '../../service/metadata/PolicyVersion';
import { ServiceMetadataBehavior } from '../../service/metadata/ServiceMetadataBehavior';
import { assignSettings, type LoadedExtensions } from '../extensions';
import type { ModelNode } from '../model';
import { isObject } from '../model';
import type { ConfigSchema } from '../schema/ConfigSchema';
import { parseTimeSpan } from '../timeSpan';
import {
  applyClientCredentials,
  applyServiceCredentials,
  clientCredentialsProblems,
  serviceCredentialsProblems,
  type CredentialContext,
} from './credentials';
import { MappingProblem } from './MappingProblem';
import { child, ms, unsupportedSettings } from './settings';

/** What a class registered under `<behaviorExtensions>` may implement (WCF's IServiceBehavior / IEndpointBehavior). */
export interface BehaviorExtension {
  /** A service behavior (endpoint undefined), or an endpoint behavior on a service endpoint. */
  applyDispatchBehavior?(host: ServiceHost, endpoint?: ServiceEndpoint): void;
  /** An endpoint behavior on a client endpoint. */
  applyClientBehavior?(factory: ChannelFactory<object>): void;
}

/** What applying behaviors needs from the configuration: the credential context, and the extensions. */
export interface BehaviorContext extends CredentialContext {
  readonly extensions: LoadedExtensions;
}

const BUILT_IN_SERVICE = [
  'name',
  'serviceCredentials',
  'serviceDebug',
  'serviceThrottling',
  'serviceMetadata',
];
const BUILT_IN_ENDPOINT = ['name', 'clientCredentials'];

/** The not-supported problems of a `<serviceBehaviors><behavior>`, from the model alone. */
export function serviceBehaviorProblems(behavior: ModelNode, schema: ConfigSchema): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const p = behavior.pointer;
  const e = behavior.effective;
  const w = behavior.written;
  const at = (name: string): string => `${p}/${name}`;

  // <serviceDebug>: Indigo serves no help page, so only the attributes that say so (or keep the default) pass.
  problems.push(
    ...unsupportedSettings(
      child(w, 'serviceDebug'),
      child(e, 'serviceDebug') ?? {},
      schema.definition('behaviors.schema.json', 'serviceDebug'),
      ['includeExceptionDetailInFaults', 'httpHelpPageEnabled', 'httpsHelpPageEnabled'],
      '<serviceDebug>',
      at('serviceDebug'),
    ),
  );

  // <serviceMetadata>: WSDL over HTTP(S) GET (ServiceMetadataBehavior). The GET bindings are WCF's default ones.
  const metadata = child(e, 'serviceMetadata');
  for (const [flag, scheme] of [
    ['httpGetUrl', 'http'],
    ['httpsGetUrl', 'https'],
  ] as const) {
    const url = metadata?.[flag];
    if (typeof url === 'string' && url !== '') {
      const problem = getUrlProblem(url, scheme);
      if (problem)
        problems.push(
          new MappingProblem(at(`serviceMetadata/${flag}`), `<serviceMetadata ${flag}="${url}">: ${problem}`),
        );
    }
  }
  problems.push(
    ...unsupportedSettings(
      child(w, 'serviceMetadata'),
      metadata ?? {},
      schema.definition('behaviors.schema.json', 'serviceMetadata'),
      [
        'httpGetEnabled',
        'httpsGetEnabled',
        'httpGetUrl',
        'httpsGetUrl',
        'externalMetadataLocation',
        'policyVersion',
      ],
      '<serviceMetadata>',
      at('serviceMetadata'),
    ),
  );

  // <serviceThrottling>: the host limits calls; instances are bounded by calls only while there are no sessions.
  const throttling = child(e, 'serviceThrottling');
  if (throttling?.maxConcurrentInstances !== undefined) {
    const calls = Number(throttling.maxConcurrentCalls ?? defaultServiceThrottling().maxConcurrentCalls);
    if (Number(throttling.maxConcurrentInstances) < calls)
      problems.push(
        MappingProblem.notSupported(
          at('serviceThrottling/maxConcurrentInstances'),
          `maxConcurrentInstances (${String(throttling.maxConcurrentInstances)}) below maxConcurrentCalls (${calls})`,
          "Indigo's host limits concurrent calls; lower maxConcurrentCalls instead",
        ),
      );
  }

  problems.push(...serviceCredentialsProblems(behavior, schema));
  return problems;
}

/** The not-supported problems of an `<endpointBehaviors><behavior>`, from the model alone. */
export function endpointBehaviorProblems(behavior: ModelNode, schema: ConfigSchema): MappingProblem[] {
  return clientCredentialsProblems(behavior, schema);
}

/** The built-in service behaviors onto the host; returns every problem (the checks above included). */
export async function applyServiceBehavior(
  host: ServiceHost,
  behavior: ModelNode,
  ctx: BehaviorContext,
): Promise<MappingProblem[]> {
  const problems = serviceBehaviorProblems(behavior, ctx.schema);
  const e = behavior.effective;
  const debug = child(e, 'serviceDebug');
  if (debug) host.debug = { includeExceptionDetailInFaults: debug.includeExceptionDetailInFaults === true };
  const metadata = child(e, 'serviceMetadata');
  if (metadata) {
    const text = (name: string): string | undefined =>
      typeof metadata[name] === 'string' && metadata[name] !== '' ? String(metadata[name]) : undefined;
    host.metadata = new ServiceMetadataBehavior({
      httpGetEnabled: metadata.httpGetEnabled === true,
      httpsGetEnabled: metadata.httpsGetEnabled === true,
      httpGetUrl: text('httpGetUrl'),
      httpsGetUrl: text('httpsGetUrl'),
      externalMetadataLocation: text('externalMetadataLocation'),
      policyVersion: metadata.policyVersion === 'Policy15' ? PolicyVersion.Policy15 : PolicyVersion.Policy12,
    });
  }
  const throttling = child(e, 'serviceThrottling');
  if (throttling) {
    const d = defaultServiceThrottling();
    host.throttling = {
      maxConcurrentCalls: Number(throttling.maxConcurrentCalls ?? d.maxConcurrentCalls),
      maxConcurrentSessions: Number(throttling.maxConcurrentSessions ?? d.maxConcurrentSessions),
      maxConcurrentInstances: Number(throttling.maxConcurrentInstances ?? d.maxConcurrentInstances),
    };
  }
  await applyServiceCredentials(host.credentials, behavior, ctx, problems);
  return problems;
}

/** The extension behaviors of a behavior element, made and configured; problems for what cannot be. */
function extensionInstances(
  behavior: ModelNode,
  builtIn: readonly string[],
  extensions: LoadedExtensions,
  problems: MappingProblem[],
): { name: string; instance: BehaviorExtension }[] {
  const out: { name: string; instance: BehaviorExtension }[] = [];
  for (const [name, value] of Object.entries(behavior.written ?? {})) {
    if (builtIn.includes(name) || !isObject(value)) continue;
    const create = extensions.behaviors.get(name);
    if (!create) continue; // checkModel has reported an unregistered name already
    const instance = create() as BehaviorExtension;
    const issues = assignSettings(instance, value, (s) => (parseTimeSpan(s).ok ? ms(s) : undefined));
    problems.push(...issues.map((i) => new MappingProblem(`${behavior.pointer}/${name}`, `<${name}>: ${i}`)));
    out.push({ name, instance });
  }
  return out;
}

/** `<serviceBehaviors>` extensions: applyDispatchBehavior(host), once the host has its endpoints. */
export function applyServiceBehaviorExtensions(
  host: ServiceHost,
  behavior: ModelNode,
  extensions: LoadedExtensions,
): MappingProblem[] {
  const problems: MappingProblem[] = [];
  for (const { name, instance } of extensionInstances(behavior, BUILT_IN_SERVICE, extensions, problems)) {
    if (typeof instance.applyDispatchBehavior !== 'function') {
      problems.push(
        new MappingProblem(
          `${behavior.pointer}/${name}`,
          `<${name}> (${instance.constructor.name}) is not a service behavior: it has no applyDispatchBehavior(host); use it in <endpointBehaviors>, or add the method`,
        ),
      );
      continue;
    }
    instance.applyDispatchBehavior(host);
  }
  return problems;
}

/** `<endpointBehaviors>` extensions on a service endpoint: applyDispatchBehavior(host, endpoint) where present. */
export function applyEndpointDispatchExtensions(
  host: ServiceHost,
  endpoint: ServiceEndpoint,
  behavior: ModelNode,
  extensions: LoadedExtensions,
): MappingProblem[] {
  const problems: MappingProblem[] = [];
  for (const { instance } of extensionInstances(behavior, BUILT_IN_ENDPOINT, extensions, problems))
    instance.applyDispatchBehavior?.(host, endpoint);
  return problems;
}

/** An `<endpointBehaviors><behavior>` onto a client's ChannelFactory; returns every problem. */
export async function applyClientBehavior(
  factory: ChannelFactory<object>,
  behavior: ModelNode,
  ctx: BehaviorContext,
): Promise<MappingProblem[]> {
  const problems = endpointBehaviorProblems(behavior, ctx.schema);
  await applyClientCredentials(factory.credentials, behavior, ctx, problems);
  for (const { instance } of extensionInstances(behavior, BUILT_IN_ENDPOINT, ctx.extensions, problems))
    instance.applyClientBehavior?.(factory);
  return problems;
}

/** What is wrong with an httpGetUrl / httpsGetUrl: it must be relative, or an absolute URI of its scheme. */
function getUrlProblem(url: string, scheme: 'http' | 'https'): string | undefined {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    try {
      new URL(url, 'http://base/');
      return undefined;
    } catch {
      return 'not a valid relative URI';
    }
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a valid absolute URI';
  }
  return parsed.protocol === `${scheme}:`
    ? undefined
    : `the address must be relative to the ${scheme} base address or use the ${scheme} scheme, not '${parsed.protocol.slice(0, -1)}'`;
}
