/**
 * Certificates named as .NET names them — by store (storeLocation, storeName, x509FindType, findValue) — found
 * in a certificate store made of folders:
 *
 *   <storeRoot>/<StoreLocation>/<StoreName>/*.pem | *.crt | *.cer | *.pfx | *.p12
 *   e.g. certificates/LocalMachine/My/service.pfx, certificates/CurrentUser/Root/ca.pem
 *
 * PEM files may hold the private key too (or a `<same name>.key` beside them); PFX files are opened with the
 * password in the environment variable INDIGO_CERT_STORE_PASSWORD (empty when unset). The store root is the
 * `certificateStore` option, else $INDIGO_CERT_STORE, else `certificates/` beside the config file.
 * Indigo extension: `file` (+ `keyFile`, `passwordEnvironmentVariable`) names a certificate file instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import type { Certificate } from '../../crypto/Certificate';
import type { JsonObject } from '../model';
import { MappingProblem } from './MappingProblem';

/** The Certificate class, loaded when a config first names a certificate (it brings node-forge, ~40 ms). */
function certificates(): typeof Certificate {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../crypto/Certificate') as typeof import('../../crypto/Certificate')).Certificate;
}

/** A certificate from DER bytes (an identity's encodedValue), loading the Certificate class on first use. */
export function certificateFromDer(der: Buffer): Certificate {
  return certificates().fromDer(der);
}

/** A store file that cannot be read: the problem names the file (a wrong PFX password, a corrupt PEM). */
export class CertificateStoreError extends Error {
  override readonly name: string = 'CertificateStoreError';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`the certificate store file '${file}' cannot be read: ${reason}`);
  }
}

const CERT_FILES = ['.pem', '.crt', '.cer', '.pfx', '.p12'];

export function defaultStoreRoot(configFile: string, option?: string): string {
  return option ?? process.env.INDIGO_CERT_STORE ?? join(dirname(configFile), 'certificates');
}

/** One certificate of a store and the file it came from. */
export interface StoreEntry {
  readonly certificate: Certificate;
  readonly file: string;
}

/** Every certificate in one store folder (with keys where present), and its file. */
export async function readStoreEntries(
  storeRoot: string,
  location: string,
  name: string,
): Promise<StoreEntry[]> {
  const folder = join(storeRoot, location, name);
  if (!existsSync(folder)) return [];
  const Certificate = certificates();
  const out: StoreEntry[] = [];
  for (const file of readdirSync(folder).sort()) {
    const ext = extname(file).toLowerCase();
    if (!CERT_FILES.includes(ext)) continue;
    const path = join(folder, file);
    try {
      if (ext === '.pfx' || ext === '.p12')
        out.push({
          certificate: await Certificate.fromPfx(path, process.env.INDIGO_CERT_STORE_PASSWORD ?? ''),
          file: path,
        });
      else {
        const key = join(folder, `${file.slice(0, -ext.length)}.key`);
        out.push({
          certificate: await Certificate.fromFiles(path, existsSync(key) ? key : undefined),
          file: path,
        });
      }
    } catch (err) {
      throw new CertificateStoreError(
        path,
        `${(err as Error).message}${ext === '.pfx' || ext === '.p12' ? ' (PFX files in the store are opened with the password in INDIGO_CERT_STORE_PASSWORD)' : ''}`,
      );
    }
  }
  return out;
}

/** Every certificate in one store folder (with keys where present). */
export async function readStore(storeRoot: string, location: string, name: string): Promise<Certificate[]> {
  return (await readStoreEntries(storeRoot, location, name)).map((e) => e.certificate);
}

const normalizeDn = (dn: string): string =>
  dn
    .split(/\s*[\n,;]\s*/)
    .map((p) =>
      p
        .replace(/\s*=\s*/, '=')
        .trim()
        .toUpperCase(),
    )
    .filter(Boolean)
    .sort()
    .join(',');

const rdnValues = (dn: string): string[] => dn.split(/\n/).map((p) => p.slice(p.indexOf('=') + 1));

/** X509Certificate2Collection.Find as WCF's config uses it (the find types a PEM/DER world can answer). */
export function matches(cert: Certificate, findType: string, findValue: string): boolean {
  const x = cert.x509;
  switch (findType) {
    case 'FindByThumbprint':
      return cert.thumbprint.toUpperCase() === findValue.replace(/[^0-9a-f]/gi, '').toUpperCase();
    case 'FindBySubjectName':
      return rdnValues(x.subject).some((v) => v.toLowerCase().includes(findValue.toLowerCase()));
    case 'FindBySubjectDistinguishedName':
      return normalizeDn(x.subject) === normalizeDn(findValue);
    case 'FindByIssuerName':
      return rdnValues(x.issuer).some((v) => v.toLowerCase().includes(findValue.toLowerCase()));
    case 'FindByIssuerDistinguishedName':
      return normalizeDn(x.issuer) === normalizeDn(findValue);
    case 'FindBySerialNumber':
      return (
        x.serialNumber.toUpperCase().replace(/^0+/, '') ===
        findValue.replace(/\s/g, '').toUpperCase().replace(/^0+/, '')
      );
    default:
      return false;
  }
}

const SUPPORTED_FIND_TYPES = [
  'FindByThumbprint',
  'FindBySubjectName',
  'FindBySubjectDistinguishedName',
  'FindByIssuerName',
  'FindByIssuerDistinguishedName',
  'FindBySerialNumber',
];

export interface ResolveCertificateOptions {
  /** What the certificate is for, in messages ("the service certificate"). */
  readonly purpose?: string;
  /** Whether it must come with its private key (a certificate the process presents as its own). */
  readonly needsPrivateKey?: boolean;
}

const describeEntry = (e: StoreEntry): string =>
  `'${e.certificate.subject.replace(/\n/g, ', ')}' (thumbprint ${e.certificate.thumbprint}, ${e.file})`;

/** Resolves a certificate element; problems are relative to it. */
export async function resolveCertificate(
  reference: JsonObject,
  configFile: string,
  storeRoot: string,
  options: ResolveCertificateOptions = {},
): Promise<Certificate> {
  const purpose = options.purpose ?? 'the certificate';
  const withKey = (certificate: Certificate, where: string, pointer: string): Certificate => {
    if (options.needsPrivateKey && !certificate.hasPrivateKey)
      throw new MappingProblem(
        pointer,
        `${purpose} found (${where}) has no private key, and it needs one: use a PFX, a PEM holding the key, or a PEM/DER certificate with its key in keyFile (a store: a '<same name>.key' beside it)`,
      );
    return certificate;
  };
  if (typeof reference.file === 'string' && reference.file) {
    if (reference.findValue)
      throw new MappingProblem(
        '/file',
        `${purpose} names both a file ('${reference.file}') and a store search (findValue '${String(reference.findValue)}'); give one`,
      );
    const file = resolve(dirname(configFile), reference.file);
    if (!existsSync(file))
      throw new MappingProblem(
        '/file',
        `the certificate file '${file}' does not exist (file is relative to the config file's folder)`,
      );
    const Certificate = certificates();
    let certificate: Certificate;
    try {
      const ext = extname(file).toLowerCase();
      if (ext === '.pfx' || ext === '.p12') {
        if (reference.keyFile)
          throw new MappingProblem(
            '/keyFile',
            'keyFile is for PEM or DER certificate files; a PFX holds its key',
          );
        const variable =
          typeof reference.passwordEnvironmentVariable === 'string'
            ? reference.passwordEnvironmentVariable
            : '';
        if (variable && process.env[variable] === undefined)
          throw new MappingProblem(
            '/passwordEnvironmentVariable',
            `the environment variable '${variable}' (the password of '${file}') is not set`,
          );
        certificate = await Certificate.fromPfx(readFileSync(file), variable ? process.env[variable]! : '');
      } else {
        const keyFile =
          typeof reference.keyFile === 'string' && reference.keyFile
            ? resolve(dirname(configFile), reference.keyFile)
            : undefined;
        if (keyFile && !existsSync(keyFile))
          throw new MappingProblem('/keyFile', `the key file '${keyFile}' does not exist`);
        certificate = await Certificate.fromFiles(file, keyFile);
      }
    } catch (err) {
      if (err instanceof MappingProblem) throw err;
      throw new MappingProblem(
        '/file',
        `the certificate file '${file}' could not be loaded: ${(err as Error).message}`,
      );
    }
    return withKey(certificate, file, '/file');
  }
  const findType = String(reference.x509FindType);
  const findValue = String(reference.findValue ?? '');
  if (!SUPPORTED_FIND_TYPES.includes(findType))
    throw MappingProblem.notSupported(
      '/x509FindType',
      `x509FindType="${findType}"`,
      `Indigo supports ${SUPPORTED_FIND_TYPES.join(', ')}`,
    );
  const location = String(reference.storeLocation);
  const storeName = String(reference.storeName);
  const folder = join(storeRoot, location, storeName);
  const criteria = `StoreName '${storeName}', StoreLocation '${location}', FindType '${findType}', FindValue '${findValue}'`;
  let entries: StoreEntry[];
  try {
    entries = await readStoreEntries(storeRoot, location, storeName);
  } catch (err) {
    if (err instanceof CertificateStoreError) throw new MappingProblem('/storeName', err.message);
    throw err;
  }
  const found = entries.filter((e) => matches(e.certificate, findType, findValue));
  // WCF's messages (SecurityUtils.GetCertificateFromStore): none, or more than one, is an error.
  if (found.length === 0)
    throw new MappingProblem(
      '/findValue',
      `cannot find ${purpose} using the following search criteria: ${criteria}; searched the store folder ${folder}, ` +
        (existsSync(folder)
          ? entries.length
            ? `which holds ${entries.map(describeEntry).join(', ')}`
            : 'which holds no certificate file (.pem, .crt, .cer, .pfx, .p12)'
          : 'which does not exist'),
    );
  if (found.length > 1)
    throw new MappingProblem(
      '/findValue',
      `found ${found.length} certificates using the following search criteria: ${criteria} — ${found.map(describeEntry).join(', ')}; provide a more specific find value (a thumbprint is unique)`,
    );
  return withKey(found[0].certificate, found[0].file, '/findValue');
}
