/**
 * The sample calculator behind wsHttpBinding in the three shapes the 'session' suite compares, hosted and
 * called the way a user wires them (the bench's own copy of the tests' fixture: bench code never imports test/):
 *
 * - `session`: security mode Message, client credential Certificate, establishSecurityContext true (a secure
 *   session: RST/SCT over the MutualCertificate bootstrap, then keys derived from the SCT);
 * - `x509`: the same with establishSecurityContext false (per-message MutualCertificate, WSS 1.1 symmetric:
 *   an RSA-wrapped key and an RSA endorsing signature on every request);
 * - `none`: wsHttpBinding security mode None (SOAP 1.2 + WS-Addressing 1.0 over HTTP, no security).
 *
 * negotiateServiceCredential is false (Indigo has no SPNEGO/TLS negotiation): the client holds the service
 * certificate. Quotas are raised on all three alike so a 1 MB Echo fits.
 */
import { MessageCredentialType, SecurityMode } from '../src/bindings/SecurityModes';
import { WSHttpBinding } from '../src/bindings/WSHttpBinding';
import { ChannelFactory } from '../src/client/ChannelFactory';
import { Certificate } from '../src/crypto/Certificate';
import { X509CertificateValidationMode } from '../src/security/credentials/X509CertificateValidator';
import { ServiceHost, type ServiceType } from '../src/service/ServiceHost';
import { maxReaderQuotas } from '../src/xml/XmlDictionaryReaderQuotas';
import { ICalculator } from '../samples/calculator/ICalculator';
import type { BenchCertificates } from './benchCertificates';

export type SecurityShape = 'session' | 'x509' | 'none';

const bigMessages = { maxReceivedMessageSize: 64 * 1024 * 1024, readerQuotas: maxReaderQuotas };

export function calculatorBinding(shape: SecurityShape): WSHttpBinding {
  if (shape === 'none') return new WSHttpBinding({ ...bigMessages, security: { mode: SecurityMode.None } });
  return new WSHttpBinding({
    ...bigMessages,
    security: {
      mode: SecurityMode.Message,
      message: {
        clientCredentialType: MessageCredentialType.Certificate,
        negotiateServiceCredential: false,
        establishSecurityContext: shape === 'session',
      },
    },
  });
}

export async function openCalculatorHost(
  service: ServiceType,
  shape: SecurityShape,
  certs: BenchCertificates,
  configure?: (host: ServiceHost) => void,
): Promise<{ host: ServiceHost; address: string }> {
  const host = new ServiceHost(service, { baseAddresses: ['http://127.0.0.1:0/'] });
  host.credentials.serviceCertificate = certs.service;
  host.credentials.clientCertificate.authentication.certificateValidationMode =
    X509CertificateValidationMode.None;
  host.addServiceEndpoint(ICalculator, calculatorBinding(shape), `calc/${shape}`);
  configure?.(host);
  await host.open();
  return { host, address: host.endpoints[0].address.toString() };
}

export function calculatorFactory(
  shape: SecurityShape,
  address: string,
  certs: BenchCertificates,
): ChannelFactory<ICalculator> {
  return withBenchCredentials(new ChannelFactory(ICalculator, calculatorBinding(shape), address), certs);
}

/** The client credentials every bench client uses: the client certificate, the service's known out of band. */
export function withBenchCredentials(
  factory: ChannelFactory<ICalculator>,
  certs: BenchCertificates,
): ChannelFactory<ICalculator> {
  factory.credentials.clientCertificate.certificate = certs.client;
  factory.credentials.serviceCertificate.defaultCertificate = Certificate.fromPem(certs.service.pem);
  factory.credentials.serviceCertificate.authentication.certificateValidationMode =
    X509CertificateValidationMode.None;
  return factory;
}
