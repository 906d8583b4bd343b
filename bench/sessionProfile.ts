/**
 * A focused driver for profiling the secure-session message path (not part of `bench/run.ts`): one host and one
 * session (or no security) of bench/sessionCalculator.ts, Echo in a loop, figures printed; run it under
 * `node --cpu-prof dist/bench/sessionProfile.js [session|none|x509] [1k|1m|markup|open] [seconds]`.
 */
import 'reflect-metadata';
import { CalculatorService } from '../samples/calculator/CalculatorService';
import { echoPayload } from './basicHttpBench';
import { benchCertificates } from './benchCertificates';
import { calculatorFactory, openCalculatorHost, type SecurityShape } from './sessionCalculator';

async function main(): Promise<void> {
  const shape = (process.argv[2] ?? 'session') as SecurityShape;
  const what = process.argv[3] ?? '1k';
  const seconds = Number(process.argv[4] ?? 5);
  const certs = benchCertificates();
  const { host, address } = await openCalculatorHost(CalculatorService, shape, certs);
  const factory = calculatorFactory(shape, address, certs);
  await factory.open();
  try {
    if (what === 'open') {
      const times: number[] = [];
      const cpuStart = process.cpuUsage();
      const end = performance.now() + seconds * 1000;
      while (performance.now() < end) {
        const p = await factory.createChannel();
        const t = performance.now();
        await p.open();
        times.push(performance.now() - t);
        await p.close();
      }
      const cpu = process.cpuUsage(cpuStart);
      times.sort((a, b) => a - b);
      console.log(
        `open: ${times.length} sessions, median ${times[times.length >> 1].toFixed(3)} ms, ` +
          `cpu ${((cpu.user + cpu.system) / times.length / 1000).toFixed(3)} ms per open+close`,
      );
      return;
    }
    const line = 'The quick brown fox jumps over the lazy dog 0123456789.\n';
    const text =
      what === '1m'
        ? line.repeat(Math.ceil(1048576 / line.length)).slice(0, 1048576)
        : what === 'markup'
          ? echoPayload().repeat(1024)
          : echoPayload();
    const proxy = await factory.createChannel();
    await proxy.open();
    if ((await proxy.echo(text)) !== text) throw new Error('echo mismatch');
    const warm = performance.now() + 1000;
    while (performance.now() < warm) await proxy.echo(text);
    let n = 0;
    // CPU time as well as wall time: client and service share this one thread, so CPU µs per round trip is
    // the figure other load on a shared machine disturbs least.
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const end = start + seconds * 1000;
    while (performance.now() < end) {
      await proxy.echo(text);
      n++;
    }
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    const rt = (n * 1000) / ms;
    console.log(
      `${shape} ${what}: ${rt.toFixed(1)} rt/s, ${(ms / n).toFixed(3)} ms/rt, ` +
        `cpu ${((cpu.user + cpu.system) / n / 1000).toFixed(3)} ms/rt` +
        (what === '1k' ? '' : `, ${((rt * Buffer.byteLength(text)) / 1e6).toFixed(1)} MB/s`),
    );
    await proxy.close();
  } finally {
    await factory.close();
    await host.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
