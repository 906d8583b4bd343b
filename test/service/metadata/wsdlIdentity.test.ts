/**
 * The Identity in a port's wsa10:EndpointReference, parsed back from the published WSDL: the configured identity
 * in WCF's shape, and — with none configured — the service certificate WCF publishes for message security
 * authenticated by it.
 */
import { SecurityMode } from '../../../src/bindings/SecurityModes';
import { WSHttpBinding } from '../../../src/bindings/WSHttpBinding';
import { EndpointAddress } from '../../../src/channels/EndpointAddress';
import { EndpointIdentity } from '../../../src/channels/EndpointIdentity';
import { metadataDocument } from '../../../src/service/metadata/MetadataDocuments';
import { ServiceHost } from '../../../src/service/ServiceHost';
import type { XmlElement } from '../../../src/xml/XmlNode';
import { CalculatorService } from '../../../samples/calculator/CalculatorService';
import { ICalculator } from '../../../samples/calculator/ICalculator';
import { testCertificates } from '../../security/fixtures/testCertificates';
import { NS, path, reparse } from './metadataTestKit';
import { messageCertificateSecurity } from '../../security/fixtures/secureCalculator';

const IDENTITY_NS = 'http://schemas.xmlsoap.org/ws/2006/02/addressingidentity';
const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';

function endpointReference(
  binding: WSHttpBinding,
  address: string | EndpointAddress,
  serviceCertificate = false,
): XmlElement {
  const host = new ServiceHost(CalculatorService);
  if (serviceCertificate) host.credentials.serviceCertificate = testCertificates().service;
  host.addServiceEndpoint(ICalculator, binding, address);
  const wsdl = reparse(metadataDocument(host.describe(), { kind: 'wsdl' }, 'http://localhost:8080/calc')!);
  return path(path(wsdl, NS.wsdl, 'service', 'port'), NS.wsa10, 'EndpointReference');
}

const messageSecurity = (): WSHttpBinding => new WSHttpBinding(messageCertificateSecurity(false));

describe('the Identity in the WSDL EndpointReference', () => {
  it('writes a configured DNS identity as <Identity xmlns="…/addressingidentity"><Dns>', () => {
    const epr = endpointReference(
      new WSHttpBinding(SecurityMode.None),
      new EndpointAddress(
        'http://localhost:8080/calc',
        EndpointIdentity.createDnsIdentity('calc.example.com'),
      ),
    );
    expect(epr.elements().map((e) => e.localName)).toEqual(['Address', 'Identity']);
    const identity = path(epr, IDENTITY_NS, 'Identity');
    expect(identity.prefix).toBe('');
    expect(path(identity, IDENTITY_NS, 'Dns').textContent).toBe('calc.example.com');
  });

  it('writes UPN and SPN identities as <Upn> and <Spn>', () => {
    for (const [identity, name] of [
      [EndpointIdentity.createUpnIdentity('svc@corp.example'), 'Upn'],
      [EndpointIdentity.createSpnIdentity('host/calc'), 'Spn'],
    ] as const) {
      const epr = endpointReference(
        new WSHttpBinding(SecurityMode.None),
        new EndpointAddress('http://localhost:8080/calc', identity),
      );
      expect(path(epr, IDENTITY_NS, 'Identity', name).textContent).toBe(identity.value);
    }
  });

  it('writes a certificate identity as an XML-DSig KeyInfo/X509Data/X509Certificate of its DER', () => {
    const certificate = testCertificates().client;
    const epr = endpointReference(
      new WSHttpBinding(SecurityMode.None),
      new EndpointAddress(
        'http://localhost:8080/calc',
        EndpointIdentity.createX509CertificateIdentity(certificate),
      ),
    );
    const identity = path(epr, IDENTITY_NS, 'Identity');
    expect(path(identity, DSIG_NS, 'KeyInfo', 'X509Data', 'X509Certificate').textContent).toBe(
      certificate.x509.raw.toString('base64'),
    );
  });

  it('publishes the service certificate as the identity of a message security endpoint with none configured (WCF GetIdentityOfSelf)', () => {
    const epr = endpointReference(messageSecurity(), 'http://localhost:8080/calc', true);
    const identity = path(epr, IDENTITY_NS, 'Identity');
    expect(path(identity, DSIG_NS, 'KeyInfo', 'X509Data', 'X509Certificate').textContent).toBe(
      testCertificates().service.x509.raw.toString('base64'),
    );
  });

  it('prefers the configured identity to the service certificate', () => {
    const epr = endpointReference(
      messageSecurity(),
      new EndpointAddress('http://localhost:8080/calc', EndpointIdentity.createDnsIdentity('localhost')),
      true,
    );
    expect(path(epr, IDENTITY_NS, 'Identity', 'Dns').textContent).toBe('localhost');
  });

  it('publishes no identity for an endpoint without security and without a configured one', () => {
    const epr = endpointReference(new WSHttpBinding(SecurityMode.None), 'http://localhost:8080/calc', true);
    expect(epr.elements().map((e) => e.localName)).toEqual(['Address']);
  });
});
