/**
 * Distinguished names compared as parsed names, never as strings. WCF writes X509IssuerSerial's IssuerName the
 * way .NET prints a name — most specific RDN first, `, ` between RDNs, quotes around values with special
 * characters (`O=wcf-interop-test, CN=WCF Interop Test CA` for a certificate whose ASN.1 order is CN, O) — while
 * Java stacks write RFC 4514 with backslash escapes. Both are read here (RFC 4514 / RFC 1779 syntax) into RDN
 * sequences whose attribute types are OIDs and whose values are compared case- and space-insensitively
 * (X.520 caseIgnoreMatch); a name matches a certificate's in either RDN order.
 */

export interface AttributeTypeAndValue {
  /** Dotted OID. */
  readonly type: string;
  readonly value: string;
}

/** One RDN: usually one attribute; several with `+`. */
export type RelativeDistinguishedName = readonly AttributeTypeAndValue[];

/** The names .NET, OpenSSL and RFC 4514 use for the common attribute types. */
const TYPE_OIDS: Readonly<Record<string, string>> = {
  CN: '2.5.4.3',
  SN: '2.5.4.4',
  SERIALNUMBER: '2.5.4.5',
  C: '2.5.4.6',
  L: '2.5.4.7',
  S: '2.5.4.8',
  ST: '2.5.4.8',
  STREET: '2.5.4.9',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  T: '2.5.4.12',
  TITLE: '2.5.4.12',
  G: '2.5.4.42',
  GN: '2.5.4.42',
  GIVENNAME: '2.5.4.42',
  I: '2.5.4.43',
  INITIALS: '2.5.4.43',
  DNQUALIFIER: '2.5.4.46',
  E: '1.2.840.113549.1.9.1',
  EMAIL: '1.2.840.113549.1.9.1',
  EMAILADDRESS: '1.2.840.113549.1.9.1',
  DC: '0.9.2342.19200300.100.1.25',
  UID: '0.9.2342.19200300.100.1.1',
};

export class DistinguishedNameSyntaxError extends Error {
  override readonly name: string = 'DistinguishedNameSyntaxError';
}

function typeOid(type: string): string {
  const t = type.trim();
  const upper = t.toUpperCase();
  if (/^(OID\.)?\d+(\.\d+)+$/i.test(t)) return upper.startsWith('OID.') ? t.slice(4) : t;
  const oid = TYPE_OIDS[upper];
  if (!oid) throw new DistinguishedNameSyntaxError(`Unknown attribute type '${t}' in a distinguished name.`);
  return oid;
}

/** Parses `CN=a, O=b` / `CN=a,O=b` / `CN="a, b"` / `CN=a\, b+OU=c` / `1.2.3=#04...` into RDNs, left to right. */
export function parseDistinguishedName(text: string): RelativeDistinguishedName[] {
  const rdns: AttributeTypeAndValue[][] = [];
  let current: AttributeTypeAndValue[] = [];
  let i = 0;
  const n = text.length;
  const skipSpaces = (): void => {
    while (i < n && text[i] === ' ') i++;
  };
  skipSpaces();
  if (i === n) return [];
  for (;;) {
    skipSpaces();
    const eq = text.indexOf('=', i);
    if (eq < 0) throw new DistinguishedNameSyntaxError(`'${text}' is not a distinguished name.`);
    const type = typeOid(text.slice(i, eq));
    i = eq + 1;
    skipSpaces();
    let value = '';
    if (text[i] === '"') {
      // RFC 1779 / .NET quoting: "" inside is one quote, \x escapes x.
      i++;
      while (i < n && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < n) i++;
        value += text[i++];
      }
      if (text[i] !== '"') throw new DistinguishedNameSyntaxError(`Unterminated quote in '${text}'.`);
      i++;
      while (text[i] === '"') {
        // .NET doubles a quote inside a quoted value.
        value += '"';
        i++;
        while (i < n && text[i] !== '"') value += text[i++];
        i++;
      }
      skipSpaces();
    } else if (text[i] === '#') {
      // A hex-encoded BER value: compared as its hex text.
      const start = i;
      while (i < n && /[#0-9a-fA-F]/.test(text[i])) i++;
      value = text.slice(start, i).toLowerCase();
      skipSpaces();
    } else {
      let trailing = 0;
      while (i < n && text[i] !== ',' && text[i] !== ';' && text[i] !== '+') {
        if (text[i] === '\\' && i + 1 < n) {
          const hex = /^[0-9a-fA-F]{2}/.exec(text.slice(i + 1, i + 3));
          if (hex) {
            // \XX pairs are UTF-8 octets.
            const bytes: number[] = [];
            while (text[i] === '\\' && /^[0-9a-fA-F]{2}/.test(text.slice(i + 1, i + 3))) {
              bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
              i += 3;
            }
            value += Buffer.from(bytes).toString('utf8');
          } else {
            value += text[i + 1];
            i += 2;
          }
          trailing = 0;
          continue;
        }
        trailing = text[i] === ' ' ? trailing + 1 : 0;
        value += text[i++];
      }
      value = value.slice(0, value.length - trailing);
    }
    current.push({ type, value });
    if (i >= n) break;
    const separator = text[i++];
    if (separator === ',' || separator === ';') {
      rdns.push(current);
      current = [];
    } else if (separator !== '+') {
      throw new DistinguishedNameSyntaxError(`Unexpected '${separator}' in '${text}'.`);
    }
  }
  rdns.push(current);
  return rdns;
}

/** X.520 caseIgnoreMatch, simplified: case-insensitive, insignificant spaces removed. */
function normalizeValue(value: string): string {
  return value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function rdnKey(rdn: RelativeDistinguishedName): string {
  return rdn
    .map((a) => `${a.type}=${normalizeValue(a.value)}`)
    .sort()
    .join('+');
}

/** Whether two names are the same, in the same or in reversed RDN order. */
export function distinguishedNamesEqual(
  a: readonly RelativeDistinguishedName[],
  b: readonly RelativeDistinguishedName[],
): boolean {
  if (a.length !== b.length) return false;
  const ka = a.map(rdnKey);
  const kb = b.map(rdnKey);
  return ka.every((k, i) => k === kb[i]) || ka.every((k, i) => k === kb[kb.length - 1 - i]);
}

const OID_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'S',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'T',
  '2.5.4.42': 'G',
  '2.5.4.43': 'I',
  '1.2.840.113549.1.9.1': 'E',
  '0.9.2342.19200300.100.1.25': 'DC',
  '0.9.2342.19200300.100.1.1': 'UID',
};

function formatValue(value: string): string {
  // .NET quotes a value that holds a special character or leading/trailing spaces.
  return /[,=+<>#;"\n\r]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A name as .NET's X500DistinguishedName.Name prints it: the RDNs in reverse ASN.1 order, `, ` between them,
 * `+` inside a multi-valued RDN. This is what WCF writes as X509IssuerName and what X509Identity names use.
 */
export function formatDistinguishedName(rdns: readonly RelativeDistinguishedName[]): string {
  return [...rdns]
    .reverse()
    .map((rdn) =>
      rdn.map((a) => `${OID_NAMES[a.type] ?? `OID.${a.type}`}=${formatValue(a.value)}`).join(' + '),
    )
    .join(', ');
}
