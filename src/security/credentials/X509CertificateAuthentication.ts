/**
 * How one side checks the other's X.509 certificate (WCF's X509ClientCertificateAuthentication on the service,
 * X509ServiceCertificateAuthentication on the client): the validation mode, the trusted-people and root
 * "stores" (certificates in memory, or folders of .pem/.crt/.cer files — Indigo's stand-in for the Windows
 * stores), a custom validator, and the revocation mode (only NoCheck is implemented).
 */
import { X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Certificate } from '../../crypto/Certificate';
import {
  ChainTrustValidator,
  PeerOrChainTrustValidator,
  PeerTrustValidator,
  X509CertificateValidationMode,
  X509CertificateValidator,
  X509RevocationMode,
} from './X509CertificateValidator';

const CERTIFICATE_FILES = ['.pem', '.crt', '.cer', '.der'];

/** Every certificate in a folder (PEM files may hold several); missing folder → none. */
export function readCertificateFolder(folder: string): X509Certificate[] {
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return [];
  }
  const out: X509Certificate[] = [];
  for (const name of names) {
    const path = join(folder, name);
    if (!CERTIFICATE_FILES.includes(extname(name).toLowerCase()) || !statSync(path).isFile()) continue;
    const data = readFileSync(path);
    const text = data.toString('latin1');
    if (text.includes('-----BEGIN CERTIFICATE-----')) {
      for (const pem of text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? []) {
        out.push(new X509Certificate(pem));
      }
    } else {
      out.push(new X509Certificate(data));
    }
  }
  return out;
}

function x509Of(c: Certificate | X509Certificate | string): X509Certificate {
  if (typeof c === 'string') return new X509Certificate(c);
  return c instanceof X509Certificate ? c : c.x509;
}

export class X509CertificateAuthentication {
  /** WCF's default is ChainTrust. */
  certificateValidationMode: X509CertificateValidationMode = X509CertificateValidationMode.ChainTrust;
  /** Indigo checks no revocation; only NoCheck is accepted (WCF's default, Online, is refused with a clear error). */
  revocationMode: X509RevocationMode = X509RevocationMode.NoCheck;
  /** With mode Custom. */
  customCertificateValidator: X509CertificateValidator | undefined;
  /** The trusted-people store: certificates trusted as themselves (PeerTrust). */
  readonly trustedPeople: (Certificate | X509Certificate | string)[] = [];
  /** Root authorities trusted for ChainTrust, in addition to Node's bundled roots. */
  readonly trustedRoots: (Certificate | X509Certificate | string)[] = [];
  /** Intermediate authorities a chain may pass through. */
  readonly intermediates: (Certificate | X509Certificate | string)[] = [];
  /** Folders read at validation set-up: `<folder>` of trusted people / of roots (.pem .crt .cer .der). */
  trustedPeopleFolder: string | undefined;
  trustedRootFolder: string | undefined;
  /** Whether Node's bundled root CAs count as trusted roots (default true, as the Windows root store does). */
  useSystemRoots = true;

  /**
   * The validator these settings describe; throws for settings Indigo cannot honour. `extraRoots`: more trusted
   * roots (PEM), e.g. the CAs a service trusts for TLS client certificates — one machine root store, as in WCF.
   */
  createValidator(extraRoots: readonly string[] = []): X509CertificateValidator {
    if (this.revocationMode !== X509RevocationMode.NoCheck) {
      throw new RangeError(
        `revocationMode '${this.revocationMode}' is not supported: Indigo does not check certificate revocation (no CRL or OCSP client). Set revocationMode="NoCheck".`,
      );
    }
    const peers = [
      ...this.trustedPeople.map(x509Of),
      ...(this.trustedPeopleFolder ? readCertificateFolder(this.trustedPeopleFolder) : []),
    ];
    const roots = [
      ...this.trustedRoots.map(x509Of),
      ...extraRoots.map(x509Of),
      ...(this.trustedRootFolder ? readCertificateFolder(this.trustedRootFolder) : []),
    ];
    const intermediates = this.intermediates.map(x509Of);
    const peer = new PeerTrustValidator(() => peers);
    const chain = new ChainTrustValidator(
      () => roots,
      () => intermediates,
      this.useSystemRoots,
    );
    switch (this.certificateValidationMode) {
      case X509CertificateValidationMode.None:
        return X509CertificateValidator.None;
      case X509CertificateValidationMode.PeerTrust:
        return peer;
      case X509CertificateValidationMode.ChainTrust:
        return chain;
      case X509CertificateValidationMode.PeerOrChainTrust:
        return new PeerOrChainTrustValidator(peer, chain);
      case X509CertificateValidationMode.Custom:
        if (!this.customCertificateValidator) {
          throw new RangeError(
            'certificateValidationMode is Custom but no customCertificateValidator is set.',
          );
        }
        return this.customCertificateValidator;
    }
  }
}
