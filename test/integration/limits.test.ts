/**
 * Size limits are the binding's, end to end: a binding that allows large messages carries them, and one that
 * does not refuses them on both sides of the wire with the right exception.
 */
import { BasicHttpBinding } from '../../src/bindings/BasicHttpBinding';
import { SecurityMode } from '../../src/bindings/SecurityModes';
import { WSHttpBinding } from '../../src/bindings/WSHttpBinding';
import type { Binding } from '../../src/channels/Binding';
import { ProtocolException, QuotaExceededException } from '../../src/channels/CommunicationErrors';
import { bindingCases } from './fixtures/bindingCases';
import { createClient, openedPerTest, openHost } from './fixtures/hosting';
import { ITestService, Probe, testServiceType } from './fixtures/TestService';

const opened = openedPerTest();
const basic = bindingCases[0];
const ws = bindingCases[1];
const large = { maxReceivedMessageSize: 1_048_576, readerQuotas: { maxStringContentLength: 1_048_576 } };

describe.each([
  ['basicHttpBinding', basic, (): Binding => new BasicHttpBinding(large)],
  [
    'wsHttpBinding',
    ws,
    (): Binding => new WSHttpBinding({ ...large, security: { mode: SecurityMode.None } }),
  ],
])('%s with maxReceivedMessageSize 1 MB', (_name, c, binding) => {
  it('carries a 300 KB string both ways', async () => {
    const host = await openHost(opened, c, testServiceType(new Probe()), ITestService, {
      binding: binding(),
    });
    const client = await createClient(
      opened,
      c,
      ITestService,
      host.endpoints[0].address.toString(),
      binding(),
    );
    const text = 'x'.repeat(300_000);
    await expect(client.echo(text)).resolves.toBe(text);
  });

  it('refuses a request over the service limit with 413, reported as a ProtocolException', async () => {
    const host = await openHost(opened, c, testServiceType(new Probe()), ITestService);
    const client = await createClient(
      opened,
      c,
      ITestService,
      host.endpoints[0].address.toString(),
      binding(),
    );
    await expect(client.echo('x'.repeat(100_000))).rejects.toThrow(
      new ProtocolException(
        'The remote server returned an unexpected response: (413) Request Entity Too Large.',
      ),
    );
    await expect(client.echo('small')).resolves.toBe('small');
  });

  it('refuses a reply over the client limit with a QuotaExceededException while reading it', async () => {
    const host = await openHost(opened, c, testServiceType(new Probe()), ITestService, {
      binding: binding(),
    });
    const client = await createClient(
      opened,
      c,
      ITestService,
      host.endpoints[0].address.toString(),
      c.binding(),
    );
    // The client sends 70 KB (nothing limits what it sends); the service echoes it; the client's 64 KB default
    // refuses the reply while reading it.
    await expect(client.echo('x'.repeat(70_000))).rejects.toThrow(
      new QuotaExceededException(
        'The maximum message size quota for incoming messages (65536) has been exceeded. To increase the quota, use the MaxReceivedMessageSize property on the appropriate binding element.',
      ),
    );
    await expect(client.echo('small')).resolves.toBe('small');
  });
});
