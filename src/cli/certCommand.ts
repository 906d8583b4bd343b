/**
 * `indigo cert create <folder>`: throw-away certificates for trying message security (the dotnet dev-certs of
 * WS-Security): a test CA, a service certificate (CN=localhost, SAN localhost and 127.0.0.1) and a client
 * certificate, both issued by the CA, RSA-2048, with the key usages WCF's checks want (digitalSignature,
 * keyEncipherment; serverAuth and clientAuth). Each as PEM (`.crt`), key (`.key`, PKCS#8) and PKCS#12 (`.pfx`,
 * 3DES/SHA-1 so that .NET Framework and Mono read it too), plus the store folders Indigo's config reads
 * (`LocalMachine/My`, `CurrentUser/My`, `…/Root`, `…/TrustedPeople`). Nothing here is a secret of value: the keys
 * are made on this machine, for tests.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';

export interface TestCertificateOptions {
  /** The service certificate's common name (and DNS name). */
  readonly serviceName?: string;
  readonly clientName?: string;
  /** Validity in days. */
  readonly days?: number;
  /** The PFX password. */
  readonly password?: string;
}

export interface CreatedCertificateFiles {
  readonly folder: string;
  readonly files: readonly string[];
}

interface Issued {
  readonly certificate: forge.pki.Certificate;
  readonly keyPem: string;
  readonly key: forge.pki.rsa.PrivateKey;
}

function keyPair(): { keyPem: string; key: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return {
    keyPem,
    key: forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey,
    publicKey: forge.pki.publicKeyFromPem(
      publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    ) as forge.pki.rsa.PublicKey,
  };
}

function issue(
  subject: forge.pki.CertificateField[],
  days: number,
  extensions: object[],
  issuer?: Issued,
): Issued {
  const { keyPem, key, publicKey } = keyPair();
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = publicKey;
  const serial = randomBytes(16);
  serial[0] &= 0x7f;
  certificate.serialNumber = serial.toString('hex');
  certificate.validity.notBefore = new Date(Date.now() - 5 * 60_000);
  certificate.validity.notAfter = new Date(Date.now() + days * 86_400_000);
  certificate.setSubject(subject);
  certificate.setIssuer(issuer ? issuer.certificate.subject.attributes : subject);
  certificate.setExtensions([...extensions, { name: 'subjectKeyIdentifier' }]);
  certificate.sign(issuer ? issuer.key : key, forge.md.sha256.create());
  return { certificate, keyPem, key };
}

function pfx(issued: Issued, chain: Issued[], password: string): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(
    issued.key,
    [issued.certificate, ...chain.map((c) => c.certificate)],
    password,
    {
      algorithm: '3des',
    },
  );
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** Writes the CA, service and client certificates into `folder`; returns the files written. */
export function createTestCertificates(
  folder: string,
  options: TestCertificateOptions = {},
): CreatedCertificateFiles {
  const days = options.days ?? 365;
  const password = options.password ?? '';
  const serviceName = options.serviceName ?? 'localhost';
  const clientName = options.clientName ?? 'indigo-test-client';
  const organization = { name: 'organizationName', value: 'indigo-test' };
  const ca = issue([{ name: 'commonName', value: 'Indigo Test CA' }, organization], days, [
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  const leaf = (name: string, altNames: object[] | undefined): Issued =>
    issue(
      [{ name: 'commonName', value: name }, organization],
      days,
      [
        { name: 'basicConstraints', cA: false },
        {
          name: 'keyUsage',
          digitalSignature: true,
          keyEncipherment: true,
          dataEncipherment: true,
          critical: true,
        },
        { name: 'extKeyUsage', serverAuth: true, clientAuth: true },
        ...(altNames ? [{ name: 'subjectAltName', altNames }] : []),
      ],
      ca,
    );
  const service = leaf(serviceName, [
    { type: 2, value: serviceName },
    { type: 7, ip: '127.0.0.1' },
  ]);
  const client = leaf(clientName, undefined);

  const files: string[] = [];
  const write = (relative: string, content: string | Buffer): void => {
    const path = join(folder, relative);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(
      path,
      content,
      typeof content === 'string' ? { encoding: 'utf8', mode: 0o600 } : { mode: 0o600 },
    );
    files.push(relative);
  };
  const pem = (i: Issued) => forge.pki.certificateToPem(i.certificate);
  write('ca.crt', pem(ca));
  write('ca.key', ca.keyPem);
  for (const [name, issued] of [
    ['service', service],
    ['client', client],
  ] as const) {
    write(`${name}.crt`, pem(issued));
    write(`${name}.key`, issued.keyPem);
    write(`${name}.pfx`, pfx(issued, [ca], password));
  }
  // The certificate stores of Indigo's config (src/config/mapping/certificates.ts): <Location>/<StoreName>/.
  write('LocalMachine/My/service.pem', pem(service) + service.keyPem);
  write('CurrentUser/My/client.pem', pem(client) + client.keyPem);
  write('LocalMachine/Root/indigo-test-ca.crt', pem(ca));
  write('CurrentUser/Root/indigo-test-ca.crt', pem(ca));
  write('CurrentUser/TrustedPeople/service.crt', pem(service));
  write('LocalMachine/TrustedPeople/client.crt', pem(client));
  return { folder, files };
}

/** `indigo cert create <folder> [--service-name N] [--client-name N] [--days D] [--password P]`. */
export function certCommand(
  args: string[],
  option: (args: string[], name: string) => string | undefined,
): number {
  const [action, ...rest] = args;
  if (action !== 'create')
    throw new Error(`cert: unknown action '${action ?? ''}' (use: indigo cert create <folder>)`);
  const serviceName = option(rest, '--service-name');
  const clientName = option(rest, '--client-name');
  const daysText = option(rest, '--days');
  const password = option(rest, '--password');
  const [folder, ...more] = rest;
  if (!folder || more.length) throw new Error('cert create needs one folder');
  const days = daysText === undefined ? undefined : Number(daysText);
  if (days !== undefined && !(Number.isInteger(days) && days > 0))
    throw new Error(`--days must be a positive integer, not '${daysText}'`);
  const created = createTestCertificates(folder, { serviceName, clientName, days, password });
  console.log(`created test certificates in ${created.folder} (test keys, not for production):`);
  for (const f of created.files) console.log(`  ${f}`);
  return 0;
}
