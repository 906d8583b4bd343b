/**
 * The 'session' suite (issue 5): what a secure session buys and what it costs, on the sample calculator's Echo
 * over loopback HTTP, one call at a time, the three shapes of bench/sessionCalculator.ts side by side in one run:
 *
 * 1. round trips/s of a 1 KB Echo: secure session (session opened before timing) vs per-message X.509 vs no
 *    security, rounds interleaved; beside them the ceiling physics allows the session/x509 ratio — per-message
 *    X.509 pays two RSA private-key operations per round trip (the service unwraps the request's key, the
 *    client signs its endorsing signature), so x509 ≥ session + rsa and session/x509 ≤ (rsa + rest) / rest,
 *    with rest the session's round trip; and the floors of what a session round trip adds to one without
 *    security (its cryptography, and the XML work that cryptography needs), replayed from a recorded round trip
 *    (bench/sessionFloor.ts), which bound session/none ≤ none / (none + floors);
 * 2. establishing a session: `open()` of a new proxy on an open factory (RST/SCT → RSTR over the bootstrap);
 * 3. the service's memory per open idle session, with 10,000 sessions held open against one host running in a
 *    child process (bench/sessionHost.ts), so the figure is the service's state alone; and per cookie-mode
 *    token (requireCancellation=false), on the same host, each client with a cookie of its own;
 * 4. MB/s of a 1 MB Echo inside a session (plain text; and markup-laden text, to show the cost of escaping).
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import {
  constants,
  createCipheriv,
  createDecipheriv,
  createHash,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  sign,
} from 'node:crypto';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ChannelFactory } from '../src/client/ChannelFactory';
import type { IClientChannel } from '../src/client/ClientChannel';
import { CalculatorService } from '../samples/calculator/CalculatorService';
import { ICalculator } from '../samples/calculator/ICalculator';
import { echoPayload } from './basicHttpBench';
import { type BenchCertificates, benchCertificates } from './benchCertificates';
import { type BenchRow, measure, median, ratioRow, round, withGcPauses } from './harness';
import {
  recordRoundTrip,
  replayByLabel,
  replayMicros,
  type RecordedCall,
  type RecordedRoundTrip,
} from './sessionFloor';
import { cookieBinding, type HostMemory, type HostMessage } from './sessionHost';
import {
  calculatorFactory,
  openCalculatorHost,
  withBenchCredentials,
  type SecurityShape,
} from './sessionCalculator';

type Proxy = ICalculator & IClientChannel;

/** Sessions held open for the memory figure (INDIGO_BENCH_SESSIONS overrides, for a quick look). */
const sessionCount = Number(process.env.INDIGO_BENCH_SESSIONS ?? 10_000);
/** Sessions opened (and closed) by the establishment figure, after as many again untimed. */
const establishSamples = 200;
/** Sessions opened at once while filling the memory host. */
const openConcurrency = 8;
/**
 * Cookie-mode tokens issued (and used once each) for the cookie figure (INDIGO_BENCH_COOKIES overrides): the
 * service keeps nothing per cookie, so fewer than sessionCount suffice, after as many again untimed.
 */
const cookieCount = Number(process.env.INDIGO_BENCH_COOKIES ?? 2000);

/**
 * 1 MiB of plain prose-like ASCII (letters, digits, spaces, newlines: nothing to escape), the body of the MB/s
 * figure; and 1 MiB of the 1 KB Echo's markup-laden text, in which every 60 characters carry 7 escaped
 * characters, to show what escaping costs the XML layer.
 */
function megabytePayloads(): { plain: string; markup: string } {
  const line = 'The quick brown fox jumps over the lazy dog 0123456789.\n';
  const size = 1024 * 1024;
  return {
    plain: line.repeat(Math.ceil(size / line.length)).slice(0, size),
    markup: echoPayload().repeat(1024),
  };
}

interface Side {
  readonly shape: SecurityShape;
  readonly proxy: Proxy;
  close(): Promise<void>;
}

async function openSide(shape: SecurityShape, certs: BenchCertificates): Promise<Side> {
  const { host, address } = await openCalculatorHost(CalculatorService, shape, certs);
  const factory = calculatorFactory(shape, address, certs);
  const proxy = await factory.createChannel();
  // The session (RST/SCT ↔ RSTR) is established here, before any timing.
  await proxy.open();
  return {
    shape,
    proxy,
    close: async () => {
      await factory.close();
      await host.close();
    },
  };
}

/** Each side's round trips/s of each round, and its garbage-collection pause per round trip (µs). */
interface Interleaved {
  readonly perSide: number[][];
  readonly gcMicrosPerCall: number[];
}

/**
 * Times each side's `call` in rounds, rotating which side goes first, after `warmupMs` of untimed calls each;
 * returns every side's round trips/s of each round. Load from the other engineers' tests comes and goes, and
 * interleaving makes it hit every side alike.
 */
async function interleaved(
  sides: readonly Side[],
  call: (proxy: Proxy) => Promise<unknown>,
  rounds: number,
  roundMs: number,
  warmupMs: number,
): Promise<Interleaved> {
  for (const s of sides) await measure(() => call(s.proxy), { rounds: 1, roundMs: warmupMs, warmupMs: 0 });
  const perSide = sides.map((): number[] => []);
  const gcMs = sides.map(() => 0);
  const calls = sides.map(() => 0);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < sides.length; k++) {
      const i = (r + k) % sides.length;
      const { result: m, gcMs: paused } = await withGcPauses(() =>
        measure(() => call(sides[i].proxy), { rounds: 1, roundMs, warmupMs: 50 }),
      );
      perSide[i].push(m.opsPerSecond);
      gcMs[i] += paused;
      calls[i] += (m.opsPerSecond * roundMs) / 1000;
    }
  }
  return { perSide, gcMicrosPerCall: gcMs.map((ms, i) => (ms * 1000) / calls[i]) };
}

/** Milliseconds of the two RSA private-key operations per-message X.509 adds to a round trip. */
async function rsaPrivateOps(certs: BenchCertificates): Promise<{ signMs: number; decryptMs: number }> {
  const signedInfo = Buffer.alloc(900, 0x62);
  const oaep = constants.RSA_PKCS1_OAEP_PADDING;
  const wrapped = publicEncrypt({ key: certs.service.x509.publicKey, padding: oaep }, randomBytes(32));
  const opts = { rounds: 5, roundMs: 300, warmupMs: 200 };
  const signing = await measure(() => sign('sha1', signedInfo, certs.client.privateKey!), opts);
  const decrypting = await measure(
    () => privateDecrypt({ key: certs.service.privateKey!, padding: oaep }, wrapped),
    opts,
  );
  return { signMs: signing.microsPerOp / 1000, decryptMs: decrypting.microsPerOp / 1000 };
}

/**
 * The cryptography a 1 MB session round trip cannot avoid, in ms, node:crypto alone: each of its two messages
 * has its Body digested by the sender and by the receiver (SHA-1 of ~1 MB of canonical XML), encrypted and
 * decrypted (AES-256-CBC), and its CipherValue base64-encoded and decoded.
 */
async function megabyteCryptoFloor(body: string): Promise<number> {
  const bytes = Buffer.from(body, 'utf8');
  const key = randomBytes(32);
  const iv = randomBytes(16);
  const encrypt = (data: Buffer) => {
    const c = createCipheriv('aes-256-cbc', key, iv);
    return Buffer.concat([c.update(data), c.final()]);
  };
  const cipherText = encrypt(bytes);
  const base64 = cipherText.toString('base64');
  const opts = { rounds: 5, roundMs: 300, warmupMs: 200 };
  const m = await measure(() => {
    for (let message = 0; message < 2; message++) {
      createHash('sha1').update(bytes).digest(); // the sender's Body digest
      encrypt(bytes).toString('base64');
      const c = createDecipheriv('aes-256-cbc', key, iv);
      Buffer.concat([c.update(Buffer.from(base64, 'base64')), c.final()]);
      createHash('sha1').update(bytes).digest(); // the receiver's
    }
  }, opts);
  return m.microsPerOp / 1000;
}

/** `open()` of a new session proxy on an open factory, in ms, one at a time; each is closed (untimed) after. */
async function establishment(certs: BenchCertificates): Promise<number[]> {
  const { host, address } = await openCalculatorHost(CalculatorService, 'session', certs);
  const factory = calculatorFactory('session', address, certs);
  await factory.open();
  try {
    const times: number[] = [];
    for (let i = 0; i < 2 * establishSamples; i++) {
      const proxy = await factory.createChannel();
      const start = performance.now();
      await proxy.open();
      const ms = performance.now() - start;
      if (i >= establishSamples) times.push(ms);
      await proxy.close();
    }
    return times;
  } finally {
    await factory.close();
    await host.close();
  }
}

/** The parent's own gc, for the client-side figure (the bench runs without --expose-gc). */
function parentGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function clientHeap(gc: () => void): number {
  for (let i = 0; i < 4; i++) gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

class SessionHostProcess {
  private readonly waiters: ((m: HostMessage) => void)[] = [];

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (m: HostMessage) => this.waiters.shift()?.(m));
  }

  static async start(): Promise<{ process: SessionHostProcess; address: string; cookieAddress: string }> {
    const child = fork(join(__dirname, 'sessionHost.js'), [], {
      execArgv: ['--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const host = new SessionHostProcess(child);
    const ready = await host.next();
    if (ready.type !== 'ready') throw new Error('the session host did not start');
    return { process: host, address: ready.address, cookieAddress: ready.cookieAddress };
  }

  private next(): Promise<HostMessage> {
    return new Promise((resolve, reject) => {
      this.waiters.push(resolve);
      this.child.once('exit', (code) => reject(new Error(`the session host exited (${code})`)));
    });
  }

  async memory(): Promise<HostMemory> {
    const reply = this.next();
    this.child.send({ type: 'measure' });
    const m = await reply;
    if (m.type !== 'memory') throw new Error('the session host did not answer with its memory');
    return m;
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ type: 'close' });
    await exited;
  }
}

/** Runs `work(i)` for i in [0, count) with `concurrency` at a time. */
async function pool(count: number, concurrency: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

interface MemoryFigures {
  /** Service: heapUsed+external growth per open idle session. */
  readonly perSession: number;
  /** Service: what is still held per session once every session is cancelled. */
  readonly afterCancel: number;
  readonly rssPerSession: number;
  readonly clientPerSession: number;
  readonly seconds: number;
  /** Service: heapUsed+external growth per cookie-mode token issued and used once. */
  readonly perCookie: number;
}

/** A factory of the cookie binding with a cookie per call (cacheCookies false), credentials as calculatorFactory's. */
function cookieFactory(address: string, certs: BenchCertificates): ChannelFactory<ICalculator> {
  return withBenchCredentials(new ChannelFactory(ICalculator, cookieBinding(false), address), certs);
}

/**
 * The service's growth per cookie-mode token: each call obtains a new cookie SCT (RST/SCT over the bootstrap)
 * and uses it once, as that many clients with a cookie each would; measured after as many calls untimed, so the
 * figure is what each further cookie client costs.
 */
async function cookieMemory(
  child: SessionHostProcess,
  address: string,
  certs: BenchCertificates,
): Promise<number> {
  const heapOf = (m: HostMemory) => m.heapUsed + m.external;
  const factory = cookieFactory(address, certs);
  try {
    const proxy = await factory.createChannel();
    const calls = () => pool(cookieCount, openConcurrency, () => proxy.add(1, 2).then(() => undefined));
    await calls();
    const before = await child.memory();
    await calls();
    const after = await child.memory();
    if (after.instances - before.instances !== cookieCount)
      throw new Error(`the cookie calls made ${after.instances - before.instances} instances`);
    return (heapOf(after) - heapOf(before)) / cookieCount;
  } finally {
    await factory.close();
  }
}

async function sessionMemory(certs: BenchCertificates): Promise<MemoryFigures> {
  const heapOf = (m: HostMemory) => m.heapUsed + m.external;
  const { process: child, address, cookieAddress } = await SessionHostProcess.start();
  const factory = calculatorFactory('session', address, certs);
  const gc = parentGc();
  try {
    await factory.open();
    // Warm-up: every code path and cache of a session's life, opened and cancelled, before the baseline.
    await pool(200, openConcurrency, async () => {
      const p = await factory.createChannel();
      await p.open();
      await p.counter();
      await p.close();
    });
    const before = await child.memory();
    const clientBefore = clientHeap(gc);
    const proxies: Proxy[] = [];
    const start = performance.now();
    // Each session carries one call: an established, idle session (not a pending one, which
    // maxPendingSessions bounds), with its PerSession instance made.
    await pool(sessionCount, openConcurrency, async (i) => {
      const p = await factory.createChannel();
      await p.open();
      if ((await p.counter()) !== 1) throw new Error('a session did not get its own service instance');
      proxies[i] = p;
    });
    const seconds = (performance.now() - start) / 1000;
    const open = await child.memory();
    const clientOpen = clientHeap(gc);
    if (open.instances - before.instances !== sessionCount)
      throw new Error(`the service made ${open.instances - before.instances} instances`);
    await pool(sessionCount, openConcurrency, (i) => proxies[i].close());
    const cancelled = await child.memory();
    const perCookie = await cookieMemory(child, cookieAddress, certs);
    return {
      perCookie,
      perSession: (heapOf(open) - heapOf(before)) / sessionCount,
      afterCancel: (heapOf(cancelled) - heapOf(before)) / sessionCount,
      rssPerSession: (open.rss - before.rss) / sessionCount,
      clientPerSession: (clientOpen - clientBefore) / sessionCount,
      seconds,
    };
  } finally {
    await factory.close();
    await child.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  const certs = benchCertificates();
  const rows: BenchRow[] = [];
  const text = echoPayload();
  const big = megabytePayloads();
  const bigBytes = Buffer.byteLength(big.plain);

  // 1 and 4: the three shapes, each its own host and factory, in one process as the other suites do.
  const sides = [
    await openSide('session', certs),
    await openSide('x509', certs),
    await openSide('none', certs),
  ];
  let smallRun: Interleaved;
  let large: number[][];
  let markup: number[][];
  let sessionTrip: RecordedRoundTrip;
  let noneTrip: RecordedRoundTrip;
  try {
    for (const s of sides) {
      for (const t of [text, big.plain, big.markup])
        if ((await s.proxy.echo(t)) !== t) throw new Error(`the ${s.shape} Echo did not return its text`);
    }
    smallRun = await interleaved(sides, (p) => p.echo(text), 5, 1000, 2000);
    sessionTrip = await recordRoundTrip(() => sides[0].proxy.echo(text));
    noneTrip = await recordRoundTrip(() => sides[2].proxy.echo(text));
    large = (await interleaved(sides, (p) => p.echo(big.plain), 3, 2500, 2500)).perSide;
    // Session and none only: x509 adds nothing to the 1 MB story but its RSA.
    markup = (await interleaved([sides[0], sides[2]], (p) => p.echo(big.markup), 3, 2500, 2500)).perSide;
  } finally {
    for (const s of sides) await s.close();
  }
  const rsa = await rsaPrivateOps(certs);
  const opened = await establishment(certs);
  const memory = await sessionMemory(certs);

  const small = smallRun.perSide;
  const [session, x509, none] = small.map(median);
  const rounds = (values: number[]) => `rounds ${values.map((v) => Math.round(v)).join('/')}`;
  const what =
    'Echo of a 1,024-char string with markup, wsHttpBinding (SOAP 1.2, WS-Addressing 1.0, Basic256, sign+encrypt), ' +
    `loopback HTTP keep-alive, one call at a time, ${certs.source}; median of 5 × 1 s rounds interleaved with the other shapes'`;
  const rt = (name: string, value: number, how: string, perRound: number[]): void => {
    rows.push({
      name,
      value: round(value, 0),
      unit: 'rt/s',
      note: `${how}; ${round(1e6 / value)} µs/rt; ${what}; ${rounds(perRound)}`,
    });
  };
  rt(
    'secure session echo 1KB',
    session,
    'establishSecurityContext=true, session opened before timing, derived keys from the SCT',
    small[0],
  );
  rt(
    'per-message X.509 echo 1KB',
    x509,
    'establishSecurityContext=false: MutualCertificate, an RSA-wrapped key and endorsing signature per request',
    small[1],
  );
  rt('no security echo 1KB', none, 'wsHttpBinding security mode None', small[2]);
  rows.push(
    ratioRow(
      'session',
      'x509',
      session,
      x509,
      'median round trips/s; target ≥ 3 (bounded by the ceiling below)',
    ),
  );
  rows.push(
    ratioRow(
      'session',
      'none',
      session,
      none,
      'median round trips/s; target ≥ 0.6 (bounded by the ceiling below)',
    ),
  );
  // The least a session round trip adds to one without security (bench/sessionFloor.ts).
  for (const trip of [sessionTrip, noneTrip]) {
    if (trip.parses.length !== 2)
      throw new Error(`bench: a recorded round trip parsed ${trip.parses.length} envelopes, not 2`);
  }
  // A primitive the protocol stopped calling through its module export would vanish from the floor unseen.
  for (const label of ['P_SHA1', 'SHA-1 digest', 'HMAC-SHA1', 'AES-CBC encrypt', 'AES-CBC decrypt']) {
    if (!sessionTrip.crypto.some((c) => c.label === label))
      throw new Error(`bench: the recorded session round trip made no ${label} call`);
  }
  const cryptoUs = await replayMicros(sessionTrip.crypto);
  const envelopeUs = (await replayMicros(sessionTrip.parses)) - (await replayMicros(noneTrip.parses));
  const xmlUs = envelopeUs + (await replayMicros(sessionTrip.xml));
  const noneUs = 1e6 / none;
  const byKind = async (calls: readonly RecordedCall[]) =>
    (await replayByLabel(calls)).map((k) => `${k.label} ×${k.count} ${round(k.micros, 0)} µs`).join(', ');
  rows.push({
    name: 'session crypto floor',
    value: round(cryptoUs, 0),
    unit: 'µs',
    note: `the cryptography of one 1 KB session round trip, client and service, recorded from a real one and replayed in a loop (bench/sessionFloor.ts): ${await byKind(sessionTrip.crypto)}; median of 7 rounds`,
  });
  rows.push({
    name: 'session XML floor',
    value: round(xmlUs, 0),
    unit: 'µs',
    note: `the XML work of the same round trip that security makes necessary, replayed the same way: its two envelopes parsed less the no-security round trip's two (${round(envelopeUs, 0)} µs, same parser), ${await byKind(sessionTrip.xml)}; serialization and the security header's elements written and read are not counted`,
  });
  rows.push({
    name: 'session vs none ceiling',
    value: round(noneUs / (noneUs + cryptoUs + xmlUs), 2),
    unit: 'x',
    note: `none / (none + crypto floor + XML floor): none ${round(noneUs, 0)} µs/rt, crypto ${round(cryptoUs, 0)} µs, XML ${round(xmlUs, 0)} µs (rows above); the session vs none ratio an implementation with this runtime's cryptography and this parser and canonicalizer could reach if a session cost nothing else; cryptography alone allows ${round(noneUs / (noneUs + cryptoUs), 2)}; the session's round trip is ${round(1e6 / session, 0)} µs`,
  });
  const [gcSession, gcX509, gcNone] = smallRun.gcMicrosPerCall;
  rows.push({
    name: 'GC pause per session rt',
    value: round(gcSession, 1),
    unit: 'µs',
    note: `garbage-collection pauses of the one thread (client and service both) per 1 KB session round trip, over its timed rounds (PerformanceObserver 'gc'); x509 ${round(gcX509, 1)} µs, none ${round(gcNone, 1)} µs; 65–70 µs (this measure, same machine) when a WeakMap made V8 allocate each message's strings in the old generation (docs/xml.md "Short-lived means young")`,
  });

  const rsaMs = rsa.signMs + rsa.decryptMs;
  const restMs = 1000 / session;
  const leastMs = (noneUs + cryptoUs + xmlUs) / 1000;
  rows.push({
    name: 'RSA private ops per x509 rt',
    value: round(rsaMs, 3),
    unit: 'ms',
    note: `RSA-2048 of the test keys, node:crypto medians: sign (SHA-1) ${round(rsa.signMs, 3)} ms + OAEP privateDecrypt ${round(rsa.decryptMs, 3)} ms; the public-key halves (wrap, verify) are not counted`,
  });
  rows.push({
    name: 'x509 ceiling',
    value: round((rsaMs + restMs) / restMs, 2),
    unit: 'x',
    note: `(rsa + rest) / rest, rsa = ${round(rsaMs, 3)} ms, rest = the session round trip, ${round(restMs, 3)} ms: the session vs x509 ratio the two RSA private ops alone allow at this session speed (≥ 3 needs rest ≤ rsa / 2 = ${round(rsaMs / 2, 2)} ms); the measured ratio can exceed it by what else x509 pays (its round trip less the RSA: ${round(1000 / x509 - rsaMs, 3)} ms, against the session's ${round(restMs, 3)} ms: the X.509 token, EncryptedKey and signature confirmation on the wire); at the least session round trip the floors above allow (none + crypto + XML = ${round(leastMs, 3)} ms) it would be ${round((rsaMs + leastMs) / leastMs, 2)}; that model has X.509 pay the session's rest and its RSA, nothing more — against this run's X.509 round trip, with what else it pays, a session at the floors would measure ${round(1000 / x509 / leastMs, 2)}, and ≥ 3 would need the session's round trip ≤ ${round(1000 / x509 / 3, 3)} ms`,
  });

  const sorted = [...opened].sort((a, b) => a - b);
  rows.push({
    name: 'session establishment',
    value: round(median(opened), 2),
    unit: 'ms',
    note: `open() of a new session proxy on an open factory (RST/SCT ↔ RSTR over the MutualCertificate bootstrap: the same two RSA private ops, ${round(rsaMs, 2)} ms, plus P_SHA1 of the combined entropy); median of ${establishSamples} after ${establishSamples} untimed, p90 ${round(sorted[Math.floor(sorted.length * 0.9)], 2)} ms; each closed (Cancel) after, untimed; target ≤ 3`,
  });

  rows.push({
    name: `service memory per idle session @${sessionCount}`,
    value: round(memory.perSession, 0),
    unit: 'B',
    note:
      `heapUsed+external growth of the service's process (a child with --expose-gc, host alone) after gc, ${sessionCount} sessions open against one host, each opened then used once (Counter = 1: its PerSession instance made) then idle; ` +
      `includes everything the service keeps for a session — session channel, SCT in the token cache (its key a latin1 string), the client's identity (shared by all sessions of one certificate), instance context + service instance, dispatcher state — and the replay-detection entries of its RST/SCT and of its call (2 nonces, kept replayWindow + maxClockSkew = 10 min, so a session idle longer holds ~190 B less); ` +
      `after every session was cancelled ${round(memory.afterCancel, 0)} B/session remained: the replay cache (3 nonces per session — the Cancel's too — ~95 B each with its map slot, until they expire) and code V8 compiled meanwhile, no session state; RSS grew ${round(memory.rssPerSession, 0)} B/session; the client side held ${round(memory.clientPerSession, 0)} B/session (not part of the target); opening took ${round(memory.seconds, 1)} s at ${openConcurrency} at a time; target ≤ 2048`,
  });
  rows.push({
    name: `service memory per cookie session @${cookieCount}`,
    value: round(memory.perCookie, 0),
    unit: 'B',
    note: `the same host, cookie mode (requireCancellation=false, MutualCertificate bootstrap) at a second endpoint: heapUsed+external growth after gc per cookie SCT issued and used once (cacheCookies=false: a cookie per call, as that many clients would each have one), measured after as many untimed; the service keeps no state per cookie (it travels in the token), so this is the replay cache's 2 nonces per cookie client (its RST/SCT and its call, kept 10 min); target ~0`,
  });

  const [bigSession, bigX509, bigNone] = large.map(median);
  const [markupSession, markupNone] = markup.map(median);
  const mb = (rtPerSecond: number) => (rtPerSecond * bigBytes) / 1e6;
  const perRound = (values: number[]) => `rounds ${values.map((v) => v.toFixed(1)).join('/')} rt/s`;
  const bigWhat = (body: string) =>
    `Echo of ${body} (${bigBytes.toLocaleString('en')} B), its bytes counted once per round trip though they go there and back; median of 3 × 2.5 s rounds interleaved with the other shapes'`;
  const plainBody = 'a 1 MiB string of plain ASCII text';
  const markupBody = "1 MiB of the 1 KB Echo's markup-laden text";
  const mbRow = (name: string, rtPerSecond: number, note: string, values: number[]): void => {
    rows.push({
      name,
      value: round(mb(rtPerSecond), 1),
      unit: 'MB/s',
      note: `${note}; ${round(1000 / rtPerSecond, 1)} ms/rt; ${perRound(values)}`,
    });
  };
  mbRow('secure session echo 1MB', bigSession, `${bigWhat(plainBody)}; target ≥ 50`, large[0]);
  // What the target meets: the no-security round trip plus the cryptography a session adds to it, nothing else.
  const floorMs = await megabyteCryptoFloor(big.plain);
  const ceilingMs = 1000 / bigNone + floorMs;
  rows.push({
    name: 'session 1MB ceiling',
    value: round(bigBytes / ceilingMs / 1000, 1),
    unit: 'MB/s',
    note: `the 1 MB session figure if its security cost only its cryptography: the no-security round trip (${round(1000 / bigNone, 1)} ms) + ${round(floorMs, 1)} ms of node:crypto per round trip (4 SHA-1 digests of the 1 MiB Body, 2 AES-256-CBC encryptions and 2 decryptions, base64 each way of both messages); the session's own round trip is ${round(1000 / bigSession, 1)} ms`,
  });
  mbRow('per-message X.509 echo 1MB', bigX509, bigWhat(plainBody), large[1]);
  mbRow('no security echo 1MB', bigNone, bigWhat(plainBody), large[2]);
  mbRow('secure session echo 1MB markup', markupSession, bigWhat(markupBody), markup[0]);
  mbRow('no security echo 1MB markup', markupNone, bigWhat(markupBody), markup[1]);
  return rows;
}
