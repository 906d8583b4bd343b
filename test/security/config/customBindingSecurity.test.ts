/**
 * `<customBinding><security>` from a config file → the runtime's SecurityBindingElement, as WCF's
 * SecurityElementBase builds it: the factory method for authenticationMode, then only the written attributes
 * override; and a host built from that binding answers a client built from the same config.
 */
import { SecurityBindingElement } from '../../../src/security/SecurityBindingElement';
import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import { errorsOf, loadXml } from '../../config/helpers';
import { calculator, openSecureHost } from '../fixtures/secureCalculator';

const custom = (security: string) => `
<bindings><customBinding><binding name="x">
  ${security}
  <textMessageEncoding messageVersion="Soap12WSAddressing10" />
  <httpTransport />
</binding></customBinding></bindings>`;

describe('<customBinding><security> from config', () => {
  it("MutualCertificate keeps the factory method's values for what is not written", () => {
    const binding = loadXml(custom('<security authenticationMode="MutualCertificate" />')).createBinding(
      'customBinding',
      'x',
    );
    const [security] = binding.createBindingElements();
    expect(security.describe()).toEqual(
      SecurityBindingElement.createMutualCertificateBindingElement().describe(),
    );
    expect(security.describe()).toMatchObject({
      requireSignatureConfirmation: true,
      securityBindingElement: 'SymmetricSecurityBindingElement',
    });
  });

  it('a WS-Security 1.0 messageSecurityVersion gives the asymmetric element; written attributes override', () => {
    const binding = loadXml(
      custom(`<security authenticationMode="MutualCertificate" defaultAlgorithmSuite="Basic128Rsa15" securityHeaderLayout="Lax"
        messageProtectionOrder="SignBeforeEncrypt" includeTimestamp="true"
        messageSecurityVersion="WSSecurity10WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10">
        <localServiceSettings maxClockSkew="00:02:00" detectReplays="false" />
      </security>`),
    ).createBinding('customBinding', 'x');
    const [security] = binding.createBindingElements() as SecurityBindingElement[];
    expect(security.describe()).toMatchObject({
      securityBindingElement: 'AsymmetricSecurityBindingElement',
      defaultAlgorithmSuite: 'Basic128Rsa15',
      securityHeaderLayout: 'Lax',
      messageProtectionOrder: 'SignBeforeEncrypt',
      messageSecurityVersion:
        MessageSecurityVersion
          .WSSecurity10WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10
          .name,
    });
    expect(security.localServiceSettings.maxClockSkew).toBe(120_000);
    expect(security.localServiceSettings.detectReplays).toBe(false);
  });

  it.each([
    [
      "WCF's default authenticationMode (SspiNegotiated)",
      '<security />',
      /authenticationMode="SspiNegotiated".*Windows credentials/,
    ],
    [
      'UserNameForSslNegotiated',
      '<security authenticationMode="UserNameForSslNegotiated" />',
      /TLSNEGO.*negotiateServiceCredential="false"/,
    ],
  ])('refuses %s, naming it', (_what, security, pattern) => {
    const config = loadXml(custom(security));
    expect(errorsOf(() => config.createBinding('customBinding', 'x')).join('\n')).toMatch(pattern);
  });

  it('serves and calls over the binding the config describes', async () => {
    const config = loadXml(custom('<security authenticationMode="MutualCertificate" />'));
    const service = await openSecureHost(config.createBinding('customBinding', 'x'));
    try {
      const { calc, factory } = await calculator(config.createBinding('customBinding', 'x'), service.address);
      expect(await calc.add(20, 22)).toBe(42);
      await factory.close();
    } finally {
      await service.host.close();
    }
  });
});
