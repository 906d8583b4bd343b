/** Errors a person can act on: position, element path, what was found, what is allowed, did-you-mean. */
import { connect, createServer } from 'node:net';
import { loadConfiguration, loadConfigurationText } from '../../src/config/loadConfiguration';
import { ConfigurationLoadError } from '../../src/config/ConfigurationError';
import { serviceHostFromConfig } from '../../src/config/fromConfig';
import { CalculatorService } from '../../samples/calculator/CalculatorService';
import '../../samples/calculator/ICalculator';
import { errorsOf, loadXml, writeTemp, xml } from './helpers';

const binding = (attrs: string, body = ''): string =>
  `<bindings><wsHttpBinding><binding name="x" ${attrs}>${body}</binding></wsHttpBinding></bindings>`;

describe('bad input', () => {
  it('reports malformed XML with its line and column', () => {
    expect(
      errorsOf(() =>
        loadConfigurationText(
          '<configuration>\n  <system.serviceModel>\n  </configuration>',
          '/v/app.config',
        ),
      ),
    ).toEqual([expect.stringMatching(/^\/v\/app\.config:3:\d+: malformed XML: unexpected close tag/)]);
  });

  it('refuses a DOCTYPE', () => {
    expect(
      errorsOf(() =>
        loadConfigurationText('<!DOCTYPE x [<!ENTITY a "b">]><configuration/>', '/v/app.config'),
      )[0],
    ).toMatch(/DOCTYPE is not allowed/);
  });

  it('names a wrong enum value, the allowed values and the likely one (values are case-sensitive, as in .NET)', () => {
    const [error] = errorsOf(() => loadXml(binding('', '<security mode="message" />')));
    expect(error).toBe(
      "/virtual/app.config:4:55: system.serviceModel/bindings/wsHttpBinding/binding[@name='x']/security/@mode: 'message' is not an allowed value; allowed: None, Transport, Message, TransportWithMessageCredential — did you mean 'Message'? (names and values are case-sensitive, as in .NET)",
    );
  });

  it('accepts the casings .NET accepts: booleans, Infinite, encoding names', () => {
    const config = loadXml(
      binding(
        'allowCookies="FALSE" bypassProxyOnLocal="True" receiveTimeout="infinite" textEncoding="UTF-8"',
        '<security mode="None"/>',
      ),
    );
    expect(config.createBinding('wsHttpBinding', 'x').receiveTimeout).toBe(Infinity);
  });

  it('refuses a negative size with the minimum', () => {
    expect(errorsOf(() => loadXml(binding('maxReceivedMessageSize="-5"')))).toEqual([
      expect.stringMatching(
        /4:\d+: .*binding\[@name='x'\]\/@maxReceivedMessageSize: -5 is less than the minimum 1$/,
      ),
    ]);
  });

  it('refuses an unknown attribute, suggesting the one meant', () => {
    expect(errorsOf(() => loadXml(binding('maxRecievedMessageSize="10"')))[0]).toMatch(
      /@maxRecievedMessageSize: unknown attribute 'maxRecievedMessageSize' — did you mean 'maxReceivedMessageSize'\?/,
    );
  });

  it('refuses an unknown element, suggesting the one meant', () => {
    expect(errorsOf(() => loadXml(binding('', '<securty mode="None"/>')))[0]).toMatch(
      /unknown element <securty> — did you mean 'security'\?/,
    );
  });

  it('names both ends of a dangling bindingConfiguration', () => {
    const [error] = errorsOf(() =>
      loadXml(`<bindings><basicHttpBinding><binding name="Big"/></basicHttpBinding></bindings>
      <client><endpoint name="e" address="http://h/" binding="wsHttpBinding" bindingConfiguration="Big" contract="C"/></client>`),
    );
    expect(error).toMatch(
      /5:\d+: system\.serviceModel\/client\/endpoint\[@contract='C'\]\[@name='e'\]\/@bindingConfiguration: the client endpoint 'e' refers to bindingConfiguration 'Big', but <bindings><wsHttpBinding> has no <binding name="Big"> \(it has none\); a binding of that name is under <basicHttpBinding>/,
    );
  });

  it('refuses a duplicate binding name', () => {
    expect(
      errorsOf(() =>
        loadXml(
          '<bindings><basicHttpBinding><binding name="a"/><binding name="a"/></basicHttpBinding></bindings>',
        ),
      ),
    ).toEqual([
      expect.stringMatching(
        /binding\[@name='a'\]: a second entry with name='a': keys must be unique in a collection/,
      ),
    ]);
  });

  it('reports an extension type that cannot be loaded', () => {
    const errors = errorsOf(() =>
      loadXml(
        `<extensions><bindingElementExtensions><add name="inspector" type="Missing, ./no-such-module"/></bindingElementExtensions></extensions>`,
      ),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /@type: the extension 'inspector' cannot be loaded: cannot find the module '\.\/no-such-module'/,
      ),
    ]);
  });

  it('refuses a 5 MB config before reading it', async () => {
    const file = writeTemp('huge.config', xml(`<!-- ${'x'.repeat(5 * 1024 * 1024)} -->`));
    const started = performance.now();
    const error = await loadConfiguration(file).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(200);
    expect(error).toBeInstanceOf(ConfigurationLoadError);
    expect((error as Error).message).toMatch(
      /config files are limited to 1048576 bytes \(refused before reading\)/,
    );
  });

  it('collects every error and reports them together', () => {
    const errors = errorsOf(() =>
      loadXml(
        binding(
          'maxReceivedMessageSize="-5" openTimeout="soon" allowCookies="maybe"',
          '<security mode="none"/>',
        ),
      ),
    );
    expect(errors).toHaveLength(4);
    expect(errors.join('\n')).toMatch(/openTimeout: 'soon' is not a TimeSpan/);
    expect(errors.join('\n')).toMatch(/allowCookies: 'maybe' is not a boolean/);
  });

  it('reports schema errors and cross-reference errors together, in file order', () => {
    const errors = errorsOf(() =>
      loadXml(`<bindings><basicHttpBinding>
          <binding name="a" maxReceivedMessageSize="-5"/>
          <binding name="a"/>
        </basicHttpBinding></bindings>
        <client><endpoint name="e" address="http://h/" binding="basicHttpBinding" bindingConfiguration="b" behaviorConfiguration="x" contract="C"/></client>`),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /:5:\d+: .*binding\[@name='a'\]\/@maxReceivedMessageSize: -5 is less than the minimum 1$/,
      ),
      expect.stringMatching(/:6:\d+: .*binding\[@name='a'\]: a second entry with name='a'/),
      expect.stringMatching(
        /:8:\d+: .*@bindingConfiguration: the client endpoint 'e' refers to bindingConfiguration 'b'/,
      ),
      expect.stringMatching(
        /:8:\d+: .*@behaviorConfiguration: the client endpoint 'e' refers to behaviorConfiguration 'x'/,
      ),
    ]);
  });

  it('does not repeat a schema error as a reference error, nor trip over values of the wrong type', () => {
    const errors = errorsOf(() =>
      loadConfigurationText(
        JSON.stringify({
          'system.serviceModel': {
            client: {
              endpoint: [
                { name: 'e', address: 'http://h/', binding: 5, contract: 'C', behaviorConfiguration: true },
              ],
            },
            services: { service: [{ name: 'S', behaviorConfiguration: 7, endpoint: [] }] },
          },
        }),
        '/virtual/app.json',
      ),
    );
    expect(errors).toEqual([
      expect.stringMatching(/@binding: 5 is not a string$/),
      expect.stringMatching(/@behaviorConfiguration: true is not a string$/),
      expect.stringMatching(/services\/service\[@name='S'\]\/@behaviorConfiguration: 7 is not a string$/),
    ]);
  });

  it("loads WCF's default message security in the model, but building it names what the runtime lacks", () => {
    const config = loadXml(
      binding('', '<security mode="Message"><message establishSecurityContext="true"/></security>'),
    );
    expect(() => config.createBinding('wsHttpBinding', 'x')).toThrow(
      /not supported yet: security mode Message with these settings — message clientCredentialType 'Windows' is not supported .*negotiateServiceCredential="true"/,
    );
  });
});

describe('a host whose config has any error', () => {
  it('opens no endpoint', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const file = writeTemp(
      'broken.config',
      xml(`<services><service name="CalculatorService"><host><baseAddresses><add baseAddress="http://127.0.0.1:${port}/"/></baseAddresses></host>
        <endpoint address="good" binding="basicHttpBinding" contract="ICalculator"/>
        <endpoint address="bad" binding="wsHttpBinding" contract="ICalculator"/>
      </service></services>`),
    );
    await expect(serviceHostFromConfig(file, { CalculatorService })).rejects.toThrow(
      /endpoint\[2\]\/@binding: the default <wsHttpBinding> configuration: not supported yet: security mode Message/,
    );
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.on('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });
});
