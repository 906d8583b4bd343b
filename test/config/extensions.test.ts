/**
 * `<extensions>` as a user writes them: "ExportName, ./module" resolved from the config file's folder, registered
 * into the DI registry (binding elements) or kept for the mappings (bindings, behaviors), set from the element's
 * attributes — and running in a host and a client over loopback HTTP.
 */
import { join } from 'node:path';
import { FaultException } from '../../src/channels/FaultException';
import { LoggerToken, type Logger } from '../../src/channels/Logger';
import { createIndigoContainer, serviceId } from '../../src/di/IndigoContainer';
import { loadConfiguration, type LoadConfigurationOptions } from '../../src/config/loadConfiguration';
import { CalculatorService } from '../../samples/calculator/CalculatorService';
import { ICalculator } from '../../samples/calculator/ICalculator';
import { extensionLog } from '../fixtures/config/extensions/calculatorExtensions';
import { errorsOf, xml } from './helpers';
import { loadConfigurationText } from '../../src/config/loadConfiguration';

const dir = join(__dirname, '..', 'fixtures', 'config', 'extensions');

class FailingCalculator extends CalculatorService {
  override async add(): Promise<number> {
    throw new Error('adding is broken today');
  }
}

/** A container whose logger keeps the service's error log out of the test output. */
function quiet(): LoadConfigurationOptions {
  const container = createIndigoContainer();
  const silent: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  container.rebindSync(serviceId(LoggerToken)).toConstantValue(silent);
  return { container };
}

describe('extensions loaded from a module beside the config', () => {
  beforeEach(() => extensionLog.splice(0));

  it('registers the binding element under its config name, set from its attributes', async () => {
    const config = await loadConfiguration(join(dir, 'extensions.config'));
    expect(config.registry.names).toContain('messageLog');
    const elements = config.createBinding('customBinding', 'logged').createBindingElements();
    expect(elements.map((e) => [e.configurationName, e.describe()]).slice(0, 1)).toEqual([
      ['messageLog', { label: 'wire', maxEntries: 10 }],
    ]);
    const custom = config.createBinding('soap11CalculatorBinding', 'small');
    expect(custom.constructor.name).toBe('Soap11CalculatorBinding');
    expect(custom.sendTimeout).toBe(20_000);
    expect(custom.createBindingElements()[1].describe()).toMatchObject({ maxReceivedMessageSize: 4096 });
  });

  it('runs the binding element, the binding and both behaviors in a host and a client over HTTP', async () => {
    const config = await loadConfiguration(join(dir, 'extensions.config'), quiet());
    const [host] = await config.createServiceHosts({ FailingCalculator });
    // The service behavior ran once the host had its endpoints; the endpoint behavior on the endpoint that names it.
    expect(extensionLog).toEqual([
      'faultDetail: 2 endpoints, enabled=true',
      'tag blue: dispatch /ext/logged',
    ]);
    expect(host.debug.includeExceptionDetailInFaults).toBe(true);
    await host.open();
    try {
      extensionLog.splice(0);
      const logged = await config.createChannelFactory(ICalculator, 'logged');
      expect(extensionLog).toEqual(['tag blue: client /ext/logged']);
      const calc = await logged.createChannel(host.endpoints[0].address);
      expect(await calc.echo('through the extension')).toBe('through the extension');
      expect(extensionLog.slice(1)).toEqual([
        'wire: client sends http://tempuri.org/ICalculator/Echo',
        'wire: service receives http://tempuri.org/ICalculator/Echo',
      ]);
      // faultDetail enabled="true": the exception's message travels in the fault.
      const fault = await calc.add(1, 2).catch((e: unknown) => e);
      expect(fault).toBeInstanceOf(FaultException);
      expect((fault as Error).message).toMatch(/adding is broken today/);
      await logged.close();

      const soap11 = await config.createChannelFactory(ICalculator, 'soap11');
      expect(soap11.binding.messageVersion.toString()).toMatch(/Soap11/);
      const calc11 = await soap11.createChannel(host.endpoints[1].address);
      expect(await calc11.echo('x'.repeat(100))).toBe('x'.repeat(100));
      // maxReceivedMessageSize="4096" on the user's binding is in force on the wire.
      await expect(calc11.echo('x'.repeat(8000))).rejects.toThrow(/\(413\) Request Entity Too Large/);
      await soap11.close();
    } finally {
      await host.close();
    }
  });

  it('uses the same extensions from the JSON image of the config', async () => {
    const xmlConfig = await loadConfiguration(join(dir, 'extensions.config'));
    const json = loadConfigurationText(xmlConfig.toJson(), join(dir, 'extensions.json'));
    expect(json.effective).toEqual(xmlConfig.effective);
    expect(json.registry.names).toContain('messageLog');
  });
});

describe('extension errors', () => {
  const load = (body: string): string[] =>
    errorsOf(() => loadConfigurationText(xml(body), join(dir, 'broken.config')));
  const add = (kind: string, name: string, type: string): string =>
    `<extensions><${kind}><add name="${name}" type="${type}"/></${kind}></extensions>`;

  it.each([
    ['a type without a module', 'MessageLogBindingElement', /is not "ExportName, module-specifier"/],
    [
      'a missing module',
      'X, ./no-such-module',
      /cannot find the module '\.\/no-such-module' \(resolved from .*extensions\)/,
    ],
    [
      'a missing export',
      'MessageLogElement, ./calculatorExtensions',
      /has no exported class 'MessageLogElement'; it exports: .*MessageLogBindingElement/,
    ],
    [
      'a module that fails to load',
      'X, ./throwsOnLoad',
      /the module '\.\/throwsOnLoad' failed to load: cannot start: the licence file is missing/,
    ],
    [
      'a class that is not a binding element',
      'NotABindingElement, ./calculatorExtensions',
      /'NotABindingElement' from '\.\/calculatorExtensions' is not a BindingElement/,
    ],
    [
      'a class that needs constructor arguments',
      'NeedsArgumentBindingElement, ./calculatorExtensions',
      /could not be constructed without arguments: a label is required/,
    ],
  ])('reports %s at the type attribute', (_what, type, pattern) => {
    const errors = load(add('bindingElementExtensions', 'ext', type));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /broken\.config:4:\d+: .*extensions\/bindingElementExtensions\/add\[@name='ext'\]\/@type: the extension 'ext' cannot be loaded: /,
    );
    expect(errors[0]).toMatch(pattern);
  });

  it('refuses a behavior without applyDispatchBehavior in <serviceBehaviors>', async () => {
    const config = loadConfigurationText(
      xml(`${add('behaviorExtensions', 'clientOnly', 'ClientOnlyBehavior, ./calculatorExtensions')}
        <services><service name="CalculatorService" behaviorConfiguration="b">
          <endpoint address="http://127.0.0.1:0/x" binding="basicHttpBinding" contract="ICalculator"/></service></services>
        <behaviors><serviceBehaviors><behavior name="b"><clientOnly/></behavior></serviceBehaviors></behaviors>`),
      join(dir, 'broken.config'),
    );
    await expect(config.createServiceHosts({ CalculatorService })).rejects.toThrow(
      /behavior\[@name='b'\]\/clientOnly: <clientOnly> \(ClientOnlyBehavior\) is not a service behavior: it has no applyDispatchBehavior\(host\)/,
    );
  });

  it('refuses attributes the extension class has no property for, or of the wrong type', () => {
    const config = loadConfigurationText(
      xml(`${add('bindingElementExtensions', 'messageLog', 'MessageLogBindingElement, ./calculatorExtensions')}
        <bindings><customBinding><binding name="c"><messageLog colour="red" maxEntries="many"/><httpTransport/></binding></customBinding></bindings>`),
      join(dir, 'broken.config'),
    );
    const errors = errorsOf(() => config.createBinding('customBinding', 'c'));
    expect(errors).toEqual([
      expect.stringMatching(
        /binding\[@name='c'\]\/messageLog: <messageLog>: 'colour' is not a setting of MessageLogBindingElement$/,
      ),
      expect.stringMatching(/<messageLog>: 'maxEntries' needs a number or a TimeSpan, not 'many'$/),
    ]);
  });

  it('refuses an extension element that is not registered, suggesting the one meant', () => {
    const errors = load(
      `${add('bindingElementExtensions', 'messageLog', 'MessageLogBindingElement, ./calculatorExtensions')}
        <bindings><customBinding><binding name="c"><messageLogg/><httpTransport/></binding></customBinding></bindings>`,
    );
    expect(errors).toEqual([
      expect.stringMatching(/unknown element <messageLogg> — did you mean 'messageLog'\?/),
    ]);
  });
});
