/**
 * `<basicHttpBinding>`, `<basicHttpsBinding>`, `<wsHttpBinding>`, `<ws2007HttpBinding>` → the standard binding
 * recipes of src/bindings, with WCF's semantics: settings only WCF's runtime has are refused unless they keep
 * WCF's default, and security modes the runtime does not have yet are errors naming the feature.
 */
import { BasicHttpBinding, type BasicHttpBindingOptions } from '../../bindings/BasicHttpBinding';
import type { HttpBindingOptions } from '../../bindings/HttpBindingBase';
import {
  BasicHttpSecurityMode,
  HttpClientCredentialType,
  MessageCredentialType,
  SecurityMode,
  WSMessageEncoding,
} from '../../bindings/SecurityModes';
import { WS2007HttpBinding } from '../../bindings/WS2007HttpBinding';
import { WSHttpBinding } from '../../bindings/WSHttpBinding';
import type { Binding } from '../../channels/Binding';
import { BindingConfigurationError } from '../../channels/CommunicationErrors';
import { SecurityAlgorithmSuite } from '../../security/SecurityAlgorithmSuite';
import type { HostNameComparisonMode, TransferMode } from '../../transports/http/HttpTransportBindingElement';
import type { ConfigSchema } from '../schema/ConfigSchema';
import type { JsonObject } from '../model';
import { MappingProblem, MappingProblems } from './MappingProblem';
import { child, ms, readerQuotasOf, textEncodingOf, unsupportedSettings } from './settings';

/** The binding sections mapped here (the schema's others — netTcpBinding — load but cannot be built). */
export const STANDARD_BINDING_SECTIONS = [
  'basicHttpBinding',
  'basicHttpsBinding',
  'wsHttpBinding',
  'ws2007HttpBinding',
] as const;

const HTTP_COMMON = [
  'name',
  'openTimeout',
  'closeTimeout',
  'sendTimeout',
  'receiveTimeout',
  'maxReceivedMessageSize',
  'maxBufferPoolSize',
  'messageEncoding',
  'textEncoding',
  'allowCookies',
  'hostNameComparisonMode',
  'readerQuotas',
  'security',
  'bypassProxyOnLocal',
  'useDefaultWebProxy',
];

function httpOptions(
  written: JsonObject | undefined,
  e: JsonObject,
  problems: MappingProblem[],
): HttpBindingOptions {
  if (e.messageEncoding === WSMessageEncoding.Mtom)
    problems.push(
      MappingProblem.notSupported('/messageEncoding', 'MTOM message encoding (messageEncoding="Mtom")'),
    );
  if (e.allowCookies === true)
    problems.push(
      MappingProblem.notSupported('/allowCookies', 'allowCookies="true" (an HTTP cookie container)'),
    );
  if (e.proxyAddress)
    problems.push(MappingProblem.notSupported('/proxyAddress', 'HTTP proxies (proxyAddress)'));
  return {
    name: e.name ? String(e.name) : undefined,
    openTimeout: ms(e.openTimeout),
    closeTimeout: ms(e.closeTimeout),
    sendTimeout: ms(e.sendTimeout),
    receiveTimeout: ms(e.receiveTimeout),
    maxReceivedMessageSize: Number(e.maxReceivedMessageSize),
    // RS: maxBufferSize is applied only when written; otherwise it follows maxReceivedMessageSize.
    maxBufferSize: written?.maxBufferSize !== undefined ? Number(e.maxBufferSize) : undefined,
    maxBufferPoolSize: Number(e.maxBufferPoolSize),
    readerQuotas: readerQuotasOf(e.readerQuotas),
    textEncoding: textEncodingOf(e.textEncoding),
    hostNameComparisonMode: e.hostNameComparisonMode as HostNameComparisonMode,
    transferMode: (e.transferMode as TransferMode | undefined) ?? undefined,
  };
}

function transportProblems(transport: JsonObject | undefined, secure: boolean): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (!transport) return problems;
  const type = String(transport.clientCredentialType);
  if (secure && type !== HttpClientCredentialType.None && type !== HttpClientCredentialType.Certificate) {
    problems.push(
      MappingProblem.notSupported(
        '/security/transport/clientCredentialType',
        `HTTP ${type} client authentication (clientCredentialType="${type}")`,
        'Indigo supports None and Certificate',
      ),
    );
  }
  if (transport.proxyCredentialType !== 'None')
    problems.push(
      MappingProblem.notSupported(
        '/security/transport/proxyCredentialType',
        `HTTP proxy authentication (proxyCredentialType="${String(transport.proxyCredentialType)}")`,
      ),
    );
  return problems;
}

export function createStandardBinding(
  section: string,
  written: JsonObject | undefined,
  e: JsonObject,
  schema: ConfigSchema,
): Binding {
  const problems: MappingProblem[] = [];
  const node = schema.definition(
    'bindings.schema.json',
    section === 'ws2007HttpBinding' ? 'wsHttpBinding' : section,
  );
  const security = child(e, 'security') ?? {};
  const mode = String(security.mode);
  let binding: Binding;
  if (section === 'basicHttpBinding' || section === 'basicHttpsBinding') {
    problems.push(
      ...unsupportedSettings(
        written,
        e,
        node,
        [...HTTP_COMMON, 'maxBufferSize', 'transferMode'],
        `<${section}>`,
      ),
    );
    const options: BasicHttpBindingOptions = httpOptions(written, e, problems);
    if (
      mode === BasicHttpSecurityMode.Message ||
      mode === BasicHttpSecurityMode.TransportWithMessageCredential
    ) {
      problems.push(
        MappingProblem.notSupported(
          '/security/mode',
          `<${section}> security mode ${mode} (BasicHttpMessageSecurity)`,
          'Indigo has message security on wsHttpBinding / ws2007HttpBinding (mode="Message") and in a customBinding <security>',
        ),
      );
    } else if (mode === BasicHttpSecurityMode.TransportCredentialOnly) {
      problems.push(
        MappingProblem.notSupported(
          '/security/mode',
          'security mode TransportCredentialOnly (HTTP authentication over plain HTTP)',
        ),
      );
    }
    problems.push(
      ...transportProblems(child(security, 'transport'), mode === BasicHttpSecurityMode.Transport),
    );
    const transport = child(security, 'transport');
    binding = new BasicHttpBinding({
      ...options,
      security: {
        mode: mode as BasicHttpSecurityMode,
        transport: { clientCredentialType: transport?.clientCredentialType as HttpClientCredentialType },
      },
    });
  } else if (section === 'wsHttpBinding' || section === 'ws2007HttpBinding') {
    problems.push(
      ...unsupportedSettings(
        written,
        e,
        node,
        [...HTTP_COMMON, 'transactionFlow', 'reliableSession'],
        `<${section}>`,
      ),
    );
    const options = httpOptions(written, e, problems);
    if (e.transactionFlow === true)
      problems.push(
        MappingProblem.notSupported('/transactionFlow', 'transaction flow (WS-AtomicTransaction)'),
      );
    if (child(e, 'reliableSession')?.enabled === true)
      problems.push(
        MappingProblem.notSupported('/reliableSession/enabled', 'reliable sessions (WS-ReliableMessaging)'),
      );
    problems.push(...transportProblems(child(security, 'transport'), mode === SecurityMode.Transport));
    const transport = child(security, 'transport');
    const Type = section === 'ws2007HttpBinding' ? WS2007HttpBinding : WSHttpBinding;
    const message = child(security, 'message') ?? {};
    binding = new Type({
      ...options,
      security: {
        mode: mode as SecurityMode,
        transport: { clientCredentialType: transport?.clientCredentialType as HttpClientCredentialType },
        // RS NonDualMessageSecurityOverHttp; the runtime decides what it supports (src/bindings/MessageSecurityOverHttp).
        message: {
          clientCredentialType: message.clientCredentialType as MessageCredentialType,
          negotiateServiceCredential: message.negotiateServiceCredential !== false,
          establishSecurityContext: message.establishSecurityContext !== false,
          algorithmSuite: SecurityAlgorithmSuite.fromName(String(message.algorithmSuite ?? 'Default')),
        },
      },
    });
    if (mode === SecurityMode.Message || mode === SecurityMode.TransportWithMessageCredential) {
      // Built now, so that what the runtime refuses (Windows credentials, negotiation, …) is a config problem
      // naming the settings, not a failure when a host opens.
      try {
        binding.createBindingElements();
      } catch (err) {
        if (!(err instanceof BindingConfigurationError)) throw err;
        problems.push(
          MappingProblem.notSupported(
            mode === SecurityMode.Message ? '/security/message' : '/security/mode',
            `security mode ${mode} with these settings`,
            err.message.replace(/^.*?: security mode '[A-Za-z]+': /, ''),
          ),
        );
      }
    }
  } else {
    throw new MappingProblems([
      MappingProblem.notSupported(
        '',
        `the binding type <${section}>`,
        section === 'netTcpBinding' ? 'Indigo has no TCP transport yet' : undefined,
      ),
    ]);
  }
  if (problems.length) throw new MappingProblems(problems);
  return binding;
}
