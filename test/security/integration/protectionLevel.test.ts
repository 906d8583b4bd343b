/**
 * Protection levels from the contract (WCF's ProtectionLevel on ServiceContract / OperationContract): a Sign
 * operation's body travels signed in the clear, an EncryptAndSign one encrypted, over the same MutualCertificate
 * binding — and a client and service that disagree do not talk.
 */
import { CustomBinding } from '../../../src/bindings/CustomBinding';
import { MessageSecurityException } from '../../../src/channels/CommunicationErrors';
import { MessageVersion } from '../../../src/channels/MessageVersion';
import { TextMessageEncodingBindingElement } from '../../../src/encoders/text/TextMessageEncodingBindingElement';
import { SecurityBindingElement } from '../../../src/security/SecurityBindingElement';
import { ProtectionLevel } from '../../../src/security/SecurityEnumerations';
import { contractOperation, OperationContract, ServiceContract } from '../../../src/service/description';
import { DataType } from '../../../src/service/serialization';
import { HttpTransportBindingElement } from '../../../src/transports/http/HttpTransportBindingElement';
import { ChannelFactory } from '../../../src/client/ChannelFactory';
import { freePort } from '../../interop/mono/monoHarness';
import { startWireTap } from '../../interop/mono/wireTap';
import { openSecureHost } from '../fixtures/secureCalculator';
import { publicServiceCertificate, testCertificates } from '../fixtures/testCertificates';
import { X509CertificateValidationMode } from '../../../src/security/credentials/X509CertificateValidator';

@ServiceContract({
  name: 'ICalculator',
  namespace: 'http://tempuri.org/',
  protectionLevel: ProtectionLevel.Sign,
})
class ISignedCalculator {
  @OperationContract({ parameters: { a: DataType.double, b: DataType.double }, returns: DataType.double })
  add(_a: number, _b: number): Promise<number> {
    return contractOperation();
  }

  @OperationContract({
    parameters: { text: DataType.string },
    returns: DataType.string,
    protectionLevel: ProtectionLevel.EncryptAndSign,
  })
  echo(_text: string): Promise<string> {
    return contractOperation();
  }
}

const binding = () =>
  new CustomBinding([
    SecurityBindingElement.createMutualCertificateBindingElement(),
    new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
    new HttpTransportBindingElement(),
  ]);

function factory(contract: typeof ISignedCalculator, address: string): ChannelFactory<ISignedCalculator> {
  const f = new ChannelFactory(contract, binding(), address);
  f.credentials.clientCertificate.certificate = testCertificates().client;
  f.credentials.serviceCertificate.defaultCertificate = publicServiceCertificate();
  f.credentials.serviceCertificate.authentication.certificateValidationMode =
    X509CertificateValidationMode.None;
  return f;
}

describe('protection levels from the contract', () => {
  it('signs Sign operations in the clear and encrypts EncryptAndSign ones', async () => {
    // The endpoint's address is the tap's; the host listens behind it.
    const listenPort = await freePort();
    const tap = await startWireTap(listenPort);
    const service = await openSecureHost(binding(), (host) => {
      host.endpoints.length = 0;
      host.addServiceEndpoint(
        ISignedCalculator,
        binding(),
        `http://127.0.0.1:${tap.port}/calc`,
        `http://127.0.0.1:${listenPort}/calc`,
      );
    });
    try {
      const f = factory(ISignedCalculator, service.address);
      const calc = await f.createChannel();
      expect(await calc.add(1234.5, 1)).toBe(1235.5);
      expect(await calc.echo('confidential text')).toBe('confidential text');
      await f.close();
      const sent = tap.clientToServer();
      const answered = tap.serverToClient();
      expect(sent).toContain('<a>1234.5</a>');
      expect(answered).toContain('<AddResult>1235.5</AddResult>');
      expect(sent).not.toContain('confidential text');
      expect(answered).not.toContain('confidential text');
    } finally {
      await service.host.close();
      await tap.close();
    }
  });

  it('a service that requires EncryptAndSign refuses a client that only signs', async () => {
    const service = await openSecureHost(binding());
    try {
      const f = factory(ISignedCalculator, service.address);
      const calc = await f.createChannel();
      await expect(calc.add(1, 2)).rejects.toBeInstanceOf(MessageSecurityException);
      f.abort();
    } finally {
      await service.host.close();
    }
  });
});
