/**
 * The 'basicHttp' suite: round trips per second of the sample calculator's Echo over basicHttpBinding (SOAP 1.1,
 * text, HTTP on loopback with keep-alive), Indigo's ServiceHost + ChannelFactory against node-soap's own server
 * + client on the same contract (bench/calculator.wsdl), one call at a time and with a fixed number in flight.
 * Both sides run in this process, client and server on one event loop each time, so they pay the same costs.
 */
import 'reflect-metadata';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { BasicHttpBinding } from '../src/bindings/BasicHttpBinding';
import { ChannelFactory } from '../src/client/ChannelFactory';
import { ServiceHost } from '../src/service/ServiceHost';
import { CalculatorService } from '../samples/calculator/CalculatorService';
import { ICalculator } from '../samples/calculator/ICalculator';
import {
  type BenchRow,
  measure,
  type Measurement,
  type MeasureOptions,
  median,
  ratioRow,
  round,
} from './harness';
import { calculatorWsdlPath, createNodeSoapEchoClient, startNodeSoapServer } from './nodeSoapPeer';

const concurrency = 8;
const roundCount = 5;
/** Untimed calls before a side's first round, so the JIT has settled on both sides before timing starts. */
const warmupMs = 2000;
/** Each timed round: 1 s, after 100 ms of untimed calls (for a concurrent round: while the pool fills). */
const roundOptions: MeasureOptions = { rounds: 1, roundMs: 1000, warmupMs: 100 };

/** 1,024 ASCII characters of text full of markup characters, which both sides must escape and unescape. */
export function echoPayload(): string {
  const unit = `<order id="42" note='fish & chips'>a < b && c > d</order>\n`;
  return unit.repeat(Math.ceil(1024 / unit.length)).slice(0, 1023) + '.';
}

type Echo = (text: string) => Promise<string>;

/** One side of the comparison: its echo call, counted, and the TCP connections its client opened. */
class Side {
  calls = 0;
  readonly sockets: Socket[] = [];

  constructor(
    readonly name: string,
    private readonly call: Echo,
  ) {}

  echo(text: string): Promise<string> {
    this.calls++;
    return this.call(text);
  }

  async assertEchoes(text: string): Promise<void> {
    const answer = await this.echo(text);
    if (answer !== text) {
      throw new Error(
        `${this.name}'s Echo did not return the text it was sent: ${JSON.stringify(answer.slice(0, 80))}…`,
      );
    }
  }

  /** Average bytes per call on the client's sockets (HTTP headers included), and the connections used. */
  wireNote(): string {
    const written = this.sockets.reduce((sum, s) => sum + s.bytesWritten, 0);
    const read = this.sockets.reduce((sum, s) => sum + s.bytesRead, 0);
    return `${Math.round(written / this.calls)} B sent + ${Math.round(read / this.calls)} B received per call incl. HTTP headers, ${this.sockets.length} TCP connections over ${this.calls} calls`;
  }
}

/**
 * Gives every new client connection to the side being driven (Node's 'net.client.socket' diagnostics
 * channel), which proves keep-alive on both sides and lets the notes state the bytes on the wire.
 */
class ConnectionLog {
  private current: Side | undefined;
  private readonly onSocket = (message: unknown): void => {
    this.current?.sockets.push((message as { socket: Socket }).socket);
  };

  constructor() {
    subscribe('net.client.socket', this.onSocket);
  }

  async drive<T>(side: Side, work: () => Promise<T>): Promise<T> {
    this.current = side;
    try {
      return await work();
    } finally {
      this.current = undefined;
    }
  }

  close(): void {
    unsubscribe('net.client.socket', this.onSocket);
  }
}

/**
 * Keeps `depth` calls in flight: a finished call is replaced at once, and each `next()` resolves when one
 * more call has finished, so `measure(() => pool.next())` counts round trips at a steady concurrency.
 */
class InFlight {
  private finished = 0;
  private running = 0;
  private stopping = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly call: () => Promise<unknown>,
    depth: number,
  ) {
    for (let i = 0; i < depth; i++) this.launch();
  }

  async next(): Promise<void> {
    while (this.finished === 0) {
      if (this.failure) throw this.failure;
      await this.changed();
    }
    this.finished--;
  }

  /** Stops replacing calls and waits for those in flight; throws the first failure, if any. */
  async stop(): Promise<void> {
    this.stopping = true;
    while (this.running > 0) await this.changed();
    if (this.failure) throw this.failure;
  }

  private launch(): void {
    this.running++;
    this.call().then(
      () => {
        this.running--;
        this.finished++;
        if (!this.stopping && !this.failure) this.launch();
        this.notify();
      },
      (err: unknown) => {
        this.running--;
        this.failure ??= err instanceof Error ? err : new Error(String(err));
        this.notify();
      },
    );
  }

  private changed(): Promise<void> {
    return new Promise<void>((resolve) => (this.wake = resolve));
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

/** One timed round of a side, in round trips per second. */
type Round = (side: Side) => Promise<number>;

const sequentialRound: Round = async (side) => {
  const text = echoPayload();
  return (await measure(() => side.echo(text), roundOptions)).opsPerSecond;
};

/** A fresh pool per round, stopped after it, so the side not being timed has nothing in flight. */
const concurrentRound: Round = async (side) => {
  const text = echoPayload();
  const pool = new InFlight(() => side.echo(text), concurrency);
  try {
    return (await measure(() => pool.next(), roundOptions)).opsPerSecond;
  } finally {
    await pool.stop();
  }
};

interface Comparison {
  readonly ours: Measurement;
  readonly theirs: Measurement;
  /** ours/theirs of each pair of adjacent rounds. */
  readonly pairedRatios: readonly number[];
}

/**
 * Times the two sides round by round, alternating which goes first (ABBA…), and takes each side's median
 * over its rounds: the machines are shared, and load that comes and goes then hits both sides alike instead
 * of whichever happened to be running. Back-to-back rounds of one side swung the ratio from 0.8 to 2 between
 * runs; interleaved, it holds.
 */
async function compare(log: ConnectionLog, ours: Side, theirs: Side, timeRound: Round): Promise<Comparison> {
  const sides = [ours, theirs];
  const perRound: number[][] = [[], []];
  for (const side of sides) {
    const text = echoPayload();
    await log.drive(side, () =>
      measure(() => side.echo(text), { rounds: 1, roundMs: warmupMs, warmupMs: 0 }),
    );
  }
  for (let r = 0; r < roundCount; r++) {
    for (const i of r % 2 ? [1, 0] : [0, 1])
      perRound[i].push(await log.drive(sides[i], () => timeRound(sides[i])));
  }
  const result = (values: number[]): Measurement => {
    const ops = median(values);
    return { opsPerSecond: ops, microsPerOp: 1e6 / ops, rounds: values };
  };
  return {
    ours: result(perRound[0]),
    theirs: result(perRound[1]),
    pairedRatios: perRound[0].map((v, r) => v / perRound[1][r]),
  };
}

function roundsNote(m: Measurement): string {
  return `rounds ${m.rounds.map((r) => Math.round(r)).join('/')}`;
}

export async function run(): Promise<BenchRow[]> {
  const text = echoPayload();
  const escapedBytes = Buffer.byteLength(
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  );
  const log = new ConnectionLog();

  const host = new ServiceHost(CalculatorService, { baseAddresses: ['http://127.0.0.1:0/'] });
  host.addServiceEndpoint(ICalculator, new BasicHttpBinding(), 'calc/basic');
  await host.open();
  const factory = new ChannelFactory(
    ICalculator,
    new BasicHttpBinding(),
    host.endpoints[0].address.toString(),
  );
  const soapServer = await startNodeSoapServer(readFileSync(calculatorWsdlPath, 'utf8'));
  const soapClient = await createNodeSoapEchoClient(calculatorWsdlPath, soapServer.url);

  try {
    const proxy = await factory.createChannel();
    const indigo = new Side('Indigo', (t) => proxy.echo(t));
    const nodeSoap = new Side('node-soap', (t) => soapClient.echo(t));
    await log.drive(indigo, () => indigo.assertEchoes(text));
    await log.drive(nodeSoap, () => nodeSoap.assertEchoes(text));

    const seq = await compare(log, indigo, nodeSoap, sequentialRound);
    const conc = await compare(log, indigo, nodeSoap, concurrentRound);

    const what =
      `Echo of a 1,024-char string with markup (${escapedBytes} B escaped), loopback HTTP keep-alive, ` +
      `median of ${roundCount} × ${roundOptions.roundMs} ms rounds interleaved with the other side's, after ${warmupMs} ms warm-up`;
    const indigoHow = 'ServiceHost + ChannelFactory proxy on BasicHttpBinding';
    const soapHow =
      'soap.listen on node:http + soap.createClientAsync, every call given { httpAgent: keep-alive http.Agent }';
    const one = 'one call at a time';
    const eight = `${concurrency} calls in flight`;
    const paired = (c: Comparison): string =>
      `paired-round ratios ${c.pairedRatios.map((r) => r.toFixed(2)).join('/')}`;
    return [
      {
        name: 'basicHttp echo 1KB (Indigo)',
        value: round(seq.ours.opsPerSecond, 0),
        unit: 'rt/s',
        note: `${indigoHow}; ${one}; ${what}; ${roundsNote(seq.ours)}`,
      },
      {
        name: 'basicHttp echo 1KB (node-soap)',
        value: round(seq.theirs.opsPerSecond, 0),
        unit: 'rt/s',
        note: `${soapHow}; ${one}; ${what}; ${roundsNote(seq.theirs)}`,
      },
      {
        name: `basicHttp echo 1KB, ${concurrency} concurrent (Indigo)`,
        value: round(conc.ours.opsPerSecond, 0),
        unit: 'rt/s',
        note: `${indigoHow}; ${eight}; ${what}; ${roundsNote(conc.ours)}; whole suite: ${indigo.wireNote()}`,
      },
      {
        name: `basicHttp echo 1KB, ${concurrency} concurrent (node-soap)`,
        value: round(conc.theirs.opsPerSecond, 0),
        unit: 'rt/s',
        note: `${soapHow}; ${eight}; ${what}; ${roundsNote(conc.theirs)}; whole suite: ${nodeSoap.wireNote()}`,
      },
      ratioRow(
        'basicHttp',
        'node-soap',
        seq.ours.opsPerSecond,
        seq.theirs.opsPerSecond,
        `Indigo / node-soap median round trips per second, ${one}; ${paired(seq)}; target ≥ 2`,
      ),
      ratioRow(
        'basicHttp',
        `node-soap (${concurrency} concurrent)`,
        conc.ours.opsPerSecond,
        conc.theirs.opsPerSecond,
        `Indigo / node-soap median round trips per second, ${eight}; ${paired(conc)}; target ≥ 2`,
      ),
    ];
  } finally {
    log.close();
    await factory.close();
    await host.close();
    soapClient.close();
    await soapServer.close();
  }
}
