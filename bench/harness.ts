import { PerformanceObserver } from 'node:perf_hooks';

/**
 * The benchmark harness: every figure in bench/results/latest.json comes from `measure`, which warms up,
 * then times several rounds and reports the median, because the machines are shared and noisy.
 */
export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note: string;
}

export interface MeasureOptions {
  /** Rounds to time; the median is reported. */
  readonly rounds?: number;
  /** Milliseconds per round. */
  readonly roundMs?: number;
  /** Milliseconds of warm-up before the first round. */
  readonly warmupMs?: number;
}

export interface Measurement {
  /** Median operations per second over the rounds. */
  readonly opsPerSecond: number;
  /** Median microseconds per operation. */
  readonly microsPerOp: number;
  /** Operations per second of every round, for the note. */
  readonly rounds: readonly number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Times an async or sync operation run one at a time. */
export async function measure(op: () => unknown, options: MeasureOptions = {}): Promise<Measurement> {
  const rounds = options.rounds ?? 5;
  const roundMs = options.roundMs ?? 400;
  const warmupEnd = performance.now() + (options.warmupMs ?? 300);
  while (performance.now() < warmupEnd) await op();
  const perRound: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let count = 0;
    const start = performance.now();
    let now = start;
    while (now - start < roundMs) {
      await op();
      count++;
      now = performance.now();
    }
    perRound.push((count * 1000) / (now - start));
  }
  const ops = median(perRound);
  return { opsPerSecond: ops, microsPerOp: 1e6 / ops, rounds: perRound };
}

/**
 * Milliseconds this thread spent paused in garbage collection while `work` ran (PerformanceObserver 'gc'
 * entries: scavenges, mark-compact finalisation). A message's objects should die young and cost next to
 * nothing here; a figure that grows means something makes them look long-lived (docs/xml.md).
 */
export async function withGcPauses<T>(work: () => Promise<T>): Promise<{ result: T; gcMs: number }> {
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  try {
    const result = await work();
    for (const entry of observer.takeRecords()) gcMs += entry.duration;
    return { result, gcMs };
  } finally {
    observer.disconnect();
  }
}

export function ratioRow(
  ours: string,
  theirs: string,
  oursValue: number,
  theirsValue: number,
  note: string,
): BenchRow {
  return { name: `${ours} vs ${theirs}`, value: round(oursValue / theirsValue, 2), unit: 'x', note };
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
