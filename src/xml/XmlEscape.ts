/**
 * Character escaping shared by the serializer and exclusive C14N. The serializer deliberately uses C14N's
 * rules (C14N 1.0 §2.3 "Text Nodes" / "Attribute Nodes"), so that what we write is already canonical
 * character data, and both refuse characters XML 1.0 cannot carry (§2.2 Char), as .NET's XmlWriter does.
 */
import { XmlSerializationError } from './XmlErrors';
import type { XmlText } from './XmlNode';
import { hasAsciiControlCharacter } from './controlCharacterScan';
import { scratchBuffer } from './scratchBuffer';

// A first pass with one regex test keeps the common case (nothing to escape) to a single scan.
// Surrogates are included so the slow path can check that they are paired. Matching control characters is
// the point of these patterns, hence the no-control-regex exemptions.
// eslint-disable-next-line no-control-regex
const TEXT_SPECIAL = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const ATTRIBUTE_SPECIAL = /[&<"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

function invalidCharacter(value: string, index: number): never {
  const code = value.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0');
  throw new XmlSerializationError(`'\\u${code}' at index ${index} is not a valid XML character`);
}

/**
 * Below this length the string loop of escapeSlow is as fast as the byte loop (copying to and from bytes
 * costs about as much as ~100 characters of scanning); above it, the byte loop wins 2-4× on markup, whose
 * many short runs between references cost escapeSlow a slice and two concatenations each.
 */
const BYTE_LOOP_MIN_LENGTH = 96;
// eslint-disable-next-line no-control-regex
const NON_LATIN1 = /[^\u0000-\u00FF]/;

/**
 * How many bytes each Latin-1 character grows by when escaped, 255 for a character XML 1.0 refuses; one
 * table for text, one for attribute values. Only C0 controls and the five specials are not 0.
 */
const TEXT_GROWTH = new Uint8Array(256);
const ATTRIBUTE_GROWTH = new Uint8Array(256);
for (let c = 0; c < 0x20; c++) {
  TEXT_GROWTH[c] = ATTRIBUTE_GROWTH[c] = 255;
}
TEXT_GROWTH[0x09] = TEXT_GROWTH[0x0a] = 0;
TEXT_GROWTH[0x0d] = 4; // &#xD;
TEXT_GROWTH[0x26] = 4; // &amp;
TEXT_GROWTH[0x3c] = 3; // &lt;
TEXT_GROWTH[0x3e] = 3; // &gt;
ATTRIBUTE_GROWTH[0x09] = 4; // &#x9;
ATTRIBUTE_GROWTH[0x0a] = 4; // &#xA;
ATTRIBUTE_GROWTH[0x0d] = 4; // &#xD;
ATTRIBUTE_GROWTH[0x26] = 4; // &amp;
ATTRIBUTE_GROWTH[0x3c] = 3; // &lt;
ATTRIBUTE_GROWTH[0x22] = 5; // &quot;

/**
 * escapeSlow for a string of Latin-1 characters only, over its bytes: its Latin-1 copy at the start of a
 * buffer, the escaped bytes written after it (each character becomes at most 6), one string made at the end.
 * A character XML refuses gives undefined, and escapeSlow words the error.
 */
function escapeLatin1(value: string, attribute: boolean): string | undefined {
  const growth = attribute ? ATTRIBUTE_GROWTH : TEXT_GROWTH;
  const n = value.length;
  const b = scratchBuffer(7 * n);
  b.write(value, 0, n, 'latin1');
  let o = n;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (growth[c] === 0) {
      b[o++] = c;
      continue;
    }
    switch (c) {
      case 0x26: // &amp;
        b[o] = 0x26;
        b[o + 1] = 0x61;
        b[o + 2] = 0x6d;
        b[o + 3] = 0x70;
        b[o + 4] = 0x3b;
        o += 5;
        break;
      case 0x3c: // &lt;
        b[o] = 0x26;
        b[o + 1] = 0x6c;
        b[o + 2] = 0x74;
        b[o + 3] = 0x3b;
        o += 4;
        break;
      case 0x3e: // &gt;
        b[o] = 0x26;
        b[o + 1] = 0x67;
        b[o + 2] = 0x74;
        b[o + 3] = 0x3b;
        o += 4;
        break;
      case 0x22: // &quot;
        b[o] = 0x26;
        b[o + 1] = 0x71;
        b[o + 2] = 0x75;
        b[o + 3] = 0x6f;
        b[o + 4] = 0x74;
        b[o + 5] = 0x3b;
        o += 6;
        break;
      case 0x0d: // &#xD;
      case 0x09: // &#x9;
      case 0x0a: // &#xA;
        b[o] = 0x26;
        b[o + 1] = 0x23;
        b[o + 2] = 0x78;
        b[o + 3] = c === 0x0d ? 0x44 : c === 0x09 ? 0x39 : 0x41;
        b[o + 4] = 0x3b;
        o += 5;
        break;
      default:
        return undefined;
    }
  }
  return b.toString('latin1', n, o);
}

function escapeSlow(value: string, attribute: boolean): string {
  if (value.length >= BYTE_LOOP_MIN_LENGTH && !NON_LATIN1.test(value)) {
    const escaped = escapeLatin1(value, attribute);
    if (escaped !== undefined) return escaped;
  }
  let out = '';
  let last = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    let replacement: string | undefined;
    switch (c) {
      case 0x26:
        replacement = '&amp;';
        break;
      case 0x3c:
        replacement = '&lt;';
        break;
      case 0x3e:
        if (!attribute) replacement = '&gt;';
        break;
      case 0x22:
        if (attribute) replacement = '&quot;';
        break;
      case 0x0d:
        replacement = '&#xD;';
        break;
      // In attributes a literal TAB or LF would be normalised to a space by the next parser (XML §3.3.3).
      case 0x09:
        if (attribute) replacement = '&#x9;';
        break;
      case 0x0a:
        if (attribute) replacement = '&#xA;';
        break;
      default:
        if (c < 0x20 || c === 0xfffe || c === 0xffff) invalidCharacter(value, i);
        if (c >= 0xd800 && c <= 0xdfff) {
          const next = value.charCodeAt(i + 1);
          if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) invalidCharacter(value, i);
          i++;
        }
    }
    if (replacement !== undefined) {
      out += value.slice(last, i) + replacement;
      last = i + 1;
    }
  }
  return last === 0 ? value : out + value.slice(last);
}

// eslint-disable-next-line no-control-regex
const INVALID_OR_SURROGATE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Throws when `value` holds a character outside XML 1.0's Char production (§2.2), e.g. U+0001 or a lone surrogate. */
export function checkCharacters(value: string): void {
  if (INVALID_OR_SURROGATE.test(value)) escapeSlow(value, false);
}

/** From this length escapeText first tries the native scans of isPlainAscii. */
export const ASCII_SCAN_MIN_LENGTH = 1024;

/**
 * Whether `value` is ASCII (its UTF-8 length is its length) without `&` `<` `>` CR or a control character:
 * what TEXT_SPECIAL finds nothing in, told by native scans (indexOf is a memchr) and the SIMD control scan,
 * several times faster than TEXT_SPECIAL's search on base64 text (1.9 MB: 3.7-5.3 ms -> 1.6 ms with a regex
 * for the controls, less again with controlCharacterScan.ts).
 */
function isPlainAscii(value: string): boolean {
  return (
    Buffer.byteLength(value, 'utf8') === value.length &&
    !value.includes('&') &&
    !value.includes('<') &&
    !value.includes('>') &&
    !value.includes('\r') &&
    !hasAsciiControlCharacter(value)
  );
}

/** Text content: `&` `<` `>` and CR escaped (CR as `&#xD;` so that end-of-line handling cannot eat it). */
export function escapeText(value: string): string {
  if (value.length >= ASCII_SCAN_MIN_LENGTH && isPlainAscii(value)) return value;
  return TEXT_SPECIAL.test(value) ? escapeSlow(value, false) : value;
}

/**
 * Text values at least this long have their escaped form remembered on the node (XmlText.escaped): below it,
 * escaping again is a short regular-expression test (an echoed 1 KiB payload is above it).
 */
export const REMEMBER_MIN_LENGTH = 512;

/**
 * escapeText(node.value), remembered for long values while the node lives: a message body is escaped to be
 * signed (C14N) and again to be encrypted (the serializer), and a parsed body is escaped again to verify its
 * signature — which the parser saves by remembering its input when that is already the escaped form.
 */
export function escapeTextNode(node: XmlText): string {
  const value = node.value;
  if (value.length < REMEMBER_MIN_LENGTH) return escapeText(value);
  if (node.escapedFrom === value) return node.escaped!;
  const escaped = escapeText(value);
  node.escaped = escaped;
  node.escapedFrom = value;
  return escaped;
}

/** For the parser: `escaped` is exactly escapeText(node.value) (the caller has checked it). */
export function rememberEscapedText(node: XmlText, escaped: string): void {
  if (node.value.length < REMEMBER_MIN_LENGTH) return;
  node.escaped = escaped;
  node.escapedFrom = node.value;
}

/** An attribute value for a `"`-quoted attribute: `&` `<` `"` and TAB, LF, CR as character references. */
export function escapeAttribute(value: string): string {
  return ATTRIBUTE_SPECIAL.test(value) ? escapeSlow(value, true) : value;
}

/** XML 1.0 §2.5: a comment may not contain `--` nor end with `-`. */
export function checkComment(value: string): void {
  if (value.includes('--') || value.endsWith('-')) {
    throw new XmlSerializationError('a comment may not contain "--" or end with "-"');
  }
  checkCharacters(value);
}

/** XML 1.0 §2.6: PI data may not contain `?>`; the target may not be `xml` in any case. */
export function checkProcessingInstruction(target: string, data: string): void {
  if (data.includes('?>'))
    throw new XmlSerializationError('processing instruction data may not contain "?>"');
  if (target.toLowerCase() === 'xml')
    throw new XmlSerializationError('"xml" is reserved as a processing instruction target');
  checkCharacters(data);
}

/**
 * Compares two strings by Unicode code point, as C14N requires (§2.2: "lexicographic order ... using code
 * points"). JavaScript's `<` compares UTF-16 code units, which puts U+10000..U+10FFFF (surrogate pairs,
 * 0xD800..) *before* U+E000..U+FFFF; this fixes up exactly that case. Never localeCompare (node-ecosystem §2.2).
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) {
        // Move surrogates above U+E000..U+FFFF (the ICU "code point order" fix-up).
        x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      }
      return x - y;
    }
  }
  return a.length - b.length;
}
