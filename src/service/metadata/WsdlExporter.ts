/**
 * WSDL 1.1 for a service, laid out as WCF's WsdlExporter lays it out: one wsdl:definitions per namespace —
 * the service's (wsdl:service, and the bindings and their policies when the binding namespace is the same),
 * and the contract's (wsdl:types, wsdl:message, wsdl:portType) — the first importing the others.
 *
 *   messages   {Contract}_{Operation}_InputMessage / _OutputMessage, one `parameters` part (document/literal
 *              wrapped), the wrapper element of the contract namespace
 *   portType   wsam:Action on input and output (WCF 4.5+); msc:usingSession for SessionMode.Required
 *   binding    {BindingName}_{Contract}: soap:binding or soap12:binding over HTTP, soap(12):operation with the
 *              action as soapAction, literal bodies, the binding's policy and each message's by reference
 *   service    a port per endpoint, soap(12):address, and a wsa10:EndpointReference when WS-Addressing is on,
 *              with the endpoint's Identity — configured, or WCF's default (EndpointIdentityExporter.ts)
 *
 * Metadata exchange endpoints (IMetadataExchange) are not described, as WCF leaves them out.
 */
import { AddressingVersion } from '../../channels/AddressingVersion';
import type { Binding } from '../../channels/Binding';
import { EnvelopeVersion } from '../../channels/EnvelopeVersion';
import { WSU_NS } from './MetadataNamespaces';
import type { Certificate } from '../../crypto/Certificate';
import type { XmlElement } from '../../xml/XmlNode';
import type { ContractDescription, OperationDescription } from '../description';
import { SessionMode } from '../description/SessionMode';
import type { ServiceEndpoint } from '../runtime/ServiceEndpoint';
import { MetadataExportError } from './MetadataExportError';
import {
  MSC_NS,
  SOAP11_BINDING_NS,
  SOAP12_BINDING_NS,
  SOAP_HTTP_TRANSPORT,
  WSA10_NS,
  WSAM_NS,
  WSDL_NS,
  WSDL_ROOT_PREFIXES,
  XSD_NS,
} from './MetadataNamespaces';
import { defaultEndpointIdentity, identityElement } from './EndpointIdentityExporter';
import { exportPolicy } from './PolicyExporter';
import { PolicyVersion } from './PolicyVersion';
import type { PolicyConversionContext } from './policy/PolicyConversionContext';
import { defaultPolicyExporters } from './policy/defaultPolicyExporters';
import type { PolicyExporterRegistry } from './policy/PolicyExporterRegistry';
import { SchemaExporter } from './SchemaExporter';
import type { ServiceMetadata, WsdlDocument } from './ServiceMetadata';
import { el } from './xmlBuilder';

export interface WsdlExportOptions {
  /** wsdl:service's name and the main document's namespace (WCF: ServiceBehavior Name/Namespace). */
  readonly serviceName: string;
  readonly serviceNamespace: string;
  readonly policyVersion?: PolicyVersion;
  readonly policyExporters?: PolicyExporterRegistry;
  /** The host's service certificate: the identity WCF publishes for message security endpoints without one. */
  readonly serviceCertificate?: Certificate;
}

const wsdl = (
  name: string,
  attributes: Record<string, string | undefined> = {},
  children: (XmlElement | undefined)[] = [],
): XmlElement => el('wsdl', name, WSDL_NS, attributes, children);

/** One wsdl:definitions under construction, its parts kept apart until they are put in WCF's order. */
class DefinitionsBuilder {
  readonly policies: XmlElement[] = [];
  readonly imports = new Map<string, XmlElement>();
  types: XmlElement | undefined;
  schemaImports: XmlElement[] = [];
  readonly messages: XmlElement[] = [];
  readonly portTypes: XmlElement[] = [];
  readonly bindings: XmlElement[] = [];
  service: XmlElement | undefined;
  private readonly prefixes = new Map<string, string>();

  constructor(readonly targetNamespace: string) {}

  /** `prefix:local` for a QName-valued attribute: tns for this namespace, iN for an imported one. */
  qname(namespace: string, local: string): string {
    if (namespace === this.targetNamespace) return `tns:${local}`;
    let prefix = this.prefixes.get(namespace);
    if (!prefix) {
      prefix = `i${this.prefixes.size}`;
      this.prefixes.set(namespace, prefix);
      if (!this.imports.has(namespace)) this.imports.set(namespace, wsdl('import', { namespace }));
    }
    return `${prefix}:${local}`;
  }

  build(name: string | undefined): WsdlDocument {
    const root = wsdl('definitions', { name, targetNamespace: this.targetNamespace });
    for (const [prefix, uri] of WSDL_ROOT_PREFIXES) root.declareNamespace(prefix, uri);
    root.declareNamespace('tns', this.targetNamespace);
    for (const [uri, prefix] of this.prefixes) root.declareNamespace(prefix, uri);
    const children = [
      ...this.policies,
      ...this.imports.values(),
      this.types,
      ...this.messages,
      ...this.portTypes,
      ...this.bindings,
      this.service,
    ];
    for (const c of children) if (c) root.appendChild(c);
    return {
      targetNamespace: this.targetNamespace,
      root,
      wsdlImports: [...this.imports.values()],
      schemaImports: this.schemaImports,
    };
  }
}

export class WsdlExporter {
  private readonly policyVersion: PolicyVersion;
  private readonly exporters: PolicyExporterRegistry;
  private readonly documents = new Map<string, DefinitionsBuilder>();
  private readonly schemas = new SchemaExporter();
  private readonly contracts = new Set<ContractDescription>();
  /** wsdl:binding name per (binding, contract) already written. */
  private readonly bindingNames = new Map<Binding, Map<ContractDescription, string>>();
  private readonly usedBindingNames = new Set<string>();
  private readonly usedPortNames = new Set<string>();

  constructor(private readonly options: WsdlExportOptions) {
    this.policyVersion = options.policyVersion ?? PolicyVersion.Default;
    this.exporters = options.policyExporters ?? defaultPolicyExporters();
    this.document(options.serviceNamespace);
  }

  /** Describes a service's endpoints; throws MetadataExportError when something cannot be described. */
  static exportService(endpoints: readonly ServiceEndpoint[], options: WsdlExportOptions): ServiceMetadata {
    const exporter = new WsdlExporter(options);
    for (const endpoint of endpoints) exporter.exportEndpoint(endpoint);
    return exporter.finish();
  }

  exportEndpoint(endpoint: ServiceEndpoint): void {
    if (isMetadataExchange(endpoint.contract)) return;
    this.exportContract(endpoint.contract);
    const bindingName = this.exportBinding(endpoint.binding, endpoint.contract);
    const version = endpoint.binding.messageVersion;
    const soap = soapNamespace(version.envelope);
    const service = this.serviceElement();
    const serviceDoc = this.document(this.options.serviceNamespace);
    const portName = unique(endpoint.name, this.usedPortNames);
    const address = endpoint.address.uri.toString();
    const identity =
      endpoint.address.identity ?? defaultEndpointIdentity(endpoint.binding, this.options.serviceCertificate);
    service.appendChild(
      wsdl('port', { name: portName, binding: serviceDoc.qname(endpoint.binding.namespace, bindingName) }, [
        el(soap.prefix, 'address', soap.ns, { location: address }),
        version.addressing === AddressingVersion.WSAddressing10
          ? el('wsa10', 'EndpointReference', WSA10_NS, {}, [
              el('wsa10', 'Address', WSA10_NS, {}, [address]),
              identity && identityElement(identity),
            ])
          : undefined,
      ]),
    );
  }

  finish(): ServiceMetadata {
    const schemaDocs = this.schemas.documents;
    // Every contract document imports every schema through one "Imports" schema, as WCF writes wsdl:types.
    for (const contract of this.contracts) {
      const doc = this.document(contract.namespace);
      if (doc.types) continue;
      const imports = schemaDocs.map((s) => el('xsd', 'import', XSD_NS, { namespace: s.targetNamespace }));
      doc.schemaImports = imports;
      doc.types = wsdl('types', {}, [
        el('xsd', 'schema', XSD_NS, { targetNamespace: importsNamespace(contract.namespace) }, imports),
      ]);
    }
    const main = this.document(this.options.serviceNamespace).build(this.options.serviceName);
    const others = [...this.documents.values()]
      .filter((d) => d.targetNamespace !== this.options.serviceNamespace)
      .map((d) => d.build(undefined));
    return { wsdl: [main, ...others], xsd: schemaDocs };
  }

  private document(namespace: string): DefinitionsBuilder {
    let d = this.documents.get(namespace);
    if (!d) {
      d = new DefinitionsBuilder(namespace);
      this.documents.set(namespace, d);
    }
    return d;
  }

  private serviceElement(): XmlElement {
    const doc = this.document(this.options.serviceNamespace);
    doc.service ??= wsdl('service', { name: this.options.serviceName });
    return doc.service;
  }

  private exportContract(contract: ContractDescription): void {
    if (this.contracts.has(contract)) return;
    for (const other of this.contracts)
      if (other.name === contract.name && other.namespace === contract.namespace)
        throw new MetadataExportError(
          `Two contracts are named '${contract.name}' in namespace '${contract.namespace}'; WSDL needs distinct portType names.`,
        );
    this.contracts.add(contract);
    this.schemas.exportContract(contract);
    const doc = this.document(contract.namespace);
    const portType = wsdl('portType', { name: contract.name });
    if (contract.sessionMode === SessionMode.Required)
      portType.setAttribute('usingSession', 'true', MSC_NS, 'msc');
    for (const op of contract.operations) {
      if (op.action === '*') {
        throw new MetadataExportError(
          `Contract '${contract.name}', operation '${op.name}': an operation with Action="*" receives any message and cannot be described in WSDL.`,
        );
      }
      const input = messageName(contract, op, 'Input');
      doc.messages.push(
        wsdl('message', { name: input }, [
          wsdl('part', { name: 'parameters', element: `tns:${op.requestWrapper.localName}` }),
        ]),
      );
      const operation = wsdl('operation', { name: op.name });
      if (!op.isInitiating) operation.setAttribute('isInitiating', 'false', MSC_NS, 'msc');
      if (op.isTerminating) operation.setAttribute('isTerminating', 'true', MSC_NS, 'msc');
      operation.appendChild(
        wsdl('input', { message: `tns:${input}` }).setAttribute('Action', op.action, WSAM_NS, 'wsam'),
      );
      if (!op.isOneWay) {
        const output = messageName(contract, op, 'Output');
        doc.messages.push(
          wsdl('message', { name: output }, [
            wsdl('part', { name: 'parameters', element: `tns:${op.responseWrapper.localName}` }),
          ]),
        );
        operation.appendChild(
          wsdl('output', { message: `tns:${output}` }).setAttribute(
            'Action',
            op.replyAction ?? '',
            WSAM_NS,
            'wsam',
          ),
        );
      }
      portType.appendChild(operation);
    }
    doc.portTypes.push(portType);
  }

  /** The wsdl:binding for a binding and contract (written once), with its policies; returns its name. */
  private exportBinding(binding: Binding, contract: ContractDescription): string {
    const byContract = this.bindingNames.get(binding) ?? new Map<ContractDescription, string>();
    this.bindingNames.set(binding, byContract);
    const existing = byContract.get(contract);
    if (existing) return existing;
    const name = unique(`${binding.name}_${contract.name}`, this.usedBindingNames);
    byContract.set(contract, name);

    const doc = this.document(binding.namespace);
    const version = binding.messageVersion;
    const soap = soapNamespace(version.envelope);
    const policy = exportPolicy(
      binding.createBindingElements(),
      contract,
      this.policyVersion,
      this.exporters,
    );
    const element = wsdl('binding', { name, type: doc.qname(contract.namespace, contract.name) });
    const bindingPolicy = this.policy(doc, `${name}_policy`, policy.bindingAssertions);
    if (bindingPolicy) element.appendChild(bindingPolicy);
    element.appendChild(el(soap.prefix, 'binding', soap.ns, { transport: SOAP_HTTP_TRANSPORT }));
    for (const op of contract.operations) {
      const operation = wsdl('operation', { name: op.name }, [
        el(soap.prefix, 'operation', soap.ns, { soapAction: op.action, style: 'document' }),
      ]);
      operation.appendChild(
        this.bindingMessage(doc, 'input', `${name}_${op.name}_Input_policy`, policy, op, soap),
      );
      if (!op.isOneWay)
        // WCF names the output policy with a lower-case "output" (its WsdlExporter's own spelling).
        operation.appendChild(
          this.bindingMessage(doc, 'output', `${name}_${op.name}_output_policy`, policy, op, soap),
        );
      element.appendChild(operation);
    }
    doc.bindings.push(element);
    return name;
  }

  private bindingMessage(
    doc: DefinitionsBuilder,
    direction: 'input' | 'output',
    policyId: string,
    policy: PolicyConversionContext,
    op: OperationDescription,
    soap: { prefix: string; ns: string },
  ): XmlElement {
    return wsdl(direction, {}, [
      this.policy(doc, policyId, policy.messageAssertions(op, direction)),
      el(soap.prefix, 'body', soap.ns, { use: 'literal' }),
    ]);
  }

  /** Adds `<wsp:Policy wsu:Id>` to the document and returns the reference to it; nothing when there are no assertions. */
  private policy(
    doc: DefinitionsBuilder,
    id: string,
    assertions: readonly XmlElement[],
  ): XmlElement | undefined {
    if (!assertions.length) return undefined;
    const ns = this.policyVersion.namespace;
    const policy = el('wsp', 'Policy', ns, {}, [
      el('wsp', 'ExactlyOne', ns, {}, [el('wsp', 'All', ns, {}, [...assertions])]),
    ]);
    policy.setAttribute('Id', id, WSU_NS, 'wsu');
    doc.policies.push(policy);
    return el('wsp', 'PolicyReference', ns, { URI: `#${id}` });
  }
}

function isMetadataExchange(contract: ContractDescription): boolean {
  return (
    contract.name === 'IMetadataExchange' && contract.namespace === 'http://schemas.microsoft.com/2006/04/mex'
  );
}

function messageName(
  contract: ContractDescription,
  op: OperationDescription,
  direction: 'Input' | 'Output',
): string {
  return `${contract.name}_${op.name}_${direction}Message`;
}

/** WCF's "Imports" schema namespace: the contract namespace + "/Imports" (no doubled slash). */
function importsNamespace(namespace: string): string {
  return namespace.endsWith('/') ? `${namespace}Imports` : `${namespace}/Imports`;
}

function soapNamespace(envelope: EnvelopeVersion): { prefix: string; ns: string } {
  if (envelope === EnvelopeVersion.Soap11) return { prefix: 'soap', ns: SOAP11_BINDING_NS };
  if (envelope === EnvelopeVersion.Soap12) return { prefix: 'soap12', ns: SOAP12_BINDING_NS };
  throw new MetadataExportError(
    'A binding without a SOAP envelope (MessageVersion.None) cannot be described as a SOAP binding.',
  );
}

/** `name`, or `name1`, `name2`… when taken (WCF's unique naming of bindings and ports). */
function unique(name: string, used: Set<string>): string {
  let candidate = name;
  for (let i = 1; used.has(candidate); i++) candidate = `${name}${i}`;
  used.add(candidate);
  return candidate;
}
