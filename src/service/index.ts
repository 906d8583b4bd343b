export * from './description';
export * from './serialization';
export * from './ServiceCredentials';
export * from './ServiceHost';
export { OperationContext } from './runtime/OperationContext';
export { ServiceSecurityContext, type Identity } from './runtime/ServiceSecurityContext';
export { ServiceEndpoint } from './runtime/ServiceEndpoint';
export type { ServiceDebugBehavior, ServiceThrottlingBehavior } from './runtime/ServiceBehaviors';
export { DispatcherFaults, DispatcherNamespace, DispatcherFaultAction } from './runtime/DispatcherFaults';
