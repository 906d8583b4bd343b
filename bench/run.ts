/**
 * `npm run bench`: runs every benchmark suite, prints one table and writes bench/results/latest.json.
 * Suites are modules exporting `run(): Promise<BenchRow[]>`; both sides of a comparison run in the same suite.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import 'reflect-metadata';
import type { BenchRow } from './harness';

const suites: { name: string; load: () => Promise<{ run(): Promise<BenchRow[]> }> }[] = [
  { name: 'xml', load: () => import('./xmlBench') },
  { name: 'config', load: () => import('./configBench') },
  { name: 'basicHttp', load: () => import('./basicHttpBench') },
  { name: 'crypto', load: () => import('./cryptoBench') },
  { name: 'security', load: () => import('./securityBench') },
  { name: 'session', load: () => import('./sessionBench') },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const rows: BenchRow[] = [];
  for (const suite of suites) {
    if (only.length && !only.includes(suite.name)) continue;
    process.stderr.write(`running ${suite.name}…\n`);
    rows.push(...(await (await suite.load()).run()));
  }
  const width = Math.max(...rows.map((r) => r.name.length), 4);
  console.log(`${'name'.padEnd(width)}  ${'value'.padStart(12)}  unit     note`);
  for (const r of rows)
    console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(12)}  ${r.unit.padEnd(7)}  ${r.note}`);
  const dir = join(__dirname, '..', '..', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), JSON.stringify(rows, null, 2) + '\n');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
