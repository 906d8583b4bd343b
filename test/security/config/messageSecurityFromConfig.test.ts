/**
 * Message security set up entirely from config files, as a WCF user sets it up: a service's app.config (a
 * wsHttpBinding with security mode Message, the service certificate and client-certificate trust in
 * `<serviceCredentials>`) and a client's (the same binding, its certificate and the service's in
 * `<clientCredentials>`), with certificates made at test time in the folder store beside the configs
 * (src/cli/certCommand.ts). They call each other over loopback HTTP, and the service sees who called.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageSecurityException } from '../../../src/channels/CommunicationErrors';
import { LoggerToken, type Logger } from '../../../src/channels/Logger';
import { createTestCertificates } from '../../../src/cli/certCommand';
import { loadConfiguration, type LoadConfigurationOptions } from '../../../src/config/loadConfiguration';
import { createIndigoContainer, serviceId } from '../../../src/di/IndigoContainer';
import type { ChannelFactory } from '../../../src/client/ChannelFactory';
import type { ServiceHost } from '../../../src/service/ServiceHost';
import { CalculatorService } from '../../../samples/calculator/CalculatorService';
import { ICalculator } from '../../../samples/calculator/ICalculator';
import { validatorLog } from '../../fixtures/config/validators/validators';
import { tempDir, xml } from '../../config/helpers';

const validators = join(__dirname, '..', '..', 'fixtures', 'config', 'validators', 'validators');
const dir = tempDir();
createTestCertificates(join(dir, 'certificates'));
// Another authority's client, which the service's stores know nothing about.
const strangers = tempDir();
createTestCertificates(join(strangers, 'certificates'), { clientName: 'mallory' });
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(strangers, { recursive: true, force: true });
});

/** What the services logged (why they refused requests), kept out of the test output. */
const serviceLog: string[] = [];
function recording(): LoadConfigurationOptions {
  const container = createIndigoContainer();
  const record = (m: string, d?: unknown): void => {
    serviceLog.push(d instanceof Error ? `${m}: ${d.message}` : m);
  };
  const logger: Logger = { debug: () => {}, info: () => {}, warn: record, error: record };
  container.rebindSync(serviceId(LoggerToken)).toConstantValue(logger);
  return { container };
}

const binding = (credential: string): string => `
  <bindings><wsHttpBinding><binding name="Secure">
    <security mode="Message">
      <message clientCredentialType="${credential}" negotiateServiceCredential="false" establishSecurityContext="false"/>
    </security>
  </binding></wsHttpBinding></bindings>`;

const serviceConfig = (credential: string, serviceCredentials: string): string =>
  xml(`${binding(credential)}
  <services><service name="Calculator.CalculatorService" behaviorConfiguration="Secured">
    <host><baseAddresses><add baseAddress="http://127.0.0.1:0/"/></baseAddresses></host>
    <endpoint address="calc" binding="wsHttpBinding" bindingConfiguration="Secure" contract="Calculator.ICalculator"/>
  </service></services>
  <behaviors><serviceBehaviors><behavior name="Secured"><serviceCredentials>
    <serviceCertificate findValue="localhost" x509FindType="FindBySubjectName"/>
    ${serviceCredentials}
  </serviceCredentials></behavior></serviceBehaviors></behaviors>`);

const CLIENT_CREDENTIALS = `
    <clientCertificate findValue="indigo-test-client" x509FindType="FindBySubjectName"/>
    <serviceCertificate>
      <defaultCertificate findValue="localhost" x509FindType="FindBySubjectName" storeName="TrustedPeople"/>
      <authentication certificateValidationMode="PeerTrust"/>
    </serviceCertificate>`;

const clientConfig = (credential: string, address: string, clientCredentials = CLIENT_CREDENTIALS): string =>
  xml(`${binding(credential)}
  <client><endpoint name="Secure" address="${address}" binding="wsHttpBinding" bindingConfiguration="Secure"
      contract="Calculator.ICalculator" behaviorConfiguration="Client"/></client>
  <behaviors><endpointBehaviors><behavior name="Client"><clientCredentials>${clientCredentials}
  </clientCredentials></behavior></endpointBehaviors></behaviors>`);

async function openHost(credential: string, serviceCredentials = ''): Promise<ServiceHost> {
  const file = join(dir, `service-${credential}.config`);
  writeFileSync(file, serviceConfig(credential, serviceCredentials));
  const [host] = await (await loadConfiguration(file, recording())).createServiceHosts({ CalculatorService });
  await host.open();
  return host;
}

async function clientFrom(
  folder: string,
  name: string,
  text: string,
  configure?: (factory: ChannelFactory<ICalculator>) => void,
) {
  const file = join(folder, name);
  writeFileSync(file, text);
  const factory = await (await loadConfiguration(file)).createChannelFactory(ICalculator, 'Secure');
  configure?.(factory);
  return { factory, calc: await factory.createChannel() };
}

describe('wsHttpBinding Message security, host and client from config files', () => {
  beforeEach(() => {
    validatorLog.splice(0);
    serviceLog.splice(0);
  });

  it('Certificate (ChainTrust on the service, PeerTrust on the client): the call goes through and WhoAmI names the client certificate', async () => {
    const host = await openHost('Certificate');
    try {
      const address = host.endpoints[0].address.toString();
      const { factory, calc } = await clientFrom(dir, 'client.config', clientConfig('Certificate', address));
      expect(await calc.add(20, 22)).toBe(42);
      expect(await calc.whoAmI()).toMatch(/^O=indigo-test, CN=indigo-test-client; [0-9A-F]{40}$/);
      await factory.close();
    } finally {
      await host.close();
    }
  });

  it('the same client as app.json', async () => {
    const host = await openHost('Certificate');
    try {
      const json = {
        'system.serviceModel': {
          bindings: {
            wsHttpBinding: {
              binding: [
                {
                  name: 'Secure',
                  security: {
                    mode: 'Message',
                    message: {
                      clientCredentialType: 'Certificate',
                      negotiateServiceCredential: false,
                      establishSecurityContext: false,
                    },
                  },
                },
              ],
            },
          },
          client: {
            endpoint: [
              {
                name: 'Secure',
                address: host.endpoints[0].address.toString(),
                binding: 'wsHttpBinding',
                bindingConfiguration: 'Secure',
                contract: 'Calculator.ICalculator',
                behaviorConfiguration: 'Client',
              },
            ],
          },
          behaviors: {
            endpointBehaviors: {
              behavior: [
                {
                  name: 'Client',
                  clientCredentials: {
                    clientCertificate: { findValue: 'indigo-test-client', x509FindType: 'FindBySubjectName' },
                    serviceCertificate: {
                      defaultCertificate: {
                        findValue: 'localhost',
                        x509FindType: 'FindBySubjectName',
                        storeName: 'TrustedPeople',
                      },
                      authentication: { certificateValidationMode: 'PeerTrust' },
                    },
                  },
                },
              ],
            },
          },
        },
      };
      const { factory, calc } = await clientFrom(dir, 'client.json', JSON.stringify(json, null, 2));
      expect(await calc.whoAmI()).toMatch(/CN=indigo-test-client; [0-9A-F]{40}$/);
      await factory.close();
    } finally {
      await host.close();
    }
  });

  it("refuses a client whose certificate does not chain to the service's LocalMachine/Root", async () => {
    const host = await openHost('Certificate');
    try {
      // mallory's own store: its certificate, and the real service's certificate to encrypt to.
      const { factory, calc } = await clientFrom(
        strangers,
        'client.config',
        clientConfig(
          'Certificate',
          host.endpoints[0].address.toString(),
          `<clientCertificate findValue="mallory" x509FindType="FindBySubjectName"/>
           <serviceCertificate><defaultCertificate file="${join(dir, 'certificates', 'CurrentUser', 'TrustedPeople', 'service.crt')}"/>
             <authentication certificateValidationMode="None"/></serviceCertificate>`,
        ),
      );
      await expect(calc.add(1, 1)).rejects.toBeInstanceOf(MessageSecurityException);
      expect(serviceLog.join('\n')).toMatch(/CN=mallory.*does not chain to a trusted root authority/);
      await factory.close();
    } finally {
      await host.close();
    }
  });

  it('a Custom client-certificate validator named in <serviceCredentials> decides', async () => {
    const host = await openHost(
      'Certificate',
      `<clientCertificate><authentication certificateValidationMode="Custom" revocationMode="NoCheck"
         customCertificateValidatorType="TestClientCertificateValidator, ${validators}"/></clientCertificate>`,
    );
    try {
      const { factory, calc } = await clientFrom(
        dir,
        'client.config',
        clientConfig('Certificate', host.endpoints[0].address.toString()),
      );
      expect(await calc.whoAmI()).toMatch(/CN=indigo-test-client/);
      expect(validatorLog).toEqual([
        expect.stringMatching(/^certificate .*CN=indigo-test-client.* for signature$/),
      ]);
      await factory.close();
    } finally {
      await host.close();
    }
  });

  it('UserName with the Custom validator named in <userNameAuthentication>: WhoAmI names the user', async () => {
    const host = await openHost(
      'UserName',
      `<userNameAuthentication userNamePasswordValidationMode="Custom" customUserNamePasswordValidatorType="CalculatorUsers, ${validators}"/>`,
    );
    try {
      const address = host.endpoints[0].address.toString();
      const credentials = `<serviceCertificate><defaultCertificate findValue="localhost" x509FindType="FindBySubjectName" storeName="TrustedPeople"/></serviceCertificate>`;
      // As in WCF, a user name and password are set in code (config has no place for them).
      const { factory, calc } = await clientFrom(
        dir,
        'user.config',
        clientConfig('UserName', address, credentials),
        (f) => {
          f.credentials.userName.userName = 'alice';
          f.credentials.userName.password = 'secret';
        },
      );
      expect(await calc.whoAmI()).toBe('alice');
      expect(validatorLog).toContain('user alice');
      await factory.close();
    } finally {
      await host.close();
    }
  });
});
