/**
 * The schema of DataContractSerializer's own namespace (http://schemas.microsoft.com/2003/10/Serialization/),
 * as WCF publishes it next to every service's schemas: a global element per primitive, the guid, char and
 * duration simple types XML Schema lacks, and the reference attributes (Id, Ref, FactoryType). Built from
 * System.Runtime.Serialization's SchemaExporter.ExportSerializationSchema (its element order).
 */
import type { XmlElement } from '../../xml/XmlNode';
import { SERIALIZATION_NAMESPACE } from '../serialization/XmlSchemaNamespaces';
import { XSD_NS } from './MetadataNamespaces';
import { el } from './xmlBuilder';

const xs = (
  localName: string,
  attributes: Record<string, string | undefined> = {},
  children: XmlElement[] = [],
): XmlElement => el('xs', localName, XSD_NS, attributes, children);

/** Primitive elements in WCF's order; nillable ones are .NET reference types. */
const PRIMITIVE_ELEMENTS: readonly (readonly [string, string, boolean])[] = [
  ['anyType', 'xs:anyType', true],
  ['anyURI', 'xs:anyURI', true],
  ['base64Binary', 'xs:base64Binary', true],
  ['boolean', 'xs:boolean', false],
  ['byte', 'xs:byte', false],
  ['dateTime', 'xs:dateTime', false],
  ['decimal', 'xs:decimal', false],
  ['double', 'xs:double', false],
  ['float', 'xs:float', false],
  ['int', 'xs:int', false],
  ['long', 'xs:long', false],
  ['QName', 'xs:QName', true],
  ['short', 'xs:short', false],
  ['string', 'xs:string', true],
  ['unsignedByte', 'xs:unsignedByte', false],
  ['unsignedInt', 'xs:unsignedInt', false],
  ['unsignedLong', 'xs:unsignedLong', false],
  ['unsignedShort', 'xs:unsignedShort', false],
];

export function serializationSchema(): XmlElement {
  const schema = xs('schema', {
    attributeFormDefault: 'qualified',
    elementFormDefault: 'qualified',
    targetNamespace: SERIALIZATION_NAMESPACE,
  });
  schema.declareNamespace('xs', XSD_NS).declareNamespace('tns', SERIALIZATION_NAMESPACE);
  for (const [name, type, nillable] of PRIMITIVE_ELEMENTS)
    schema.appendChild(xs('element', { name, nillable: nillable ? 'true' : undefined, type }));
  schema.appendChild(xs('element', { name: 'char', type: 'tns:char' }));
  schema.appendChild(xs('simpleType', { name: 'char' }, [xs('restriction', { base: 'xs:int' })]));
  schema.appendChild(xs('element', { name: 'duration', type: 'tns:duration' }));
  schema.appendChild(
    xs('simpleType', { name: 'duration' }, [
      xs('restriction', { base: 'xs:duration' }, [
        xs('pattern', { value: '\\-?P(\\d*D)?(T(\\d*H)?(\\d*M)?(\\d*(\\.\\d*)?S)?)?' }),
        xs('minInclusive', { value: '-P10675199DT2H48M5.4775808S' }),
        xs('maxInclusive', { value: 'P10675199DT2H48M5.4775807S' }),
      ]),
    ]),
  );
  schema.appendChild(xs('element', { name: 'guid', type: 'tns:guid' }));
  schema.appendChild(
    xs('simpleType', { name: 'guid' }, [
      xs('restriction', { base: 'xs:string' }, [
        xs('pattern', {
          value: '[\\da-fA-F]{8}-[\\da-fA-F]{4}-[\\da-fA-F]{4}-[\\da-fA-F]{4}-[\\da-fA-F]{12}',
        }),
      ]),
    ]),
  );
  schema.appendChild(xs('attribute', { name: 'FactoryType', type: 'xs:QName' }));
  schema.appendChild(xs('attribute', { name: 'Id', type: 'xs:ID' }));
  schema.appendChild(xs('attribute', { name: 'Ref', type: 'xs:IDREF' }));
  return schema;
}
