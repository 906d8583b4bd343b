/** XML Encryption's namespace and the EncryptedData types WCF uses (spec/algorithms.md §3). */

export const XMLENC_NAMESPACE = 'http://www.w3.org/2001/04/xmlenc#';

/** EncryptedData Type: the plaintext is one element (WCF: signatures, headers). */
export const ENCRYPTED_ELEMENT_TYPE = 'http://www.w3.org/2001/04/xmlenc#Element';

/** EncryptedData Type: the plaintext is an element's content (WCF: the Body's content). */
export const ENCRYPTED_CONTENT_TYPE = 'http://www.w3.org/2001/04/xmlenc#Content';
