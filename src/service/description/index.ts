export { ContractDefinitionError, NotAServiceContractError } from './ContractDefinitionError';
export { ContractDescription, getContractDescription, WILDCARD_ACTION } from './ContractDescription';
export type { ContractType } from './ContractDescription';
export { ContractOperationInvokedError } from './ContractOperationInvokedError';
export { contractOperation } from './contractOperation';
export { OperationContract, getOwnOperationDeclarations } from './OperationContract';
export type { OperationContractOptions, OperationDeclaration } from './OperationContract';
export { createOperationDescription, defaultAction, defaultOperationName } from './OperationDescription';
export type { OperationDescription, OperationParameterDescription } from './OperationDescription';
export { ConcurrencyMode, getServiceBehavior, InstanceContextMode, ServiceBehavior } from './ServiceBehavior';
export type { ServiceBehaviorDescription, ServiceBehaviorOptions } from './ServiceBehavior';
export {
  DEFAULT_CONTRACT_NAMESPACE,
  getDeclaredServiceContracts,
  getServiceContractOptions,
  ServiceContract,
} from './ServiceContract';
export type { ServiceContractOptions } from './ServiceContract';
export { SessionMode } from './SessionMode';
