/**
 * Suite 'config': what loading the calculator sample's configs costs — the one-time set-up (schemas and their
 * validator), each load (read, parse, convert, validate against schemas/, cross-section checks), and a whole
 * fresh process that loads app.config next to one that does nothing (`node -e ''`), since the issue asks that
 * config loading stay small next to process start.
 *
 * The validator is precompiled (ajv standalone code in src/config/generated/); the row "compile schemas with
 * ajv" is what every process paid before, and what one pays when the schemas change without regenerating.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { compileValidator } from '../src/config/schema/compileSchemas';
import { ConfigSchema } from '../src/config/schema/ConfigSchema';
import { loadConfiguration } from '../src/config/loadConfiguration';
import { median, measure, round, type BenchRow } from './harness';

/** Median wall time (ms) of a fresh `node` running `script`, over `runs` runs. */
function processMs(script: string, runs = 9): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench process failed: ${r.stderr}`);
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function run(): Promise<BenchRow[]> {
  const root = join(__dirname, '..', '..');
  const rows: BenchRow[] = [];

  let started = performance.now();
  const schema = ConfigSchema.shared;
  void schema.validate;
  rows.push({
    name: 'config: load schemas + validator (once per process)',
    value: round(performance.now() - started, 2),
    unit: 'ms',
    note: `read schemas/*.schema.json, check the fingerprint, ${schema.validatorSource} validator`,
  });
  started = performance.now();
  compileValidator(schema.schemaDocuments);
  rows.push({
    name: 'config: compile schemas with ajv (before: once per process)',
    value: round(performance.now() - started, 2),
    unit: 'ms',
    note: 'the run-time fallback when src/config/generated/ is stale',
  });

  for (const file of ['samples/calculator/app.config', 'samples/calculator/app.json']) {
    const path = join(root, file);
    const m = await measure(() => loadConfiguration(path), { rounds: 5, roundMs: 300 });
    rows.push({
      name: `config: load+validate ${file}`,
      value: round(1000 / m.opsPerSecond, 3),
      unit: 'ms',
      note: `median of 5 rounds; ${round(m.opsPerSecond, 0)} loads/s`,
    });
  }

  const empty = processMs('');
  const loader = JSON.stringify(join(root, 'dist', 'src', 'config', 'loadConfiguration.js'));
  const config = JSON.stringify(join(root, 'samples', 'calculator', 'app.config'));
  const withConfig = processMs(
    `require('reflect-metadata'); require(${loader}).loadConfiguration(${config})`,
  );
  rows.push({
    name: "config: process start, node -e ''",
    value: round(empty, 1),
    unit: 'ms',
    note: 'median of 9 fresh processes',
  });
  rows.push({
    name: 'config: process start + first load of app.config',
    value: round(withConfig, 1),
    unit: 'ms',
    note: `median of 9 fresh processes; +${round(withConfig - empty, 1)} ms over an empty process (module loading included)`,
  });
  return rows;
}
