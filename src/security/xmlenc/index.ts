/** XML Encryption (EncryptedData, EncryptedKey, ReferenceList) on the infoset model, as WS-Security uses it. */
export { XMLENC_NAMESPACE, ENCRYPTED_ELEMENT_TYPE, ENCRYPTED_CONTENT_TYPE } from './XmlEncConstants';
export { XmlEncryptionError, type XmlEncryptionFailure } from './XmlEncryptionError';
export { type EncryptionMethodDescription, type EncryptedTypeDescription } from './readEncryptedType';
export { parseFragment, type FragmentParseOptions } from './parseFragment';
export {
  encryptElement,
  encryptContent,
  readEncryptedData,
  decryptEncryptedData,
  type EncryptOptions,
  type DecryptOptions,
  type DecryptedData,
  type EncryptedDataDescription,
  type EncryptedDataType,
  type EncryptionAlgorithmPolicy,
} from './EncryptedData';
export {
  createEncryptedKey,
  readEncryptedKey,
  unwrapEncryptedKey,
  type EncryptedKeyOptions,
  type CreatedEncryptedKey,
  type EncryptedKeyDescription,
  type KeyWrapAlgorithmPolicy,
  type UnwrapOptions,
} from './EncryptedKey';
export { readReferenceList, createReferenceList, type EncryptionReference } from './ReferenceList';
