/** Layer 1, XML: the infoset model, the strict parser, the serializer and exclusive C14N. */
export * from './XmlNode';
export { XmlParseError, XmlQuotaExceededError, XmlSerializationError, type XmlQuotaName } from './XmlErrors';
export {
  defaultReaderQuotas,
  maxReaderQuotas,
  resolveReaderQuotas,
  type XmlDictionaryReaderQuotas,
} from './XmlDictionaryReaderQuotas';
export { decodeXmlBytes, type XmlEncodingName } from './XmlEncoding';
export { parseXml, DEFAULT_MAX_XML_SIZE, type XmlParseOptions } from './XmlParser';
export { tryParseXmlContentFast } from './FastXmlParser';
export { asciiString } from './asciiString';
export {
  serializeXml,
  serializeXmlPieces,
  serializeXmlToBuffer,
  type XmlSerializeOptions,
} from './XmlSerializer';
export { joinPieces, utf8OctetsOfPieces } from './TextPieces';
export { escapeAttribute, escapeText, compareCodePoints, rememberEscapedText } from './XmlEscape';
export {
  canonicalize,
  canonicalizePieces,
  canonicalizeToBuffer,
  EXC_C14N_ALGORITHM,
  EXC_C14N_WITH_COMMENTS_ALGORITHM,
  type CanonicalizationOptions,
} from './ExclusiveCanonicalizer';
