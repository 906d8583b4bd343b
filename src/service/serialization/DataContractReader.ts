/**
 * Reads values as DataContractSerializer does (XmlObjectSerializerReadContext, ReflectionXmlFormatReader).
 *
 * Data contract members are matched the way DCS's `GetMemberIndex` / `GetMemberIndexWithRequiredMembers` match
 * them: in contract order. For each child element DCS looks for a member *after* the last one read; an element
 * that matches none of them (an unknown element, or a known one out of order) is skipped as extension data, and
 * skipping past a required member is an error. So `<B/><A/>` for members A, B reads B and ignores A. Missing
 * members keep default(T) (DCS does not run constructors); missing required members fail.
 *
 * Arrays of bool, DateTime, decimal, int, long, float and double, and byte arrays, are counted against
 * maxArrayLength before any item is parsed, as XmlDictionaryReader.ReadArray / ReadContentAsBase64 do.
 */
import type { XmlElement } from '../../xml/XmlNode';
import {
  contractHierarchy,
  getDataContractDescription,
  type DataContractDescription,
} from './DataContractDescription';
import { isDataContractClass, type DataContractClass, type DataType } from './DataType';
import {
  contractName,
  contractNamespace,
  defaultValue,
  describeDataType,
  isNullable,
  unwrapNullable,
} from './DataTypeInfo';
import {
  MaxArrayLengthExceededError,
  RequiredMemberMissingError,
  SerializationError,
} from './SerializationError';
import { XML_SCHEMA_INSTANCE_NAMESPACE } from './XmlSchemaNamespaces';

export interface ReadSettings {
  readonly maxArrayLength: number;
}

/** `{ns}name` for messages. */
export function qualifiedName(element: XmlElement): string {
  return element.namespaceUri ? `{${element.namespaceUri}}${element.localName}` : element.localName;
}

function isNil(element: XmlElement, where: string): boolean {
  const nil = element.getAttribute('nil', XML_SCHEMA_INSTANCE_NAMESPACE);
  if (nil === undefined) return false;
  const s = nil.trim();
  if (s === 'true' || s === '1') return true;
  if (s === 'false' || s === '0') return false;
  throw new SerializationError(`i:nil='${nil}' is not a boolean`, where);
}

/** True when the element carries i:nil="true" (or "1"), whatever its prefix. */
export function hasNilAttribute(element: XmlElement): boolean {
  const nil = element.getAttribute('nil', XML_SCHEMA_INSTANCE_NAMESPACE)?.trim();
  return nil === 'true' || nil === '1';
}

/** An xsi:type naming another contract would need known types, which Indigo does not support. */
function checkXsiType(element: XmlElement, type: DataType, where: string): void {
  const xsiType = element.getAttribute('type', XML_SCHEMA_INSTANCE_NAMESPACE);
  if (xsiType === undefined) return;
  const colon = xsiType.indexOf(':');
  const prefix = colon < 0 ? '' : xsiType.slice(0, colon).trim();
  const localName = xsiType.slice(colon + 1).trim();
  const ns = element.lookupNamespaceUri(prefix);
  if (ns === undefined) throw new SerializationError(`i:type '${xsiType}' uses an undeclared prefix`, where);
  if (localName !== contractName(type) || ns !== contractNamespace(type)) {
    throw new SerializationError(
      `i:type '{${ns}}${localName}' is not the declared ${describeDataType(type)}: known types are not supported`,
      where,
    );
  }
}

/** Text between child elements must be white space in class and collection content. */
function checkNoText(element: XmlElement, where: string): void {
  for (const c of element.children) {
    if (c.kind === 'text' && /[^ \t\r\n]/.test(c.value)) {
      throw new SerializationError('Unexpected text content', where);
    }
  }
}

/** Reads the value held by `element` (its name has already been checked by the caller). */
export function readElementValue(
  element: XmlElement,
  type: DataType,
  settings: ReadSettings,
  where: string,
): unknown {
  checkXsiType(element, type, where);
  if (isNil(element, where)) {
    if (!isNullable(type)) {
      throw new SerializationError(`nil is not allowed for non-nullable ${describeDataType(type)}`, where);
    }
    return null;
  }
  const t = unwrapNullable(type);
  if (isDataContractClass(t)) return readMembers(element, t, settings, where);
  if (t.kind === 'array') return readItems(element, t.itemType, contractNamespace(t), settings, where);
  if (t.kind !== 'primitive') throw new SerializationError(`Unsupported type ${describeDataType(t)}`, where);
  if (element.firstElement()) {
    throw new SerializationError(`Element content is not allowed in ${t.name}`, where);
  }
  const text = element.textContent;
  if (t.quotaLength) {
    const length = t.quotaLength(text);
    if (length > settings.maxArrayLength)
      throw new MaxArrayLengthExceededError(settings.maxArrayLength, length, where);
  }
  return t.fromXml(text, where);
}

function readItems(
  element: XmlElement,
  itemType: DataType,
  ns: string,
  settings: ReadSettings,
  where: string,
): unknown[] {
  checkNoText(element, where);
  const items = element.elements();
  const item = unwrapNullable(itemType);
  if (!isDataContractClass(item) && item.kind === 'primitive' && item.usesArrayLengthQuota) {
    if (items.length > settings.maxArrayLength) {
      throw new MaxArrayLengthExceededError(settings.maxArrayLength, items.length, where);
    }
  }
  const itemName = contractName(itemType);
  return items.map((child, index) => {
    const itemWhere = `${where}/${itemName}[${index}]`;
    if (child.localName !== itemName || child.namespaceUri !== ns) {
      // DCS: "Expecting element 'int' from namespace '…'.. Encountered 'Element' with name …".
      throw new SerializationError(
        `Expecting element '${itemName}' from namespace '${ns}', found ${qualifiedName(child)}`,
        itemWhere,
      );
    }
    return readElementValue(child, itemType, settings, itemWhere);
  });
}

interface MemberSlot {
  readonly contract: DataContractDescription;
  readonly member: DataContractDescription['members'][number];
}

function readMembers(
  element: XmlElement,
  type: DataContractClass,
  settings: ReadSettings,
  where: string,
): object {
  checkNoText(element, where);
  const contract = getDataContractDescription(type);
  const slots: MemberSlot[] = contractHierarchy(contract).flatMap((level) =>
    level.members.map((member) => ({ contract: level, member })),
  );
  // DCS creates the object without running a constructor (FormatterServices.GetUninitializedObject).
  const result = Object.create(type.prototype as object) as Record<string, unknown>;
  const read = new Array<boolean>(slots.length).fill(false);
  let last = -1;
  const requireUpTo = (end: number): void => {
    for (let i = last + 1; i < end; i++) {
      const { contract: level, member } = slots[i];
      if (member.isRequired)
        throw new RequiredMemberMissingError(level.name, member.name, `${where}/${member.name}`);
    }
  };
  for (const child of element.elements()) {
    let index = -1;
    for (let i = last + 1; i < slots.length; i++) {
      const { contract: level, member } = slots[i];
      if (child.localName === member.name && child.namespaceUri === level.namespace) {
        index = i;
        break;
      }
    }
    if (index < 0) continue; // unknown or out of order: extension data, skipped
    requireUpTo(index);
    const { member } = slots[index];
    result[member.propertyKey] = readElementValue(child, member.type, settings, `${where}/${member.name}`);
    read[index] = true;
    last = index;
  }
  requireUpTo(slots.length);
  slots.forEach(({ member }, i) => {
    if (!read[i]) result[member.propertyKey] = defaultValue(member.type);
  });
  return result;
}
