/**
 * Namespaces DataContractSerializer writes (System.Runtime.Serialization `Globals` / `DictionaryGlobals`).
 */

/** XML Schema: the type namespace of the built-in primitives (xs:int, xs:string, ...). */
export const XML_SCHEMA_NAMESPACE = 'http://www.w3.org/2001/XMLSchema';

/** XML Schema instance: `i:nil`, `i:type`. DCS always binds it to the prefix `i`. */
export const XML_SCHEMA_INSTANCE_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
export const XML_SCHEMA_INSTANCE_PREFIX = 'i';

/**
 * DCS's own namespace: top-level element namespace of every primitive (`<int xmlns="…/Serialization/">`), and
 * the type namespace of `guid`, `char` and `duration`, which XML Schema does not have.
 */
export const SERIALIZATION_NAMESPACE = 'http://schemas.microsoft.com/2003/10/Serialization/';

/** Collections of built-in types: `<a:int>` items of `ArrayOfint` live here. */
export const SERIALIZATION_ARRAYS_NAMESPACE = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';

/** Data contracts without an explicit namespace: this prefix + the CLR namespace (empty by default). */
export const DATA_CONTRACT_NAMESPACE_BASE = 'http://schemas.datacontract.org/2004/07/';
