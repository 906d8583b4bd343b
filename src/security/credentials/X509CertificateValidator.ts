/**
 * WCF's X509CertificateValidator and its modes (X509CertificateValidationMode): None, PeerTrust (the certificate
 * itself is in the trusted-people store), ChainTrust (it chains to a trusted root), PeerOrChainTrust, Custom (a
 * validator of the user's). Every mode but None and Custom also checks what Windows' chain engine checks for a
 * leaf: the validity period, and that a KeyUsage extension, when present, allows the use the certificate is put
 * to (digitalSignature for a signing certificate, keyEncipherment for the service certificate a key is wrapped
 * to).
 *
 * Revocation is not checked (X509RevocationMode.NoCheck): Indigo has no CRL or OCSP client. WCF's default is
 * Online; an explicit Online or Offline is refused when the credentials are used, naming the setting.
 */
import { X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { SecurityTokenValidationError } from '../MessageSecurityError';
import { x509Info } from '../x509/X509CertificateInfo';

export const X509CertificateValidationMode = {
  None: 'None',
  PeerTrust: 'PeerTrust',
  ChainTrust: 'ChainTrust',
  PeerOrChainTrust: 'PeerOrChainTrust',
  Custom: 'Custom',
} as const;
export type X509CertificateValidationMode =
  (typeof X509CertificateValidationMode)[keyof typeof X509CertificateValidationMode];

export const X509RevocationMode = { NoCheck: 'NoCheck', Online: 'Online', Offline: 'Offline' } as const;
export type X509RevocationMode = (typeof X509RevocationMode)[keyof typeof X509RevocationMode];

/** What the certificate is used for in this message. */
export type CertificateUse = 'signature' | 'keyEncipherment';

/** WCF's X509CertificateValidator: throws (SecurityTokenValidationError) when the certificate is not acceptable. */
export abstract class X509CertificateValidator {
  abstract validate(certificate: X509Certificate, use: CertificateUse, now: number): void;

  /** Accepts every certificate (X509CertificateValidationMode.None: test set-ups only). */
  static readonly None: X509CertificateValidator = new (class extends X509CertificateValidator {
    override validate(): void {}
  })();
}

function describe(certificate: X509Certificate): string {
  return `'${certificate.subject.split('\n').reverse().join(', ')}' (thumbprint ${certificate.fingerprint.replace(/:/g, '')})`;
}

/** Validity period and key usage: what every trusting mode checks on the certificate itself. */
export function checkCertificateUsable(certificate: X509Certificate, use: CertificateUse, now: number): void {
  const notBefore = Date.parse(certificate.validFrom);
  const notAfter = Date.parse(certificate.validTo);
  if (!(now >= notBefore)) {
    throw new SecurityTokenValidationError(
      `The X.509 certificate ${describe(certificate)} is not yet valid (from ${certificate.validFrom}).`,
    );
  }
  if (!(now <= notAfter)) {
    throw new SecurityTokenValidationError(
      `The X.509 certificate ${describe(certificate)} has expired (${certificate.validTo}).`,
    );
  }
  const usage = x509Info(certificate).keyUsage;
  if (usage) {
    const allowed =
      use === 'signature' ? usage.digitalSignature || usage.nonRepudiation : usage.keyEncipherment;
    if (!allowed) {
      throw new SecurityTokenValidationError(
        `The X.509 certificate ${describe(certificate)} is not valid for this usage: its KeyUsage does not allow ${use === 'signature' ? 'digitalSignature' : 'keyEncipherment'}.`,
      );
    }
  }
}

/** PeerTrust: the certificate itself is one of the trusted people (compared by DER). */
export class PeerTrustValidator extends X509CertificateValidator {
  constructor(private readonly trustedPeople: () => readonly X509Certificate[]) {
    super();
  }

  isTrustedPeer(certificate: X509Certificate): boolean {
    return this.trustedPeople().some((p) => p.raw.equals(certificate.raw));
  }

  override validate(certificate: X509Certificate, use: CertificateUse, now: number): void {
    checkCertificateUsable(certificate, use, now);
    if (!this.isTrustedPeer(certificate)) {
      throw new SecurityTokenValidationError(
        `The X.509 certificate ${describe(certificate)} is not in the trusted people store.`,
      );
    }
  }
}

let systemRoots: X509Certificate[] | undefined;

/** Node's bundled root CAs (what Windows' machine root store is to WCF). */
function bundledRoots(): X509Certificate[] {
  return (systemRoots ??= rootCertificates.map((pem) => new X509Certificate(pem)));
}

/**
 * ChainTrust: a chain from the certificate through the given intermediates to a trusted root, each link's
 * signature verified, each issuer a CA in its validity period. Roots are the configured ones plus, unless
 * turned off, Node's bundled roots.
 */
export class ChainTrustValidator extends X509CertificateValidator {
  constructor(
    private readonly roots: () => readonly X509Certificate[],
    private readonly intermediates: () => readonly X509Certificate[] = () => [],
    private readonly useSystemRoots = true,
  ) {
    super();
  }

  chainsToTrustedRoot(certificate: X509Certificate, now: number): boolean {
    const roots = [...this.roots(), ...(this.useSystemRoots ? bundledRoots() : [])];
    const candidates = [...roots, ...this.intermediates()];
    let current = certificate;
    for (let depth = 0; depth < 8; depth++) {
      if (roots.some((r) => r.raw.equals(current.raw))) return true;
      const issuer = candidates.find(
        (c) =>
          c.ca &&
          current.checkIssued(c) &&
          current.verify(c.publicKey) &&
          Date.parse(c.validFrom) <= now &&
          now <= Date.parse(c.validTo),
      );
      if (!issuer) return false;
      if (roots.some((r) => r.raw.equals(issuer.raw))) return true;
      current = issuer;
    }
    return false;
  }

  override validate(certificate: X509Certificate, use: CertificateUse, now: number): void {
    checkCertificateUsable(certificate, use, now);
    if (!this.chainsToTrustedRoot(certificate, now)) {
      throw new SecurityTokenValidationError(
        `The X.509 certificate ${describe(certificate)} chain building failed: it does not chain to a trusted root authority.`,
      );
    }
  }
}

/** PeerOrChainTrust: either. */
export class PeerOrChainTrustValidator extends X509CertificateValidator {
  constructor(
    private readonly peer: PeerTrustValidator,
    private readonly chain: ChainTrustValidator,
  ) {
    super();
  }

  override validate(certificate: X509Certificate, use: CertificateUse, now: number): void {
    checkCertificateUsable(certificate, use, now);
    if (this.peer.isTrustedPeer(certificate) || this.chain.chainsToTrustedRoot(certificate, now)) return;
    throw new SecurityTokenValidationError(
      `The X.509 certificate ${describe(certificate)} is neither in the trusted people store nor does it chain to a trusted root authority.`,
    );
  }
}
