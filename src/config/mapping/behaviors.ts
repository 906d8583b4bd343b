/**
 * `<behaviors>` → what a ServiceHost or ChannelFactory gets: serviceDebug, serviceThrottling, serviceMetadata,
 * serviceCredentials, clientCredentials, and behaviors registered under `<extensions><behaviorExtensions>`.
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
import type { Certificate } from '../../crypto/Certificate';
import type { ServiceEndpoint } from '../../service/runtime/ServiceEndpoint';
import { defaultServiceThrottling } from '../../service/runtime/ServiceBehaviors';
import type { ServiceHost } from '../../service/ServiceHost';
import { assignSettings, type LoadedExtensions } from '../extensions';
import type { JsonObject, ModelNode } from '../model';
import { isObject } from '../model';
import type { ConfigSchema } from '../schema/ConfigSchema';
import { parseTimeSpan } from '../timeSpan';
import type { ResolveCertificateOptions } from './certificates';
import { MappingProblem } from './MappingProblem';
import { child, ms, unsupportedSettings } from './settings';

/** What a class registered under `<behaviorExtensions>` may implement (WCF's IServiceBehavior / IEndpointBehavior). */
export interface BehaviorExtension {
  /** A service behavior (endpoint undefined), or an endpoint behavior on a service endpoint. */
  applyDispatchBehavior?(host: ServiceHost, endpoint?: ServiceEndpoint): void;
  /** An endpoint behavior on a client endpoint. */
  applyClientBehavior?(factory: ChannelFactory<object>): void;
}

/** What applying behaviors needs from the configuration: certificates and trusted roots, found by the store rules. */
export interface BehaviorContext {
  readonly schema: ConfigSchema;
  readonly extensions: LoadedExtensions;
  /** Resolves a certificate element at `pointer`; throws a MappingProblem (absolute pointer) when it cannot. */
  certificate(
    reference: JsonObject,
    pointer: string,
    options: ResolveCertificateOptions,
  ): Promise<Certificate>;
  /** The PEM certificates of the Root store of a store location. */
  trustedRoots(location: string, pointer: string): Promise<string[]>;
}

const BUILT_IN_SERVICE = [
  'name',
  'serviceCredentials',
  'serviceDebug',
  'serviceThrottling',
  'serviceMetadata',
];
const BUILT_IN_ENDPOINT = ['name', 'clientCredentials'];

/** Validation modes Indigo carries out for a peer's TLS certificate. */
const TLS_VALIDATION_MODES = ['ChainTrust', 'None'];

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

  // <serviceMetadata>: WSDL/MEX publishing is not implemented; enabling it must not pass silently.
  const metadata = child(e, 'serviceMetadata');
  for (const flag of ['httpGetEnabled', 'httpsGetEnabled']) {
    if (metadata?.[flag] === true)
      problems.push(
        MappingProblem.notSupported(
          at(`serviceMetadata/${flag}`),
          `WSDL publishing (serviceMetadata ${flag}="true")`,
          `Indigo publishes no metadata yet; set ${flag}="false" or remove <serviceMetadata>`,
        ),
      );
  }
  problems.push(
    ...unsupportedSettings(
      child(w, 'serviceMetadata'),
      metadata ?? {},
      schema.definition('behaviors.schema.json', 'serviceMetadata'),
      ['httpGetEnabled', 'httpsGetEnabled'],
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

  // <serviceCredentials>: the service certificate and TLS client-certificate trust are carried out.
  const credentials = child(e, 'serviceCredentials');
  const written = child(w, 'serviceCredentials');
  if (credentials && written) {
    const cp = at('serviceCredentials');
    const node = schema.definition('behaviors.schema.json', 'serviceCredentials');
    problems.push(...unsupportedSettings(written, credentials, node, [], '<serviceCredentials>', cp));
    for (const name of Object.keys(written)) {
      const part = node.property(name);
      if (!part || part.isScalar() || name === 'serviceCertificate' || name === 'clientCertificate') continue;
      problems.push(
        ...unsupportedSettings(
          child(written, name),
          child(credentials, name) ?? {},
          part,
          [],
          `<${name}>`,
          `${cp}/${name}`,
        ),
      );
    }
    const clientCertificate = child(written, 'clientCertificate');
    if (child(clientCertificate, 'certificate'))
      problems.push(
        MappingProblem.notSupported(
          `${cp}/clientCertificate/certificate`,
          'a client certificate known to the service in advance (<clientCertificate><certificate>, for duplex message security)',
        ),
      );
    const auth = child(child(credentials, 'clientCertificate'), 'authentication');
    if (auth && child(clientCertificate, 'authentication')) {
      const ap = `${cp}/clientCertificate/authentication`;
      if (auth.certificateValidationMode !== 'ChainTrust')
        problems.push(
          MappingProblem.notSupported(
            `${ap}/certificateValidationMode`,
            `certificateValidationMode="${String(auth.certificateValidationMode)}" for client certificates`,
            'Indigo checks TLS client certificates by chain trust (the Root store of trustedStoreLocation)',
          ),
        );
      problems.push(
        ...unsupportedSettings(
          child(clientCertificate, 'authentication'),
          auth,
          node.property('clientCertificate')!.property('authentication')!,
          ['certificateValidationMode', 'trustedStoreLocation', 'revocationMode'],
          '<clientCertificate><authentication>',
          ap,
        ),
      );
    }
  }
  return problems;
}

/** The not-supported problems of an `<endpointBehaviors><behavior>`, from the model alone. */
export function endpointBehaviorProblems(behavior: ModelNode, schema: ConfigSchema): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const credentials = child(behavior.effective, 'clientCredentials');
  const written = child(behavior.written, 'clientCredentials');
  if (!credentials || !written) return problems;
  const cp = `${behavior.pointer}/clientCredentials`;
  const node = schema.definition('behaviors.schema.json', 'clientCredentials');
  problems.push(
    ...unsupportedSettings(written, credentials, node, ['supportInteractive'], '<clientCredentials>', cp),
  );
  for (const name of ['windows', 'httpDigest', 'issuedToken']) {
    problems.push(
      ...unsupportedSettings(
        child(written, name),
        child(credentials, name) ?? {},
        node.property(name)!,
        [],
        `<${name}>`,
        `${cp}/${name}`,
      ),
    );
  }
  const writtenService = child(written, 'serviceCertificate');
  const service = child(credentials, 'serviceCertificate');
  const serviceNode = node.property('serviceCertificate')!;
  if (child(writtenService, 'scopedCertificates'))
    problems.push(
      MappingProblem.notSupported(
        `${cp}/serviceCertificate/scopedCertificates`,
        'per-address service certificates (<scopedCertificates>, for message security)',
      ),
    );
  // <authentication> governs the service certificate of message security, which the runtime does not have yet.
  problems.push(
    ...unsupportedSettings(
      child(writtenService, 'authentication'),
      child(service, 'authentication') ?? {},
      serviceNode.property('authentication')!,
      [],
      '<serviceCertificate><authentication> (message security)',
      `${cp}/serviceCertificate/authentication`,
    ),
  );
  const ssl = child(service, 'sslCertificateAuthentication');
  const writtenSsl = child(writtenService, 'sslCertificateAuthentication');
  if (ssl && writtenSsl) {
    const sp = `${cp}/serviceCertificate/sslCertificateAuthentication`;
    if (!TLS_VALIDATION_MODES.includes(String(ssl.certificateValidationMode)))
      problems.push(
        MappingProblem.notSupported(
          `${sp}/certificateValidationMode`,
          `certificateValidationMode="${String(ssl.certificateValidationMode)}" for the TLS server certificate`,
          'Indigo supports ChainTrust (the Root store of trustedStoreLocation, and the system roots) and None',
        ),
      );
    problems.push(
      ...unsupportedSettings(
        writtenSsl,
        ssl,
        serviceNode.property('sslCertificateAuthentication')!,
        ['certificateValidationMode', 'trustedStoreLocation', 'revocationMode'],
        '<sslCertificateAuthentication>',
        sp,
      ),
    );
  }
  return problems;
}

/** Runs a problem-throwing step, collecting its problem instead. */
async function collect(problems: MappingProblem[], step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (err) {
    if (err instanceof MappingProblem) problems.push(err);
    else throw err;
  }
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
  const throttling = child(e, 'serviceThrottling');
  if (throttling) {
    const d = defaultServiceThrottling();
    host.throttling = {
      maxConcurrentCalls: Number(throttling.maxConcurrentCalls ?? d.maxConcurrentCalls),
      maxConcurrentSessions: Number(throttling.maxConcurrentSessions ?? d.maxConcurrentSessions),
      maxConcurrentInstances: Number(throttling.maxConcurrentInstances ?? d.maxConcurrentInstances),
    };
  }
  const credentials = child(e, 'serviceCredentials');
  const written = child(behavior.written, 'serviceCredentials');
  if (credentials && written) {
    const cp = `${behavior.pointer}/serviceCredentials`;
    if (child(written, 'serviceCertificate'))
      await collect(problems, async () => {
        host.credentials.serviceCertificate = await ctx.certificate(
          child(credentials, 'serviceCertificate')!,
          `${cp}/serviceCertificate`,
          { purpose: 'the service certificate', needsPrivateKey: true },
        );
      });
    if (child(written, 'clientCertificate'))
      await collect(problems, async () => {
        const auth = child(child(credentials, 'clientCertificate'), 'authentication');
        host.credentials.clientCertificate.trustedAuthorities.push(
          ...(await ctx.trustedRoots(
            String(auth?.trustedStoreLocation ?? 'LocalMachine'),
            `${cp}/clientCertificate/authentication/trustedStoreLocation`,
          )),
        );
      });
  }
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
  const credentials = child(behavior.effective, 'clientCredentials');
  const written = child(behavior.written, 'clientCredentials');
  if (credentials && written) {
    const cp = `${behavior.pointer}/clientCredentials`;
    if (child(written, 'clientCertificate'))
      await collect(problems, async () => {
        factory.credentials.clientCertificate.certificate = await ctx.certificate(
          child(credentials, 'clientCertificate')!,
          `${cp}/clientCertificate`,
          { purpose: 'the client certificate', needsPrivateKey: true },
        );
      });
    const service = child(credentials, 'serviceCertificate');
    const writtenService = child(written, 'serviceCertificate');
    if (child(writtenService, 'defaultCertificate'))
      await collect(problems, async () => {
        factory.credentials.serviceCertificate.defaultCertificate = await ctx.certificate(
          child(service, 'defaultCertificate')!,
          `${cp}/serviceCertificate/defaultCertificate`,
          { purpose: 'the service certificate' },
        );
      });
    const ssl = child(service, 'sslCertificateAuthentication');
    if (ssl && child(writtenService, 'sslCertificateAuthentication')) {
      const tls = factory.credentials.serviceCertificate.sslCertificateAuthentication;
      if (ssl.certificateValidationMode === 'None') tls.certificateValidationMode = 'None';
      else if (ssl.certificateValidationMode === 'ChainTrust')
        await collect(problems, async () => {
          tls.trustedAuthorities.push(
            ...(await ctx.trustedRoots(
              String(ssl.trustedStoreLocation),
              `${cp}/serviceCertificate/sslCertificateAuthentication/trustedStoreLocation`,
            )),
          );
        });
    }
  }
  for (const { instance } of extensionInstances(behavior, BUILT_IN_ENDPOINT, ctx.extensions, problems))
    instance.applyClientBehavior?.(factory);
  return problems;
}
