/**
 * `<behaviors>` mapped onto hosts and factories, and the settings the runtime does not carry out yet:
 * refused with "not supported yet" when a host or factory is built (never silently accepted), listed as
 * warnings by `indigo validate` (IndigoConfiguration.checkRuntime).
 */
import { cpus } from 'node:os';
import { CalculatorService } from '../../samples/calculator/CalculatorService';
import { ICalculator } from '../../samples/calculator/ICalculator';
import { ConfigurationLoadError } from '../../src/config/ConfigurationError';
import type { IndigoConfiguration } from '../../src/config/IndigoConfiguration';
import { loadXml } from './helpers';

const service = (behavior: string, extra = ''): string => `
  <services><service name="CalculatorService"${extra}>
    <endpoint address="http://127.0.0.1:0/calc" binding="basicHttpBinding" contract="ICalculator"/></service></services>
  <behaviors><serviceBehaviors>${behavior}</serviceBehaviors></behaviors>`;

const client = (behavior: string): string => `
  <client><endpoint name="c" address="http://127.0.0.1/calc" binding="basicHttpBinding" contract="ICalculator" behaviorConfiguration="b"/></client>
  <behaviors><endpointBehaviors><behavior name="b">${behavior}</behavior></endpointBehaviors></behaviors>`;

async function hostErrors(config: IndigoConfiguration): Promise<string[]> {
  return config.createServiceHosts({ CalculatorService }).then(
    () => [],
    (err: unknown) => {
      if (!(err instanceof ConfigurationLoadError)) throw err;
      return err.errors.map((e) => e.message);
    },
  );
}

async function factoryErrors(config: IndigoConfiguration): Promise<string[]> {
  return config.createChannelFactory(ICalculator, 'c').then(
    () => [],
    (err: unknown) => {
      if (!(err instanceof ConfigurationLoadError)) throw err;
      return err.errors.map((e) => e.message);
    },
  );
}

const warnings = (config: IndigoConfiguration): string[] =>
  config.checkRuntime().warnings.map((w) => w.message);

describe('serviceMetadata (ServiceMetadataBehavior)', () => {
  const hosting = (behavior: string, extra = ''): string => `
  <services><service name="CalculatorService"${extra}>
    <host><baseAddresses><add baseAddress="http://127.0.0.1:0/calc/"/></baseAddresses></host>
    <endpoint address="" binding="basicHttpBinding" contract="ICalculator"/>
    <endpoint address="mex" binding="mexHttpBinding" contract="IMetadataExchange"/></service></services>
  <behaviors><serviceBehaviors>${behavior}</serviceBehaviors></behaviors>`;

  it('maps httpGetEnabled, httpGetUrl and policyVersion onto the host, and the host serves ?wsdl there', async () => {
    const config = loadXml(
      hosting(
        '<behavior><serviceMetadata httpGetEnabled="true" httpGetUrl="meta" policyVersion="Policy15"/></behavior>',
      ),
    );
    expect(warnings(config)).toEqual([]);
    const [host] = await config.createServiceHosts({ CalculatorService });
    expect(host.metadata?.httpGetEnabled).toBe(true);
    expect(host.metadata?.policyVersion.name).toBe('Policy15');
    await host.open();
    try {
      const res = await fetch(`${host.metadataUrls[0]}?wsdl`);
      expect(res.status).toBe(200);
      expect(host.metadataUrls[0].pathname).toBe('/calc/meta');
    } finally {
      await host.close();
    }
  });

  it('accepts it switched off (the Visual Studio template), and alone', async () => {
    for (const element of [
      '<serviceMetadata httpGetEnabled="false" httpsGetEnabled="false"/>',
      '<serviceMetadata/>',
    ]) {
      const config = loadXml(service(`<behavior>${element}</behavior>`));
      expect(await config.createServiceHosts({ CalculatorService })).toHaveLength(1);
      expect(warnings(config)).toEqual([]);
    }
  });

  it.each([
    [
      'ftp://x/meta',
      /serviceMetadata\/@httpGetUrl: <serviceMetadata httpGetUrl="ftp:\/\/x\/meta">: the address must be relative to the http base address or use the http scheme, not 'ftp'$/,
    ],
    ['https://x/meta', /serviceMetadata\/@httpGetUrl: .*use the http scheme, not 'https'$/],
    ['http://[x/meta', /serviceMetadata\/@httpGetUrl: .*not a valid absolute URI$/],
  ])('refuses httpGetUrl="%s" with the file and line', async (url, expected) => {
    const config = loadXml(
      service(`<behavior><serviceMetadata httpGetEnabled="true" httpGetUrl="${url}"/></behavior>`),
    );
    const errors = await hostErrors(config);
    expect(errors).toEqual([expect.stringMatching(expected)]);
    expect(errors[0]).toMatch(/:\d+:\d+/);
  });

  it('still refuses the GET bindings it does not carry out', async () => {
    const config = loadXml(
      service('<behavior><serviceMetadata httpGetBinding="basicHttpBinding"/></behavior>'),
    );
    expect(await hostErrors(config)).toEqual([
      expect.stringMatching(
        /serviceMetadata\/@httpGetBinding: not supported yet: <serviceMetadata> httpGetBinding="basicHttpBinding"/,
      ),
    ]);
  });

  it("makes a mexHttpBinding endpoint without <serviceMetadata> fail to open with WCF's message", async () => {
    const config = loadXml(hosting('<behavior><serviceDebug/></behavior>'));
    const [host] = await config.createServiceHosts({ CalculatorService });
    await expect(host.open()).rejects.toThrow(/The contract name 'IMetadataExchange' could not be found/);
  });
});

describe('service behaviors', () => {
  it('applies the nameless behavior to a service without behaviorConfiguration (WCF 4)', async () => {
    const config = loadXml(
      service(
        '<behavior><serviceThrottling maxConcurrentCalls="7"/><serviceDebug includeExceptionDetailInFaults="true"/></behavior>',
      ),
    );
    const [host] = await config.createServiceHosts({ CalculatorService });
    expect(host.throttling).toEqual({
      maxConcurrentCalls: 7,
      maxConcurrentSessions: 100 * cpus().length,
      maxConcurrentInstances: 116 * cpus().length,
    });
    expect(host.debug.includeExceptionDetailInFaults).toBe(true);
  });

  it.each([
    [
      '<serviceDebug httpHelpPageUrl="http://h/help"/>',
      /serviceDebug\/@httpHelpPageUrl: not supported yet: <serviceDebug> httpHelpPageUrl="http:\/\/h\/help"/,
    ],
    [
      '<serviceThrottling maxConcurrentCalls="10" maxConcurrentInstances="2"/>',
      /serviceThrottling\/@maxConcurrentInstances: not supported yet: maxConcurrentInstances \(2\) below maxConcurrentCalls \(10\)/,
    ],
    [
      '<serviceCredentials><windowsAuthentication allowAnonymousLogons="true"/></serviceCredentials>',
      /windowsAuthentication\/@allowAnonymousLogons: not supported yet: <windowsAuthentication> allowAnonymousLogons="true"/,
    ],
    [
      '<serviceCredentials type="My.Credentials, My"/>',
      /serviceCredentials\/@type: not supported yet: <serviceCredentials> type="My\.Credentials, My"/,
    ],
    [
      '<serviceCredentials><clientCertificate><certificate findValue="CN=x"/></clientCertificate></serviceCredentials>',
      /clientCertificate\/certificate: not supported yet: a client certificate known to the service in advance/,
    ],
  ])('refuses %s when hosting, and warns in validate', async (element, pattern) => {
    const config = loadXml(service(`<behavior>${element}</behavior>`));
    expect(await hostErrors(config)).toEqual([expect.stringMatching(pattern)]);
    expect(warnings(config)).toEqual([expect.stringMatching(pattern)]);
  });

  it('accepts the settings Indigo does what they say: no help page, defaults written out', async () => {
    const config = loadXml(
      service(`<behavior><serviceDebug httpHelpPageEnabled="false" httpsHelpPageEnabled="false"/>
      <serviceMetadata policyVersion="Default"/><serviceThrottling maxConcurrentCalls="10" maxConcurrentInstances="10"/></behavior>`),
    );
    expect(await config.createServiceHosts({ CalculatorService })).toHaveLength(1);
    expect(warnings(config)).toEqual([]);
  });

  it('reports the behavior problems and the endpoint problems together, and makes no host', async () => {
    const config = loadXml(`<services><service name="CalculatorService">
        <endpoint address="http://127.0.0.1:0/a" binding="wsHttpBinding" contract="ICalculator"/>
        <endpoint address="http://127.0.0.1:0/b" binding="basicHttpBinding" contract="INoSuchContract"/></service></services>
      <behaviors><serviceBehaviors><behavior><serviceMetadata httpGetEnabled="true" httpGetUrl="ftp://x"/></behavior></serviceBehaviors></behaviors>`);
    const errors = await hostErrors(config);
    // In file order: the endpoints come before <behaviors> in this file.
    expect(errors).toEqual([
      expect.stringMatching(
        /endpoint\[1\]\/@binding: the default <wsHttpBinding> configuration: not supported yet: security mode Message/,
      ),
      expect.stringMatching(
        /endpoint\[2\]\/@contract: no @ServiceContract class named 'INoSuchContract' is loaded/,
      ),
      expect.stringMatching(/serviceMetadata\/@httpGetUrl: <serviceMetadata httpGetUrl="ftp:\/\/x">/),
    ]);
  });
});

describe('client (endpoint) behaviors', () => {
  it.each([
    [
      '<clientCredentials><windows allowNtlm="false"/></clientCredentials>',
      /clientCredentials\/windows\/@allowNtlm: not supported yet: <windows> allowNtlm="false"/,
    ],
    [
      '<clientCredentials useIdentityConfiguration="true"/>',
      /clientCredentials\/@useIdentityConfiguration: not supported yet/,
    ],
    [
      '<clientCredentials><serviceCertificate><sslCertificateAuthentication certificateValidationMode="PeerTrust"/></serviceCertificate></clientCredentials>',
      /sslCertificateAuthentication\/@certificateValidationMode: not supported yet: certificateValidationMode="PeerTrust" for the TLS server certificate — Indigo supports ChainTrust/,
    ],
  ])('refuses %s when the factory is made, and warns in validate', async (element, pattern) => {
    const config = loadXml(client(element));
    expect(await factoryErrors(config)).toEqual([expect.stringMatching(pattern)]);
    expect(warnings(config)).toEqual([expect.stringMatching(pattern)]);
  });

  it('sets TLS validation None (tests against a self-signed service)', async () => {
    const config = loadXml(
      client(
        '<clientCredentials><serviceCertificate><sslCertificateAuthentication certificateValidationMode="None"/></serviceCertificate></clientCredentials>',
      ),
    );
    const factory = await config.createChannelFactory(ICalculator, 'c');
    expect(
      factory.credentials.serviceCertificate.sslCertificateAuthentication.certificateValidationMode,
    ).toBe('None');
  });

  it('ignores <clientCredentials> on a service endpoint, as WCF does (it is a client-side behavior)', async () => {
    const config = loadXml(`<services><service name="CalculatorService">
        <endpoint address="http://127.0.0.1:0/a" binding="basicHttpBinding" contract="ICalculator" behaviorConfiguration="b"/></service></services>
      <behaviors><endpointBehaviors><behavior name="b"><clientCredentials><windows allowNtlm="false"/></clientCredentials></behavior></endpointBehaviors></behaviors>`);
    expect(await config.createServiceHosts({ CalculatorService })).toHaveLength(1);
  });
});
