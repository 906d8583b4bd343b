/** docs/configuration.md is generated from schemas/: this test keeps them in step. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateConfigurationReference } from '../../src/config/docs/configurationReference';
import { examplesAsJson, examplesAsXml, SECTION_EXAMPLES } from '../../src/config/docs/sectionExamples';
import { loadConfigurationText } from '../../src/config/loadConfiguration';
import { CalculatorService } from '../../samples/calculator/CalculatorService';
import { ICalculator } from '../../samples/calculator/ICalculator';
import { elementsOf } from './helpers';

const file = join(__dirname, '..', '..', 'docs', 'configuration.md');

describe('docs/configuration.md', () => {
  it('matches the schemas (UPDATE_CONFIG_DOCS=1 rewrites it)', () => {
    const generated = generateConfigurationReference();
    if (process.env.UPDATE_CONFIG_DOCS) writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('documents every attribute the spec digest names for <localServiceSettings>, with code defaults', () => {
    const doc = generateConfigurationReference();
    expect(doc).toMatch(/\| `maxPendingSessions` \| integer 0…2147483647 \| `128` \|/);
    expect(doc).toMatch(/\| `issuedCookieLifetime` \| TimeSpan \| `10:00:00` \|/);
    expect(doc).toMatch(
      /### `system\.serviceModel\/bindings\/customBinding\/binding\/security\/secureConversationBootstrap`/,
    );
  });
});

describe('the JSON image examples of docs/configuration.md', () => {
  // Loaded as if they were files beside the extension module their <extensions> example names.
  const dir = join(__dirname, '..', 'fixtures', 'config', 'extensions');

  it('are the same config in XML and in JSON, and a valid one', () => {
    const xml = loadConfigurationText(examplesAsXml(), join(dir, 'docs-example.config'));
    const json = loadConfigurationText(examplesAsJson(), join(dir, 'docs-example.json'));
    expect(json.written).toEqual(xml.written);
    expect(json.effective).toEqual(xml.effective);
    expect(JSON.parse(xml.toJson())).toEqual(JSON.parse(examplesAsJson()));
  });

  it('have one example for each section a config holds', () => {
    expect(SECTION_EXAMPLES.map((e) => e.section)).toEqual([
      'bindings',
      'services',
      'client',
      'behaviors',
      'extensions',
    ]);
  });

  it('build the same hosts and clients from either form', async () => {
    const hosts = await Promise.all(
      [
        loadConfigurationText(examplesAsXml(), join(dir, 'docs-example.config')),
        loadConfigurationText(examplesAsJson(), join(dir, 'docs-example.json')),
      ].map(async (config) => {
        const [host] = await config.createServiceHosts({ CalculatorService });
        const factory = await config.createChannelFactory(ICalculator, 'Basic');
        return {
          endpoints: host.endpoints.map((e) => [e.address.toString(), elementsOf(e.binding)]),
          closeTimeout: (host as unknown as { defaultCloseTimeout: number }).defaultCloseTimeout,
          throttling: host.throttling.maxConcurrentCalls,
          client: [factory.remoteAddress.toString(), elementsOf(factory.binding)],
        };
      }),
    );
    expect(hosts[1]).toEqual(hosts[0]);
    expect(hosts[0].closeTimeout).toBe(20_000);
    expect(hosts[0].endpoints[1][1]).toEqual(
      expect.arrayContaining([['messageLog', { label: 'calc', maxEntries: 100 }]]),
    );
  });
});
