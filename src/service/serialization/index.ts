export { DataContract, DataMember } from './DataContractAttribute';
export type { DataContractOptions, DataMemberOptions, DataMemberDeclaration } from './DataContractAttribute';
export { getDataContractDescription, isDataContract, contractHierarchy } from './DataContractDescription';
export type { DataContractDescription, DataMemberDescription } from './DataContractDescription';
export { DataContractSerializer, DEFAULT_MAX_ARRAY_LENGTH } from './DataContractSerializer';
export type { DataContractSerializerSettings } from './DataContractSerializer';
export { DataType, isDataContractClass } from './DataType';
export type { ArrayDataType, DataContractClass, NullableDataType, PrimitiveDataType } from './DataType';
export {
  contractName,
  contractNamespace,
  defaultValue,
  describeDataType,
  isComplex,
  isDefaultValue,
  isNullable,
  topLevelElement,
  unwrapNullable,
} from './DataTypeInfo';
export { InvalidMessageBodyError, OperationFormatter } from './OperationFormatter';
export type { OperationFormatterSettings } from './OperationFormatter';
export type { MessageWrapperName, OperationMessageDescription } from './OperationMessageDescription';
export { usesPrimitiveFormatter } from './PrimitiveOperationFormat';
export { PrimitiveDataTypes } from './PrimitiveDataTypes';
export {
  InvalidDataContractError,
  MaxArrayLengthExceededError,
  RequiredMemberMissingError,
  SerializationError,
} from './SerializationError';
export { formatDateTime, parseDateTime } from './XmlDateTimeFormat';
export {
  formatDouble,
  formatFloat,
  parseDecimal,
  parseDouble,
  parseFloat32,
  parseInteger,
} from './XmlNumberFormat';
export {
  DATA_CONTRACT_NAMESPACE_BASE,
  SERIALIZATION_ARRAYS_NAMESPACE,
  SERIALIZATION_NAMESPACE,
  XML_SCHEMA_INSTANCE_NAMESPACE,
  XML_SCHEMA_INSTANCE_PREFIX,
  XML_SCHEMA_NAMESPACE,
} from './XmlSchemaNamespaces';
