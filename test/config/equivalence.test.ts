/**
 * Three equal front doors: for every binding of the calculator sample, app.config (XML), app.json and the code
 * in samples/calculator/host.ts build the same element lists; and a binding exported with toXml()/toJson()
 * reloads to an equal binding.
 */
import { BasicHttpBinding } from '../../src/bindings/BasicHttpBinding';
import { CustomBinding } from '../../src/bindings/CustomBinding';
import { SecurityMode, BasicHttpSecurityMode } from '../../src/bindings/SecurityModes';
import { WS2007HttpBinding } from '../../src/bindings/WS2007HttpBinding';
import { WSHttpBinding } from '../../src/bindings/WSHttpBinding';
import { MessageVersion } from '../../src/channels/MessageVersion';
import { TextEncoding } from '../../src/encoders/text/TextEncoding';
import { TextMessageEncodingBindingElement } from '../../src/encoders/text/TextMessageEncodingBindingElement';
import { HttpsTransportBindingElement } from '../../src/transports/http/HttpsTransportBindingElement';
import { HttpTransportBindingElement } from '../../src/transports/http/HttpTransportBindingElement';
import { bindingToJson, bindingToXml } from '../../src/config/export/exportBinding';
import { loadConfiguration, loadConfigurationText } from '../../src/config/loadConfiguration';
import { sampleBindings } from '../../samples/calculator/host';
import { CalculatorService } from '../../samples/calculator/CalculatorService';
import { ICalculator } from '../../samples/calculator/ICalculator';
import { elementsOf } from './helpers';

describe('XML = JSON = code', () => {
  it.each([
    [
      'basicHttpBinding',
      'BasicHttpBinding_ICalculator',
      () =>
        new BasicHttpBinding({
          maxReceivedMessageSize: 1048576,
          readerQuotas: { maxStringContentLength: 65536 },
        }),
    ],
    [
      'wsHttpBinding',
      'WSHttpBinding_ICalculator',
      () => Object.assign(new WSHttpBinding(SecurityMode.None), { sendTimeout: 30_000 }),
    ],
    ['customBinding', 'Soap11WSAddressing10', () => sampleBindings()[2].binding()],
  ] as const)('builds %s %s identically from app.config, app.json and code', async (section, name, code) => {
    const fromXml = (await loadConfiguration('samples/calculator/app.config')).createBinding(section, name);
    const fromJson = (await loadConfiguration('samples/calculator/app.json')).createBinding(section, name);
    expect(elementsOf(fromXml)).toEqual(elementsOf(code()));
    expect(elementsOf(fromJson)).toEqual(elementsOf(code()));
    expect(fromXml.sendTimeout).toBe(code().sendTimeout);
  });
});

describe('the calculator sample: app.config = app.json', () => {
  it('is one model in both files, written and effective', async () => {
    const xml = await loadConfiguration('samples/calculator/app.config');
    const json = await loadConfiguration('samples/calculator/app.json');
    expect(json.written).toEqual(xml.written);
    expect(json.effective).toEqual(xml.effective);
  });

  it('makes the same hosts (endpoints, bindings, behaviors) and client factories from both', async () => {
    const shape = async (file: string): Promise<unknown> => {
      const config = await loadConfiguration(file);
      const [host] = await config.createServiceHosts({ CalculatorService });
      const clients = await Promise.all(
        ['BasicHttpBinding_ICalculator', 'WSHttpBinding_ICalculator', 'CustomBinding_ICalculator'].map(
          async (name) => {
            const factory = await config.createChannelFactory(ICalculator, name);
            return [
              factory.remoteAddress.toString(),
              elementsOf(factory.binding),
              factory.binding.sendTimeout,
            ];
          },
        ),
      );
      return {
        endpoints: host.endpoints.map((e) => [e.address.toString(), e.contract.name, elementsOf(e.binding)]),
        throttling: host.throttling,
        debug: host.debug,
        clients,
      };
    };
    expect(await shape('samples/calculator/app.json')).toEqual(await shape('samples/calculator/app.config'));
  });
});

describe('toXml() / toJson()', () => {
  const bindings = [
    new BasicHttpBinding(),
    new BasicHttpBinding({
      security: { mode: BasicHttpSecurityMode.Transport, transport: { clientCredentialType: 'Certificate' } },
      maxReceivedMessageSize: 200_000,
      maxBufferSize: 200_000,
      textEncoding: TextEncoding.utf16LE,
    }),
    new WSHttpBinding(SecurityMode.None),
    Object.assign(
      new WS2007HttpBinding({
        security: { mode: SecurityMode.Transport, transport: { clientCredentialType: 'None' } },
      }),
      { openTimeout: Infinity, receiveTimeout: 93_784_500 },
    ),
    ...sampleBindings()
      .slice(2)
      .map((b) => b.binding()),
    new CustomBinding(
      [
        new TextMessageEncodingBindingElement({
          messageVersion: MessageVersion.Soap11,
          readerQuotas: { maxDepth: 64 },
        }),
        new HttpsTransportBindingElement({
          requireClientCertificate: true,
          maxReceivedMessageSize: 1_000_000,
          maxBufferSize: 1_000_000,
          keepAliveEnabled: false,
        }),
      ],
      'tls',
    ),
    new CustomBinding(
      [new HttpTransportBindingElement({ manualAddressing: true, hostNameComparisonMode: 'Exact' })],
      'bare',
    ),
  ];
  it.each(bindings.map((b, i) => [i, b.constructor.name, b] as const))(
    'binding %i (%s) reloads equal from XML and from JSON',
    (_i, _name, binding) => {
      for (const [text, file] of [
        [bindingToXml(binding, 'exported'), 'exported.config'],
        [bindingToJson(binding, 'exported'), 'exported.json'],
      ]) {
        const config = loadConfigurationText(text, `/virtual/${file}`);
        const section = Object.keys(
          (config.written['system.serviceModel'] as { bindings: object }).bindings,
        )[0];
        const reloaded = config.createBinding(section, 'exported');
        expect(elementsOf(reloaded)).toEqual(elementsOf(binding));
        for (const t of ['openTimeout', 'closeTimeout', 'sendTimeout', 'receiveTimeout'] as const)
          expect(reloaded[t]).toBe(binding[t]);
      }
    },
  );

  it('refuses a custom binding with a transactionFlow element that does not flow (config cannot say that)', () => {
    expect(() => bindingToXml(new CustomBinding(new WSHttpBinding(SecurityMode.None)))).toThrow(
      /transactionFlow element with transactions off/,
    );
  });

  it('writes the whole loaded config back as JSON that loads to the same model', async () => {
    const config = await loadConfiguration('samples/calculator/app.config');
    const again = loadConfigurationText(config.toJson(), '/virtual/app.json');
    expect(again.effective).toEqual(config.effective);
    const viaXml = loadConfigurationText(again.toXml(), '/virtual/app.config');
    expect(viaXml.effective).toEqual(config.effective);
  });
});
