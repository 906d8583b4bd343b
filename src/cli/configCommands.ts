/**
 * `indigo validate <config>` and `indigo describe <config> [--binding <name>] [--json]`.
 * Exit codes: 0 valid, 1 invalid (every error as `file:line:col: message`), 2 usage. No stack traces.
 */
import { relative } from 'node:path';
import { ConfigurationError, ConfigurationLoadError, inFileOrder } from '../config/ConfigurationError';
import type { EndpointDescription } from '../config/IndigoConfiguration';
import { loadConfiguration } from '../config/loadConfiguration';

const shown = (file: string): string => relative(process.cwd(), file) || file;

function print(diagnostic: ConfigurationError): string {
  const where =
    diagnostic.line > 0
      ? `${shown(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}`
      : shown(diagnostic.file);
  return `${where}: ${diagnostic.severity === 'warning' ? 'warning: ' : ''}${diagnostic.path ? `${diagnostic.path}: ` : ''}${diagnostic.problem}`;
}

/** Returns the exit code. */
export async function validateCommand(file: string): Promise<number> {
  let config;
  try {
    config = await loadConfiguration(file);
  } catch (err) {
    if (!(err instanceof ConfigurationLoadError)) throw err;
    for (const e of err.errors) console.error(print(e));
    for (const w of err.warnings) console.error(print(w));
    console.error(
      `${shown(err.file)}: invalid: ${err.errors.length} error${err.errors.length === 1 ? '' : 's'}`,
    );
    return 1;
  }
  const runtime = config.checkRuntime();
  for (const e of inFileOrder(runtime.errors)) console.error(print(e));
  const warnings = inFileOrder([...config.warnings, ...runtime.warnings]);
  for (const w of warnings) console.error(print(w));
  if (runtime.errors.length) {
    console.error(
      `${shown(config.file)}: invalid: ${runtime.errors.length} error${runtime.errors.length === 1 ? '' : 's'}`,
    );
    return 1;
  }
  const endpoints = config.describeEndpoints();
  const services = config.serviceNames.length;
  const clients = endpoints.filter((e) => e.kind === 'client').length;
  console.log(
    `${shown(config.file)}: valid: ${services} service${services === 1 ? '' : 's'}, ${endpoints.length - clients} service endpoint${endpoints.length - clients === 1 ? '' : 's'}, ${clients} client endpoint${clients === 1 ? '' : 's'}` +
      (warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''),
  );
  return 0;
}

function formatSettings(settings: Readonly<Record<string, unknown>>, indent: string): string[] {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(settings)) {
    if (v !== null && typeof v === 'object') {
      lines.push(`${indent}${k}:`);
      lines.push(...formatSettings(v as Record<string, unknown>, `${indent}  `));
    } else lines.push(`${indent}${k} = ${v === Infinity ? 'Infinite' : String(v)}`);
  }
  return lines;
}

function describeText(endpoints: readonly EndpointDescription[]): string {
  const lines: string[] = [];
  for (const e of endpoints) {
    const who = e.kind === 'service' ? `service ${e.owner}` : `client endpoint '${e.name}'`;
    lines.push(
      `${who}: ${e.address || '(base address)'}  contract ${e.contract}  binding ${e.binding}${e.bindingConfiguration ? ` '${e.bindingConfiguration}'` : ''}`,
    );
    if (e.notBuildable) lines.push(`  (intended stack: ${e.notBuildable})`);
    for (const [i, el] of e.elements.entries()) {
      lines.push(`  ${i + 1}. ${el.configurationName}`);
      lines.push(...formatSettings(el.settings, '       '));
    }
    lines.push('');
  }
  return lines.join('\n');
}

export async function describeCommand(
  file: string,
  binding: string | undefined,
  json: boolean,
): Promise<number> {
  let config;
  try {
    config = await loadConfiguration(file);
  } catch (err) {
    if (!(err instanceof ConfigurationLoadError)) throw err;
    for (const e of err.errors) console.error(print(e));
    return 1;
  }
  const endpoints = config.describeEndpoints(binding);
  if (binding !== undefined && endpoints.length === 0) {
    console.error(`${shown(config.file)}: no endpoint uses a binding named '${binding}'`);
    return 1;
  }
  console.log(
    json
      ? JSON.stringify(endpoints, (_k, v: unknown) => (v === Infinity ? 'Infinite' : v), 2)
      : describeText(endpoints),
  );
  return 0;
}
