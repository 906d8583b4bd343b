/**
 * WCF's default IdentityVerifier, client side, for a service authenticated by an X.509 certificate (message
 * security's service certificate, or the HTTPS server certificate): the endpoint address's explicit identity
 * must be a claim the certificate holds. The claims come from the certificate as WCF's X509CertificateClaimSet
 * makes them:
 *
 *   DNS         every SubjectAltName dNSName; the subject's CN only when there is no dNSName
 *               (X509Certificate2.GetNameInfo(DnsName) falls back to the CN); compared ignoring case
 *   thumbprint  the SHA-1 of the certificate (X509CertificateEndpointIdentity)
 *   RSA         the certificate's RSA public key (RsaEndpointIdentity)
 *
 * UPN and SPN identities name Windows accounts; WCF satisfies them against a certificate only through a
 * Windows SID lookup, which Indigo has not, so they always fail here (fail closed).
 *
 * Indigo checks only an identity set on the address: WCF's default (no identity → the DNS name of the address's
 * host) is not applied, because Indigo pins the service certificate out of band (see docs/security.md).
 */
import type { X509Certificate } from 'node:crypto';
import { MessageSecurityException } from './CommunicationErrors';
import type { EndpointAddress } from './EndpointAddress';
import type { KnownEndpointIdentity } from './EndpointIdentity';

/** The DNS claims of a certificate, as WCF's X509CertificateClaimSet lists them (first = GetNameInfo(DnsName)). */
export function certificateDnsNames(certificate: X509Certificate): string[] {
  const fromSan = subjectAltDnsNames(certificate.subjectAltName);
  if (fromSan.length) return fromSan;
  const cn = commonName(certificate.subject);
  return cn ? [cn] : [];
}

/** node's subjectAltName text: `DNS:a, IP Address:1.2.3.4`; a value with a comma or quote comes JSON-quoted. */
function subjectAltDnsNames(san: string | undefined): string[] {
  if (!san) return [];
  const names: string[] = [];
  for (const m of san.matchAll(/(?:^|, )DNS:("(?:[^"\\]|\\.)*"|[^,]*)/g)) {
    const raw = m[1];
    names.push(raw.startsWith('"') ? (JSON.parse(raw) as string) : raw);
  }
  return names;
}

function commonName(subject: string): string | undefined {
  // node prints one RDN per line, `CN=value`; the last CN is the most specific, as .NET's GetNameInfo takes it.
  const cns = subject
    .split('\n')
    .filter((line) => line.startsWith('CN='))
    .map((line) => line.slice(3));
  return cns[cns.length - 1];
}

/** Whether `certificate` holds the claim `identity` stands for. */
export function certificateSatisfiesIdentity(
  identity: KnownEndpointIdentity,
  certificate: X509Certificate,
): boolean {
  switch (identity.kind) {
    case 'dns': {
      const expected = identity.value.toLowerCase();
      return certificateDnsNames(certificate).some((name) => name.toLowerCase() === expected);
    }
    case 'x509':
      return identity.certificate.x509.raw.equals(certificate.raw);
    case 'rsa':
      return identity.matches(certificate.publicKey);
    case 'upn':
    case 'spn':
      return false;
  }
}

/**
 * WCF's IdentityVerifier.EnsureOutgoingIdentity: throws MessageSecurityException, with WCF's messages, when the
 * address has an identity that `certificate` (the authenticated service's) does not satisfy.
 */
export function ensureOutgoingIdentity(
  serviceReference: EndpointAddress,
  certificate: X509Certificate,
): void {
  const identity = serviceReference.identity as KnownEndpointIdentity | undefined;
  if (!identity || certificateSatisfiesIdentity(identity, certificate)) return;
  if (identity.kind === 'dns') {
    const actual = certificateDnsNames(certificate)[0];
    throw new MessageSecurityException(
      actual === undefined
        ? `The Identity check failed for the outgoing message. The remote endpoint did not provide a domain name system (DNS) claim and therefore did not satisfied DNS identity '${identity.value}'. This may be caused by lack of DNS or CN name in the remote endpoint X.509 certificate's distinguished name.`
        : `Identity check failed for outgoing message. The expected DNS identity of the remote endpoint was '${identity.value}' but the remote endpoint provided DNS claim '${actual}'. If this is a legitimate remote endpoint, you can fix the problem by explicitly specifying DNS identity '${actual}' as the Identity property of EndpointAddress when creating channel proxy.`,
    );
  }
  // WCF's text names the identity only by its claim type; Indigo adds which certificate the service presented.
  throw new MessageSecurityException(
    `The identity check failed for the outgoing message. The expected identity is '${identity}' for the '${serviceReference}' target endpoint. The service presented the certificate '${certificate.subject.replace(/\n/g, ', ')}' (thumbprint ${certificate.fingerprint.replace(/:/g, '')}).`,
  );
}
