/**
 * Issue 5, sessions at scale: 1,000 secure sessions opened, used and cancelled concurrently against one host,
 * 20 calls each, interleaved with all the others — and no reply ever delivered to the wrong session. Each
 * session's PerSession instance counts 1…20 in order, and echoes a string only that session sends. The number
 * of requests in flight is bounded (as a client's connection pool would bound it) below the service's default
 * maxPendingSessions (128), which a session leaves with its first call. The host runs in a worker thread: the
 * service and its 1,000 clients each have a core, as they would in two processes.
 */
import { randomUUID } from 'node:crypto';
import { secureFactory } from '../fixtures/secureCalculator';
import { sessionBinding } from './fixtures/sessionHost';
import { openWorkerHost, type WorkerHost } from './fixtures/workerHost';

const SESSIONS = 1000;
const CALLS = 20;
const IN_FLIGHT = 64;

/** A FIFO semaphore: at most `n` holders. */
function semaphore(n: number): <T>(work: () => Promise<T>) => Promise<T> {
  let available = n;
  const waiters: (() => void)[] = [];
  return async (work) => {
    if (available > 0) available--;
    else await new Promise<void>((resolve) => waiters.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiters.shift();
      if (next) next();
      else available++;
    }
  };
}

describe(`${SESSIONS} concurrent secure sessions × ${CALLS} calls`, () => {
  let service: WorkerHost;
  beforeAll(async () => {
    service = await openWorkerHost();
  }, 60_000);

  it('every reply reaches its own session: counts 1…20 in order, echoes its own string', async () => {
    const factory = secureFactory(sessionBinding(), service.address);
    await factory.open();
    const limit = semaphore(IN_FLIGHT);
    const wrong: string[] = [];
    let maxPending = 0;
    let sampling = false;
    const sampler = setInterval(() => {
      if (sampling) return;
      sampling = true;
      void service.report().then((r) => {
        maxPending = Math.max(maxPending, r.pending);
        sampling = false;
      });
    }, 100);
    const started = Date.now();
    try {
      await Promise.all(
        Array.from({ length: SESSIONS }, async (_, i) => {
          const mine = `session-${i}-${randomUUID()}`;
          const calc = await factory.createChannel();
          const counts: number[] = [];
          // Opening (RST/SCT) and the first call hold one slot: the session is pending only in between.
          await limit(async () => {
            await calc.open();
            counts.push(await calc.counter());
          });
          for (let call = 2; call <= CALLS; call++) {
            await limit(async () => {
              if (call % 5 === 0) {
                const echoed = await calc.echo(`${mine}#${call}`);
                if (echoed !== `${mine}#${call}`) wrong.push(`${mine}: echo ${call} → ${echoed}`);
              }
              counts.push(await calc.counter());
            });
          }
          const expected = Array.from({ length: CALLS }, (_, k) => k + 1);
          if (counts.join() !== expected.join()) wrong.push(`${mine}: counts ${counts.join()}`);
          await limit(() => calc.close());
        }),
      );
    } finally {
      clearInterval(sampler);
      await factory.close();
    }
    const seconds = (Date.now() - started) / 1000;
    const report = await service.close();
    expect(wrong).toEqual([]);
    expect(report).toEqual({ sessions: 0, pending: 0, released: SESSIONS, mixedSessions: 0, log: [] });
    expect(maxPending).toBeLessThanOrEqual(IN_FLIGHT);
    // A figure, not an assertion (tests assert behaviour; bench/ measures speed).
    process.stdout.write(
      `${SESSIONS} sessions × ${CALLS} calls (+ ${(SESSIONS * CALLS) / 5} echoes, ${IN_FLIGHT} in flight): ${seconds.toFixed(1)} s\n`,
    );
  }, 180_000);
});
