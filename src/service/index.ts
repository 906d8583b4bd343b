export * from './description';
export * from './serialization';
export * from './ServiceCredentials';
export * from './ServiceHost';
export { OperationContext } from './runtime/OperationContext';
export { ServiceSecurityContext, type Identity } from './runtime/ServiceSecurityContext';
export { ServiceEndpoint } from './runtime/ServiceEndpoint';
export type { ServiceDebugBehavior, ServiceThrottlingBehavior } from './runtime/ServiceBehaviors';
export { DispatcherFaults, DispatcherNamespace, DispatcherFaultAction } from './runtime/DispatcherFaults';
export {
  ServiceMetadataBehavior,
  type ServiceMetadataBehaviorOptions,
} from './metadata/ServiceMetadataBehavior';
export { PolicyVersion } from './metadata/PolicyVersion';
export { MetadataExchangeBindings } from './metadata/MetadataExchangeBindings';
export { IMetadataExchange } from './metadata/IMetadataExchange';
export { WsdlExporter, type WsdlExportOptions } from './metadata/WsdlExporter';
export { MetadataExportError } from './metadata/MetadataExportError';
export type { ServiceMetadata, WsdlDocument, SchemaDocument } from './metadata/ServiceMetadata';
export { PolicyExporterRegistry } from './metadata/policy/PolicyExporterRegistry';
export {
  PolicyConversionContext,
  type PolicyExportExtension,
} from './metadata/policy/PolicyConversionContext';
export { defaultPolicyExporters } from './metadata/policy/defaultPolicyExporters';
