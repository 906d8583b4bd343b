/**
 * System.Runtime.Serialization.DataContractSerializer over Indigo's XmlElement infoset: one root element per
 * value, named after the type (or an explicit root name, as the operation formatter uses for parameters).
 * Pure: no I/O, no XML text; the XML layer parses and serializes the elements.
 */
import type { XmlElement } from '../../xml/XmlNode';
import { readElementValue, qualifiedName } from './DataContractReader';
import { writeRootElement } from './DataContractWriter';
import type { DataType } from './DataType';
import { topLevelElement } from './DataTypeInfo';
import { SerializationError } from './SerializationError';

/** XmlDictionaryReaderQuotas.MaxArrayLength default in WCF. */
export const DEFAULT_MAX_ARRAY_LENGTH = 16384;

export interface DataContractSerializerSettings {
  /** Root element name; defaults to the contract name (`Person`, `ArrayOfint`, `int`). */
  readonly rootName?: string;
  /** Root element namespace; defaults to the contract namespace (DCS's serialization namespace for primitives). */
  readonly rootNamespace?: string;
  /** Items in a primitive array / bytes in a byte array accepted on read (default 16384). */
  readonly maxArrayLength?: number;
}

export class DataContractSerializer {
  readonly rootName: string;
  readonly rootNamespace: string;
  readonly maxArrayLength: number;

  constructor(
    readonly type: DataType,
    settings: DataContractSerializerSettings = {},
  ) {
    // Resolving the top-level name also validates the type (an undecorated class fails here, not mid-message).
    const top = topLevelElement(type);
    this.rootName = settings.rootName ?? top.localName;
    this.rootNamespace = settings.rootName === undefined ? top.namespace : (settings.rootNamespace ?? '');
    this.maxArrayLength = settings.maxArrayLength ?? DEFAULT_MAX_ARRAY_LENGTH;
  }

  /**
   * Writes `value` as the root element. With `parent`, the element is appended to it first, so namespaces in
   * scope there (such as a wrapper's default namespace) are reused instead of declared again.
   */
  writeObject(value: unknown, parent?: XmlElement): XmlElement {
    return writeRootElement(parent, this.rootName, this.rootNamespace, this.type, value);
  }

  /** True when `element` is this serializer's root element (DataContractSerializer.IsStartObject). */
  isStartObject(element: XmlElement): boolean {
    return element.localName === this.rootName && element.namespaceUri === this.rootNamespace;
  }

  /** Reads the value of a root element; by default its name must match (DCS verifyObjectName). */
  readObject(element: XmlElement, verifyObjectName = true): unknown {
    if (verifyObjectName && !this.isStartObject(element)) {
      throw new SerializationError(
        `Expecting element '${this.rootName}' from namespace '${this.rootNamespace}', found ${qualifiedName(element)}`,
        qualifiedName(element),
      );
    }
    return readElementValue(element, this.type, { maxArrayLength: this.maxArrayLength }, element.localName);
  }
}
