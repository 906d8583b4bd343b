/**
 * `<endpoint><identity>` becomes the EndpointIdentity of the endpoint's address — client and service, XML and
 * JSON alike — and what Indigo cannot honour is refused with the element named, never ignored.
 */
import { EndpointAddress } from '../../src/channels/EndpointAddress';
import {
  DnsEndpointIdentity,
  EndpointIdentity,
  X509CertificateEndpointIdentity,
} from '../../src/channels/EndpointIdentity';
import { ConfigurationLoadError } from '../../src/config/ConfigurationError';
import { loadConfigurationText } from '../../src/config/loadConfiguration';
import { CalculatorService } from '../../samples/calculator/CalculatorService';
import { ICalculator } from '../../samples/calculator/ICalculator';
import { testCertificates } from '../security/fixtures/testCertificates';

const xml = (identity: string): string => `<configuration><system.serviceModel>
  <client>
    <endpoint address="http://localhost:8080/calc" binding="basicHttpBinding" contract="ICalculator" name="c">
      <identity>${identity}</identity>
    </endpoint>
  </client>
  <services>
    <service name="CalculatorService">
      <endpoint address="http://localhost:8080/calc" binding="basicHttpBinding" contract="ICalculator">
        <identity>${identity}</identity>
      </endpoint>
    </service>
  </services>
</system.serviceModel></configuration>`;

const json = JSON.stringify({
  'system.serviceModel': {
    client: {
      endpoint: [
        {
          address: 'http://localhost:8080/calc',
          binding: 'basicHttpBinding',
          contract: 'ICalculator',
          name: 'c',
          identity: { dns: { value: 'localhost' } },
        },
      ],
    },
  },
});

async function problems(config: string): Promise<string[]> {
  const loaded = loadConfigurationText(xml(config), '/v/app.config');
  const err = await loaded.createChannelFactory(ICalculator).catch((e: unknown) => e);
  if (!(err instanceof ConfigurationLoadError))
    throw new Error(`expected a ConfigurationLoadError, got ${String(err)}`);
  return err.errors.map((e) => `${e.path}: ${e.problem}`);
}

describe('<endpoint><identity>', () => {
  it('gives the same client address from XML, JSON and code for a dns identity', async () => {
    const fromXml = await loadConfigurationText(
      xml('<dns value="localhost"/>'),
      '/v/app.config',
    ).createChannelFactory(ICalculator);
    const fromJson = await loadConfigurationText(json, '/v/app.json').createChannelFactory(ICalculator);
    const code = new EndpointAddress(
      'http://localhost:8080/calc',
      EndpointIdentity.createDnsIdentity('localhost'),
    );
    for (const factory of [fromXml, fromJson]) {
      expect(factory.remoteAddress.toString()).toBe(code.toString());
      expect(factory.remoteAddress.identity).toBeInstanceOf(DnsEndpointIdentity);
      expect(factory.remoteAddress.identity).toEqual(code.identity);
    }
  });

  it("puts a service endpoint's identity on its address", async () => {
    const config = loadConfigurationText(xml('<dns value="calc.example.com"/>'), '/v/app.config');
    const [host] = await config.createServiceHosts({ CalculatorService });
    expect((host.endpoints[0].address.identity as DnsEndpointIdentity).value).toBe('calc.example.com');
  });

  it('reads <certificate encodedValue> as a base64 certificate', async () => {
    const der = testCertificates().service.x509.raw.toString('base64');
    const factory = await loadConfigurationText(
      xml(`<certificate encodedValue="${der}"/>`),
      '/v/app.config',
    ).createChannelFactory(ICalculator);
    const identity = factory.remoteAddress.identity as X509CertificateEndpointIdentity;
    expect(identity.certificate.thumbprint).toBe(testCertificates().service.thumbprint);
  });

  it('refuses an encodedValue that is not a certificate, naming the attribute', async () => {
    expect(await problems('<certificate encodedValue="AAAA"/>')).toEqual([
      expect.stringMatching(
        /client\/endpoint\[.*@name='c'\]\/identity\/certificate\/@encodedValue: encodedValue is not a base64 certificate/,
      ),
    ]);
  });

  it('refuses two identities rather than ignoring one', async () => {
    expect(await problems('<dns value="a"/><userPrincipalName value="b@c"/>')).toEqual([
      expect.stringMatching(
        /identity\/dns: <identity> holds <userPrincipalName> and <dns>; an endpoint has one identity/,
      ),
    ]);
  });

  it('refuses isChainIncluded="true" as not supported yet', async () => {
    expect(await problems('<certificateReference findValue="CN=localhost" isChainIncluded="true"/>')).toEqual(
      [expect.stringMatching(/identity\/certificateReference\/@isChainIncluded: not supported yet/)],
    );
  });

  it('is checked by indigo validate too: two identities an error, isChainIncluded a not-supported warning', () => {
    // The fixture has the identity on a service endpoint and on a client endpoint: one problem each.
    const twice = loadConfigurationText(
      xml('<dns value="a"/><userPrincipalName value="b@c"/>'),
      '/v/app.config',
    );
    expect(twice.checkRuntime().errors.map(String)).toEqual([
      expect.stringMatching(
        /services\/service.*identity\/dns: <identity> holds <userPrincipalName> and <dns>/,
      ),
      expect.stringMatching(
        /client\/endpoint.*identity\/dns: <identity> holds <userPrincipalName> and <dns>/,
      ),
    ]);
    const chain = loadConfigurationText(
      xml('<certificateReference findValue="CN=localhost" isChainIncluded="true"/>'),
      '/v/app.config',
    ).checkRuntime();
    expect(chain.errors).toEqual([]);
    expect(chain.warnings.map(String)).toEqual([
      expect.stringMatching(
        /services\/service.*identity\/certificateReference\/@isChainIncluded: not supported yet/,
      ),
      expect.stringMatching(
        /client\/endpoint.*identity\/certificateReference\/@isChainIncluded: not supported yet/,
      ),
    ]);
  });

  it('passes indigo validate with one well-formed identity', () => {
    const runtime = loadConfigurationText(
      xml('<dns value="calc.example.com"/>'),
      '/v/app.config',
    ).checkRuntime();
    expect([runtime.errors, runtime.warnings]).toEqual([[], []]);
  });
});
