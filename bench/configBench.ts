/**
 * Suite 'config': milliseconds to load and validate the calculator sample's configs (read, parse, convert,
 * validate against schemas/, cross-section checks) — next to process start (~40 ms for `node -e ''`).
 * The first load includes compiling the schemas; the rest are the steady state.
 */
import { join } from 'node:path';
import { ConfigSchema } from '../src/config/schema/ConfigSchema';
import { loadConfiguration } from '../src/config/loadConfiguration';
import { measure, round, type BenchRow } from './harness';

export async function run(): Promise<BenchRow[]> {
  const root = join(__dirname, '..', '..');
  const rows: BenchRow[] = [];
  const started = performance.now();
  void ConfigSchema.shared.validate;
  rows.push({
    name: 'config: compile schemas (once per process)',
    value: round(performance.now() - started, 2),
    unit: 'ms',
    note: 'ajv compile of schemas/*.schema.json',
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
  return rows;
}
