/**
 * `indigo cert create`: the test certificates it makes are usable as they are — the PFX files open, the
 * chain verifies from the store folders it writes, key usages are what message security checks — and a
 * host and client using them talk over MutualCertificate with chain trust.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CustomBinding } from '../../src/bindings/CustomBinding';
import { MessageVersion } from '../../src/channels/MessageVersion';
import { ChannelFactory } from '../../src/client/ChannelFactory';
import { createTestCertificates } from '../../src/cli/certCommand';
import { Certificate } from '../../src/crypto/Certificate';
import { TextMessageEncodingBindingElement } from '../../src/encoders/text/TextMessageEncodingBindingElement';
import { X509CertificateValidationMode } from '../../src/security/credentials/X509CertificateValidator';
import { SecurityBindingElement } from '../../src/security/SecurityBindingElement';
import { x509Info } from '../../src/security/x509/X509CertificateInfo';
import { ServiceHost } from '../../src/service/ServiceHost';
import { HttpTransportBindingElement } from '../../src/transports/http/HttpTransportBindingElement';
import { CalculatorService } from '../../samples/calculator/CalculatorService';
import { ICalculator } from '../../samples/calculator/ICalculator';

describe('indigo cert create', () => {
  const dir = mkdtempSync(join(tmpdir(), 'indigo-certs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const created = createTestCertificates(dir, { password: 'pw' });

  it('writes the CA, service and client certificates and the config store folders', () => {
    expect(created.files).toEqual(
      expect.arrayContaining([
        'ca.crt',
        'service.crt',
        'service.key',
        'service.pfx',
        'client.pfx',
        'LocalMachine/My/service.pem',
        'CurrentUser/My/client.pem',
        'LocalMachine/Root/indigo-test-ca.crt',
        'CurrentUser/TrustedPeople/service.crt',
      ]),
    );
  });

  it('makes certificates message security accepts: chain, key usage, PFX', async () => {
    const service = await Certificate.fromPfx(join(dir, 'service.pfx'), 'pw');
    expect(service.hasPrivateKey).toBe(true);
    expect(service.subject).toContain('CN=localhost');
    expect(service.x509.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(x509Info(service.x509).keyUsage).toMatchObject({ digitalSignature: true, keyEncipherment: true });
    const ca = Certificate.fromPem(readFileSync(join(dir, 'ca.crt'), 'utf8'));
    expect(service.x509.checkIssued(ca.x509)).toBe(true);
  });

  it('serves and calls MutualCertificate with chain trust from the Root store folder', async () => {
    const binding = () =>
      new CustomBinding([
        SecurityBindingElement.createMutualCertificateBindingElement(),
        new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
        new HttpTransportBindingElement(),
      ]);
    const host = new ServiceHost(CalculatorService, { baseAddresses: ['http://127.0.0.1:0/'] });
    host.credentials.serviceCertificate = await Certificate.fromFiles(
      join(dir, 'service.crt'),
      join(dir, 'service.key'),
    );
    host.credentials.clientCertificate.authentication.trustedRootFolder = join(dir, 'LocalMachine', 'Root');
    host.addServiceEndpoint(ICalculator, binding(), 'calc');
    await host.open();
    try {
      const factory = new ChannelFactory(ICalculator, binding(), host.endpoints[0].address.toString());
      factory.credentials.clientCertificate.certificate = await Certificate.fromPfx(
        join(dir, 'client.pfx'),
        'pw',
      );
      factory.credentials.serviceCertificate.defaultCertificate = await Certificate.fromFiles(
        join(dir, 'service.crt'),
      );
      factory.credentials.serviceCertificate.authentication.certificateValidationMode =
        X509CertificateValidationMode.PeerTrust;
      factory.credentials.serviceCertificate.authentication.trustedPeopleFolder = join(
        dir,
        'CurrentUser',
        'TrustedPeople',
      );
      const calc = await factory.createChannel();
      expect(await calc.whoAmI()).toMatch(/^O=indigo-test, CN=indigo-test-client; [0-9A-F]{40}$/);
      await factory.close();
    } finally {
      await host.close();
    }
  });
});
