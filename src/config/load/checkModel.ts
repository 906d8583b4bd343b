/**
 * The checks a schema cannot express, on the effective model: unique keys in collections, names that must be
 * registered extensions, references between sections (bindingConfiguration, behaviorConfiguration — each
 * error names both ends), and WCF's shape rules for `<customBinding>` (CustomBindingElement: one transport,
 * last; one encoder; each kind once).
 */
import { suggestion } from '../didYouMean';
import type { ConfigSchema, SchemaNode } from '../schema/ConfigSchema';
import { SERVICE_MODEL } from './xmlToImage';
import {
  isObject,
  list,
  type EndpointModel,
  type ExtensionKind,
  type JsonObject,
  type JsonValue,
  type ServiceModel,
} from '../model';

export interface ModelProblem {
  readonly pointer: string;
  readonly problem: string;
  readonly severity?: 'error' | 'warning';
}

/** Binding element kinds by role, for the customBinding shape rules (WCF's names, spec/bindings.md §2). */
export const TRANSPORT_ELEMENTS = [
  'httpTransport',
  'httpsTransport',
  'tcpTransport',
  'namedPipeTransport',
  'msmqTransport',
  'msmqIntegration',
  'peerTransport',
  'udpTransport',
];
export const ENCODING_ELEMENTS = ['textMessageEncoding', 'binaryMessageEncoding', 'mtomMessageEncoding'];
/** Binding types Indigo knows besides the schema's sections: metadata exchange (MetadataExchangeBindings). */
export const MEX_BINDINGS = ['mexHttpBinding', 'mexHttpsBinding'];

const esc = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

export interface CheckContext {
  readonly schema: ConfigSchema;
  /** Names registered in code (the DI registry) for <customBinding> elements. */
  readonly registeredElements: readonly string[];
}

export function checkModel(model: JsonObject, ctx: CheckContext): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const sm = model[SERVICE_MODEL];
  if (!isObject(sm)) return problems;
  const base = `/${esc(SERVICE_MODEL)}`;
  const extensionNames = (kind: ExtensionKind): string[] =>
    list<JsonObject>(at(sm, ['extensions', kind, 'add'])).map((a) => String(a.name));

  checkCollections(sm, ctx.schema.root().property(SERVICE_MODEL)!, base, problems);
  checkExtensionNames(
    sm,
    ctx.schema.root().property(SERVICE_MODEL)!,
    base,
    problems,
    extensionNames,
    ctx.registeredElements,
  );

  const bindings = isObject(sm.bindings) ? sm.bindings : {};
  for (const [section, value] of Object.entries(bindings)) {
    if (section !== 'customBinding' || !isObject(value)) continue;
    list<JsonObject>(value.binding).forEach((b, i) =>
      checkCustomBinding(b, `${base}/bindings/customBinding/binding/${i}`, ctx, problems),
    );
  }

  const bindingTypes = [
    ...ctx.schema.definition('bindings.schema.json', 'bindings').propertyNames(),
    ...extensionNames('bindingExtensions'),
    ...MEX_BINDINGS,
  ];
  const behaviorNames = (kind: 'serviceBehaviors' | 'endpointBehaviors'): string[] =>
    list<JsonObject>(at(sm, ['behaviors', kind, 'behavior'])).map((b) => String(b.name));
  const checkEndpoint = (endpoint: EndpointModel, pointer: string, owner: string): void => {
    // The model may be invalid here (these checks also run when the schema found errors, so that every error
    // is reported at once): a value of the wrong type has been reported by the schema already.
    if (typeof endpoint.binding !== 'string') return;
    if (!bindingTypes.includes(endpoint.binding)) {
      problems.push({
        pointer: `${pointer}/binding`,
        problem: `${owner} uses binding '${endpoint.binding}', which is not a binding type${suggestion(endpoint.binding, bindingTypes)}; known: ${bindingTypes.join(', ')}`,
      });
      return;
    }
    if (endpoint.bindingConfiguration && typeof endpoint.bindingConfiguration === 'string') {
      const configs = list<JsonObject>(at(bindings, [endpoint.binding, 'binding'])).map((b) =>
        String(b.name),
      );
      if (!configs.includes(endpoint.bindingConfiguration)) {
        const elsewhere = Object.entries(bindings)
          .filter(
            ([s, v]) =>
              s !== endpoint.binding &&
              list<JsonObject>(isObject(v) ? v.binding : undefined).some(
                (b) => b.name === endpoint.bindingConfiguration,
              ),
          )
          .map(([s]) => s);
        problems.push({
          pointer: `${pointer}/bindingConfiguration`,
          problem:
            `${owner} refers to bindingConfiguration '${endpoint.bindingConfiguration}', but <bindings><${endpoint.binding}> has no <binding name="${endpoint.bindingConfiguration}">` +
            (configs.length
              ? ` (it has: ${configs.map((c) => `'${c}'`).join(', ')})${suggestion(endpoint.bindingConfiguration, configs)}`
              : ' (it has none)') +
            (elsewhere.length
              ? `; a binding of that name is under <${elsewhere.join('>, <')}> — should binding="${elsewhere[0]}"?`
              : ''),
        });
      }
    }
    if (
      endpoint.behaviorConfiguration &&
      typeof endpoint.behaviorConfiguration === 'string' &&
      !behaviorNames('endpointBehaviors').includes(endpoint.behaviorConfiguration)
    ) {
      problems.push({
        pointer: `${pointer}/behaviorConfiguration`,
        problem: `${owner} refers to behaviorConfiguration '${endpoint.behaviorConfiguration}', but <behaviors><endpointBehaviors> has no <behavior name="${endpoint.behaviorConfiguration}">${suggestion(endpoint.behaviorConfiguration, behaviorNames('endpointBehaviors'))}`,
      });
    }
  };
  list<ServiceModel>(at(sm, ['services', 'service'])).forEach((service, s) => {
    const sp = `${base}/services/service/${s}`;
    if (
      service.behaviorConfiguration &&
      typeof service.behaviorConfiguration === 'string' &&
      !behaviorNames('serviceBehaviors').includes(service.behaviorConfiguration)
    ) {
      problems.push({
        pointer: `${sp}/behaviorConfiguration`,
        problem: `service '${service.name}' refers to behaviorConfiguration '${service.behaviorConfiguration}', but <behaviors><serviceBehaviors> has no <behavior name="${service.behaviorConfiguration}">${suggestion(service.behaviorConfiguration, behaviorNames('serviceBehaviors'))}`,
      });
    }
    list<EndpointModel>(service.endpoint).forEach((e, i) =>
      checkEndpoint(
        e,
        `${sp}/endpoint/${i}`,
        `the endpoint${e.name ? ` '${e.name}'` : ` at '${e.address}'`} of service '${service.name}'`,
      ),
    );
    list<JsonObject>(at(service, ['host', 'baseAddresses', 'add'])).forEach((a, i) => {
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(String(a.baseAddress))) {
        problems.push({
          pointer: `${sp}/host/baseAddresses/add/${i}/baseAddress`,
          problem: `a base address must be an absolute URI, not '${String(a.baseAddress)}'`,
        });
      }
    });
  });
  list<EndpointModel>(at(sm, ['client', 'endpoint'])).forEach((e, i) =>
    checkEndpoint(e, `${base}/client/endpoint/${i}`, `the client endpoint '${e.name}'`),
  );

  for (const [section, what] of [
    ['serviceHostingEnvironment', 'IIS/WAS hosting settings have no effect outside IIS'],
    ['protocolMapping', 'Indigo adds no default endpoints, so protocol mappings have no effect'],
    ['diagnostics', 'WCF message logging and tracing are not carried out by Indigo'],
  ] as const) {
    if (sm[section] !== undefined)
      problems.push({ pointer: `${base}/${section}`, problem: `ignored: ${what}`, severity: 'warning' });
  }
  return problems;
}

function at(root: JsonValue | undefined, path: string[]): JsonValue | undefined {
  let v = root;
  for (const p of path) v = isObject(v) ? v[p] : undefined;
  return v;
}

/** Unique keys in every collection (WCF: "The entry 'x' has already been added"). */
function checkCollections(
  value: JsonValue,
  node: SchemaNode,
  pointer: string,
  problems: ModelProblem[],
): void {
  if (Array.isArray(value)) {
    const items = node.items();
    const key = node.collectionKey;
    const seen = new Map<string, number>();
    value.forEach((entry, i) => {
      if (key && isObject(entry)) {
        const k = key.map((name) => String(entry[name] ?? '')).join('\u0000');
        const first = seen.get(k);
        if (first !== undefined) {
          const shown = key.map((name) => `${name}='${String(entry[name] ?? '')}'`).join(' ');
          problems.push({
            pointer: `${pointer}/${i}`,
            problem: `a second entry with ${shown}: keys must be unique in a collection (the first is entry ${first + 1})`,
          });
        } else seen.set(k, i);
      }
      if (items) checkCollections(entry, items, `${pointer}/${i}`, problems);
    });
    return;
  }
  if (!isObject(value) || node.isAnyXml) return;
  for (const [name, child] of Object.entries(value)) {
    const childNode = node.property(name);
    if (childNode && !childNode.isScalar())
      checkCollections(child, childNode, `${pointer}/${esc(name)}`, problems);
  }
}

/** Names allowed only as registered extensions (bindings sections, customBinding elements, behaviors). */
function checkExtensionNames(
  value: JsonValue,
  node: SchemaNode,
  pointer: string,
  problems: ModelProblem[],
  extensionNames: (kind: ExtensionKind) => string[],
  registeredElements: readonly string[],
): void {
  if (Array.isArray(value)) {
    const items = node.items();
    if (items)
      value.forEach((v, i) =>
        checkExtensionNames(v, items, `${pointer}/${i}`, problems, extensionNames, registeredElements),
      );
    return;
  }
  if (!isObject(value) || node.isAnyXml) return;
  const kind = node.extensionKind as ExtensionKind | undefined;
  for (const [name, child] of Object.entries(value)) {
    const childNode = node.property(name);
    if (childNode) {
      if (!childNode.isScalar())
        checkExtensionNames(
          child,
          childNode,
          `${pointer}/${esc(name)}`,
          problems,
          extensionNames,
          registeredElements,
        );
      continue;
    }
    if (!kind || !isObject(child)) continue; // attributes and unknown names are the schema's to report
    const registered = [
      ...extensionNames(kind),
      ...(kind === 'bindingElementExtensions' ? registeredElements : []),
    ];
    if (registered.includes(name)) continue;
    const known = [
      ...new Set([...node.propertyNames().filter((n) => !node.property(n)!.isScalar()), ...registered]),
    ];
    const wcfOnly = kind === 'bindingElementExtensions' && WCF_ELEMENTS.includes(name);
    problems.push({
      pointer: `${pointer}/${esc(name)}`,
      problem: wcfOnly
        ? `not supported yet: the binding element <${name}> (Indigo has: ${known.join(', ')})`
        : `unknown element <${name}>${suggestion(name, known)}; allowed: ${known.join(', ')}, or a name registered under <extensions><${kind}>`,
    });
  }
}

/** WCF's built-in binding element names (spec/config-schema.md §2) that Indigo has no kind for. */
const WCF_ELEMENTS = [
  'compositeDuplex',
  'oneWay',
  'sslStreamSecurity',
  'windowsStreamSecurity',
  'binaryMessageEncoding',
  'mtomMessageEncoding',
  'tcpTransport',
  'namedPipeTransport',
  'msmqTransport',
  'msmqIntegration',
  'peerTransport',
  'pnrpPeerResolver',
  'udpTransport',
  'privacyNoticeAt',
  'useManagedPresentation',
  'context',
];

/** RS CustomBindingElement: one encoding, one transport (last), each element once (once is the image's shape). */
function checkCustomBinding(
  binding: JsonObject,
  pointer: string,
  ctx: CheckContext,
  problems: ModelProblem[],
): void {
  const node = ctx.schema.definition('bindings.schema.json', 'customBinding');
  const elements = Object.keys(binding).filter(
    (k) => isObject(binding[k]) && (node.property(k) === undefined || !node.property(k)!.isScalar()),
  );
  const name = `customBinding '${String(binding.name)}'`;
  const transports = elements.filter((e) => TRANSPORT_ELEMENTS.includes(e));
  const encoders = elements.filter((e) => ENCODING_ELEMENTS.includes(e));
  if (transports.length === 0 && elements.every((e) => node.property(e) !== undefined)) {
    problems.push({
      pointer,
      problem: `${name} has no transport element; the last element must be one (httpTransport, httpsTransport)`,
    });
  }
  if (transports.length > 1)
    problems.push({
      pointer: `${pointer}/${esc(transports[1])}`,
      problem: `${name} has more than one transport (${transports.join(', ')}); it takes one`,
    });
  if (encoders.length > 1)
    problems.push({
      pointer: `${pointer}/${esc(encoders[1])}`,
      problem: `${name} has more than one message encoding (${encoders.join(', ')}); it takes one`,
    });
  if (transports.length === 1 && elements[elements.length - 1] !== transports[0]) {
    problems.push({
      pointer: `${pointer}/${esc(transports[0])}`,
      problem: `in ${name} the transport <${transports[0]}> must be the last element, but <${elements[elements.length - 1]}> follows it`,
    });
  }
}
