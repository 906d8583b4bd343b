#!/usr/bin/env node
/**
 * The `indigo` command.
 *   indigo host <module> [--port N] [--host H]   host the services a module exports, until SIGINT/SIGTERM
 */
import 'reflect-metadata';
import { resolve } from 'node:path';
import type { ServiceHost } from '../service/ServiceHost';
import { HostModuleError, isHostModule } from './HostModule';
import { resolveModulePath } from './resolveModule';

const usage = `usage:
  indigo host <module> [--port N] [--host H]
      Hosts the services of <module> (a module exporting createHosts({ port, host })), prints
      'listening <url>' per endpoint once ready, and closes gracefully on SIGINT/SIGTERM.
      Example: npm run build && npx indigo host samples/calculator/host --port 8080`;

class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  args.splice(i, 2);
  return value;
}

async function host(args: string[]): Promise<void> {
  const portText = option(args, '--port') ?? '8080';
  const hostName = option(args, '--host');
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number (0-65535), not '${portText}'`);
  const [specifier, ...rest] = args;
  if (!specifier) throw new UsageError('host needs a module');
  if (rest.length) throw new UsageError(`unexpected arguments: ${rest.join(' ')}`);
  const file = resolveModulePath(specifier, process.cwd(), resolve(__dirname, '..', '..'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded: unknown = require(file);
  if (!isHostModule(loaded)) throw new HostModuleError(`The module ${file} does not export createHosts({ port, host }).`);
  const hosts: ServiceHost[] = await loaded.createHosts({ port, host: hostName });
  const opened: ServiceHost[] = [];
  try {
    for (const h of hosts) {
      await h.open();
      opened.push(h);
    }
  } catch (err) {
    for (const h of opened) h.abort();
    throw err;
  }
  for (const h of hosts) for (const e of h.endpoints) console.log(`listening ${e.address}`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing`);
    Promise.all(hosts.map((h) => h.close())).then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case 'host':
      return host(args);
    case undefined:
    case '--help':
    case '-h':
      console.log(usage);
      return;
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError) {
    console.error(`indigo: ${err.message}\n${usage}`);
    process.exit(2);
  }
  console.error(`indigo: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
