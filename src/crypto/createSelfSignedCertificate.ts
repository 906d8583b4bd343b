import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { Certificate } from './Certificate';

export interface SelfSignedCertificateOptions {
  /** Subject common name; also the DNS subject alternative name. */
  commonName?: string;
  /** Extra subject alternative names: DNS names or IP addresses. */
  altNames?: readonly string[];
  /** Validity in days from now. */
  days?: number;
}

/**
 * Makes a self-signed RSA-2048 certificate with its key, for development hosts and tests (what
 * `dotnet dev-certs` is to a .NET developer). The key pair comes from node:crypto, which is fast; node-forge
 * only assembles and signs the certificate.
 */
export function createSelfSignedCertificate(options: SelfSignedCertificateOptions = {}): Certificate {
  const commonName = options.commonName ?? 'localhost';
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicPem);
  // A positive serial: the top bit cleared.
  const serial = randomBytes(16);
  serial[0] &= 0x7f;
  cert.serialNumber = serial.toString('hex');
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + (options.days ?? 365) * 86_400_000);
  const attrs = [{ name: 'commonName', value: commonName }];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  const altNames = [commonName, ...(options.altNames ?? ['127.0.0.1'])].map((n) =>
    /^[\d.]+$/.test(n) || n.includes(':') ? { type: 7, ip: n } : { type: 2, value: n },
  );
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, dataEncipherment: true },
    { name: 'extKeyUsage', serverAuth: true, clientAuth: true },
    { name: 'subjectAltName', altNames },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(privatePem), forge.md.sha256.create());
  return Certificate.fromPem(forge.pki.certificateToPem(cert), privatePem);
}
