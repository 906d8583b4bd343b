import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import forge from 'node-forge';

/** A certificate could not be loaded (wrong password, not a certificate, key does not match). */
export class CertificateLoadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CertificateLoadError';
  }
}

/**
 * An X.509 certificate with, optionally, its private key (WCF's X509Certificate2). Keys are parsed once into
 * KeyObjects: handing PEM strings to every crypto call costs several times the operation itself.
 * node-forge reads PKCS#12 (node:crypto cannot); everything after loading is node:crypto.
 */
export class Certificate {
  readonly x509: X509Certificate;
  readonly privateKey: KeyObject | undefined;

  private constructor(
    /** The certificate as PEM. */
    readonly pem: string,
    privateKeyPem?: string,
  ) {
    this.x509 = new X509Certificate(pem);
    this.privateKey = privateKeyPem ? createPrivateKey(privateKeyPem) : undefined;
    if (this.privateKey && !this.x509.checkPrivateKey(this.privateKey)) {
      throw new CertificateLoadError(
        `The private key does not belong to the certificate ${this.x509.subject}.`,
      );
    }
  }

  get hasPrivateKey(): boolean {
    return this.privateKey !== undefined;
  }

  get subject(): string {
    return this.x509.subject;
  }

  /** SHA-1 thumbprint, upper-case hex without separators, as .NET prints it. */
  get thumbprint(): string {
    return this.x509.fingerprint.replace(/:/g, '');
  }

  /** The private key as PKCS#8 PEM (for TLS options, which take PEM). */
  get privateKeyPem(): string | undefined {
    return this.privateKey?.export({ type: 'pkcs8', format: 'pem' }).toString();
  }

  /** From PEM text: a certificate, and optionally its key (PKCS#1 or PKCS#8). */
  static fromPem(certificatePem: string, privateKeyPem?: string): Certificate {
    try {
      return new Certificate(certificatePem, privateKeyPem);
    } catch (err) {
      if (err instanceof CertificateLoadError) throw err;
      throw new CertificateLoadError(`Not a PEM certificate/key: ${(err as Error).message}`, { cause: err });
    }
  }

  /** From a DER-encoded certificate (a .cer file); no private key. */
  static fromDer(der: Buffer): Certificate {
    try {
      return new Certificate(new X509Certificate(der).toString());
    } catch (err) {
      throw new CertificateLoadError(`Not a DER certificate: ${(err as Error).message}`, { cause: err });
    }
  }

  /** From files: PEM or DER certificate, optional PEM key. */
  static async fromFiles(certificatePath: string, privateKeyPath?: string): Promise<Certificate> {
    const raw = await readFile(certificatePath);
    const key = privateKeyPath ? await readFile(privateKeyPath, 'utf8') : undefined;
    const text = raw.toString('latin1');
    if (text.includes('-----BEGIN CERTIFICATE-----')) {
      const pem = raw.toString('utf8');
      return Certificate.fromPem(pem, key ?? (pem.includes('PRIVATE KEY-----') ? pem : undefined));
    }
    const cert = Certificate.fromDer(raw);
    return key ? Certificate.fromPem(cert.pem, key) : cert;
  }

  /** From a PKCS#12 (.pfx) file or buffer: the first certificate with a matching private key. */
  static async fromPfx(pfx: string | Buffer, password: string): Promise<Certificate> {
    const data = typeof pfx === 'string' ? await readFile(pfx) : pfx;
    let p12: forge.pkcs12.Pkcs12Pfx;
    try {
      p12 = forge.pkcs12.pkcs12FromAsn1(
        forge.asn1.fromDer(forge.util.createBuffer(data.toString('binary'))),
        password,
      );
    } catch (err) {
      throw new CertificateLoadError(
        `The PFX could not be read (wrong password or not PKCS#12): ${(err as Error).message}`,
        { cause: err },
      );
    }
    const keyBags = [
      ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ??
        []),
      ...(p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
    ];
    const certBags = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
    const keys = keyBags.flatMap((b) => (b.key ? [forge.pki.privateKeyToPem(b.key)] : []));
    for (const bag of certBags) {
      if (!bag.cert) continue;
      const pem = forge.pki.certificateToPem(bag.cert);
      const x509 = new X509Certificate(pem);
      const key = keys.find((k) => x509.checkPrivateKey(createPrivateKey(k)));
      if (key) return new Certificate(pem, key);
    }
    if (certBags[0]?.cert) return new Certificate(forge.pki.certificateToPem(certBags[0].cert));
    throw new CertificateLoadError('The PFX holds no certificate.');
  }
}
