/**
 * `<customBinding><binding>` → CustomBinding: each child element, in document order (JSON: member order),
 * becomes a binding element made by the DI registry under its config name (RS CustomBindingElement), then
 * configured — by an applier for Indigo's own kinds, by setting properties for extension kinds.
 */
import { CustomBinding } from '../../bindings/CustomBinding';
import type { BindingElement } from '../../channels/BindingElement';
import { MessageVersion } from '../../channels/MessageVersion';
import type { BindingElementRegistry } from '../../di/BindingElementRegistry';
import { TextMessageEncodingBindingElement } from '../../encoders/text/TextMessageEncodingBindingElement';
import {
  TransactionFlowBindingElement,
  type TransactionProtocol,
} from '../../transactions/TransactionFlowBindingElement';
import { HttpsTransportBindingElement } from '../../transports/http/HttpsTransportBindingElement';
import {
  type HostNameComparisonMode,
  HttpTransportBindingElement,
  type TransferMode,
} from '../../transports/http/HttpTransportBindingElement';
import { assignSettings } from '../extensions';
import type { ConfigSchema } from '../schema/ConfigSchema';
import { parseTimeSpan } from '../timeSpan';
import { isObject, type JsonObject } from '../model';
import { MappingProblem, MappingProblems } from './MappingProblem';
import { securityElementFromConfig } from './securityElement';
import { ms, readerQuotasOf, textEncodingOf, unsupportedSettings } from './settings';

/** How one of Indigo's element kinds takes its config: the attributes it carries out, and how. */
interface ElementApplier {
  readonly definition: string;
  readonly supported: readonly string[];
  apply(element: BindingElement, effective: JsonObject, written: JsonObject): void;
}

const HTTP_SUPPORTED = [
  'manualAddressing',
  'maxBufferPoolSize',
  'maxReceivedMessageSize',
  'maxBufferSize',
  'keepAliveEnabled',
  'hostNameComparisonMode',
  'transferMode',
  'requireClientCertificate',
  'bypassProxyOnLocal',
  'useDefaultWebProxy',
];

function applyHttp(element: BindingElement, e: JsonObject, written: JsonObject): void {
  if (!(element instanceof HttpTransportBindingElement)) return;
  element.manualAddressing = e.manualAddressing === true;
  element.maxBufferPoolSize = Number(e.maxBufferPoolSize);
  element.maxReceivedMessageSize = Number(e.maxReceivedMessageSize);
  // RS HttpTransportElement: maxBufferSize is copied only when written; otherwise it follows maxReceivedMessageSize.
  if (written.maxBufferSize !== undefined) element.maxBufferSize = Number(e.maxBufferSize);
  element.keepAliveEnabled = e.keepAliveEnabled !== false;
  element.hostNameComparisonMode = e.hostNameComparisonMode as HostNameComparisonMode;
  element.transferMode = e.transferMode as TransferMode;
  if (element instanceof HttpsTransportBindingElement)
    element.requireClientCertificate = e.requireClientCertificate === true;
}

/** Appliers for the kinds Indigo ships, by config name (one entry per kind; extension kinds need none). */
export const elementAppliers: Readonly<Record<string, ElementApplier>> = {
  httpTransport: { definition: 'httpTransportElement', supported: HTTP_SUPPORTED, apply: applyHttp },
  httpsTransport: { definition: 'httpsTransportElement', supported: HTTP_SUPPORTED, apply: applyHttp },
  textMessageEncoding: {
    definition: 'textMessageEncodingElement',
    supported: ['maxReadPoolSize', 'maxWritePoolSize', 'messageVersion', 'writeEncoding', 'readerQuotas'],
    apply(element, e) {
      if (!(element instanceof TextMessageEncodingBindingElement)) return;
      // RS MessageVersionConverter: "Default" is MessageVersion.Default (Soap12WSAddressing10).
      element.messageVersion =
        e.messageVersion === 'Default'
          ? MessageVersion.Default
          : (MessageVersion.fromName(String(e.messageVersion)) ?? MessageVersion.Default);
      element.writeEncoding = textEncodingOf(e.writeEncoding);
      element.readerQuotas = readerQuotasOf(e.readerQuotas);
      element.maxReadPoolSize = Number(e.maxReadPoolSize);
      element.maxWritePoolSize = Number(e.maxWritePoolSize);
    },
  },
  transactionFlow: {
    definition: 'transactionFlowElement',
    supported: ['transactionProtocol'],
    apply(element, e) {
      if (!(element instanceof TransactionFlowBindingElement)) return;
      // RS TransactionFlowElement.ApplyConfiguration: the element in config means Transactions = true.
      element.transactionFlow = true;
      element.transactionProtocol = e.transactionProtocol as TransactionProtocol;
    },
  },
};

/** Elements the schema describes whose runtime arrives later: the feature each names. */
const FEATURES_TO_COME: Readonly<Record<string, string>> = {
  reliableSession: 'reliable sessions (WS-ReliableMessaging)',
};

export const CUSTOM_BINDING_ATTRIBUTES = [
  'name',
  'openTimeout',
  'closeTimeout',
  'sendTimeout',
  'receiveTimeout',
];

/** The element names of a customBinding model, top to bottom. */
export function customBindingElementNames(binding: JsonObject): string[] {
  return Object.keys(binding).filter((k) => !CUSTOM_BINDING_ATTRIBUTES.includes(k) && isObject(binding[k]));
}

export function createCustomBinding(
  written: JsonObject | undefined,
  e: JsonObject,
  registry: BindingElementRegistry,
  schema: ConfigSchema,
): CustomBinding {
  const problems: MappingProblem[] = [];
  const elements: BindingElement[] = [];
  for (const name of customBindingElementNames(e)) {
    const settings = e[name] as JsonObject;
    const writtenSettings = (isObject(written?.[name]) ? written![name] : {}) as JsonObject;
    if (name === 'security') {
      const security = securityElementFromConfig(writtenSettings);
      if (security instanceof MappingProblem) problems.push(security);
      else elements.push(security);
      continue;
    }
    if (!registry.has(name)) {
      problems.push(
        MappingProblem.notSupported(
          `/${name}`,
          FEATURES_TO_COME[name] ? `<${name}>: ${FEATURES_TO_COME[name]}` : `the binding element <${name}>`,
        ),
      );
      continue;
    }
    const element = registry.create(name);
    const applier = elementAppliers[name];
    if (applier) {
      problems.push(
        ...unsupportedSettings(
          writtenSettings,
          settings,
          schema.definition('bindings.schema.json', applier.definition),
          applier.supported,
          `<${name}>`,
          `/${name}`,
        ),
      );
      applier.apply(element, settings, writtenSettings);
    } else {
      for (const p of assignSettings(element, writtenSettings, (s) =>
        parseTimeSpan(s).ok ? ms(s) : undefined,
      ))
        problems.push(new MappingProblem(`/${name}`, `<${name}>: ${p}`));
    }
    elements.push(element);
  }
  if (problems.length) throw new MappingProblems(problems);
  const binding = new CustomBinding(elements, e.name ? String(e.name) : undefined);
  binding.openTimeout = ms(e.openTimeout);
  binding.closeTimeout = ms(e.closeTimeout);
  binding.sendTimeout = ms(e.sendTimeout);
  binding.receiveTimeout = ms(e.receiveTimeout);
  return binding;
}
