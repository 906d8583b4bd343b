/**
 * The service side of the 'session' suite's memory figures, in a process of its own (forked with --expose-gc),
 * so what it measures is the service's retained state and nothing of the client's: the calculator behind the
 * secure-session wsHttpBinding, and behind a cookie-mode secure conversation binding (cookieBinding) at a second
 * address, answering the parent over IPC —
 *
 *   parent → { type: 'measure' }  child → { type: 'memory', heapUsed, external, arrayBuffers, rss, instances }
 *   parent → { type: 'close' }    child closes the host and exits.
 *
 * `instances` counts the PerSession service instances made, so the parent can check that every session it
 * opened reached the service model.
 */
import 'reflect-metadata';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CustomBinding } from '../src/bindings/CustomBinding';
import { MessageVersion } from '../src/channels/MessageVersion';
import { TextMessageEncodingBindingElement } from '../src/encoders/text/TextMessageEncodingBindingElement';
import { SecurityBindingElement } from '../src/security/SecurityBindingElement';
import { HttpTransportBindingElement } from '../src/transports/http/HttpTransportBindingElement';
import { CalculatorService } from '../samples/calculator/CalculatorService';
import { ICalculator } from '../samples/calculator/ICalculator';
import { benchCertificates } from './benchCertificates';
import { openCalculatorHost } from './sessionCalculator';

/**
 * Cookie mode (requireCancellation=false) over the MutualCertificate bootstrap, SOAP 1.2 + WS-Addressing 1.0 over
 * HTTP: the service keeps nothing per token, its state travels in the SCT's cookie. `cacheCookies` false makes
 * the client obtain a token of its own for every call, as that many clients would.
 */
export function cookieBinding(cacheCookies = true): CustomBinding {
  const conversation = SecurityBindingElement.createSecureConversationBindingElement(
    SecurityBindingElement.createMutualCertificateBindingElement(),
    false,
  );
  conversation.localClientSettings.cacheCookies = cacheCookies;
  return new CustomBinding([
    conversation,
    new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
    new HttpTransportBindingElement(),
  ]);
}

export interface HostMemory {
  readonly type: 'memory';
  readonly heapUsed: number;
  readonly external: number;
  readonly arrayBuffers: number;
  readonly rss: number;
  readonly instances: number;
}

export type HostMessage =
  { readonly type: 'ready'; readonly address: string; readonly cookieAddress: string } | HostMemory;

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
      h.addServiceEndpoint(ICalculator, cookieBinding(), 'calc/cookie');
    },
  );
  const send = (m: HostMessage) => process.send!(m);
  process.on('message', (m: { type: string }) => {
    if (m.type === 'measure') void settledMemory().then(send);
    if (m.type === 'close') void host.close().finally(() => process.exit(0));
  });
  const cookieAddress = host.endpoints.find((e) => e.address.toString().endsWith('/calc/cookie'))!;
  send({ type: 'ready', address, cookieAddress: cookieAddress.address.toString() });
}

// Run as the forked host; imported by the suite for cookieBinding only.
if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
