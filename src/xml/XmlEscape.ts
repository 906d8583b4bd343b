/**
 * Character escaping shared by the serializer and exclusive C14N. The serializer deliberately uses C14N's
 * rules (C14N 1.0 §2.3 "Text Nodes" / "Attribute Nodes"), so that what we write is already canonical
 * character data, and both refuse characters XML 1.0 cannot carry (§2.2 Char), as .NET's XmlWriter does.
 */
import { XmlSerializationError } from './XmlErrors';

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

function escapeSlow(value: string, attribute: boolean): string {
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

/** Text content: `&` `<` `>` and CR escaped (CR as `&#xD;` so that end-of-line handling cannot eat it). */
export function escapeText(value: string): string {
  return TEXT_SPECIAL.test(value) ? escapeSlow(value, false) : value;
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
