/**
 * Facts DCS derives from a DataType: contract name and namespace, nullability, default(T), and whether it is a
 * "complex" contract (class or collection: `CanContainReferences`), which decides the namespace declarations a
 * value's element gets.
 */
import { getDataContractDescription } from './DataContractDescription';
import { isDataContractClass, type DataType } from './DataType';
import {
  SERIALIZATION_ARRAYS_NAMESPACE,
  SERIALIZATION_NAMESPACE,
  XML_SCHEMA_NAMESPACE,
} from './XmlSchemaNamespaces';

/** Nullable<T> is transparent on the wire: it has T's contract, plus nil. */
export function unwrapNullable(type: DataType): DataType {
  return !isDataContractClass(type) && type.kind === 'nullable' ? unwrapNullable(type.valueType) : type;
}

/** May be nil: .NET reference types (string, byte[], arrays, classes) and Nullable<T>. */
export function isNullable(type: DataType): boolean {
  if (isDataContractClass(type)) return true;
  switch (type.kind) {
    case 'nullable':
    case 'array':
      return true;
    case 'primitive':
      return type.isReferenceType;
  }
}

/** Class or collection contract: DCS's `CanContainReferences`, not a built-in primitive. */
export function isComplex(type: DataType): boolean {
  const t = unwrapNullable(type);
  return isDataContractClass(t) || t.kind === 'array';
}

/** DataContract.GetCollectionNamespace: collections of built-in types go to Serialization/Arrays. */
function collectionNamespace(itemNamespace: string): string {
  return itemNamespace === XML_SCHEMA_NAMESPACE || itemNamespace === SERIALIZATION_NAMESPACE
    ? SERIALIZATION_ARRAYS_NAMESPACE
    : itemNamespace;
}

/** The contract (xsd type) name: `int`, `ArrayOfint`, `Person`, `ArrayOfPerson`. */
export function contractName(type: DataType): string {
  const t = unwrapNullable(type);
  if (isDataContractClass(t)) return getDataContractDescription(t).name;
  if (t.kind === 'array') return `ArrayOf${contractName(t.itemType)}`;
  return t.kind === 'primitive' ? t.name : contractName(t.valueType);
}

/** The contract (xsd type) namespace; an array's is its items' element namespace too. */
export function contractNamespace(type: DataType): string {
  const t = unwrapNullable(type);
  if (isDataContractClass(t)) return getDataContractDescription(t).namespace;
  if (t.kind === 'array') return collectionNamespace(contractNamespace(t.itemType));
  return t.kind === 'primitive' ? t.namespace : contractNamespace(t.valueType);
}

/** Element name and namespace DCS uses for a top-level value without an explicit root name. */
export function topLevelElement(type: DataType): { localName: string; namespace: string } {
  const t = unwrapNullable(type);
  // Primitives' TopLevelElementNamespace is DCS's serialization namespace: <int xmlns="…/Serialization/">.
  const namespace =
    !isDataContractClass(t) && t.kind === 'primitive' ? SERIALIZATION_NAMESPACE : contractNamespace(t);
  return { localName: contractName(t), namespace };
}

/** default(T): what .NET leaves in a missing member or parameter. */
export function defaultValue(type: DataType): unknown {
  if (isDataContractClass(type)) return null;
  switch (type.kind) {
    case 'primitive':
      return type.defaultValue();
    case 'array':
    case 'nullable':
      return null;
  }
}

/** True when `value` equals default(T) (decides `emitDefaultValue: false`). */
export function isDefaultValue(type: DataType, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (!isDataContractClass(type) && type.kind === 'primitive') return type.isDefault(value);
  return false;
}

/** A readable name for messages: `int`, `ArrayOfint`, `Nullable<int>`, `Person`. */
export function describeDataType(type: DataType): string {
  if (isDataContractClass(type)) return type.name || '(anonymous class)';
  if (type.kind === 'nullable') return `Nullable<${describeDataType(type.valueType)}>`;
  if (type.kind === 'array') return `${describeDataType(type.itemType)}[]`;
  return type.name;
}
