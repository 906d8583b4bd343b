/** A parsed Content-Type header: media type (lower-cased) and parameters (names lower-cased, values unquoted). */
export interface ContentType {
  readonly mediaType: string;
  readonly parameters: ReadonlyMap<string, string>;
}

/**
 * Parsed headers by their text: a service or client sees a handful of distinct Content-Types (one per action
 * with SOAP 1.2's action parameter), and each message was parsed twice (is it supported, then read). Bounded:
 * only short values are kept, and the table is emptied when full.
 */
const parsedContentTypes = new Map<string, ContentType>();
const CACHE_ENTRIES = 64;
const CACHE_VALUE_LENGTH = 512;

/**
 * RFC 9110 §8.3.1: `type/subtype *( OWS ";" OWS name "=" ( token / quoted-string ) )`. A `;` inside a quoted
 * value (an action URI may hold one) does not end it, and a quoted value's backslash escapes are undone.
 * A parameter without `=` is skipped; of a parameter given twice, the last counts.
 */
export function parseContentType(value: string): ContentType {
  const known = parsedContentTypes.get(value);
  if (known !== undefined) return known;
  const parsed = parse(value);
  if (value.length <= CACHE_VALUE_LENGTH) {
    if (parsedContentTypes.size >= CACHE_ENTRIES) parsedContentTypes.clear();
    parsedContentTypes.set(value, parsed);
  }
  return parsed;
}

function parse(value: string): ContentType {
  const end = value.length;
  const firstSemicolon = value.indexOf(';');
  const mediaType = (firstSemicolon < 0 ? value : value.slice(0, firstSemicolon)).trim().toLowerCase();
  const parameters = new Map<string, string>();
  let at = firstSemicolon < 0 ? end : firstSemicolon + 1;
  while (at < end) {
    let i = at;
    while (i < end && value[i] !== '=' && value[i] !== ';') i++;
    if (i === end || value[i] === ';') {
      at = i + 1;
      continue;
    }
    const name = value.slice(at, i).trim().toLowerCase();
    i++;
    while (i < end && (value[i] === ' ' || value[i] === '\t')) i++;
    let parameter: string;
    if (value[i] === '"') {
      parameter = '';
      i++;
      while (i < end && value[i] !== '"') {
        if (value[i] === '\\' && i + 1 < end) i++;
        parameter += value[i++];
      }
      const next = value.indexOf(';', i);
      i = next < 0 ? end : next;
    } else {
      const next = value.indexOf(';', i);
      const stop = next < 0 ? end : next;
      parameter = value.slice(i, stop).trim();
      i = stop;
    }
    if (name !== '') parameters.set(name, parameter);
    at = i + 1;
  }
  return { mediaType, parameters };
}
