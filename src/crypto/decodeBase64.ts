/** xs:base64Binary (XML Schema 2 §3.2.16): groups of four, '=' padding only at the end. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const XML_WHITESPACE = /[ \t\r\n]+/g;

/**
 * Decodes xs:base64Binary text strictly: XML whitespace anywhere is allowed (signers wrap long values),
 * anything else that is not base64 makes the value invalid. Returns undefined for invalid text, so each
 * caller raises its own typed error. (Buffer.from(…, 'base64') alone would skip invalid characters, and a
 * DigestValue with junk in it must not compare equal to anything.)
 */
export function decodeBase64(text: string): Buffer | undefined {
  const compact = text.replace(XML_WHITESPACE, '');
  if (!BASE64.test(compact)) return undefined;
  return Buffer.from(compact, 'base64');
}
