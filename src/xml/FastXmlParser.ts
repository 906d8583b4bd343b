/**
 * The message parser's fast path: a hand-written scanner for the XML that messages are made of — an optional
 * plain XML declaration, elements with ASCII names, attributes, namespace declarations, text with the five
 * predefined entities and character references — that builds the same infoset as the saxes-based parser
 * (XmlParser.ts) in a fraction of the time (saxes reads one character at a time through several calls; this
 * scans text and attribute values with indexOf and one native regex test each, so a 1 MB text node costs a
 * few scans instead of a million calls).
 *
 * It never decides that a document is bad. Whatever it is not sure about — a DOCTYPE, a comment, a PI, CDATA,
 * a non-ASCII name, an unpaired surrogate, an unknown entity, a reserved prefix, a duplicate or unbound name,
 * any quota reached, anything malformed — makes it give up (return undefined), and the caller parses the same
 * text with saxes, which accepts it or throws the located error as before. So the fast path accepts a subset
 * of what saxes accepts and builds the identical tree for it (test/xml/FastXmlParser.test.ts compares the two
 * on every fixture and on random documents and mutations of them); errors, line and column still come from
 * saxes alone.
 */
import type { XmlDictionaryReaderQuotas } from './XmlDictionaryReaderQuotas';
import { hasAsciiControlCharacter } from './controlCharacterScan';
import { ASCII_SCAN_MIN_LENGTH, REMEMBER_MIN_LENGTH, rememberEscapedText } from './XmlEscape';
import { scratchBuffer } from './scratchBuffer';
import {
  XmlDocument,
  XmlElement,
  XmlText,
  XML_NAMESPACE,
  XMLNS_NAMESPACE,
  type XmlAttribute,
  type XmlNamespaceDeclaration,
} from './XmlNode';

/** Thrown inside the fast path to give up; never leaves this file. */
class Unsupported {}
const UNSUPPORTED = new Unsupported();

function giveUp(): never {
  throw UNSUPPORTED;
}

/** ASCII name characters: 1 = may start an NCName, 2 = may continue one. Anything else (colon aside) gives up. */
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) NAME_CHAR[c] = 3;
  else if (/[0-9.-]/.test(ch)) NAME_CHAR[c] = 2;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const AMPERSAND = 0x26;

function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR;
}

// Characters that need more than a copy: references, line ends (normalised), and everything outside XML 1.0's
// Char production or a surrogate (checked one by one). `]` is handled apart (`]]>` is not allowed in text).
// eslint-disable-next-line no-control-regex
const TEXT_SPECIAL = /[&\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const ATTRIBUTE_SPECIAL = /[&<\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const WHITESPACE_ONLY = /^[ \t\r\n]*$/;
/** The declaration WCF and most writers emit; any other form is left to saxes. */
const XML_DECLARATION =
  /<\?xml version=(["'])1\.0\1(?: encoding=(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?: standalone=(["'])(?:yes|no)\3)? ?\?>/y;
const HEX_REFERENCE = /^#x[0-9A-Fa-f]{1,6}$/;
const DECIMAL_REFERENCE = /^#[0-9]{1,7}$/;

/** The replacement text of `&name;` (name without `&` and `;`), or a give-up. */
function reference(name: string): string {
  switch (name) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
  }
  let code: number;
  if (HEX_REFERENCE.test(name)) code = parseInt(name.slice(2), 16);
  else if (DECIMAL_REFERENCE.test(name)) code = parseInt(name.slice(1), 10);
  else return giveUp();
  // XML 1.0 §2.2 Char: the referenced character must itself be allowed.
  if (code < 0x20 ? code !== TAB && code !== LF && code !== CR : code > 0xd7ff && code < 0xe000) giveUp();
  if (code === 0xfffe || code === 0xffff || code > 0x10ffff) giveUp();
  return String.fromCodePoint(code);
}

/** See decodeLatin1: below this length the string loop of decode is as fast. */
const BYTE_LOOP_MIN_LENGTH = 96;
// eslint-disable-next-line no-control-regex
const NON_LATIN1 = /[^\u0000-\u00FF]/;
const SEMICOLON = 0x3b;

/**
 * decode for a long string of Latin-1 characters, over its bytes: the five predefined references, line ends
 * and attribute whitespace are resolved into one buffer, one string made (decode's string loop makes a slice
 * and two concatenations per reference, which dominates markup-heavy text). Character references, and
 * anything decode would give up on, return undefined: decode then does the whole string its own way.
 */
function decodeLatin1(raw: string, attribute: boolean): string | undefined {
  let canonical = true;
  const n = raw.length;
  // The Latin-1 copy at the start of one buffer, the decoded bytes (never more) after it.
  const b = scratchBuffer(2 * n);
  b.write(raw, 0, n, 'latin1');
  const src = b;
  const out = b;
  let o = n;
  for (let i = 0; i < n; i++) {
    const c = src[i];
    if (c >= 0x20 && c !== AMPERSAND && c !== LT) {
      if (c === GT) canonical = false;
      out[o++] = c;
    } else if (c === AMPERSAND) {
      // &lt; &gt; &amp; &quot; &apos;
      const c1 = src[i + 1];
      const c2 = src[i + 2];
      if (c2 === 0x74 && src[i + 3] === SEMICOLON && (c1 === 0x6c || c1 === 0x67)) {
        out[o++] = c1 === 0x6c ? LT : GT;
        i += 3;
      } else if (c1 === 0x61 && c2 === 0x6d && src[i + 3] === 0x70 && src[i + 4] === SEMICOLON) {
        out[o++] = AMPERSAND;
        i += 4;
      } else if (
        c1 === 0x71 &&
        c2 === 0x75 &&
        src[i + 3] === 0x6f &&
        src[i + 4] === 0x74 &&
        src[i + 5] === SEMICOLON
      ) {
        out[o++] = QUOTE;
        canonical = false;
        i += 5;
      } else if (
        c1 === 0x61 &&
        c2 === 0x70 &&
        src[i + 3] === 0x6f &&
        src[i + 4] === 0x73 &&
        src[i + 5] === SEMICOLON
      ) {
        out[o++] = APOSTROPHE;
        canonical = false;
        i += 5;
      } else {
        return undefined;
      }
    } else if (c === CR) {
      out[o++] = attribute ? SPACE : LF;
      canonical = false;
      if (src[i + 1] === LF) i++;
    } else if (c === TAB || c === LF) {
      out[o++] = attribute ? SPACE : c;
    } else {
      // `<` in an attribute value, or a C0 control character: decode gives up on both.
      if (c !== LT || attribute) return undefined;
      out[o++] = c;
    }
  }
  decodedCanonically = canonical;
  return out.toString('latin1', n, o);
}

/**
 * Set by decode: whether its input was exactly escapeText of its output (only &amp; &lt; &gt; for the
 * characters C14N escapes, no other reference, no `>` or CR written as itself), so that the input can stand
 * for the escaped text (rememberEscapedText). Only the byte loop tells; the string loop says no.
 */
let decodedCanonically = false;

/**
 * Character data or an attribute value with references resolved and line ends normalised (XML §2.11; and in
 * an attribute, §3.3.3's TAB/LF/CR → space). Gives up on `<` in an attribute, an unknown reference, a character
 * outside Char or an unpaired surrogate.
 */
function decode(raw: string, attribute: boolean): string {
  if (raw.length >= BYTE_LOOP_MIN_LENGTH && !NON_LATIN1.test(raw)) {
    const decoded = decodeLatin1(raw, attribute);
    if (decoded !== undefined) return decoded;
  }
  decodedCanonically = false;
  let out = '';
  let last = 0;
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x20 && c < 0xd800 && c !== AMPERSAND && c !== LT) continue;
    if (c === AMPERSAND) {
      const semicolon = raw.indexOf(';', i + 1);
      if (semicolon < 0 || semicolon - i > 10) giveUp();
      out += raw.slice(last, i) + reference(raw.slice(i + 1, semicolon));
      i = semicolon;
      last = i + 1;
    } else if (c === LT) {
      if (attribute) giveUp();
    } else if (c === CR) {
      out += raw.slice(last, i) + (attribute ? ' ' : '\n');
      if (raw.charCodeAt(i + 1) === LF) i++;
      last = i + 1;
    } else if (c === TAB || c === LF) {
      if (attribute) {
        out += raw.slice(last, i) + ' ';
        last = i + 1;
      }
    } else if (c < 0x20) {
      giveUp();
    } else if (c <= 0xdbff) {
      const next = raw.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) giveUp();
      i++;
    } else if (c <= 0xdfff || c === 0xfffe || c === 0xffff) {
      giveUp();
    }
  }
  return last === 0 ? raw : out + raw.slice(last);
}

/** Whether `text` holds `s` at `at` (a loop: for names of a few characters it beats startsWith's call). */
function holds(text: string, s: string, at: number): boolean {
  const n = s.length;
  for (let k = 0; k < n; k++) if (text.charCodeAt(at + k) !== s.charCodeAt(k)) return false;
  return true;
}

/** Whether the name text[start, end) (colon at `colon`, -1 for none) is `xmlns` or `xmlns:…`. */
function isDeclaration(text: string, start: number, colon: number, end: number): boolean {
  return (
    text.charCodeAt(start) === 0x78 &&
    (end - start === 5 || colon === start + 5) &&
    holds(text, 'xmlns', start)
  );
}

/**
 * Names (and namespace URIs) shared by every parse: a direct-mapped table of short names, so that the names
 * every message repeats cost neither a substring nor a table entry per message. It only saves work: each
 * slot carries the id of the last parse that counted its name, so a document still counts each distinct name
 * once against maxNameTableCharCount — a name whose slot another name of the same document holds goes to
 * that document's own table instead. Bounded: 4096 names of at most 128 characters, each a copy.
 */
const SHARED_SHIFT = 20; // 32 - log2(slots)
const SHARED_MAX_LENGTH = 128;
const sharedNames: (string | undefined)[] = new Array<string | undefined>(1 << (32 - SHARED_SHIFT)).fill(
  undefined,
);
/** Parse ids as doubles: exact up to 2^53 parses, so a stale stamp never equals a live id. */
const sharedStamps = new Float64Array(1 << (32 - SHARED_SHIFT));
let parses = 0;

/** A flat copy of `s` (a slice of 13+ characters would point into, and keep alive, the string it came from). */
function flatCopy(s: string): string {
  return s.length < 13 ? s : `${s} `.slice(0, -1);
}

class FastParser {
  private pos = 0;
  /**
   * The name table (what maxNameTableCharCount bounds): distinct names, found by a hash of their length and
   * some characters and compared in place in the text, so a name seen before costs no substring and no
   * string hashing.
   */
  private readonly names = new Map<number, string[]>();
  private nameChars = 0;
  /** This parse's stamp in sharedStamps. */
  private readonly id = ++parses;
  /** In-scope namespace bindings, innermost last: prefix, uri, prefix, uri, …; `top` is the live length. */
  private readonly scope: string[] = ['xml', XML_NAMESPACE];
  private top = 2;
  // The start tag being read: attribute name ranges (start, colon or -1, end) and values.
  private readonly attributeRanges: number[] = [];
  private readonly attributeValues: string[] = [];
  private selfClosing = false;

  constructor(
    private readonly text: string,
    private readonly quotas: XmlDictionaryReaderQuotas,
  ) {}

  parse(): XmlDocument {
    const text = this.text;
    if (text.startsWith('<?xml')) {
      XML_DECLARATION.lastIndex = 0;
      if (!XML_DECLARATION.test(text)) giveUp();
      this.pos = XML_DECLARATION.lastIndex;
    }
    const first = text.indexOf('<', this.pos);
    if (first < 0 || !WHITESPACE_ONLY.test(text.slice(this.pos, first))) giveUp();
    this.pos = first;
    const root = this.elements();
    // Only whitespace after the root (comments and PIs there are saxes' business).
    if (!WHITESPACE_ONLY.test(text.slice(this.pos))) giveUp();
    return new XmlDocument(root);
  }

  /** The interned string for the name text[start, end). */
  private intern(start: number, end: number): string {
    if (start === end) return '';
    const text = this.text;
    const length = end - start;
    const key = length * 0x10000 + ((text.charCodeAt(start) * 31 + text.charCodeAt(end - 1)) & 0xffff);
    let slot = -1;
    if (length <= SHARED_MAX_LENGTH) {
      slot = Math.imul(key, 0x9e3779b1) >>> SHARED_SHIFT;
      const shared = sharedNames[slot];
      if (shared !== undefined && shared.length === length && holds(text, shared, start)) {
        if (sharedStamps[slot] !== this.id) this.count(slot, length);
        return shared;
      }
    }
    let bucket = this.names.get(key);
    if (bucket !== undefined) {
      for (const name of bucket) {
        if (holds(text, name, start)) return name;
      }
    }
    // New in this document.
    if (slot >= 0 && sharedStamps[slot] !== this.id) {
      // A copy, not a slice: a slice would keep this whole document alive in the shared table.
      const name = flatCopy(text.slice(start, end));
      sharedNames[slot] = name;
      this.count(slot, length);
      return name;
    }
    this.count(-1, length);
    const name = text.slice(start, end);
    if (bucket === undefined) this.names.set(key, (bucket = []));
    bucket.push(name);
    return name;
  }

  /** A namespace URI (an attribute value) through the name table. */
  private internValue(value: string): string {
    if (value === '') return value;
    const length = value.length;
    const key = length * 0x10000 + ((value.charCodeAt(0) * 31 + value.charCodeAt(length - 1)) & 0xffff);
    let slot = -1;
    if (length <= SHARED_MAX_LENGTH) {
      slot = Math.imul(key, 0x9e3779b1) >>> SHARED_SHIFT;
      const shared = sharedNames[slot];
      if (shared === value) {
        if (sharedStamps[slot] !== this.id) this.count(slot, length);
        return shared;
      }
    }
    let bucket = this.names.get(key);
    if (bucket !== undefined) {
      for (const name of bucket) if (name === value) return name;
    }
    if (slot >= 0 && sharedStamps[slot] !== this.id) {
      const name = flatCopy(value);
      sharedNames[slot] = name;
      this.count(slot, length);
      return name;
    }
    this.count(-1, length);
    if (bucket === undefined) this.names.set(key, (bucket = []));
    bucket.push(value);
    return value;
  }

  /** Counts a name new in this document against maxNameTableCharCount (and stamps its shared slot, if any). */
  private count(slot: number, length: number): void {
    if (slot >= 0) sharedStamps[slot] = this.id;
    this.nameChars += length;
    if (this.nameChars > this.quotas.maxNameTableCharCount) giveUp();
  }

  private resolve(prefix: string): string | undefined {
    const scope = this.scope;
    for (let i = this.top - 2; i >= 0; i -= 2) if (scope[i] === prefix) return scope[i + 1];
    return prefix === '' ? '' : undefined;
  }

  private bind(prefix: string, uri: string): void {
    const scope = this.scope;
    if (this.top === scope.length) scope.push(prefix, uri);
    else {
      scope[this.top] = prefix;
      scope[this.top + 1] = uri;
    }
    this.top += 2;
  }

  /**
   * The end of a QName (NCName, optionally `:` NCName, ASCII only) starting at `start`, its colon's index in
   * `this.colon` (-1 for none); gives up otherwise.
   */
  private colon = -1;
  private nameEnd(start: number): number {
    const text = this.text;
    let i = start;
    let c = text.charCodeAt(i);
    if (!(c < 128 && NAME_CHAR[c] & 1)) giveUp();
    let colon = -1;
    for (;;) {
      c = text.charCodeAt(++i);
      if (c < 128 && NAME_CHAR[c] & 2) continue;
      if (c === COLON && colon < 0) {
        colon = i;
        const next = text.charCodeAt(i + 1);
        if (!(next < 128 && NAME_CHAR[next] & 1)) giveUp();
        continue;
      }
      // A non-ASCII name character (or end of input) is left to saxes.
      if (c >= 128 || Number.isNaN(c)) giveUp();
      this.colon = colon;
      return i;
    }
  }

  private skipSpace(i: number): number {
    const text = this.text;
    while (isSpace(text.charCodeAt(i))) i++;
    return i;
  }

  /**
   * The whole text as the content of `holder`, an element standing for the place the text belongs (decrypted
   * XML: parseFragment), with `bindings` (prefix, URI, …) in scope: no wrapper element written around the
   * text, so a megabyte of plaintext is not copied into one more string to be parsed.
   */
  parseContent(holder: XmlElement, bindings: readonly string[]): void {
    for (let i = 0; i < bindings.length; i += 2) this.bind(bindings[i], bindings[i + 1]);
    if (this.text.length > 0) this.elements(holder);
  }

  /**
   * Parses the root element and everything in it; `pos` is at its `<`, and ends after its end tag. With a
   * `holder`, parses content into it up to the end of the text instead (parseContent).
   */
  private elements(holder?: XmlElement): XmlElement {
    const text = this.text;
    const quotas = this.quotas;
    const stack: XmlElement[] = [];
    const marks: number[] = [];
    let root: XmlElement | undefined;
    let current: XmlElement | undefined;
    if (holder !== undefined) {
      root = current = holder;
      stack.push(holder);
      marks.push(this.top);
    }
    for (;;) {
      const pos = this.pos;
      if (pos === text.length && holder !== undefined && current === holder) return holder;
      if (text.charCodeAt(pos) !== LT) {
        // Character data up to the next tag (in content, up to the end of the text).
        let end = text.indexOf('<', pos);
        if (end < 0 && holder !== undefined && current === holder) end = text.length;
        if (end < 0 || current === undefined) giveUp();
        const raw = text.slice(pos, end);
        // Long ASCII text (base64 above all) is told plain by native scans faster than TEXT_SPECIAL's search.
        const special =
          raw.length >= ASCII_SCAN_MIN_LENGTH &&
          Buffer.byteLength(raw, 'utf8') === raw.length &&
          !raw.includes('&') &&
          !raw.includes('\r') &&
          !hasAsciiControlCharacter(raw)
            ? false
            : TEXT_SPECIAL.test(raw);
        const value = special ? decode(raw, false) : raw;
        if (value.length > quotas.maxStringContentLength) giveUp();
        if (raw.includes(']]>')) giveUp();
        const node = new XmlText(value);
        // A long text written as C14N writes it is its own escaped form: C14N of it (a signature check) need
        // not escape it again.
        if (value.length >= REMEMBER_MIN_LENGTH && (special ? decodedCanonically : !raw.includes('>')))
          rememberEscapedText(node, raw);
        node.parent = current;
        current.children.push(node);
        this.pos = end;
        continue;
      }
      const next = text.charCodeAt(pos + 1);
      if (next === SLASH) {
        // End tag: the current element's name as written, optional whitespace, `>`.
        // The holder has no end tag in the text: one there is not well-formed content.
        if (current === undefined || current === holder) giveUp();
        let at = pos + 2;
        const { prefix, localName } = current;
        if (prefix !== '') {
          if (!holds(text, prefix, at) || text.charCodeAt(at + prefix.length) !== COLON) giveUp();
          at += prefix.length + 1;
        }
        if (!holds(text, localName, at)) giveUp();
        const close = this.skipSpace(at + localName.length);
        if (text.charCodeAt(close) !== GT) giveUp();
        this.pos = close + 1;
        stack.pop();
        this.top = marks.pop()!;
        current = stack[stack.length - 1];
        if (current === undefined) return root!;
        continue;
      }
      // Comments, CDATA, PIs and DOCTYPEs are saxes' business.
      if (next === 0x21 || next === 0x3f) giveUp();
      if (stack.length >= quotas.maxDepth) giveUp();
      const mark = this.top;
      const element = this.startTag(pos);
      if (current === undefined) {
        if (root !== undefined) giveUp();
        root = element;
      } else {
        element.parent = current;
        current.children.push(element);
      }
      if (this.selfClosing) {
        this.top = mark;
        if (current === undefined) return element;
      } else {
        stack.push(element);
        marks.push(mark);
        current = element;
      }
    }
  }

  /** Reads the start tag at `start`; binds its namespace declarations; sets `pos` after it. */
  private startTag(start: number): XmlElement {
    const text = this.text;
    const quotas = this.quotas;
    const ranges = this.attributeRanges;
    const values = this.attributeValues;
    const nameStart = start + 1;
    const nameEnd = this.nameEnd(nameStart);
    const nameColon = this.colon;
    let i = nameEnd;
    let count = 0;
    let declarations = 0;
    for (;;) {
      let c = text.charCodeAt(i);
      const spaced = isSpace(c);
      if (spaced) {
        i = this.skipSpace(i);
        c = text.charCodeAt(i);
      }
      if (c === GT) {
        i++;
        this.selfClosing = false;
        break;
      }
      if (c === SLASH) {
        if (text.charCodeAt(i + 1) !== GT) giveUp();
        i += 2;
        this.selfClosing = true;
        break;
      }
      if (!spaced) giveUp();
      const attributeStart = i;
      const attributeEnd = this.nameEnd(i);
      const length = attributeEnd - attributeStart;
      // A repeated name as written: saxes words the error.
      for (let k = 0; k < count; k++) {
        const s = ranges[3 * k];
        if (
          ranges[3 * k + 2] - s === length &&
          text.slice(s, s + length) === text.slice(attributeStart, attributeEnd)
        )
          giveUp();
      }
      i = this.skipSpace(attributeEnd);
      if (text.charCodeAt(i) !== EQUALS) giveUp();
      i = this.skipSpace(i + 1);
      const quote = text.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOSTROPHE) giveUp();
      const close = text.indexOf(quote === QUOTE ? '"' : "'", i + 1);
      if (close < 0) giveUp();
      const raw = text.slice(i + 1, close);
      const value = ATTRIBUTE_SPECIAL.test(raw) ? decode(raw, true) : raw;
      if (value.length > quotas.maxStringContentLength) giveUp();
      ranges[3 * count] = attributeStart;
      ranges[3 * count + 1] = this.colon;
      ranges[3 * count + 2] = attributeEnd;
      values[count] = value;
      if (isDeclaration(text, attributeStart, this.colon, attributeEnd)) declarations++;
      count++;
      i = close + 1;
    }
    // maxBytesPerRead bounds a start tag, `<` to `>` (as XmlParser.ts counts it).
    if (i - start > quotas.maxBytesPerRead) giveUp();
    this.pos = i;

    // Namespace declarations first: they are in scope for the element's own name and attributes.
    let namespaceDeclarations: XmlNamespaceDeclaration[] | undefined;
    if (declarations > 0) {
      namespaceDeclarations = [];
      for (let k = 0; k < count; k++) {
        const s = ranges[3 * k];
        const e = ranges[3 * k + 2];
        if (!isDeclaration(text, s, ranges[3 * k + 1], e)) continue;
        const uri = values[k];
        // Reserved prefixes and namespaces, `xmlns:p=""` (not in Namespaces 1.0), and URIs saxes would trim
        // for resolution but keep as written, are saxes' to judge.
        if (uri === XML_NAMESPACE || uri === XMLNS_NAMESPACE || uri !== uri.trim()) giveUp();
        let prefix = '';
        if (e - s > 5) {
          prefix = this.intern(s + 6, e);
          if (prefix === 'xml' || prefix === 'xmlns' || uri === '') giveUp();
        }
        const interned = this.internValue(uri);
        namespaceDeclarations.push({ prefix, uri: interned });
        this.bind(prefix, interned);
      }
    }

    const prefix = nameColon < 0 ? '' : this.intern(nameStart, nameColon);
    if (prefix === 'xml' || prefix === 'xmlns') giveUp();
    const namespaceUri = this.resolve(prefix) ?? giveUp();
    const element = new XmlElement(
      prefix,
      this.intern(nameColon < 0 ? nameStart : nameColon + 1, nameEnd),
      namespaceUri,
    );
    if (namespaceDeclarations !== undefined) element.namespaceDeclarations.push(...namespaceDeclarations);
    if (count === declarations) return element;
    const attributes = element.attributes;
    for (let k = 0; k < count; k++) {
      const s = ranges[3 * k];
      const colon = ranges[3 * k + 1];
      const e = ranges[3 * k + 2];
      if (isDeclaration(text, s, colon, e)) continue;
      let attribute: XmlAttribute;
      if (colon < 0) {
        attribute = { prefix: '', localName: this.intern(s, e), namespaceUri: '', value: values[k] };
      } else {
        const p = this.intern(s, colon);
        // Counted in the name table like every other name (the xml prefix's namespace is not declared).
        const uri = this.internValue(this.resolve(p) ?? giveUp());
        const localName = this.intern(colon + 1, e);
        // Two prefixes bound to one namespace: a duplicate expanded name (saxes words the error).
        for (const a of attributes) if (a.localName === localName && a.namespaceUri === uri) giveUp();
        attribute = { prefix: p, localName, namespaceUri: uri, value: values[k] };
      }
      attributes.push(attribute);
    }
    return element;
  }
}

/**
 * Parses `text` on the fast path, or returns undefined when it holds anything the fast path leaves to saxes
 * (which then decides, and words any error).
 */
/**
 * The fast path of parsing `text` as the content of `holder` (see FastParser.parseContent): true when it
 * parsed, with the nodes appended to `holder`; false (holder untouched) for anything the fast path leaves to
 * the full parser, which then decides, errors included.
 */
export function tryParseXmlContentFast(
  text: string,
  holder: XmlElement,
  bindings: readonly string[],
  quotas: XmlDictionaryReaderQuotas,
): boolean {
  const parser = new FastParser(text, quotas);
  try {
    parser.parseContent(holder, bindings);
    return true;
  } catch (err) {
    if (err !== UNSUPPORTED) throw err;
    for (const child of holder.children.splice(0)) child.parent = null;
    return false;
  }
}

export function tryParseXmlFast(text: string, quotas: XmlDictionaryReaderQuotas): XmlDocument | undefined {
  try {
    return new FastParser(text, quotas).parse();
  } catch (err) {
    if (err === UNSUPPORTED) return undefined;
    throw err;
  }
}
