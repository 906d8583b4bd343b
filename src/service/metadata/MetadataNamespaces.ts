/**
 * The namespaces and prefixes WCF's WsdlExporter and MetadataExporter write (RS MetadataStrings, WsdlNS,
 * WSSecurityPolicy11/12). The prefixes are WCF's, so a document reads like the one a .NET service publishes.
 */
export const WSDL_NS = 'http://schemas.xmlsoap.org/wsdl/';
export const SOAP11_BINDING_NS = 'http://schemas.xmlsoap.org/wsdl/soap/';
export const SOAP12_BINDING_NS = 'http://schemas.xmlsoap.org/wsdl/soap12/';
export const SOAP_HTTP_TRANSPORT = 'http://schemas.xmlsoap.org/soap/http';
export const XSD_NS = 'http://www.w3.org/2001/XMLSchema';
export const WSU_NS = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
/** WS-Addressing 1.0 WSDL binding: wsaw:UsingAddressing in policy. */
export const WSAW_NS = 'http://www.w3.org/2006/05/addressing/wsdl';
/** WS-Addressing 1.0 Metadata: wsam:Action on portType messages (.NET 4.5 and later). */
export const WSAM_NS = 'http://www.w3.org/2007/05/addressing/metadata';
export const WSA10_NS = 'http://www.w3.org/2005/08/addressing';
export const WSA_AUG2004_NS = 'http://schemas.xmlsoap.org/ws/2004/08/addressing';
/** WS-MetadataExchange (September 2004): wsx:Metadata, MetadataSection, Dialect. */
export const WSX_NS = 'http://schemas.xmlsoap.org/ws/2004/09/mex';
/** IMetadataExchange's contract namespace. */
export const MEX_CONTRACT_NS = 'http://schemas.microsoft.com/2006/04/mex';
/** WS-Transfer (September 2004): the Get a metadata exchange endpoint answers. */
export const WS_TRANSFER_NS = 'http://schemas.xmlsoap.org/ws/2004/09/transfer';
export const WS_TRANSFER_GET = `${WS_TRANSFER_NS}/Get`;
export const WS_TRANSFER_GET_RESPONSE = `${WS_TRANSFER_NS}/GetResponse`;
/** msc:usingSession, msc:isInitiating, msc:isTerminating on portTypes and operations. */
export const MSC_NS = 'http://schemas.microsoft.com/ws/2005/12/wsdl/contract';
/** WS-SecurityPolicy 1.1 (WSSecurityPolicy11: wsHttpBinding's message security versions). */
export const SP11_NS = 'http://schemas.xmlsoap.org/ws/2005/07/securitypolicy';
/** WS-SecurityPolicy 1.2 (WSSecurityPolicy12: ws2007HttpBinding's). */
export const SP12_NS = 'http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702';
/** Microsoft's own assertions next to WS-SP 1.1 (MustNotSendCancel…). */
export const MSSP_NS = 'http://schemas.microsoft.com/ws/2005/07/securitypolicy';

/** MetadataSection dialects (WS-MetadataExchange §6). */
export const WSDL_DIALECT = WSDL_NS;
export const XSD_DIALECT = XSD_NS;

/** The prefixes WCF declares on a wsdl:definitions root, in its order. */
export const WSDL_ROOT_PREFIXES: readonly (readonly [string, string])[] = [
  ['wsdl', WSDL_NS],
  ['wsam', WSAM_NS],
  ['wsx', WSX_NS],
  ['msc', MSC_NS],
  ['xsd', XSD_NS],
  ['soap', SOAP11_BINDING_NS],
  ['wsu', WSU_NS],
  ['soap12', SOAP12_BINDING_NS],
  ['wsa10', WSA10_NS],
  ['wsaw', WSAW_NS],
];
