import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { HostModuleError } from './HostModule';

/**
 * Finds the JavaScript file for a module named on the command line: the path itself (with or without .js),
 * or — for a TypeScript source of this package such as `samples/calculator/host` — its build under `dist/`.
 */
export function resolveModulePath(specifier: string, cwd: string, distRoot: string): string {
  const candidates: string[] = [];
  const base = isAbsolute(specifier) ? specifier : resolve(cwd, specifier);
  const stripped = base.replace(/\.(ts|js)$/, '');
  candidates.push(base, `${stripped}.js`, join(base, 'index.js'));
  if (!isAbsolute(specifier)) {
    const rel = specifier.replace(/^\.\//, '').replace(/\.(ts|js)$/, '');
    candidates.push(join(distRoot, `${rel}.js`), join(distRoot, rel, 'index.js'));
  }
  const found = candidates.find((c) => c.endsWith('.js') && existsSync(c));
  if (found) return found;
  const hint = existsSync(`${stripped}.ts`)
    ? ` It is TypeScript: run 'npm run build' first, which compiles it under dist/.`
    : '';
  throw new HostModuleError(
    `Cannot find the module '${specifier}'. Looked at: ${candidates.join(', ')}.${hint}`,
  );
}
