/**
 * The whole stack over real HTTP(S) on loopback, for every binding Indigo serves: typed client → binding's
 * channel stack → HTTP → listener → dispatcher → service class, and back. Each behaviour is checked on each
 * binding, because each binding takes a different path through the encoder (SOAP 1.1/1.2, WS-Addressing
 * 1.0/August 2004/none, the action in SOAPAction, in wsa:Action or in Content-Type, UTF-8 or UTF-16, TLS).
 */
import { CommunicationException, TimeoutException } from '../../src/channels/CommunicationErrors';
import { EnvelopeVersion } from '../../src/channels/EnvelopeVersion';
import { FaultException } from '../../src/channels/FaultException';
import { FaultCode } from '../../src/channels/MessageFault';
import { ConcurrencyMode, InstanceContextMode } from '../../src/service/description';
import { DispatcherNamespace } from '../../src/service/runtime/DispatcherFaults';
import { ServiceHost, ServiceHostOpenError } from '../../src/service/ServiceHost';
import { bindingCases } from './fixtures/bindingCases';
import { createClient, encodeRequest, openedPerTest, openHost } from './fixtures/hosting';
import { rawRequest } from './fixtures/rawHttp';
import {
  FAULT_SUBCODE,
  IGreeter,
  ISessionful,
  ITestService,
  Probe,
  TEST_NAMESPACE,
  testServiceType,
} from './fixtures/TestService';

/** The code a client can rely on in both SOAP versions: SOAP 1.1 carries only the most specific one. */
const specific = (code: FaultCode): FaultCode => code.subCode ?? code;

async function faultOf(call: Promise<unknown>): Promise<FaultException> {
  try {
    await call;
  } catch (err) {
    expect(err).toBeInstanceOf(FaultException);
    return err as FaultException;
  }
  throw new Error('the call did not fail');
}

describe.each(bindingCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const opened = openedPerTest();
  const address = (host: ServiceHost, index = 0): string => host.endpoints[index].address.toString();

  async function start(
    probe = new Probe(),
    behavior = {},
    configure?: (host: ServiceHost) => void,
  ): Promise<{ host: ServiceHost; client: ITestService; probe: Probe }> {
    const host = await openHost(opened, c, testServiceType(probe, behavior), ITestService, { configure });
    const client = await createClient(opened, c, ITestService, address(host));
    return { host, client, probe };
  }

  it('adds two doubles', async () => {
    const { client } = await start();
    await expect(client.add(2, 3)).resolves.toBe(5);
    await expect(client.add(0.1, 0.2)).resolves.toBe(0.30000000000000004);
  });

  it('echoes text with markup and characters beyond ASCII unchanged', async () => {
    const { client } = await start();
    const text = 'a < b & "c" > \'d\' é 世 🙂\ttab';
    await expect(client.echo(text)).resolves.toBe(text);
    await expect(client.echo('')).resolves.toBe('');
  });

  it("answers whoAmI with the caller's identity as the transport established it", async () => {
    const { client } = await start();
    await expect(client.whoAmI()).resolves.toBe(c.expectedIdentity());
  });

  it('gives every call a new instance with InstanceContextMode.PerCall', async () => {
    const { client } = await start(undefined, { instanceContextMode: InstanceContextMode.PerCall });
    expect([await client.counter(), await client.counter(), await client.counter()]).toEqual([1, 1, 1]);
  });

  it('shares one instance between calls and clients with InstanceContextMode.Single', async () => {
    const { host, client } = await start(undefined, { instanceContextMode: InstanceContextMode.Single });
    const other = await createClient(opened, c, ITestService, address(host));
    expect([await client.counter(), await other.counter(), await client.counter()]).toEqual([1, 2, 3]);
  });

  it('degrades the default PerSession to an instance per call, as the binding has no session', async () => {
    const { client } = await start();
    expect([await client.counter(), await client.counter()]).toEqual([1, 1]);
  });

  it('answers a one-way message with 202 Accepted and no body, then runs the operation', async () => {
    const { host, probe } = await start();
    const action = `${TEST_NAMESPACE}ITestService/Notify`;
    const request = encodeRequest(
      c.binding(),
      c.messageVersion,
      action,
      `<Notify xmlns="${TEST_NAMESPACE}"><text>raw</text></Notify>`,
      address(host),
    );
    const response = await rawRequest(address(host), {
      headers: request.headers,
      body: request.body,
      tls: c.tls,
    });
    expect(response.status).toBe(202);
    expect(response.body.length).toBe(0);
    await expect(probe.notification()).resolves.toBe('raw');
  });

  it('returns from a one-way call through the proxy once the message is accepted, and the operation runs', async () => {
    const { client, probe } = await start();
    await expect(client.notify('through the proxy')).resolves.toBeUndefined();
    await expect(probe.notification()).resolves.toBe('through the proxy');
  });

  it('brings a FaultException thrown by the service to the client with its code and reason', async () => {
    const { client } = await start();
    const fault = await faultOf(client.reject('the amount must be positive'));
    expect(fault.reason).toBe('the amount must be positive');
    expect(specific(fault.code)).toEqual(FAULT_SUBCODE);
    // It named no action, so it travels with the version's default fault action, which the client reads as none.
    expect(fault.action).toBeUndefined();
    if (c.messageVersion.envelope === EnvelopeVersion.Soap12) expect(fault.code.isSenderFault).toBe(true);
  });

  it('keeps an unhandled error to itself with includeExceptionDetailInFaults off: a generic InternalServiceFault', async () => {
    const { client } = await start();
    const fault = await faultOf(client.crash('disk on fire at /var/secret'));
    expect(specific(fault.code)).toEqual(new FaultCode('InternalServiceFault', DispatcherNamespace));
    if (c.messageVersion.envelope === EnvelopeVersion.Soap12) expect(fault.code.isReceiverFault).toBe(true);
    expect(fault.reason).toMatch(/^The server was unable to process the request due to an internal error\./);
    expect(fault.reason).not.toContain('disk on fire');
    expect(fault.detail).toBeUndefined();
  });

  it('sends the error message and an ExceptionDetail with includeExceptionDetailInFaults on', async () => {
    const { client } = await start(undefined, { includeExceptionDetailInFaults: true });
    const fault = await faultOf(client.crash('disk on fire'));
    expect(specific(fault.code)).toEqual(new FaultCode('InternalServiceFault', DispatcherNamespace));
    expect(fault.reason).toBe('disk on fire');
    expect(fault.detail?.localName).toBe('ExceptionDetail');
    const ns = 'http://schemas.datacontract.org/2004/07/System.ServiceModel';
    expect(fault.detail?.element('Message', ns)?.textContent).toBe('disk on fire');
    expect(fault.detail?.element('Type', ns)?.textContent).toBe('Error');
  });

  it('serialises calls on a Single instance with ConcurrencyMode.Single', async () => {
    const { client, probe } = await start(undefined, {
      instanceContextMode: InstanceContextMode.Single,
      concurrencyMode: ConcurrencyMode.Single,
    });
    const running = await Promise.all([client.slow(80), client.slow(80), client.slow(80)]);
    expect(running).toEqual([1, 1, 1]);
    expect(probe.maxActive).toBe(1);
    expect(probe.instances.size).toBe(1);
  });

  it('lets calls on a Single instance overlap with ConcurrencyMode.Multiple', async () => {
    const { client, probe } = await start(undefined, {
      instanceContextMode: InstanceContextMode.Single,
      concurrencyMode: ConcurrencyMode.Multiple,
    });
    await Promise.all([client.slow(150), client.slow(150), client.slow(150)]);
    expect(probe.maxActive).toBe(3);
    expect(probe.instances.size).toBe(1);
  });

  it('holds the calls in progress to the host throttle maxConcurrentCalls', async () => {
    const { client, probe } = await start(
      undefined,
      { instanceContextMode: InstanceContextMode.PerCall, concurrencyMode: ConcurrencyMode.Multiple },
      (host) => {
        host.throttling.maxConcurrentCalls = 2;
      },
    );
    await Promise.all([1, 2, 3, 4, 5].map(() => client.slow(100)));
    expect(probe.started).toBe(5);
    expect(probe.maxActive).toBe(2);
  });

  it('shares the throttle between endpoints, and an idle endpoint holds no call slot', async () => {
    const host = await openHost(opened, c, testServiceType(new Probe()), ITestService, {
      endpoints: [
        [ITestService, 'busy'],
        [IGreeter, 'idle'],
      ],
      configure: (h) => {
        h.throttling.maxConcurrentCalls = 1;
      },
    });
    const binding = c.binding();
    binding.sendTimeout = 3000;
    const busy = await createClient(opened, c, ITestService, address(host, 0), binding);
    for (const n of [1, 2, 3]) await expect(busy.add(n, n)).resolves.toBe(2 * n);
    const idle = await createClient(opened, c, IGreeter, address(host, 1), binding);
    await expect(idle.greet('B')).resolves.toBe('Hello, B');
    await expect(busy.add(4, 4)).resolves.toBe(8);
  });

  it('serves several endpoints on one port, each at its own path', async () => {
    const probe = new Probe();
    const host = await openHost(opened, c, testServiceType(probe), ITestService, {
      endpoints: [
        [ITestService, 'calc'],
        [IGreeter, 'greeter'],
        [ITestService, 'calc/v2'],
      ],
    });
    const ports = new Set(host.endpoints.map((e) => e.address.uri.port));
    expect(ports.size).toBe(1);
    expect(ports.has('0')).toBe(false);
    const calc = await createClient(opened, c, ITestService, address(host, 0));
    const greeter = await createClient(opened, c, IGreeter, address(host, 1));
    const calc2 = await createClient(opened, c, ITestService, address(host, 2));
    await expect(calc.add(1, 2)).resolves.toBe(3);
    await expect(greeter.greet('Ada')).resolves.toBe('Hello, Ada');
    await expect(calc2.add(3, 4)).resolves.toBe(7);
  });

  it("resolves relative addresses against the base address of the binding's scheme", async () => {
    const host = opened.add(
      new ServiceHost(testServiceType(new Probe()), {
        baseAddresses: ['http://127.0.0.1:0/plain', 'https://127.0.0.1:0/secure/'],
      }),
    );
    c.configureHost(host);
    host.addServiceEndpoint(ITestService, c.binding(), 'calc/v1');
    host.addServiceEndpoint(ITestService, c.binding(), `${c.scheme}://127.0.0.1:0/absolute/calc`);
    await host.open();
    const [relative, absolute] = host.endpoints.map((e) => e.address.uri);
    expect(relative.protocol).toBe(`${c.scheme}:`);
    expect(relative.pathname).toBe(c.scheme === 'http' ? '/plain/calc/v1' : '/secure/calc/v1');
    expect(absolute.pathname).toBe('/absolute/calc');
    const client = await createClient(opened, c, ITestService, relative);
    await expect(client.add(20, 22)).resolves.toBe(42);
  });

  it('closes gracefully: a call in progress completes, new calls are refused', async () => {
    const { host, client, probe } = await start(undefined, { concurrencyMode: ConcurrencyMode.Multiple });
    const inProgress = client.slow(300);
    await probe.startedAtLeast(1);
    const closing = host.close();
    await expect(client.add(1, 1)).rejects.toBeInstanceOf(CommunicationException);
    const late = await createClient(opened, c, ITestService, address(host));
    await expect(late.add(1, 1)).rejects.toBeInstanceOf(CommunicationException);
    await expect(inProgress).resolves.toBe(1);
    await expect(closing).resolves.toBeUndefined();
    expect(host.state).toBe('Closed');
  });

  it('refuses to open a SessionMode.Required contract, naming the contract and the binding', async () => {
    const binding = c.binding();
    const host = opened.add(
      new ServiceHost(testServiceType(new Probe()), { baseAddresses: [`${c.scheme}://127.0.0.1:0/`] }),
    );
    c.configureHost(host);
    host.addServiceEndpoint(ISessionful, binding, 'sessionful');
    const error = await host.open().then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(ServiceHostOpenError);
    expect((error as ServiceHostOpenError).problems).toEqual([
      `Contract 'ISessionful' requires Session, but Binding '${binding.name}' doesn't support it or isn't configured properly to support it.`,
    ]);
    expect(host.state).toBe('Faulted');
  });

  it('throws a TimeoutException when the reply takes longer than the client sendTimeout', async () => {
    const { host } = await start(undefined, { concurrencyMode: ConcurrencyMode.Multiple });
    const binding = c.binding();
    binding.sendTimeout = 150;
    const impatient = await createClient(opened, c, ITestService, address(host), binding);
    const started = Date.now();
    await expect(impatient.slow(600)).rejects.toBeInstanceOf(TimeoutException);
    expect(Date.now() - started).toBeLessThan(550);
  });
});
