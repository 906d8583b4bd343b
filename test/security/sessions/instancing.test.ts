/**
 * Sessions, instancing and concurrency over a secure session (WCF's "Sessions, Instancing, and Concurrency";
 * ServiceBehaviorAttribute): the session the service model sees is the SCT's, so
 *
 * - InstanceContextMode.PerSession gives one instance per secure session, released when the session ends;
 * - PerCall gives one per call (released after it), the session id still known to the operation;
 * - Single gives one for the host, shared by every session and never released by one ending;
 * - ConcurrencyMode.Single admits one call at a time into an instance — concurrent calls on one session proxy
 *   are serialised — where Multiple lets them overlap.
 *
 * Then the contract's session shape: isInitiating / isTerminating operations (SessionMode.Required).
 */
import {
  contractOperation,
  OperationContract,
  ServiceContract,
  SessionMode,
} from '../../../src/service/description';
import { DataType } from '../../../src/service/serialization';
import { CalculatorService } from '../../../samples/calculator/CalculatorService';
import { openSessionHost, sessionBinding, sessionState, type SessionHost } from './fixtures/sessionHost';
import {
  ISessionProbe,
  PerCallSingle,
  PerSessionMultiple,
  PerSessionSingle,
  probe,
  SingletonMultiple,
  SingletonSingle,
  secureChannelFactory,
  type Proxy,
} from './fixtures/sessionProbe';

const HOLD = 60;
const CONCURRENT = 5;

async function withProbeHost(
  service: new () => object,
  run: (open: () => Promise<Proxy<ISessionProbe>>, host: SessionHost) => Promise<void>,
): Promise<void> {
  probe.reset();
  const host = await openSessionHost({ service, contract: ISessionProbe });
  const factory = secureChannelFactory(ISessionProbe, sessionBinding(), host.address);
  try {
    await run(() => factory.createChannel(), host);
    expect(host.log).toEqual([]);
  } finally {
    await factory.close();
    await host.close();
  }
}

/** `n` concurrent hold() calls on one proxy; the instance numbers answered, and how long it took. */
async function concurrentHolds(
  proxy: Proxy<ISessionProbe>,
  n = CONCURRENT,
): Promise<{ instances: number[]; ms: number }> {
  const started = Date.now();
  const instances = await Promise.all(Array.from({ length: n }, () => proxy.hold(HOLD)));
  return { instances, ms: Date.now() - started };
}

describe('ConcurrencyMode over a secure session', () => {
  it('Single: concurrent calls on one session proxy are serialised (at most one inside the instance)', async () => {
    await withProbeHost(PerSessionSingle, async (open) => {
      const proxy = await open();
      await proxy.counter(); // the session is established before the burst
      const { instances, ms } = await concurrentHolds(proxy);
      expect(new Set(instances).size).toBe(1);
      expect(probe.maxPerInstance).toBe(1);
      expect(ms).toBeGreaterThanOrEqual(CONCURRENT * HOLD - 10);
      // Serialised, so no count is lost to an interleaving.
      const counts = await Promise.all(Array.from({ length: 10 }, () => proxy.counter()));
      expect([...counts].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    });
  });

  it('Single: calls of two sessions overlap (each has its own instance)', async () => {
    await withProbeHost(PerSessionSingle, async (open) => {
      const [a, b] = [await open(), await open()];
      await Promise.all([a.counter(), b.counter()]);
      const [ra, rb] = await Promise.all([concurrentHolds(a, 2), concurrentHolds(b, 2)]);
      expect(probe.maxPerInstance).toBe(1);
      expect(probe.maxOverall).toBe(2);
      expect(ra.instances[0]).not.toBe(rb.instances[0]);
    });
  });

  it('Multiple: concurrent calls on one session proxy overlap in its one instance', async () => {
    await withProbeHost(PerSessionMultiple, async (open) => {
      const proxy = await open();
      await proxy.counter();
      const { instances } = await concurrentHolds(proxy);
      expect(new Set(instances).size).toBe(1);
      // All five were inside the one instance at once: that is the overlap (a wall-clock bound would only
      // measure the machine's load).
      expect(probe.maxPerInstance).toBe(CONCURRENT);
    });
  });
});

describe('InstanceContextMode over a secure session', () => {
  it('PerSession: one instance per SCT, counting per session, released when the session is cancelled', async () => {
    await withProbeHost(PerSessionSingle, async (open, host) => {
      const [a, b] = [await open(), await open()];
      expect([await a.counter(), await a.counter(), await b.counter(), await a.counter()]).toEqual([
        1, 2, 1, 3,
      ]);
      const [ea, eb] = [await a.echo('a'), await b.echo('b')];
      const [, sessionA, instanceA] = ea.split('|');
      const [, sessionB, instanceB] = eb.split('|');
      expect(sessionA).toBe(a.sessionId);
      expect(sessionB).toBe(b.sessionId);
      expect(instanceA).not.toBe(instanceB);
      expect(probe.created).toBe(2);
      expect(probe.released).toEqual([]);
      await a.close();
      expect(probe.released).toEqual([Number(instanceA)]);
      expect(sessionState(host).sessions).toBe(1);
      expect(await b.counter()).toBe(2);
      await b.close();
      expect(probe.released).toEqual([Number(instanceA), Number(instanceB)]);
    });
  });

  it('PerCall: an instance per call, released after it; the secure session id still known', async () => {
    await withProbeHost(PerCallSingle, async (open) => {
      const proxy = await open();
      expect([await proxy.counter(), await proxy.counter(), await proxy.counter()]).toEqual([1, 1, 1]);
      const [, session, instance] = (await proxy.echo('x')).split('|');
      expect(session).toBe(proxy.sessionId);
      expect(probe.created).toBe(4);
      expect(probe.released).toEqual([1, 2, 3, Number(instance)]);
      // Concurrent calls each get their own instance, so they overlap whatever the ConcurrencyMode.
      const { instances } = await concurrentHolds(proxy);
      expect(new Set(instances).size).toBe(CONCURRENT);
      expect(probe.maxPerInstance).toBe(1);
      expect(probe.maxOverall).toBe(CONCURRENT);
    });
  });

  it('Single: one instance shared by every session, not released when a session ends', async () => {
    await withProbeHost(SingletonSingle, async (open) => {
      const [a, b] = [await open(), await open()];
      expect([await a.counter(), await b.counter(), await a.counter()]).toEqual([1, 2, 3]);
      await a.close();
      expect(probe.released).toEqual([]);
      expect(await b.counter()).toBe(4);
      // ConcurrencyMode.Single on the singleton serialises the calls of all sessions.
      const c = await open();
      await c.counter();
      await Promise.all([concurrentHolds(b, 2), concurrentHolds(c, 2)]);
      expect(probe.maxOverall).toBe(1);
      expect(probe.created).toBe(1);
    });
    // Released when the host closes.
    expect(probe.released).toEqual([1]);
  });

  it('Single with ConcurrencyMode.Multiple: the sessions overlap in the one instance', async () => {
    await withProbeHost(SingletonMultiple, async (open) => {
      const [a, b] = [await open(), await open()];
      await Promise.all([a.counter(), b.counter()]);
      await Promise.all([concurrentHolds(a, 2), concurrentHolds(b, 2)]);
      expect(probe.maxPerInstance).toBe(4);
      expect(probe.created).toBe(1);
    });
  });
});

/** A contract with a session shape: start opens it, work needs it, finish ends it. */
@ServiceContract({
  name: 'IShapedSession',
  namespace: 'http://tempuri.org/',
  sessionMode: SessionMode.Required,
})
class IShapedSession {
  @OperationContract({ returns: DataType.int })
  start(): Promise<number> {
    return contractOperation();
  }

  @OperationContract({ isInitiating: false, returns: DataType.int })
  work(): Promise<number> {
    return contractOperation();
  }

  @OperationContract({ isInitiating: false, isTerminating: true, returns: DataType.int })
  finish(): Promise<number> {
    return contractOperation();
  }
}

class ShapedSession extends CalculatorService implements IShapedSession {
  async start(): Promise<number> {
    return this.counter();
  }

  async work(): Promise<number> {
    return this.counter();
  }

  async finish(): Promise<number> {
    return this.counter();
  }
}

/**
 * The session shape over the SecureConversation custom binding (test/security/sessions/sessionShape.test.ts has
 * the rest, over wsHttpBinding's two session shapes): the proxy refuses a non-initiating first call (RS
 * ServiceChannel.PrepareCall) and closes its session after the terminating operation (TerminatingOperationBehavior).
 */
describe('isInitiating / isTerminating over a secure session', () => {
  async function withShapedHost(
    run: (open: () => Promise<Proxy<IShapedSession>>, host: SessionHost) => Promise<void>,
  ): Promise<void> {
    const host = await openSessionHost({ service: ShapedSession, contract: IShapedSession });
    const factory = secureChannelFactory(IShapedSession, sessionBinding(), host.address);
    try {
      await run(() => factory.createChannel(), host);
    } finally {
      factory.abort();
      await host.close();
    }
  }

  it('a contract with the session shape is hosted and called in order over a secure session', async () => {
    await withShapedHost(async (open) => {
      const proxy = await open();
      expect([await proxy.start(), await proxy.work(), await proxy.finish()]).toEqual([1, 2, 3]);
    });
  });

  it('the client refuses a non-initiating operation as the first call (InvalidOperationException, nothing sent)', async () => {
    await withShapedHost(async (open, host) => {
      const proxy = await open();
      await expect(proxy.work()).rejects.toThrow(/IsInitiating|isInitiating|first operation/);
      expect(sessionState(host).sessions).toBe(0);
    });
  });

  it('the session ends after an isTerminating operation: the service releases it, the proxy refuses more calls', async () => {
    await withShapedHost(async (open, host) => {
      const proxy = await open();
      await proxy.start();
      expect(await proxy.finish()).toBe(2);
      await new Promise((r) => setTimeout(r, 50));
      expect(sessionState(host).sessions).toBe(0);
      await expect(proxy.work()).rejects.toThrow(/IsTerminating|isTerminating|terminat/);
    });
  });
});
