/**
 * HTTPS trust, both ways, over real TLS on loopback: the client trusts the service certificate only through
 * `credentials.serviceCertificate.sslCertificateAuthentication`, and an endpoint with transport
 * clientCredentialType Certificate admits only callers whose certificate the host trusts. Every refusal is
 * followed by a good call, to show the host keeps serving.
 */
import { BasicHttpBinding } from '../../src/bindings/BasicHttpBinding';
import { BasicHttpSecurityMode } from '../../src/bindings/SecurityModes';
import {
  CommunicationException,
  MessageSecurityException,
  SecurityNegotiationException,
} from '../../src/channels/CommunicationErrors';
import { EndpointAddress } from '../../src/channels/EndpointAddress';
import { EndpointIdentity } from '../../src/channels/EndpointIdentity';
import { ChannelFactory } from '../../src/client/ChannelFactory';
import { createSelfSignedCertificate } from '../../src/crypto/createSelfSignedCertificate';
import { ServiceHost } from '../../src/service/ServiceHost';
import { clientCertificateCase, httpsCase, testCertificates } from './fixtures/bindingCases';
import { createClient, encodeRequest, openedPerTest, openHost } from './fixtures/hosting';
import { rawRequest } from './fixtures/rawHttp';
import { ITestService, Probe, TEST_NAMESPACE, testServiceType } from './fixtures/TestService';

const opened = openedPerTest();

async function untrustingClient(
  address: string,
  configure: (factory: ChannelFactory<ITestService>) => void = () => undefined,
): Promise<ITestService> {
  const factory = opened.add(
    new ChannelFactory(ITestService, new BasicHttpBinding(BasicHttpSecurityMode.Transport), address),
  );
  configure(factory);
  return factory.createChannel();
}

describe('HttpsTransport, server certificate', () => {
  it('refuses a service certificate the client does not trust with a SecurityNegotiationException, and the host goes on serving', async () => {
    const host = await openHost(opened, httpsCase, testServiceType(new Probe()), ITestService);
    const address = host.endpoints[0].address.toString();
    const stranger = await untrustingClient(address);
    await expect(stranger.add(1, 2)).rejects.toThrow(SecurityNegotiationException);
    await expect(stranger.add(1, 2)).rejects.toThrow(
      /Could not establish trust relationship for the SSL\/TLS secure channel with authority '127\.0\.0\.1:\d+'/,
    );
    const friend = await createClient(opened, httpsCase, ITestService, address);
    await expect(friend.add(1, 2)).resolves.toBe(3);
  });

  it('refuses a service certificate signed by someone other than the authority the client trusts', async () => {
    const host = await openHost(opened, httpsCase, testServiceType(new Probe()), ITestService);
    const other = createSelfSignedCertificate({ commonName: 'localhost' });
    const client = await untrustingClient(host.endpoints[0].address.toString(), (f) =>
      f.credentials.serviceCertificate.sslCertificateAuthentication.trustedAuthorities.push(other.pem),
    );
    await expect(client.add(1, 2)).rejects.toThrow(SecurityNegotiationException);
  });

  it("accepts any certificate with certificateValidationMode 'None'", async () => {
    const host = await openHost(opened, httpsCase, testServiceType(new Probe()), ITestService);
    const client = await untrustingClient(host.endpoints[0].address.toString(), (f) => {
      f.credentials.serviceCertificate.sslCertificateAuthentication.certificateValidationMode = 'None';
    });
    await expect(client.add(1, 2)).resolves.toBe(3);
  });

  it('refuses to open an https endpoint without a service certificate, saying so', async () => {
    const host = opened.add(
      new ServiceHost(testServiceType(new Probe()), { baseAddresses: ['https://127.0.0.1:0/'] }),
    );
    host.addServiceEndpoint(ITestService, new BasicHttpBinding(BasicHttpSecurityMode.Transport), 'svc');
    await expect(host.open()).rejects.toThrow(
      /needs a service certificate \(credentials\.serviceCertificate\)/,
    );
  });
});

describe('HttpsTransport, clientCredentialType Certificate', () => {
  async function start(): Promise<{ address: string }> {
    const host = await openHost(opened, clientCertificateCase, testServiceType(new Probe()), ITestService);
    return { address: host.endpoints[0].address.toString() };
  }

  it('refuses a client without a certificate with 403, reported as a MessageSecurityException, and the host goes on serving', async () => {
    const { address } = await start();
    const anonymous = await createClient(opened, httpsCase, ITestService, address);
    await expect(anonymous.add(1, 2)).rejects.toThrow(MessageSecurityException);
    const trusted = await createClient(opened, clientCertificateCase, ITestService, address);
    await expect(trusted.add(1, 2)).resolves.toBe(3);
  });

  it('answers 403 Forbidden to a raw request without a client certificate, before reading its body', async () => {
    const { address } = await start();
    const request = encodeRequest(
      clientCertificateCase.binding(),
      clientCertificateCase.messageVersion,
      `${TEST_NAMESPACE}ITestService/Add`,
      `<Add xmlns="${TEST_NAMESPACE}"><a>1</a><b>2</b></Add>`,
      address,
    );
    const response = await rawRequest(address, {
      headers: request.headers,
      body: request.body,
      tls: { ca: testCertificates().server.pem },
    });
    expect(response.status).toBe(403);
    expect(response.body.length).toBe(0);
  });

  it('refuses a client certificate the host does not trust', async () => {
    const { address } = await start();
    const stranger = createSelfSignedCertificate({ commonName: 'stranger', altNames: [] });
    const factory = opened.add(new ChannelFactory(ITestService, clientCertificateCase.binding(), address));
    factory.credentials.serviceCertificate.sslCertificateAuthentication.trustedAuthorities.push(
      testCertificates().server.pem,
    );
    factory.credentials.clientCertificate.certificate = stranger;
    const client = await factory.createChannel();
    await expect(client.whoAmI()).rejects.toBeInstanceOf(CommunicationException);
    const trusted = await createClient(opened, clientCertificateCase, ITestService, address);
    await expect(trusted.whoAmI()).resolves.toBe(`CN=indigo-client; ${testCertificates().client.thumbprint}`);
  });

  it('refuses callers without a trusted certificate even when the host lists no client authorities', async () => {
    const host = opened.add(
      new ServiceHost(testServiceType(new Probe()), { baseAddresses: ['https://127.0.0.1:0/'] }),
    );
    host.credentials.serviceCertificate = testCertificates().server;
    host.addServiceEndpoint(ITestService, clientCertificateCase.binding(), 'svc');
    await host.open();
    const client = await createClient(
      opened,
      clientCertificateCase,
      ITestService,
      host.endpoints[0].address.toString(),
    );
    await expect(client.add(1, 2)).rejects.toThrow(MessageSecurityException);
  });
});

describe('HttpsTransport, the endpoint identity the client expects', () => {
  async function callWith(identity: EndpointIdentity): Promise<number> {
    const host = await openHost(opened, httpsCase, testServiceType(new Probe()), ITestService);
    const address = new EndpointAddress(host.endpoints[0].address.toString(), identity);
    const factory = opened.add(new ChannelFactory(ITestService, httpsCase.binding(), address));
    httpsCase.configureClient(factory as unknown as ChannelFactory<object>);
    const client = await factory.createChannel();
    return client.add(1, 2);
  }

  it("calls a service whose TLS certificate has the expected DNS identity (the certificate's CN, having no DNS SubjectAltName)", async () => {
    await expect(callWith(EndpointIdentity.createDnsIdentity('localhost'))).resolves.toBe(3);
  });

  it('refuses, with a MessageSecurityException naming both names, a TLS certificate without the expected DNS identity', async () => {
    const call = callWith(EndpointIdentity.createDnsIdentity('calc.example.com'));
    await expect(call).rejects.toThrow(MessageSecurityException);
    await expect(call).rejects.toThrow(
      /expected DNS identity of the remote endpoint was 'calc\.example\.com' but the remote endpoint provided DNS claim 'localhost'/,
    );
  });

  it('calls with a certificate identity of the same certificate, and refuses another certificate', async () => {
    await expect(
      callWith(EndpointIdentity.createX509CertificateIdentity(testCertificates().server)),
    ).resolves.toBe(3);
    const other = createSelfSignedCertificate({ commonName: 'localhost', altNames: ['127.0.0.1'] });
    await expect(callWith(EndpointIdentity.createX509CertificateIdentity(other))).rejects.toThrow(
      MessageSecurityException,
    );
  });
});
