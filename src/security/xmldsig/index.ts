/** XML Signature (detached, same-document references) on the infoset model, as WS-Security uses it. */
export { XMLDSIG_NAMESPACE, EXC_C14N_NAMESPACE, WSU_NAMESPACE } from './XmlDsigNamespaces';
export {
  XmlIdIndex,
  DEFAULT_ID_ATTRIBUTES,
  rootElement,
  elementId,
  type IdAttributeName,
  type IdLookup,
} from './XmlIdIndex';
export { XmlSignatureError, type XmlSignatureFailure } from './XmlSignatureError';
export {
  readSignature,
  type SignatureDescription,
  type SignatureReferenceDescription,
  type TransformDescription,
} from './readSignature';
export {
  createSignature,
  type SignatureOptions,
  type SignatureReferenceOptions,
  type CreatedSignature,
} from './createSignature';
export {
  verifySignature,
  type SignatureAlgorithmPolicy,
  type SignatureKeyResolver,
  type VerifySignatureOptions,
  type VerifiedSignature,
  type VerifiedReference,
} from './verifySignature';
