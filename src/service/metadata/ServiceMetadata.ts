/**
 * What the WsdlExporter produced for one service, before it is published: the WSDL documents (the service's
 * own first) and the schemas, with the wsdl:import and xsd:import elements whose locations depend on how the
 * documents are fetched — `?wsdl=wsdlN` / `?xsd=xsdN` URLs over HTTP GET, none over WS-MetadataExchange (each
 * document is a section of the same reply), inlined by `?singleWsdl`.
 */
import type { XmlElement } from '../../xml/XmlNode';

export interface WsdlDocument {
  readonly targetNamespace: string;
  readonly root: XmlElement;
  /** wsdl:import elements of this document, by the namespace they import. */
  readonly wsdlImports: readonly XmlElement[];
  /** xsd:import elements of its wsdl:types "Imports" schema. */
  readonly schemaImports: readonly XmlElement[];
}

export interface SchemaDocument {
  readonly targetNamespace: string;
  readonly root: XmlElement;
}

export interface ServiceMetadata {
  /** The service's document first (`?wsdl`), then the others (`?wsdl=wsdl0`, …). */
  readonly wsdl: readonly WsdlDocument[];
  /** `?xsd=xsd0`, … */
  readonly xsd: readonly SchemaDocument[];
}
