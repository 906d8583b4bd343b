/** xs:base64Binary (XML Schema 2 §3.2.16): groups of four, '=' padding only at the end. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const XML_WHITESPACE = /[ \t\r\n]+/g;

/**
 * Decodes xs:base64Binary text strictly: XML whitespace anywhere is allowed (signers wrap long values),
 * anything else that is not base64 makes the value invalid. Returns undefined for invalid text, so each
 * caller raises its own typed error. (Buffer.from(…, 'base64') alone would skip invalid characters, and a
 * DigestValue with junk in it must not compare equal to anything.)
 *
 * Text that re-encodes to itself is valid base64 (Buffer.from would have skipped or completed anything
 * else), and node's native codec checks that ~10× faster than the pattern, which is what a 1 MB CipherValue
 * needs (bench/sessionBench.ts); only the rest — invalid text, or valid text with non-zero padding bits — is
 * judged by the pattern.
 */
export function decodeBase64(text: string): Buffer | undefined {
  const compact = text.replace(XML_WHITESPACE, '');
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.toString('base64') === compact) return bytes;
  return BASE64.test(compact) ? bytes : undefined;
}
