/** ServiceHost.fromConfig / ChannelFactory.fromConfig over real HTTP on loopback, from the package entry. */
import { readFileSync } from 'node:fs';
import { ChannelFactory, ServiceHost } from '../../src/index';
import { CalculatorService } from '../../samples/calculator/CalculatorService';
import { ICalculator } from '../../samples/calculator/ICalculator';
import { writeTemp } from './helpers';

it('hosts the config service and calls it through a config client endpoint', async () => {
  // The sample names port 8080; a free port keeps the test independent of what else runs here.
  const file = writeTemp(
    'app.config',
    readFileSync('samples/calculator/app.config', 'utf8').replace(/:8080\//g, ':0/'),
  );
  const host = await ServiceHost.fromConfig(file, { CalculatorService });
  await host.open();
  try {
    expect(host.endpoints.map((e) => e.binding.constructor.name)).toEqual([
      'BasicHttpBinding',
      'WSHttpBinding',
      'CustomBinding',
    ]);
    expect(host.throttling.maxConcurrentCalls).toBe(64);
    const factory = await ChannelFactory.fromConfig(ICalculator, file, 'WSHttpBinding_ICalculator');
    const calc = await factory.createChannel(host.endpoints[1].address);
    expect(await calc.add(2, 3)).toBe(5);
    await factory.close();
  } finally {
    await host.close();
  }
});
