/**
 * The character encodings WCF's text encoder allows (RS TextEncoderDefaults): UTF-8, UTF-16LE ("utf-16",
 * .NET's Encoding.Unicode) and UTF-16BE ("unicodeFFFE", Encoding.BigEndianUnicode).
 */
import { joinPieces, utf8OctetsOfPieces } from '../../xml';

export const TextEncoding = {
  utf8: 'utf-8',
  utf16LE: 'utf-16',
  utf16BE: 'unicodeFFFE',
} as const;
export type TextEncoding = (typeof TextEncoding)[keyof typeof TextEncoding];

/** The charset parameter written in Content-Type for each encoding, as WCF writes it. */
export function charsetOf(encoding: TextEncoding): string {
  switch (encoding) {
    case TextEncoding.utf8:
      return 'utf-8';
    case TextEncoding.utf16LE:
      return 'utf-16';
    case TextEncoding.utf16BE:
      return 'utf-16BE';
  }
}

/** Maps a received charset to an encoding; undefined when WCF would refuse it. */
export function encodingOfCharset(charset: string): TextEncoding | undefined {
  switch (charset.toLowerCase()) {
    case 'utf-8':
    case 'utf8':
      return TextEncoding.utf8;
    case 'utf-16':
    case 'utf-16le':
    case 'unicode':
      return TextEncoding.utf16LE;
    case 'utf-16be':
    case 'unicodefffe':
      return TextEncoding.utf16BE;
    default:
      return undefined;
  }
}

/** Encodes a string in one of the allowed encodings (UTF-16 with a BOM, as .NET's writers emit it). */
export function encodeText(text: string | readonly string[], encoding: TextEncoding): Buffer {
  // Text in pieces (src/xml/TextPieces.ts) is encoded piece by piece: a long piece (an encrypted 1 MB body is
  // ~1.4 MB of base64) is copied once, never first flattened into one string with the markup around it.
  const pieces = typeof text === 'string' ? [text] : text;
  if (encoding === TextEncoding.utf8) return utf8OctetsOfPieces(pieces);
  const le = Buffer.from('\ufeff' + joinPieces(pieces), 'utf16le');
  if (encoding === TextEncoding.utf16LE) return le;
  return le.swap16();
}

/** Decodes a received body; a BOM wins over the charset, as XML 1.0 Appendix F says. */
export function decodeText(buffer: Buffer, encoding: TextEncoding): string {
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.toString('utf16le', 2);
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff)
    return Buffer.from(buffer.subarray(2)).swap16().toString('utf16le');
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    return buffer.toString('utf8', 3);
  if (encoding === TextEncoding.utf16LE) return buffer.toString('utf16le');
  if (encoding === TextEncoding.utf16BE) return Buffer.from(buffer).swap16().toString('utf16le');
  return buffer.toString('utf8');
}
