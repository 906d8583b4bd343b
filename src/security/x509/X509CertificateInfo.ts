/**
 * What WS-Security needs from an X.509 certificate beyond node:crypto's X509Certificate: the issuer and
 * subject names as RDN sequences (ASN.1 order, for X509IssuerSerial), the serial number as an integer, the
 * SubjectKeyIdentifier and the KeyUsage bits. Read once from the DER with node-forge's ASN.1 parser (forge's
 * certificate parser only takes RSA keys; the ASN.1 walk takes any certificate).
 */
import { createHash, type X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import type { RelativeDistinguishedName } from './DistinguishedName';

/** RFC 5280 §4.2.1.3 KeyUsage bits, by name. */
export interface KeyUsage {
  readonly digitalSignature: boolean;
  readonly nonRepudiation: boolean;
  readonly keyEncipherment: boolean;
  readonly dataEncipherment: boolean;
  readonly keyAgreement: boolean;
  readonly keyCertSign: boolean;
  readonly cRLSign: boolean;
}

export interface X509CertificateInfo {
  readonly issuer: readonly RelativeDistinguishedName[];
  readonly subject: readonly RelativeDistinguishedName[];
  readonly serialNumber: bigint;
  /** The SubjectKeyIdentifier extension's key identifier octets; undefined without the extension. */
  readonly subjectKeyIdentifier: Buffer | undefined;
  /** undefined without a KeyUsage extension (any use allowed). */
  readonly keyUsage: KeyUsage | undefined;
  /** SHA-1 of the DER: WS-Security 1.1's ThumbprintSHA1. */
  readonly thumbprintSha1: Buffer;
}

const OID_SUBJECT_KEY_IDENTIFIER = '2.5.29.14';
const OID_KEY_USAGE = '2.5.29.15';

const cache = new WeakMap<X509Certificate, X509CertificateInfo>();

type Asn1 = forge.asn1.Asn1;

function children(node: Asn1): Asn1[] {
  return Array.isArray(node.value) ? (node.value as Asn1[]) : [];
}

function bytesOf(node: Asn1): Buffer {
  return Buffer.from(typeof node.value === 'string' ? node.value : '', 'binary');
}

/** A directory string's text (UTF8String, BMPString, PrintableString, IA5String, T61String…). */
function directoryString(node: Asn1): string {
  const raw = bytesOf(node);
  switch (node.type) {
    case forge.asn1.Type.UTF8:
      return raw.toString('utf8');
    case forge.asn1.Type.BMPSTRING: {
      let s = '';
      for (let i = 0; i + 1 < raw.length; i += 2) s += String.fromCharCode(raw.readUInt16BE(i));
      return s;
    }
    default:
      return raw.toString('latin1');
  }
}

function readName(name: Asn1): RelativeDistinguishedName[] {
  return children(name).map((set) =>
    children(set).map((atv) => {
      const [type, value] = children(atv);
      return {
        type: forge.asn1.derToOid(forge.util.createBuffer(type.value as string)),
        value: directoryString(value),
      };
    }),
  );
}

function readKeyUsage(extnValue: Buffer): KeyUsage {
  const bitString = forge.asn1.fromDer(forge.util.createBuffer(extnValue.toString('binary')));
  // A BIT STRING's first octet is the count of unused bits; bit 0 is the high bit of the next octet.
  const octets = bytesOf(bitString).subarray(1);
  const bit = (n: number): boolean => ((octets[n >> 3] ?? 0) & (0x80 >> (n & 7))) !== 0;
  return {
    digitalSignature: bit(0),
    nonRepudiation: bit(1),
    keyEncipherment: bit(2),
    dataEncipherment: bit(3),
    keyAgreement: bit(4),
    keyCertSign: bit(5),
    cRLSign: bit(6),
  };
}

/** The certificate's names, serial, SKI and key usage (memoized per X509Certificate). */
export function x509Info(certificate: X509Certificate): X509CertificateInfo {
  const known = cache.get(certificate);
  if (known) return known;
  const der = certificate.raw;
  const root = forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary')));
  const tbs = children(root)[0];
  let fields = children(tbs);
  // [0] EXPLICIT version is optional (absent for v1 certificates).
  if (fields[0]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && fields[0].type === 0)
    fields = fields.slice(1);
  const [, , issuer, , subject] = fields;
  let subjectKeyIdentifier: Buffer | undefined;
  let keyUsage: KeyUsage | undefined;
  const extensions = fields.find((f) => f.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && f.type === 3);
  for (const extension of extensions ? children(children(extensions)[0]) : []) {
    const parts = children(extension);
    const oid = forge.asn1.derToOid(forge.util.createBuffer(parts[0].value as string));
    const extnValue = bytesOf(parts[parts.length - 1]);
    if (oid === OID_SUBJECT_KEY_IDENTIFIER) {
      subjectKeyIdentifier = bytesOf(
        forge.asn1.fromDer(forge.util.createBuffer(extnValue.toString('binary'))),
      );
    } else if (oid === OID_KEY_USAGE) {
      keyUsage = readKeyUsage(extnValue);
    }
  }
  const info: X509CertificateInfo = {
    issuer: readName(issuer),
    subject: readName(subject),
    serialNumber: BigInt(`0x${certificate.serialNumber}`),
    subjectKeyIdentifier,
    keyUsage,
    thumbprintSha1: createHash('sha1').update(der).digest(),
  };
  cache.set(certificate, info);
  return info;
}
