/**
 * The corpus: configs written the way .NET developers write them (svcutil output, the VS web.config template,
 * comments, <system.web> and <system.diagnostics> beside <system.serviceModel>, an unused netTcpBinding, the
 * casings .NET's converters accept, the service library template's metadata endpoint, extensions from a module,
 * certificates by store) — each loads, or fails with exactly the error expected; those that load are also
 * checked as `indigo validate` checks them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfiguration } from '../../src/config/loadConfiguration';
import { ConfigurationLoadError, inFileOrder } from '../../src/config/ConfigurationError';

const dir = join(__dirname, '..', 'fixtures', 'config', 'corpus');

/** File → undefined (loads) or the expected errors, as `line:col: path: problem` patterns. */
const expected: Record<string, RegExp[] | undefined> = {
  '01-svcutil-basic-client.config': undefined,
  '02-vs-template-web.config': undefined,
  '03-service-relative-addresses.config': undefined,
  '04-mixed-casing-dotnet-accepts.config': undefined,
  '05-default-unnamed-binding.config': undefined,
  '06-custom-binding-soap12.config': undefined,
  '07-clear-and-remove.config': undefined,
  '08-https-transport.config': undefined,
  '09-ws-message-security-loads.config': undefined,
  '10-custom-secure-conversation-loads.config': undefined,
  '11-behaviors-credentials.config': undefined,
  '12-ignored-sections.config': undefined,
  '13-dotnet2-namespace.config': undefined,
  '14-identity-on-client.config': undefined,
  '15-reader-quotas-max.config': undefined,
  '16-svcutil-mex-metadata.config': undefined,
  '17-extensions-from-module.config': undefined,
  '18-certificates-by-store.config': undefined,
  '19-ws2007-no-security.config': undefined,
  '20-wrong-case-enum.config': [
    /^6:37: .*binding\[@name='x'\]\/security\/@mode: 'none' is not an allowed value; allowed: None, Transport, Message, TransportWithMessageCredential, TransportCredentialOnly — did you mean 'None'\?/,
  ],
  '21-typo-attribute.config': [
    /^6:27: .*binding\[@name='x'\]\/@maxRecievedMessageSize: unknown attribute 'maxRecievedMessageSize' — did you mean 'maxReceivedMessageSize'\?/,
  ],
  '22-dangling-binding-configuration.config': [
    /^6:78: .*endpoint\[1\]\/@bindingConfiguration: the endpoint at 'http:\/\/localhost\/calc' of service 'CalculatorService' refers to bindingConfiguration 'Missing', but <bindings><basicHttpBinding> has no <binding name="Missing"> \(it has none\)$/,
  ],
  '23-duplicate-binding.config': [
    /^7:9: .*binding\[@name='Same'\]: a second entry with name='Same': keys must be unique/,
  ],
  '24-negative-timeout.config': [
    /^6:27: .*@openTimeout: '-00:00:01' is not a TimeSpan: a negative TimeSpan is not allowed$/,
  ],
  '25-transport-not-last.config': [
    /^6:27: .*binding\[@name='x'\]\/httpTransport: in customBinding 'x' the transport <httpTransport> must be the last element, but <textMessageEncoding> follows it$/,
  ],
  '26-unsupported-binding-element.config': [
    /^6:32: .*binaryMessageEncoding: not supported yet: the binding element <binaryMessageEncoding>/,
  ],
  '27-unknown-behavior-element.config': [
    /^6:28: .*behavior\[@name='b'\]\/serviceDebugg: unknown element <serviceDebugg> — did you mean 'serviceDebug'\?/,
  ],
  '28-missing-behavior.config': [
    /^5:41: .*service\[@name='CalculatorService'\]\/@behaviorConfiguration: service 'CalculatorService' refers to behaviorConfiguration 'Nope', but <behaviors><serviceBehaviors> has no <behavior name="Nope">$/,
  ],
  '29-bad-boolean.config': [/^6:27: .*@allowCookies: 'yes' is not a boolean \(true or false\)$/],
  '30-no-service-model.config': [/^2:1: <configuration> has no <system\.serviceModel> section$/],
  '31-remove-unknown.config': [
    /^6:9: .*basicHttpBinding\/remove: <remove name="NeverDeclared"\/> names no <binding> declared before it$/,
  ],
  '40-app.json': undefined,
  '42-ws-none-with-behaviors.json': undefined,
  '41-bad-values.json': [
    /^5:36: .*binding\[@name='w'\]\/@maxReceivedMessageSize: 'big' is not a whole number$/,
    /^5:83: .*security\/@mode: 'Mesage' is not an allowed value; .* did you mean 'Message'\?/,
  ],
};

/**
 * What `indigo validate` adds for the files that load (IndigoConfiguration.checkRuntime): no errors, and these
 * warnings in file order — sections that have no effect, features the runtime does not carry out yet.
 */
const warnings: Record<string, RegExp[]> = {
  '02-vs-template-web.config': [
    /^24:5: system\.serviceModel\/serviceHostingEnvironment: ignored: IIS\/WAS hosting settings have no effect outside IIS$/,
  ],
  // WCF's default negotiateServiceCredential="true" (TLSNEGO over WS-Trust) is not in Indigo's runtime.
  '09-ws-message-security-loads.config': [
    /^6:57: system\.serviceModel\/bindings\/wsHttpBinding\/binding\[@name='Secure'\]\/security\/message: not supported yet: security mode Message with these settings — negotiateServiceCredential="true" \(TLS\/SPNEGO negotiation over WS-Trust\) is not supported/,
  ],
  '12-ignored-sections.config': [
    /^8:5: system\.serviceModel\/protocolMapping: ignored: Indigo adds no default endpoints/,
    /^11:5: system\.serviceModel\/diagnostics: ignored: WCF message logging/,
  ],
};

describe('config corpus', () => {
  it('has a verdict for every file, and at least 25 files', () => {
    const files = readdirSync(dir).sort();
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', async (file, errors) => {
    const result = await loadConfiguration(join(dir, file)).then(
      () => [] as string[],
      (err: unknown) => {
        if (!(err instanceof ConfigurationLoadError)) throw err;
        return err.errors.map((e) => `${e.line}:${e.column}: ${e.path ? `${e.path}: ` : ''}${e.problem}`);
      },
    );
    if (!errors) {
      expect(result).toEqual([]);
      const config = await loadConfiguration(join(dir, file));
      const runtime = config.checkRuntime();
      expect(runtime.errors.map((e) => e.message)).toEqual([]);
      const found = inFileOrder([...config.warnings, ...runtime.warnings]).map(
        (w) => `${w.line}:${w.column}: ${w.path ? `${w.path}: ` : ''}${w.problem}`,
      );
      const expected = warnings[file] ?? [];
      expect(found).toHaveLength(expected.length);
      expected.forEach((pattern, i) => expect(found[i]).toMatch(pattern));
    } else {
      expect(result).toHaveLength(errors.length);
      errors.forEach((pattern, i) => expect(result[i]).toMatch(pattern));
    }
  });
});

describe('config corpus: the WCF Service Library template (16) hosts', () => {
  it('publishes ?wsdl at its base address and answers WS-Transfer Get at mex', async () => {
    const { ServiceContract, OperationContract, contractOperation } =
      await import('../../src/service/description');
    const { DataType } = await import('../../src/service/serialization');
    // The template's contract and service, as the config names them.
    @ServiceContract({ name: 'ICalculator', configurationName: 'CalculatorLibrary.ICalculator' })
    class LibraryCalculator {
      @OperationContract({ parameters: { a: DataType.double, b: DataType.double }, returns: DataType.double })
      add(_a: number, _b: number): Promise<number> {
        return contractOperation();
      }
    }
    class CalculatorService {
      async add(a: number, b: number): Promise<number> {
        return a + b;
      }
    }
    const config = await loadConfiguration(join(dir, '16-svcutil-mex-metadata.config'));
    const [host] = await config.createServiceHosts(
      { CalculatorService, LibraryCalculator },
      { listen: { hostname: '127.0.0.1', port: 0 } },
    );
    await host.open();
    try {
      const base = host.metadataUrls[0].toString();
      expect(base).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/Design_Time_Addresses\/CalculatorLibrary\/CalculatorService\/$/,
      );
      const wsdl = await fetch(`${base}?wsdl`);
      expect(wsdl.status).toBe(200);
      expect(await wsdl.text()).toContain('name="BasicHttpBinding_ICalculator"');
      const mex = await fetch(`${base}mex`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/soap+xml; charset=utf-8' },
        body:
          '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://www.w3.org/2005/08/addressing">' +
          '<s:Header><a:Action s:mustUnderstand="1">http://schemas.xmlsoap.org/ws/2004/09/transfer/Get</a:Action>' +
          `<a:To s:mustUnderstand="1">${base}mex</a:To></s:Header><s:Body/></s:Envelope>`,
      });
      expect(mex.status).toBe(200);
      expect(await mex.text()).toContain('MetadataSection');
    } finally {
      await host.close();
    }
  });
});
