/**
 * Secure conversation set up from config files only: a wsHttpBinding with WCF's default security context, and
 * a customBinding `<security authenticationMode="SecureConversation">` over a MutualCertificate bootstrap with
 * a session token (requireSecurityContextCancellation="true") or a cookie token ("false") — host and client
 * each from their own config, certificates made at test time in the folder store beside them, several calls
 * over loopback HTTP, the caller named by its certificate.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LoggerToken, type Logger } from '../../../src/channels/Logger';
import { createTestCertificates } from '../../../src/cli/certCommand';
import { loadConfiguration, type LoadConfigurationOptions } from '../../../src/config/loadConfiguration';
import { createIndigoContainer, serviceId } from '../../../src/di/IndigoContainer';
import { CalculatorService } from '../../../samples/calculator/CalculatorService';
import { ICalculator } from '../../../samples/calculator/ICalculator';
import { tempDir, xml } from '../../config/helpers';

const dir = tempDir();
createTestCertificates(join(dir, 'certificates'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function quiet(): LoadConfigurationOptions {
  const container = createIndigoContainer();
  const silent: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  container.rebindSync(serviceId(LoggerToken)).toConstantValue(silent);
  return { container };
}

const BINDINGS: readonly (readonly [string, string, string])[] = [
  [
    'wsHttpBinding, establishSecurityContext by default',
    'wsHttpBinding',
    `<wsHttpBinding><binding name="Secure"><security mode="Message">
       <message clientCredentialType="Certificate" negotiateServiceCredential="false"/>
     </security></binding></wsHttpBinding>`,
  ],
  ...['true', 'false'].map(
    (cancel) =>
      [
        `customBinding SecureConversation over MutualCertificate, requireSecurityContextCancellation="${cancel}"`,
        'customBinding',
        `<customBinding><binding name="Secure">
           <security authenticationMode="SecureConversation" requireSecurityContextCancellation="${cancel}">
             <secureConversationBootstrap authenticationMode="MutualCertificate"/>
           </security>
           <textMessageEncoding/><httpTransport/>
         </binding></customBinding>`,
      ] as const,
  ),
];

describe('secure conversation, host and client from config files', () => {
  it.each(BINDINGS)('%s', async (_name, section, bindings) => {
    const serviceFile = join(dir, 'service.config');
    writeFileSync(
      serviceFile,
      xml(`<bindings>${bindings}</bindings>
        <services><service name="CalculatorService" behaviorConfiguration="Secured">
          <host><baseAddresses><add baseAddress="http://127.0.0.1:0/"/></baseAddresses></host>
          <endpoint address="calc" binding="${section}" bindingConfiguration="Secure" contract="ICalculator"/>
        </service></services>
        <behaviors><serviceBehaviors><behavior name="Secured"><serviceCredentials>
          <serviceCertificate findValue="localhost" x509FindType="FindBySubjectName"/>
        </serviceCredentials></behavior></serviceBehaviors></behaviors>`),
    );
    const [host] = await (
      await loadConfiguration(serviceFile, quiet())
    ).createServiceHosts({ CalculatorService });
    await host.open();
    try {
      const clientFile = join(dir, 'client.config');
      writeFileSync(
        clientFile,
        xml(`<bindings>${bindings}</bindings>
          <client><endpoint name="Secure" address="${host.endpoints[0].address.toString()}" binding="${section}"
              bindingConfiguration="Secure" contract="ICalculator" behaviorConfiguration="Client"/></client>
          <behaviors><endpointBehaviors><behavior name="Client"><clientCredentials>
            <clientCertificate findValue="indigo-test-client" x509FindType="FindBySubjectName"/>
            <serviceCertificate>
              <defaultCertificate findValue="localhost" x509FindType="FindBySubjectName" storeName="TrustedPeople"/>
            </serviceCertificate>
          </clientCredentials></behavior></endpointBehaviors></behaviors>`),
      );
      const factory = await (await loadConfiguration(clientFile)).createChannelFactory(ICalculator, 'Secure');
      const calc = await factory.createChannel();
      expect(await calc.add(1, 2)).toBe(3);
      expect(await calc.whoAmI()).toMatch(/^O=indigo-test, CN=indigo-test-client; [0-9A-F]{40}$/);
      expect(await calc.add(3, 4)).toBe(7);
      await factory.close();
    } finally {
      await host.close();
    }
  });
});
