/**
 * Writes values as DataContractSerializer does (DataContractSerializer.InternalWriteObject,
 * XmlObjectSerializerWriteContext, ReflectionXmlFormatWriter), onto the XmlElement infoset.
 *
 * Namespace declarations follow DCS exactly, because they are visible on the wire and inside signatures:
 * - root of a class/collection value: the contract namespace when it differs from the root's
 *   (`needsContractNsAtRoot`, gets prefix `a`), then `xmlns:i` (HandleGraphAtTopLevel), e.g.
 *   `<p xmlns:a="http://schemas.datacontract.org/2004/07/Calc" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">`;
 * - a member whose type is a class/collection in another namespace declares that namespace on the member element
 *   (ClassDataContract.ChildElementNamespaces), e.g. `<a:Numbers xmlns:b="…/Serialization/Arrays">`;
 * - a collection whose item contract lives in another namespace declares it on the collection element
 *   (CollectionDataContract.ChildElementNamespace);
 * - null is `i:nil="true"`, binding `i` where it is not yet bound (a null root: on the root itself).
 */
import type { XmlElement } from '../../xml/XmlNode';
import {
  contractHierarchy,
  getDataContractDescription,
  isDataContract,
  type DataContractDescription,
} from './DataContractDescription';
import { isDataContractClass, type DataContractClass, type DataType } from './DataType';
import {
  contractName,
  contractNamespace,
  describeDataType,
  isComplex,
  isDefaultValue,
  isNullable,
  unwrapNullable,
} from './DataTypeInfo';
import { InvalidDataContractError, SerializationError } from './SerializationError';
import { bindPrefix, declareNamespace, startElement } from './XmlWriterNamespaces';
import { XML_SCHEMA_INSTANCE_NAMESPACE, XML_SCHEMA_INSTANCE_PREFIX } from './XmlSchemaNamespaces';

/**
 * Writes `value` as the element `{rootNamespace}rootName` (appended to `parent` when given, so that namespaces
 * declared there are reused) and returns that element.
 */
export function writeRootElement(
  parent: XmlElement | undefined,
  rootName: string,
  rootNamespace: string,
  type: DataType,
  value: unknown,
): XmlElement {
  const element = startElement(parent, rootName, rootNamespace);
  const where = rootName;
  const complex = isComplex(type);
  if (complex) {
    const ns = contractNamespace(type);
    // XmlObjectSerializer.CheckIfNeedsContractNsAtRoot / WriteRootElement.
    if (ns !== '' && ns !== rootNamespace) declareNamespace(element, ns);
  }
  if (value === null || value === undefined) {
    writeNil(element, type, where);
    return element;
  }
  // XmlObjectSerializerWriteContext.HandleGraphAtTopLevel, only for contracts that CanContainReferences.
  if (complex) bindPrefix(element, XML_SCHEMA_INSTANCE_PREFIX, XML_SCHEMA_INSTANCE_NAMESPACE);
  writeContent(element, type, value, where);
  return element;
}

function writeNil(element: XmlElement, type: DataType, where: string): void {
  if (!isNullable(type)) {
    throw new SerializationError(
      `A null value cannot be written for non-nullable ${describeDataType(type)}`,
      where,
    );
  }
  bindPrefix(element, XML_SCHEMA_INSTANCE_PREFIX, XML_SCHEMA_INSTANCE_NAMESPACE);
  element.setAttribute('nil', 'true', XML_SCHEMA_INSTANCE_NAMESPACE, XML_SCHEMA_INSTANCE_PREFIX);
}

/** Writes a member, item or parameter value into its (already created) element. */
function writeElementValue(element: XmlElement, type: DataType, value: unknown, where: string): void {
  if (value === null || value === undefined) writeNil(element, type, where);
  else writeContent(element, type, value, where);
}

function writeContent(element: XmlElement, type: DataType, value: unknown, where: string): void {
  const t = unwrapNullable(type);
  if (isDataContractClass(t)) {
    writeMembers(element, t, value, where);
  } else if (t.kind === 'array') {
    writeItems(element, t.itemType, contractNamespace(t), value, where);
  } else if (t.kind === 'primitive') {
    element.setText(t.toXml(value, where));
  }
}

function writeItems(
  element: XmlElement,
  itemType: DataType,
  ns: string,
  value: unknown,
  where: string,
): void {
  if (!Array.isArray(value)) throw new SerializationError(`Expected an array, got ${typeof value}`, where);
  if (isComplex(itemType)) {
    const itemNs = contractNamespace(itemType);
    if (itemNs !== ns) declareNamespace(element, itemNs);
  }
  const itemName = contractName(itemType);
  value.forEach((item: unknown, index) => {
    const itemElement = startElement(element, itemName, ns);
    writeElementValue(itemElement, itemType, item, `${where}/${itemName}[${index}]`);
  });
}

/** DCS writes the declared contract; an instance of another data contract would need xsi:type (known types). */
function checkInstance(type: DataContractClass, value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SerializationError(`Expected an object for data contract ${type.name}`, where);
  }
  const actual: unknown = (value as object).constructor;
  if (
    typeof actual === 'function' &&
    actual !== type &&
    actual !== Object &&
    isDataContract(actual as DataContractClass)
  ) {
    throw new SerializationError(
      `A ${(actual as DataContractClass).name} cannot be written where ${type.name} is declared: ` +
        'known types (xsi:type) are not supported',
      where,
    );
  }
  return value as Record<string, unknown>;
}

/** Objects being written on the current path: DCS refuses cycles when it does not preserve references. */
const inProgress = new Set<object>();

function writeMembers(element: XmlElement, type: DataContractClass, value: unknown, where: string): void {
  const contract = getDataContractDescription(type);
  const object = checkInstance(type, value, where);
  if (inProgress.has(object)) {
    // DCS: "Object graph for type X contains cycles and cannot be serialized if reference tracking is disabled."
    throw new SerializationError(`The object graph of ${contract.name} contains a cycle`, where);
  }
  inProgress.add(object);
  try {
    writeMemberElements(element, contract, object, where);
  } finally {
    inProgress.delete(object);
  }
}

function writeMemberElements(
  element: XmlElement,
  contract: DataContractDescription,
  object: Record<string, unknown>,
  where: string,
): void {
  for (const level of contractHierarchy(contract)) {
    for (const member of level.members) {
      const memberValue = object[member.propertyKey];
      const memberWhere = `${where}/${member.name}`;
      if (!member.emitDefaultValue && isDefaultValue(member.type, memberValue)) {
        if (member.isRequired) {
          // XmlObjectSerializerWriteContext.ThrowRequiredMemberMustBeEmitted.
          throw new InvalidDataContractError(
            `Member '${member.name}' of ${level.name} is required but has emitDefaultValue=false and a default value`,
            level.name,
          );
        }
        continue;
      }
      const memberElement = startElement(element, member.name, level.namespace);
      if (isComplex(member.type)) {
        const childNs = contractNamespace(member.type);
        if (childNs !== level.namespace) declareNamespace(memberElement, childNs);
      }
      writeElementValue(memberElement, member.type, memberValue, memberWhere);
    }
  }
}
