/**
 * MutualCertificate message security end to end over loopback HTTP, Indigo client ↔ Indigo host: the symmetric
 * WS-Security 1.1 shape (the default) and the asymmetric WS-Security 1.0 one, the caller's identity reaching the
 * operation, and the wire carrying no plaintext.
 */
import { CustomBinding } from '../../../src/bindings/CustomBinding';
import { MessageVersion } from '../../../src/channels/MessageVersion';
import { TextMessageEncodingBindingElement } from '../../../src/encoders/text/TextMessageEncodingBindingElement';
import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import { SecurityBindingElement } from '../../../src/security/SecurityBindingElement';
import { HttpTransportBindingElement } from '../../../src/transports/http/HttpTransportBindingElement';
import { calculator, openSecureHost, type SecureHost } from '../fixtures/secureCalculator';

function mutualCertificateBinding(version?: MessageSecurityVersion): CustomBinding {
  return new CustomBinding([
    SecurityBindingElement.createMutualCertificateBindingElement(version),
    new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
    new HttpTransportBindingElement(),
  ]);
}

const CLIENT_IDENTITY = /^O=wcf-interop-test, CN=wcf-test-client; [0-9A-F]{40}$/;

describe.each([
  ['WS-Security 1.1 (symmetric)', MessageSecurityVersion.Default],
  [
    'WS-Security 1.0 (asymmetric)',
    MessageSecurityVersion.WSSecurity10WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10,
  ],
])('MutualCertificate, %s', (_name, version) => {
  let service: SecureHost;
  beforeAll(async () => {
    service = await openSecureHost(mutualCertificateBinding(version));
  });
  afterAll(async () => {
    await service.host.close();
  });

  it('calls every operation and names the caller by its certificate', async () => {
    const { calc, factory } = await calculator(mutualCertificateBinding(version), service.address);
    expect(await calc.add(2, 3)).toBe(5);
    expect(await calc.echo('hello <indigo> & é世')).toBe('hello <indigo> & é世');
    expect(await calc.whoAmI()).toMatch(CLIENT_IDENTITY);
    expect(await calc.counter()).toBe(1);
    await factory.close();
  });
});
