/**
 * An endpoint's `<identity>` → the EndpointIdentity of its address (WCF's ConfigLoader.LoadIdentity). WCF takes
 * the first child written, in the order userPrincipalName, servicePrincipalName, dns, rsa, certificate,
 * certificateReference, and ignores the rest; Indigo refuses more than one instead (config is never silently
 * ignored).
 *
 * `certificate encodedValue` is base64 of what .NET's X509Certificate2 constructor takes: a DER certificate, or
 * — what svcutil writes — a Windows serialized certificate (X509ContentType.SerializedCert, "AwAAAAEAAAAU…"),
 * a list of property records one of which holds the DER.
 */
import type { Certificate } from '../../crypto/Certificate';
import { EndpointIdentity, EndpointIdentityError } from '../../channels/EndpointIdentity';
import { isObject, type JsonObject } from '../model';
import { MappingProblem, MappingProblems } from './MappingProblem';

/** Resolves a `certificateReference` (store search); problems relative to it. */
export type ResolveCertificateReference = (reference: JsonObject) => Promise<Certificate>;

const CHILDREN = [
  'userPrincipalName',
  'servicePrincipalName',
  'dns',
  'rsa',
  'certificate',
  'certificateReference',
] as const;

/**
 * What an `<identity>` element says, read and checked without a certificate store: the identity, or the
 * `certificateReference` still to be looked up; undefined when it has no child. `written` decides which
 * children were given, `effective` gives their values; problems are relative to the `<identity>` element.
 * (`indigo validate` uses this alone; hosts and clients go on with endpointIdentity.)
 */
export function readEndpointIdentity(
  written: unknown,
  effective: unknown,
  loadCertificate: (der: Buffer) => Certificate,
): EndpointIdentity | { readonly certificateReference: JsonObject } | undefined {
  if (!isObject(written)) return undefined;
  const given = CHILDREN.filter((c) => written[c] !== undefined);
  if (given.length === 0) return undefined;
  if (given.length > 1)
    throw new MappingProblems(
      given
        .slice(1)
        .map(
          (c) =>
            new MappingProblem(
              `/${c}`,
              `<identity> holds <${given[0]}> and <${c}>; an endpoint has one identity: keep one (WCF would use <${given[0]}> and ignore the rest)`,
            ),
        ),
    );
  const child = given[0];
  const values = isObject(effective) && isObject(effective[child]) ? effective[child] : {};
  const text = (name: string): string => (typeof values[name] === 'string' ? values[name] : '');
  const at = `/${child}`;
  try {
    switch (child) {
      case 'userPrincipalName':
        return EndpointIdentity.createUpnIdentity(required(text('value'), `${at}/value`, child));
      case 'servicePrincipalName':
        return EndpointIdentity.createSpnIdentity(required(text('value'), `${at}/value`, child));
      case 'dns':
        return EndpointIdentity.createDnsIdentity(required(text('value'), `${at}/value`, child));
      case 'rsa':
        return EndpointIdentity.createRsaIdentity(required(text('value'), `${at}/value`, child));
      case 'certificate': {
        const encoded = required(text('encodedValue'), `${at}/encodedValue`, child);
        let certificate: Certificate;
        try {
          certificate = loadCertificate(certificateDer(encoded));
        } catch (err) {
          throw new MappingProblem(
            `${at}/encodedValue`,
            `encodedValue is not a base64 certificate (DER, or a Windows serialized certificate as svcutil writes): ${(err as Error).message}`,
          );
        }
        return EndpointIdentity.createX509CertificateIdentity(certificate);
      }
      case 'certificateReference':
        if (values.isChainIncluded === true)
          throw MappingProblem.notSupported(
            `${at}/isChainIncluded`,
            '<certificateReference isChainIncluded="true">',
            'the identity is checked against the certificate alone; leave isChainIncluded out',
          );
        return { certificateReference: values };
    }
  } catch (err) {
    if (err instanceof EndpointIdentityError) throw new MappingProblem(`${at}/value`, err.message);
    throw err;
  }
}

/** The identity an `<identity>` element describes, a `certificateReference` looked up with `resolveReference`. */
export async function endpointIdentity(
  written: unknown,
  effective: unknown,
  resolveReference: ResolveCertificateReference,
  loadCertificate: (der: Buffer) => Certificate,
): Promise<EndpointIdentity | undefined> {
  const read = readEndpointIdentity(written, effective, loadCertificate);
  if (read === undefined || read instanceof EndpointIdentity) return read;
  try {
    return EndpointIdentity.createX509CertificateIdentity(await resolveReference(read.certificateReference));
  } catch (err) {
    if (err instanceof MappingProblem) throw err.prefixed('/certificateReference');
    throw err;
  }
}

function required(value: string, pointer: string, child: string): string {
  if (!value) throw new MappingProblem(pointer, `<${child}> needs a non-empty value`);
  return value;
}

/** CERT_CERT_PROP_ID: the property record of a serialized certificate that holds the encoded certificate. */
const CERT_CERT_PROP_ID = 32;

/** The DER certificate inside `encodedValue`: DER itself, or the certificate record of a serialized one. */
export function certificateDer(encoded: string): Buffer {
  const bytes = Buffer.from(encoded.replace(/\s+/g, ''), 'base64');
  if (bytes.length === 0) throw new Error('it is empty');
  if (bytes[0] === 0x30) return bytes; // a DER SEQUENCE
  // Serialized certificate: records of (property id, encoding type, length) as little-endian uint32, then data.
  for (let offset = 0; offset + 12 <= bytes.length;) {
    const id = bytes.readUInt32LE(offset);
    const length = bytes.readUInt32LE(offset + 8);
    const start = offset + 12;
    if (start + length > bytes.length) break;
    if (id === CERT_CERT_PROP_ID) return bytes.subarray(start, start + length);
    offset = start + length;
  }
  throw new Error('neither DER nor a serialized certificate holding one');
}
