/**
 * Runs the binding elements' policy exporters over a stack (WCF's MetadataExporter.ExportPolicy). The transport
 * goes first, then the rest top to bottom: that puts a transport binding before the message-level assertions
 * and wsaw:UsingAddressing last, the order in WCF's documents.
 */
import type { BindingElement } from '../../channels/BindingElement';
import { TransportBindingElement } from '../../channels/TransportBindingElement';
import type { ContractDescription } from '../description';
import type { PolicyVersion } from './PolicyVersion';
import { PolicyConversionContext } from './policy/PolicyConversionContext';
import type { PolicyExporterRegistry } from './policy/PolicyExporterRegistry';

export function exportPolicy(
  elements: readonly BindingElement[],
  contract: ContractDescription | undefined,
  policyVersion: PolicyVersion,
  exporters: PolicyExporterRegistry,
): PolicyConversionContext {
  const context = new PolicyConversionContext(
    elements,
    contract,
    policyVersion,
    (stack) => exportPolicy(stack, undefined, policyVersion, exporters).bindingAssertions,
  );
  const ordered = [
    ...elements.filter((e) => e instanceof TransportBindingElement),
    ...elements.filter((e) => !(e instanceof TransportBindingElement)),
  ];
  for (const element of ordered) exporters.find(element)?.exportPolicy(element, context);
  return context;
}
