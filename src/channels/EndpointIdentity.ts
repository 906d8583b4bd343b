/**
 * WCF's EndpointIdentity: who the client expects the service to be, carried by an EndpointAddress. Each kind
 * stands for one claim the service's credential must hold (System.IdentityModel ClaimTypes): a DNS name, a
 * user or service principal name, an RSA public key, or an X.509 certificate (its SHA-1 thumbprint). The kinds
 * are WCF's classes; their `toString` is WCF's `identity(<right>: <claim type>)`, which is what WCF's identity
 * check messages print.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Certificate } from '../crypto/Certificate';
import { parseXml } from '../xml/XmlParser';

/** System.IdentityModel.Claims.ClaimTypes for the identity kinds. */
export const IdentityClaimTypes = {
  Dns: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/dns',
  Upn: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn',
  Spn: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/spn',
  Rsa: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/rsa',
  Thumbprint: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/thumbprint',
} as const;

/** Rights.PossessProperty: every identity claim is one the service must possess. */
const POSSESS_PROPERTY = 'http://schemas.xmlsoap.org/ws/2005/05/identity/right/possessproperty';

/** An identity argument WCF would refuse (an empty name, an RSA key that is not one). */
export class EndpointIdentityError extends Error {
  override readonly name: string = 'EndpointIdentityError';
}

export abstract class EndpointIdentity {
  /** Which claim the service must hold; one of IdentityClaimTypes. */
  abstract readonly claimType: string;

  static createDnsIdentity(dnsName: string): DnsEndpointIdentity {
    return new DnsEndpointIdentity(dnsName);
  }

  static createUpnIdentity(upnName: string): UpnEndpointIdentity {
    return new UpnEndpointIdentity(upnName);
  }

  static createSpnIdentity(spnName: string): SpnEndpointIdentity {
    return new SpnEndpointIdentity(spnName);
  }

  /** From an `<RSAKeyValue>` XML string (what `<identity><rsa value>` holds) or a certificate's public key. */
  static createRsaIdentity(publicKey: string | Certificate): RsaEndpointIdentity {
    return new RsaEndpointIdentity(
      typeof publicKey === 'string' ? rsaKeyFromXml(publicKey) : publicKey.x509.publicKey,
    );
  }

  static createX509CertificateIdentity(certificate: Certificate): X509CertificateEndpointIdentity {
    return new X509CertificateEndpointIdentity(certificate);
  }

  toString(): string {
    return `identity(${POSSESS_PROPERTY}: ${this.claimType})`;
  }
}

/** A name-valued identity (DNS, UPN, SPN). */
abstract class NamedEndpointIdentity extends EndpointIdentity {
  constructor(
    readonly value: string,
    what: string,
  ) {
    super();
    if (!value) throw new EndpointIdentityError(`A ${what} identity needs a non-empty name.`);
  }
}

export class DnsEndpointIdentity extends NamedEndpointIdentity {
  readonly kind = 'dns';
  readonly claimType = IdentityClaimTypes.Dns;
  constructor(dnsName: string) {
    super(dnsName, 'DNS');
  }
}

export class UpnEndpointIdentity extends NamedEndpointIdentity {
  readonly kind = 'upn';
  readonly claimType = IdentityClaimTypes.Upn;
  constructor(upnName: string) {
    super(upnName, 'user principal name');
  }
}

export class SpnEndpointIdentity extends NamedEndpointIdentity {
  readonly kind = 'spn';
  readonly claimType = IdentityClaimTypes.Spn;
  constructor(spnName: string) {
    super(spnName, 'service principal name');
  }
}

export class RsaEndpointIdentity extends EndpointIdentity {
  readonly kind = 'rsa';
  readonly claimType = IdentityClaimTypes.Rsa;
  /** Big-endian modulus and exponent, as `<RSAKeyValue>` carries them. */
  readonly modulus: Buffer;
  readonly exponent: Buffer;

  constructor(readonly publicKey: KeyObject) {
    super();
    if (publicKey.asymmetricKeyType !== 'rsa')
      throw new EndpointIdentityError(
        `An RSA identity needs an RSA key, not ${publicKey.asymmetricKeyType ?? 'a symmetric key'}.`,
      );
    const jwk = publicKey.export({ format: 'jwk' });
    this.modulus = Buffer.from(jwk.n ?? '', 'base64url');
    this.exponent = Buffer.from(jwk.e ?? '', 'base64url');
  }

  /** Whether `key` is this public key (WCF compares the RSA parameters). */
  matches(key: KeyObject): boolean {
    if (key.asymmetricKeyType !== 'rsa') return false;
    const jwk = key.export({ format: 'jwk' });
    return (
      Buffer.from(jwk.n ?? '', 'base64url').equals(this.modulus) &&
      Buffer.from(jwk.e ?? '', 'base64url').equals(this.exponent)
    );
  }
}

export class X509CertificateEndpointIdentity extends EndpointIdentity {
  readonly kind = 'x509';
  readonly claimType = IdentityClaimTypes.Thumbprint;

  constructor(readonly certificate: Certificate) {
    super();
  }
}

/** The identity kinds, for code that writes or checks each one. */
export type KnownEndpointIdentity =
  | DnsEndpointIdentity
  | UpnEndpointIdentity
  | SpnEndpointIdentity
  | RsaEndpointIdentity
  | X509CertificateEndpointIdentity;

const XMLDSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';

/**
 * .NET's RSA.FromXmlString, which `<rsa value>` goes through: `<RSAKeyValue>` with base64 Modulus and
 * Exponent children (unqualified, as .NET writes it, or in the XML-DSig namespace).
 */
function rsaKeyFromXml(xml: string): KeyObject {
  let n: string | undefined;
  let e: string | undefined;
  try {
    const root = parseXml(xml.trim()).root;
    if (root.localName === 'RSAKeyValue') {
      const child = (name: string): string | undefined =>
        (root.element(name, '') ?? root.element(name, XMLDSIG_NS))?.textContent.replace(/\s+/g, '');
      n = child('Modulus');
      e = child('Exponent');
    }
  } catch {
    // reported below, with what was expected
  }
  if (!n || !e)
    throw new EndpointIdentityError(
      'An RSA identity is an <RSAKeyValue> with <Modulus> and <Exponent> (base64), as .NET writes it.',
    );
  try {
    return createPublicKey({
      key: {
        kty: 'RSA',
        n: Buffer.from(n, 'base64').toString('base64url'),
        e: Buffer.from(e, 'base64').toString('base64url'),
      },
      format: 'jwk',
    });
  } catch (err) {
    throw new EndpointIdentityError(`The <RSAKeyValue> is not an RSA public key: ${(err as Error).message}`);
  }
}
