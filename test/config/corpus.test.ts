/**
 * The corpus: configs written the way .NET developers write them (svcutil output, the VS web.config template,
 * comments, <system.web> and <system.diagnostics> beside <system.serviceModel>, an unused netTcpBinding, the
 * casings .NET's converters accept) — each loads, or fails with exactly the error expected.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfiguration } from '../../src/config/loadConfiguration';
import { ConfigurationLoadError } from '../../src/config/ConfigurationError';

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
  '41-bad-values.json': [
    /^4:53: .*binding\[@name='w'\]\/@maxReceivedMessageSize: 'big' is not a whole number$/,
    /^4:100: .*security\/@mode: 'Mesage' is not an allowed value; .* did you mean 'Message'\?/,
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
    if (!errors) expect(result).toEqual([]);
    else {
      expect(result).toHaveLength(errors.length);
      errors.forEach((pattern, i) => expect(result[i]).toMatch(pattern));
    }
  });
});
