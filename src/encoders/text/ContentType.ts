/** A parsed Content-Type header: media type (lower-cased) and parameters (names lower-cased, values unquoted). */
export interface ContentType {
  readonly mediaType: string;
  readonly parameters: ReadonlyMap<string, string>;
}

export function parseContentType(value: string): ContentType {
  const parts = value.split(';');
  const mediaType = parts[0].trim().toLowerCase();
  const parameters = new Map<string, string>();
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    let v = part.slice(eq + 1).trim();
    if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1);
    parameters.set(part.slice(0, eq).trim().toLowerCase(), v);
  }
  return { mediaType, parameters };
}
