/**
 * What a parameter, return value or data member carries, in the vocabulary of DataContractSerializer: a
 * built-in primitive, an array (DCS's `ArrayOfX` collection contract), `Nullable<T>`, or a data contract class
 * (a class decorated with `@DataContract`, used directly: `{ type: Person }`).
 *
 * TypeScript erases parameter types, so contracts name their DataTypes explicitly, the way WCF reads them from
 * .NET signatures.
 */
import { PrimitiveDataTypes, type PrimitiveDataType } from './PrimitiveDataTypes';

export type { PrimitiveDataType } from './PrimitiveDataTypes';

/** Any class; it is a valid DataType only when decorated with `@DataContract` (checked at first use). */
export type DataContractClass = abstract new (...args: never) => object;

/** `T[]` / `List<T>`: DCS collection contract `ArrayOf<item name>`, items in the item's (collection) namespace. */
export interface ArrayDataType {
  readonly kind: 'array';
  readonly itemType: DataType;
}

/** `Nullable<T>` for a value type: may be nil. Reference types (string, arrays, classes) are nullable already. */
export interface NullableDataType {
  readonly kind: 'nullable';
  readonly valueType: DataType;
}

export type DataType = PrimitiveDataType | ArrayDataType | NullableDataType | DataContractClass;

export const DataType = {
  ...PrimitiveDataTypes,

  /** An array of `itemType` (DCS writes `<a:int>1</a:int>…` items in the Serialization/Arrays namespace). */
  arrayOf(itemType: DataType): ArrayDataType {
    return Object.freeze({ kind: 'array' as const, itemType });
  },

  /** `Nullable<T>`: nil is allowed and is read as `null`. Nullable of a nullable type changes nothing. */
  nullable(valueType: DataType): NullableDataType {
    if (typeof valueType !== 'function' && valueType.kind === 'nullable') return valueType;
    return Object.freeze({ kind: 'nullable' as const, valueType });
  },
} as const;

export function isDataContractClass(type: DataType): type is DataContractClass {
  return typeof type === 'function';
}
