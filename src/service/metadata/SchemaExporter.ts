/**
 * XSD for what a contract's messages carry, as WCF's DataContractSerializerOperationBehavior and
 * XsdDataContractExporter write it for document/literal wrapped operations: a global element per request and
 * reply wrapper in the contract namespace, a complexType and a global element per data contract and per
 * collection (`ArrayOfX`), primitives by their XML Schema (or Serialization-namespace) type, `nillable="true"`
 * on whatever may be nil, and `minOccurs="0"` on members that are not IsRequired. Every schema set carries
 * DCS's Serialization schema, as WCF's does.
 *
 * Schemas come out in WCF's order: the contract namespaces, the Serialization namespace, then the namespaces
 * of data contracts and collections as they are first met.
 */
import type { XmlElement } from '../../xml/XmlNode';
import type { ContractDescription, OperationDescription } from '../description';
import { getDataContractDescription } from '../serialization/DataContractDescription';
import { isDataContractClass, type DataType } from '../serialization/DataType';
import {
  contractName,
  contractNamespace,
  describeDataType,
  isNullable,
  unwrapNullable,
} from '../serialization/DataTypeInfo';
import { SERIALIZATION_NAMESPACE, XML_SCHEMA_NAMESPACE } from '../serialization/XmlSchemaNamespaces';
import { MetadataExportError } from './MetadataExportError';
import { XSD_NS } from './MetadataNamespaces';
import { serializationSchema } from './SerializationSchema';
import { el } from './xmlBuilder';

const xs = (
  localName: string,
  attributes: Record<string, string | undefined> = {},
  children: (XmlElement | undefined)[] = [],
): XmlElement => el('xs', localName, XSD_NS, attributes, children);

/** One schema being written: its root, and what it already holds. */
class SchemaDocument {
  readonly root: XmlElement;
  private readonly imports = new Set<string>();
  private readonly names = new Set<string>();
  private foreign = 0;
  private importsAt = 0;

  constructor(readonly targetNamespace: string) {
    this.root = xs('schema', { elementFormDefault: 'qualified', targetNamespace });
    this.root.declareNamespace('xs', XSD_NS).declareNamespace('tns', targetNamespace);
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  add(name: string, ...nodes: XmlElement[]): void {
    this.names.add(name);
    for (const n of nodes) this.root.appendChild(n);
  }

  /**
   * Sets `type="prefix:name"` on `element`: `xs:` for XML Schema, `tns:` for this schema's namespace, else a
   * `qN` prefix declared on the element itself (as WCF writes it), with an xs:import of that namespace.
   */
  typeRef(element: XmlElement, name: string, namespace: string): XmlElement {
    if (namespace === XML_SCHEMA_NAMESPACE) return element.setAttribute('type', `xs:${name}`);
    if (namespace === this.targetNamespace) return element.setAttribute('type', `tns:${name}`);
    const prefix = `q${++this.foreign}`;
    element.declareNamespace(prefix, namespace);
    this.importNamespace(namespace);
    return element.setAttribute('type', `${prefix}:${name}`);
  }

  importNamespace(namespace: string): void {
    if (this.imports.has(namespace) || namespace === this.targetNamespace) return;
    this.imports.add(namespace);
    this.root.insertChild(this.importsAt++, xs('import', { namespace }));
  }
}

/** The schemas for a set of contracts, in publication order. */
export class SchemaExporter {
  private readonly schemas = new Map<string, SchemaDocument>();
  private serializationAdded = false;

  /** Adds every operation's wrappers (and the types they use) of a contract. */
  exportContract(contract: ContractDescription): void {
    const schema = this.schema(contract.namespace);
    this.ensureSerializationSchema();
    for (const operation of contract.operations) {
      const where = `contract '${contract.name}', operation '${operation.name}'`;
      this.exportWrapper(
        schema,
        operation.requestWrapper.localName,
        operation.parameters.map((p) => ({
          name: p.name,
          type: p.type,
          what: `${where}, parameter '${p.name}'`,
        })),
      );
      if (!operation.isOneWay)
        this.exportWrapper(schema, operation.responseWrapper.localName, replyParts(operation, where));
    }
  }

  /** The finished schemas: namespace and root element, in publication order. */
  get documents(): { readonly targetNamespace: string; readonly root: XmlElement }[] {
    return [...this.schemas.values()].map((s) => ({ targetNamespace: s.targetNamespace, root: s.root }));
  }

  private ensureSerializationSchema(): void {
    if (this.serializationAdded) return;
    this.serializationAdded = true;
    if (!this.schemas.has(SERIALIZATION_NAMESPACE)) {
      const doc = new SchemaDocument(SERIALIZATION_NAMESPACE);
      (doc as { root: XmlElement }).root = serializationSchema();
      this.schemas.set(SERIALIZATION_NAMESPACE, doc);
    }
  }

  private schema(namespace: string): SchemaDocument {
    let s = this.schemas.get(namespace);
    if (!s) {
      s = new SchemaDocument(namespace);
      this.schemas.set(namespace, s);
    }
    return s;
  }

  private exportWrapper(
    schema: SchemaDocument,
    name: string,
    parts: readonly { name: string; type: DataType; what: string }[],
  ): void {
    if (schema.has(`element:${name}`)) {
      throw new MetadataExportError(
        `Two operations of namespace '${schema.targetNamespace}' define the global element '${name}'; WSDL cannot describe both (give one operation another name).`,
      );
    }
    const sequence = xs('sequence');
    for (const part of parts)
      sequence.appendChild(this.memberElement(schema, part.name, part.type, false, true, part.what));
    schema.add(`element:${name}`, xs('element', { name }, [xs('complexType', {}, [sequence])]));
  }

  /** `<xs:element minOccurs="0" name="…" nillable="true" type="…"/>` for a part or data member. */
  private memberElement(
    schema: SchemaDocument,
    name: string,
    type: DataType,
    required: boolean,
    emitDefaultValue: boolean,
    what: string,
  ): XmlElement {
    const element = xs('element', {
      minOccurs: required ? undefined : '0',
      name,
      nillable: isNullable(type) ? 'true' : undefined,
    });
    const { localName, namespace } = this.exportType(type, what);
    schema.typeRef(element, localName, namespace);
    if (!emitDefaultValue) {
      // DCS marks EmitDefaultValue=false in an appinfo annotation (SchemaExporter.ExportDataMember).
      const annotation = xs('annotation', {}, [
        xs('appinfo', {}, [el('', 'DefaultValue', SERIALIZATION_NAMESPACE, { EmitDefaultValue: 'false' })]),
      ]);
      element.insertChild(0, annotation);
    }
    return element;
  }

  /** The type's QName, exporting its schema type when it is a data contract or a collection. */
  private exportType(type: DataType, what: string): { localName: string; namespace: string } {
    const t = unwrapNullable(type);
    if (!isDataContractClass(t) && t.kind === 'primitive')
      return { localName: t.name, namespace: t.namespace };
    let localName: string;
    let namespace: string;
    try {
      localName = contractName(t);
      namespace = contractNamespace(t);
    } catch (err) {
      throw new MetadataExportError(
        `${what}: the type '${describeDataType(t)}' cannot be described in XSD: ${(err as Error).message}`,
      );
    }
    const schema = this.schema(namespace);
    if (schema.has(`type:${localName}`)) return { localName, namespace };
    // Reserved first: a contract may refer to itself.
    schema.add(`type:${localName}`);
    const complexType = xs('complexType', { name: localName });
    const global = xs('element', { name: localName, nillable: 'true' });
    schema.typeRef(global, localName, namespace);
    if (isDataContractClass(t)) {
      const contract = getDataContractDescription(t);
      const sequence = xs('sequence');
      for (const m of contract.members)
        sequence.appendChild(
          this.memberElement(
            schema,
            m.name,
            m.type,
            m.isRequired,
            m.emitDefaultValue,
            `${what}, data member '${contract.name}.${m.name}'`,
          ),
        );
      if (contract.baseContract) {
        const base = this.exportType(contract.baseContract.type, what);
        const extension = xs('extension');
        schema.typeRef(extension, base.localName, base.namespace);
        extension.setAttribute('base', extension.getAttribute('type') ?? '');
        extension.removeAttribute('type');
        extension.appendChild(sequence);
        complexType.appendChild(xs('complexContent', { mixed: 'false' }, [extension]));
      } else {
        complexType.appendChild(sequence);
      }
    } else if (t.kind === 'array') {
      const item = xs('element', {
        minOccurs: '0',
        maxOccurs: 'unbounded',
        name: contractName(t.itemType),
        nillable: isNullable(t.itemType) ? 'true' : undefined,
      });
      const itemType = this.exportType(t.itemType, what);
      schema.typeRef(item, itemType.localName, itemType.namespace);
      complexType.appendChild(xs('sequence', {}, [item]));
    }
    schema.root.appendChild(complexType);
    schema.root.appendChild(global);
    return { localName, namespace };
  }
}

/** The reply wrapper's parts: the return value as `<name>Result`, none for void. */
function replyParts(
  operation: OperationDescription,
  where: string,
): { name: string; type: DataType; what: string }[] {
  return operation.returnType === undefined
    ? []
    : [{ name: operation.resultElementName, type: operation.returnType, what: `${where}, return value` }];
}
