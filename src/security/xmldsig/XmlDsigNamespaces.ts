/** Namespaces of XML Signature and of the attributes WS-Security signs by. */

/** XML Signature (`ds:`). */
export const XMLDSIG_NAMESPACE = 'http://www.w3.org/2000/09/xmldsig#';

/** Exclusive C14N's namespace, where InclusiveNamespaces lives. */
export const EXC_C14N_NAMESPACE = 'http://www.w3.org/2001/10/xml-exc-c14n#';

/** WS-Security utility (`wsu:`/`u:`), whose `Id` attribute WCF puts on every signed part. */
export const WSU_NAMESPACE =
  'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
