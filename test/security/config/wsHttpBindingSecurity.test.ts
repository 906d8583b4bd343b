/**
 * `<wsHttpBinding>` / `<ws2007HttpBinding>` with `<security mode="Message">` from a config file: the settings reach
 * the binding, what Indigo builds is served and called, and what it refuses is a config problem naming the
 * settings to change.
 */
import { errorsOf, loadXml } from '../../config/helpers';
import { calculator, openSecureHost } from '../fixtures/secureCalculator';

const ws = (section: string, message: string) => `
<bindings><${section}><binding name="x">
  <security mode="Message"><message ${message} /></security>
</binding></${section}></bindings>`;

const NO_SC =
  'clientCredentialType="Certificate" negotiateServiceCredential="false" establishSecurityContext="false"';

describe.each(['wsHttpBinding', 'ws2007HttpBinding'])('<%s> security mode Message from config', (section) => {
  it('Certificate without negotiation or a security context: served and called', async () => {
    const config = loadXml(ws(section, `${NO_SC} algorithmSuite="Basic128"`));
    const binding = config.createBinding(section, 'x');
    expect(binding.createBindingElements()[1].describe()).toMatchObject({
      authenticationMode: 'MutualCertificate',
      defaultAlgorithmSuite: 'Basic128',
    });
    const service = await openSecureHost(config.createBinding(section, 'x'));
    try {
      const { calc, factory } = await calculator(config.createBinding(section, 'x'), service.address);
      expect(await calc.add(1, 2)).toBe(3);
      await factory.close();
    } finally {
      await service.host.close();
    }
  });

  it("WCF's defaults are a problem naming each setting", () => {
    const errors = errorsOf(() => loadXml(ws(section, '')).createBinding(section, 'x')).join('\n');
    expect(errors).toMatch(/security\/message: not supported yet: security mode Message/);
    expect(errors).toMatch(/clientCredentialType 'Windows'/);
    expect(errors).toMatch(/negotiateServiceCredential="false"/);
  });
});
