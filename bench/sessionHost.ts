/**
 * The service side of the 'session' suite's memory figure, in a process of its own (forked with --expose-gc),
 * so what it measures is the service's retained state and nothing of the client's: the calculator behind the
 * secure-session wsHttpBinding, answering the parent over IPC —
 *
 *   parent → { type: 'measure' }  child → { type: 'memory', heapUsed, external, arrayBuffers, rss, instances }
 *   parent → { type: 'close' }    child closes the host and exits.
 *
 * `instances` counts the PerSession service instances made, so the parent can check that every session it
 * opened reached the service model.
 */
import 'reflect-metadata';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CalculatorService } from '../samples/calculator/CalculatorService';
import { benchCertificates } from './benchCertificates';
import { openCalculatorHost } from './sessionCalculator';

export interface HostMemory {
  readonly type: 'memory';
  readonly heapUsed: number;
  readonly external: number;
  readonly arrayBuffers: number;
  readonly rss: number;
  readonly instances: number;
}

export type HostMessage = { readonly type: 'ready'; readonly address: string } | HostMemory;

let instances = 0;

class CountedCalculator extends CalculatorService {
  constructor() {
    super();
    instances++;
  }
}

async function settledMemory(): Promise<HostMemory> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the session host needs --expose-gc');
  // Several full collections with turns between them, so finalizers and weak callbacks have run.
  for (let i = 0; i < 4; i++) {
    gc();
    await nextTurn();
  }
  const m = process.memoryUsage();
  return {
    type: 'memory',
    heapUsed: m.heapUsed,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
    rss: m.rss,
    instances,
  };
}

async function main(): Promise<void> {
  const { host, address } = await openCalculatorHost(
    CountedCalculator,
    'session',
    benchCertificates(),
    (h) => {
      // WCF's throttle defaults (100 sessions per processor) would queue the 201st session: raised, as a
      // service expecting 10,000 clients is configured.
      h.throttling = {
        maxConcurrentCalls: 64,
        maxConcurrentSessions: 1_000_000,
        maxConcurrentInstances: 1_000_000,
      };
    },
  );
  const send = (m: HostMessage) => process.send!(m);
  process.on('message', (m: { type: string }) => {
    if (m.type === 'measure') void settledMemory().then(send);
    if (m.type === 'close') void host.close().finally(() => process.exit(0));
  });
  send({ type: 'ready', address });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
