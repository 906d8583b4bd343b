/** ServiceHost.fromConfig / ChannelFactory.fromConfig over real HTTP on loopback, from the package entry. */
import { readFileSync } from 'node:fs';
import { ChannelFactory, ServiceHost } from '../../src/index';
import { CalculatorService } from '../../samples/calculator/CalculatorService';
import { ICalculator } from '../../samples/calculator/ICalculator';
import { loadConfiguration } from '../../src/config/loadConfiguration';
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

it('hosts a config on other ports and host names with a listen override (indigo host --port/--host)', async () => {
  const config = await loadConfiguration('samples/calculator/app.config');
  const [host] = await config.createServiceHosts(
    { CalculatorService },
    { listen: { port: 0, hostname: 'localhost' } },
  );
  await host.open();
  try {
    const addresses = host.endpoints.map((e) => new URL(e.address.toString()));
    expect(addresses.map((a) => a.hostname)).toEqual(['localhost', 'localhost', 'localhost']);
    expect(addresses.map((a) => a.pathname)).toEqual(['/calc/basic', '/calc/ws', '/calc/soap11-wsa10']);
    // One free port for the base address, shared by the endpoints under it; not the 8080 the file names.
    expect(new Set(addresses.map((a) => a.port)).size).toBe(1);
    expect(addresses[0].port).not.toBe('8080');
    const factory = await config.createChannelFactory(ICalculator, 'BasicHttpBinding_ICalculator');
    const calc = await factory.createChannel(host.endpoints[0].address);
    expect(await calc.add(1, 1)).toBe(2);
    await factory.close();
  } finally {
    await host.close();
  }
});
