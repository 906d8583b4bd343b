/**
 * ChannelFactory's own life cycle over real HTTP on loopback: the factory opens on the first createChannel
 * (WCF's CreateChannel opens an unopened factory), and proxies asked for while it opens share that one open.
 */
import { BasicHttpBinding } from '../../src/bindings/BasicHttpBinding';
import { CommunicationState } from '../../src/channels/CommunicationState';
import { ChannelFactory } from '../../src/client/ChannelFactory';
import { ServiceHost } from '../../src/service/ServiceHost';
import { CalculatorService } from '../../samples/calculator/CalculatorService';
import { ICalculator } from '../../samples/calculator/ICalculator';

describe('ChannelFactory.createChannel', () => {
  let host: ServiceHost;
  let address: string;

  beforeAll(async () => {
    host = new ServiceHost(CalculatorService, { baseAddresses: ['http://127.0.0.1:0/'] });
    host.addServiceEndpoint(ICalculator, new BasicHttpBinding(), 'calc');
    await host.open();
    address = host.endpoints[0].address.toString();
  });

  afterAll(() => host.close());

  it('called several times at once on an unopened factory, opens it once and hands every caller a working proxy', async () => {
    const binding = new BasicHttpBinding();
    const build = jest.spyOn(binding, 'buildChannelFactory');
    const factory = new ChannelFactory(ICalculator, binding, address);
    try {
      const proxies = await Promise.all(Array.from({ length: 5 }, () => factory.createChannel()));
      expect(factory.state).toBe(CommunicationState.Opened);
      expect(build).toHaveBeenCalledTimes(1);
      expect(await Promise.all(proxies.map((p, i) => p.add(i, 1)))).toEqual([1, 2, 3, 4, 5]);
    } finally {
      await factory.close();
    }
  });

  it('called while an explicit open() is in progress, waits for that open', async () => {
    const binding = new BasicHttpBinding();
    const build = jest.spyOn(binding, 'buildChannelFactory');
    const factory = new ChannelFactory(ICalculator, binding, address);
    try {
      const opening = factory.open();
      const proxy = await factory.createChannel();
      await opening;
      expect(build).toHaveBeenCalledTimes(1);
      expect(await proxy.add(2, 3)).toBe(5);
    } finally {
      await factory.close();
    }
  });

  it('on a closed factory, fails with the state in the message', async () => {
    const factory = new ChannelFactory(ICalculator, new BasicHttpBinding(), address);
    await factory.open();
    await factory.close();
    await expect(factory.createChannel()).rejects.toThrow(/Closed/);
  });
});
