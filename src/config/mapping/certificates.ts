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
import { Certificate } from '../../crypto/Certificate';
import type { JsonObject } from '../model';
import { MappingProblem } from './MappingProblem';

const CERT_FILES = ['.pem', '.crt', '.cer', '.pfx', '.p12'];

export function defaultStoreRoot(configFile: string, option?: string): string {
  return option ?? process.env.INDIGO_CERT_STORE ?? join(dirname(configFile), 'certificates');
}

/** Every certificate in one store folder (with keys where present). */
export async function readStore(storeRoot: string, location: string, name: string): Promise<Certificate[]> {
  const folder = join(storeRoot, location, name);
  if (!existsSync(folder)) return [];
  const out: Certificate[] = [];
  for (const file of readdirSync(folder).sort()) {
    const ext = extname(file).toLowerCase();
    if (!CERT_FILES.includes(ext)) continue;
    const path = join(folder, file);
    if (ext === '.pfx' || ext === '.p12')
      out.push(await Certificate.fromPfx(path, process.env.INDIGO_CERT_STORE_PASSWORD ?? ''));
    else {
      const key = join(folder, `${file.slice(0, -ext.length)}.key`);
      out.push(await Certificate.fromFiles(path, existsSync(key) ? key : undefined));
    }
  }
  return out;
}

const normalizeDn = (dn: string): string =>
  dn
    .split(/\s*[\n,]\s*/)
    .map((p) => p.trim().toUpperCase())
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

/** Resolves a certificate element; problems are relative to it. */
export async function resolveCertificate(
  reference: JsonObject,
  configFile: string,
  storeRoot: string,
): Promise<Certificate> {
  if (typeof reference.file === 'string' && reference.file) {
    const file = resolve(dirname(configFile), reference.file);
    if (!existsSync(file)) throw new MappingProblem('/file', `the certificate file '${file}' does not exist`);
    try {
      const ext = extname(file).toLowerCase();
      if (ext === '.pfx' || ext === '.p12') {
        const variable =
          typeof reference.passwordEnvironmentVariable === 'string'
            ? reference.passwordEnvironmentVariable
            : '';
        if (variable && process.env[variable] === undefined)
          throw new MappingProblem(
            '/passwordEnvironmentVariable',
            `the environment variable '${variable}' (the PFX password) is not set`,
          );
        return await Certificate.fromPfx(readFileSync(file), variable ? process.env[variable]! : '');
      }
      const keyFile =
        typeof reference.keyFile === 'string' && reference.keyFile
          ? resolve(dirname(configFile), reference.keyFile)
          : undefined;
      return await Certificate.fromFiles(file, keyFile);
    } catch (err) {
      if (err instanceof MappingProblem) throw err;
      throw new MappingProblem(
        '/file',
        `the certificate file '${file}' could not be loaded: ${(err as Error).message}`,
      );
    }
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
  const criteria = `StoreName '${storeName}', StoreLocation '${location}', FindType '${findType}', FindValue '${findValue}'`;
  const found = (await readStore(storeRoot, location, storeName)).filter((c) =>
    matches(c, findType, findValue),
  );
  // WCF's messages (SecurityUtils.GetCertificateFromStore): none, or more than one, is an error.
  if (found.length === 0)
    throw new MappingProblem(
      '/findValue',
      `cannot find the X.509 certificate using the following search criteria: ${criteria} (store folder ${join(storeRoot, location, storeName)})`,
    );
  if (found.length > 1)
    throw new MappingProblem(
      '/findValue',
      `found multiple X.509 certificates using the following search criteria: ${criteria}; provide a more specific find value`,
    );
  return found[0];
}
