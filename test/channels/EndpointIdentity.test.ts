/**
 * EndpointIdentity and the client's identity check against a service certificate, as WCF's IdentityVerifier
 * and X509CertificateClaimSet decide it: DNS against SubjectAltName dNSNames (the CN only without any),
 * certificate by its bytes, RSA by its public key; WCF's messages on a mismatch.
 */
import { X509Certificate } from 'node:crypto';
import { MessageSecurityException } from '../../src/channels/CommunicationErrors';
import { EndpointAddress } from '../../src/channels/EndpointAddress';
import { EndpointIdentity, EndpointIdentityError } from '../../src/channels/EndpointIdentity';
import { certificateDnsNames, ensureOutgoingIdentity } from '../../src/channels/IdentityVerifier';
import { createSelfSignedCertificate } from '../../src/crypto/createSelfSignedCertificate';
import { certificateDer } from '../../src/config/mapping/identity';
import { publicServiceCertificate, testCertificates } from '../security/fixtures/testCertificates';

const service = (): X509Certificate => testCertificates().service.x509;
const at = (identity: EndpointIdentity): EndpointAddress =>
  new EndpointAddress('http://127.0.0.1:8080/calc', identity);

describe('EndpointAddress', () => {
  it('keeps working without an identity', () => {
    const address = new EndpointAddress('http://127.0.0.1:8080/calc');
    expect(address.identity).toBeUndefined();
    expect(address.toString()).toBe('http://127.0.0.1:8080/calc');
  });

  it('keeps its identity when moved to another URI', () => {
    const identity = EndpointIdentity.createDnsIdentity('localhost');
    expect(at(identity).withUri('http://127.0.0.1:9000/calc').identity).toBe(identity);
  });
});

describe('EndpointIdentity', () => {
  it("prints as WCF's identity(<right>: <claim type>)", () => {
    expect(String(EndpointIdentity.createDnsIdentity('localhost'))).toBe(
      'identity(http://schemas.xmlsoap.org/ws/2005/05/identity/right/possessproperty: http://schemas.xmlsoap.org/ws/2005/05/identity/claims/dns)',
    );
  });

  it('refuses an empty DNS name', () => {
    expect(() => EndpointIdentity.createDnsIdentity('')).toThrow(EndpointIdentityError);
  });

  it('reads an RSA identity from the <RSAKeyValue> .NET writes', () => {
    const jwk = service().publicKey.export({ format: 'jwk' });
    const xml = `<RSAKeyValue><Modulus>${Buffer.from(jwk.n!, 'base64url').toString('base64')}</Modulus><Exponent>${Buffer.from(jwk.e!, 'base64url').toString('base64')}</Exponent></RSAKeyValue>`;
    expect(EndpointIdentity.createRsaIdentity(xml).matches(service().publicKey)).toBe(true);
  });

  it('refuses an RSA identity that is not an <RSAKeyValue>', () => {
    expect(() => EndpointIdentity.createRsaIdentity('<Key/>')).toThrow(EndpointIdentityError);
  });
});

describe('the DNS claims of a certificate', () => {
  it('are the SubjectAltName dNSNames when there are any (the test service certificate: DNS:localhost, IP 127.0.0.1)', () => {
    expect(certificateDnsNames(service())).toEqual(['localhost']);
  });

  it('fall back to the CN when the certificate has no dNSName', () => {
    const onlyIp = createSelfSignedCertificate({ commonName: '10.0.0.1', altNames: [] });
    expect(certificateDnsNames(onlyIp.x509)).toEqual(['10.0.0.1']);
  });
});

describe('ensureOutgoingIdentity (the client check)', () => {
  it('passes a DNS identity the certificate holds, ignoring case', () => {
    expect(() =>
      ensureOutgoingIdentity(at(EndpointIdentity.createDnsIdentity('LocalHost')), service()),
    ).not.toThrow();
  });

  it("refuses another DNS name with WCF's message naming the name the certificate holds", () => {
    expect(() =>
      ensureOutgoingIdentity(at(EndpointIdentity.createDnsIdentity('calc.example.com')), service()),
    ).toThrow(
      new MessageSecurityException(
        "Identity check failed for outgoing message. The expected DNS identity of the remote endpoint was 'calc.example.com' but the remote endpoint provided DNS claim 'localhost'. If this is a legitimate remote endpoint, you can fix the problem by explicitly specifying DNS identity 'localhost' as the Identity property of EndpointAddress when creating channel proxy.",
      ),
    );
  });

  it('does not take an IP address SubjectAltName as a DNS claim', () => {
    expect(() =>
      ensureOutgoingIdentity(at(EndpointIdentity.createDnsIdentity('127.0.0.1')), service()),
    ).toThrow(MessageSecurityException);
  });

  it('passes a certificate identity of the same certificate, and refuses another', () => {
    const same = EndpointIdentity.createX509CertificateIdentity(publicServiceCertificate());
    expect(() => ensureOutgoingIdentity(at(same), service())).not.toThrow();
    const other = EndpointIdentity.createX509CertificateIdentity(testCertificates().client);
    expect(() => ensureOutgoingIdentity(at(other), service())).toThrow(
      /^The identity check failed for the outgoing message\. The expected identity is 'identity\(.*claims\/thumbprint\)' for the 'http:\/\/127\.0\.0\.1:8080\/calc' target endpoint\./,
    );
  });

  it("passes an RSA identity of the certificate's key, and refuses another key", () => {
    expect(() =>
      ensureOutgoingIdentity(at(EndpointIdentity.createRsaIdentity(publicServiceCertificate())), service()),
    ).not.toThrow();
    expect(() =>
      ensureOutgoingIdentity(at(EndpointIdentity.createRsaIdentity(testCertificates().client)), service()),
    ).toThrow(MessageSecurityException);
  });

  it('refuses UPN and SPN identities: a certificate cannot satisfy a Windows account without a SID lookup', () => {
    expect(() =>
      ensureOutgoingIdentity(at(EndpointIdentity.createUpnIdentity('svc@corp')), service()),
    ).toThrow(MessageSecurityException);
    expect(() =>
      ensureOutgoingIdentity(at(EndpointIdentity.createSpnIdentity('host/localhost')), service()),
    ).toThrow(MessageSecurityException);
  });
});

describe("<certificate encodedValue>'s bytes", () => {
  it('are taken as DER', () => {
    expect(certificateDer(service().raw.toString('base64'))).toEqual(service().raw);
  });

  it('are found inside a Windows serialized certificate (what svcutil writes)', () => {
    const record = (id: number, data: Buffer): Buffer => {
      const head = Buffer.alloc(12);
      head.writeUInt32LE(id, 0);
      head.writeUInt32LE(1, 4);
      head.writeUInt32LE(data.length, 8);
      return Buffer.concat([head, data]);
    };
    const serialized = Buffer.concat([record(3, Buffer.alloc(20, 7)), record(32, service().raw)]);
    expect(serialized.toString('base64').startsWith('AwAAAAEAAAAU')).toBe(true);
    expect(certificateDer(serialized.toString('base64'))).toEqual(service().raw);
  });
});
