/**
 * WCF's PrimitiveOperationFormatter. DataContractSerializerOperationBehavior.GetFormatter uses it instead of the
 * DataContractSerializer formatter whenever `PrimitiveOperationFormatter.IsContractSupported`: every part and the
 * return value is bool, DateTime, decimal, double, int, long, float or string, or a one-dimensional array of byte,
 * bool, DateTime, decimal, int, long, float or double. The calculator sample is such a contract.
 *
 * Non-null values come out as DCS would write them, but two shapes differ and are visible on the wire:
 * - null is written through `WriteStartAttribute("nil", xsi)` with no prefix, so the writer generates one:
 *   `<text xmlns:a="http://www.w3.org/2001/XMLSchema-instance" a:nil="true"/>` (DCS: `i:nil`);
 * - arrays are written with `XmlDictionaryWriter.WriteArray(null, "int", …/Serialization/Arrays, …)`, each item
 *   binding the Arrays namespace as its default namespace, and no `xmlns:i` on the part:
 *   `<values><int xmlns="http://schemas.microsoft.com/2003/10/Serialization/Arrays">1</int>…</values>`.
 * Reading accepts i:nil (any prefix) on every part and turns it into default(T), as WCF passes null to the
 * method, which .NET turns into default for value types.
 */
import type { XmlElement } from '../../xml/XmlNode';
import { isDataContractClass, type DataType } from './DataType';
import { describeDataType, isNullable } from './DataTypeInfo';
import type { OperationMessageDescription } from './OperationMessageDescription';
import { PrimitiveDataTypes } from './PrimitiveDataTypes';
import { SerializationError } from './SerializationError';
import { attributePrefix, startElement } from './XmlWriterNamespaces';
import { SERIALIZATION_ARRAYS_NAMESPACE, XML_SCHEMA_INSTANCE_NAMESPACE } from './XmlSchemaNamespaces';

const T = PrimitiveDataTypes;
/** PrimitiveOperationFormatter.IsTypeSupported: TypeCode Boolean, DateTime, Decimal, Double, Int32, Int64, Single, String. */
const PART_TYPES: readonly DataType[] = [
  T.boolean,
  T.dateTime,
  T.decimal,
  T.double,
  T.int,
  T.long,
  T.float,
  T.string,
];
/** IsArrayTypeSupported (byte[] is base64Binary here, not an array of unsignedByte). */
const ARRAY_ITEM_TYPES: readonly DataType[] = [
  T.boolean,
  T.dateTime,
  T.decimal,
  T.int,
  T.long,
  T.float,
  T.double,
];

/** `Nullable` around a reference type names the same .NET type; around a value type it is Nullable<T>. */
function dotNetType(type: DataType): DataType {
  if (!isDataContractClass(type) && type.kind === 'nullable' && isReferenceTypeOnly(type.valueType)) {
    return dotNetType(type.valueType);
  }
  return type;
}

function isReferenceTypeOnly(type: DataType): boolean {
  if (isDataContractClass(type)) return true;
  return type.kind === 'array' || (type.kind === 'primitive' && type.isReferenceType);
}

function isPrimitivePart(type: DataType): boolean {
  const t = dotNetType(type);
  if (PART_TYPES.includes(t) || t === T.base64Binary) return true;
  return !isDataContractClass(t) && t.kind === 'array' && ARRAY_ITEM_TYPES.includes(t.itemType);
}

const decisions = new WeakMap<OperationMessageDescription, boolean>();

/** True when WCF would format this operation with PrimitiveOperationFormatter. */
export function usesPrimitiveFormatter(op: OperationMessageDescription): boolean {
  let decision = decisions.get(op);
  if (decision === undefined) {
    decision =
      op.parameters.every((p) => isPrimitivePart(p.type)) &&
      (op.returnType === undefined || isPrimitivePart(op.returnType));
    decisions.set(op, decision);
  }
  return decision;
}

/** PrimitiveOperationFormatter.SerializeParameter: one part element appended to the wrapper. */
export function writePrimitivePart(
  wrapper: XmlElement,
  name: string,
  ns: string,
  type: DataType,
  value: unknown,
): void {
  const element = startElement(wrapper, name, ns);
  const where = `${wrapper.localName}/${name}`;
  const t = dotNetType(type);
  if (value === null || value === undefined) {
    if (!isNullable(t))
      throw new SerializationError(`A null value cannot be written for ${describeDataType(t)}`, where);
    element.setAttribute(
      'nil',
      'true',
      XML_SCHEMA_INSTANCE_NAMESPACE,
      attributePrefix(element, XML_SCHEMA_INSTANCE_NAMESPACE),
    );
    return;
  }
  if (!isDataContractClass(t) && t.kind === 'array') {
    if (!Array.isArray(value)) throw new SerializationError(`Expected an array, got ${typeof value}`, where);
    const item = t.itemType;
    if (isDataContractClass(item) || item.kind !== 'primitive')
      throw new SerializationError('Unsupported array', where);
    value.forEach((v: unknown, i) => {
      startElement(element, item.name, SERIALIZATION_ARRAYS_NAMESPACE).setText(
        item.toXml(v, `${where}/${item.name}[${i}]`),
      );
    });
    return;
  }
  if (!isDataContractClass(t) && t.kind === 'primitive') element.setText(t.toXml(value, where));
}
