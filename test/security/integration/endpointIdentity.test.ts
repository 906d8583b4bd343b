/**
 * An explicit endpoint identity checked against the service certificate over loopback HTTP with message
 * security (the test service certificate: CN=localhost, DNS:localhost), as WCF's client does: a match calls
 * through; a mismatch fails with MessageSecurityException before any request is sent.
 */
import { WSHttpBinding } from '../../../src/bindings/WSHttpBinding';
import { MessageSecurityException } from '../../../src/channels/CommunicationErrors';
import { EndpointAddress } from '../../../src/channels/EndpointAddress';
import { EndpointIdentity } from '../../../src/channels/EndpointIdentity';
import {
  messageCertificateSecurity,
  openSecureHost,
  secureFactory,
  type SecureHost,
} from '../fixtures/secureCalculator';
import { publicServiceCertificate, testCertificates } from '../fixtures/testCertificates';

const binding = (): WSHttpBinding => new WSHttpBinding(messageCertificateSecurity(false));

async function add(address: string, identity: EndpointIdentity): Promise<number> {
  const factory = secureFactory(binding(), address);
  try {
    const calc = await factory.createChannel(new EndpointAddress(address, identity));
    return await calc.add(2, 3);
  } finally {
    factory.abort();
  }
}

describe('endpoint identity over wsHttpBinding message security', () => {
  let secure: SecureHost;
  beforeAll(async () => {
    secure = await openSecureHost(binding());
  });
  afterAll(() => secure.host.close());

  it('calls through when the DNS identity is a name of the service certificate', async () => {
    await expect(add(secure.address, EndpointIdentity.createDnsIdentity('localhost'))).resolves.toBe(5);
  });

  it('refuses a DNS identity the certificate does not hold, with MessageSecurityException', async () => {
    await expect(add(secure.address, EndpointIdentity.createDnsIdentity('calc.example.com'))).rejects.toThrow(
      new MessageSecurityException(
        "Identity check failed for outgoing message. The expected DNS identity of the remote endpoint was 'calc.example.com' but the remote endpoint provided DNS claim 'localhost'. If this is a legitimate remote endpoint, you can fix the problem by explicitly specifying DNS identity 'localhost' as the Identity property of EndpointAddress when creating channel proxy.",
      ),
    );
  });

  it('refuses before anything is sent: against an address where nothing listens, the identity fails first', async () => {
    const nowhere = 'http://127.0.0.1:1/calc';
    await expect(add(nowhere, EndpointIdentity.createDnsIdentity('calc.example.com'))).rejects.toThrow(
      MessageSecurityException,
    );
  });

  it('calls through with a certificate identity of the service certificate, and refuses another certificate', async () => {
    await expect(
      add(secure.address, EndpointIdentity.createX509CertificateIdentity(publicServiceCertificate())),
    ).resolves.toBe(5);
    await expect(
      add(secure.address, EndpointIdentity.createX509CertificateIdentity(testCertificates().client)),
    ).rejects.toThrow(/^The identity check failed for the outgoing message\. The expected identity is/);
  });
});
