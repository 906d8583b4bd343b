#!/usr/bin/env node
/**
 * The `indigo` command.
 *   indigo host <module> [--port N] [--host H]   host the services a module exports, until SIGINT/SIGTERM
 *   indigo host <module> --config <config> [--port N] [--host H]
 *                                                host the services a config names, with the module's classes
 *   indigo validate <config>                     exit 0 + summary, or 1 + every error as file:line:col: message
 *   indigo describe <config> [--binding B] [--json]  each endpoint's channel stack, top to bottom
 * Exit codes: 0 success (a host closed by SIGINT/SIGTERM included), 1 invalid config or failure, 2 usage.
 * Errors are printed as messages, never as stack traces.
 */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { ConfigurationLoadError } from '../config/ConfigurationError';
import { loadConfiguration } from '../config/loadConfiguration';
import type { ServiceHost } from '../service/ServiceHost';
import { certCommand } from './certCommand';
import { describeCommand, validateCommand } from './configCommands';
import { HostModuleError, isHostModule } from './HostModule';
import { resolveModulePath } from './resolveModule';

const usage = `usage:
  indigo host <module> [--port N] [--host H]
      Hosts the services of <module> (a module exporting createHosts({ port, host })), prints
      'listening <url>' per endpoint once ready, and closes gracefully on SIGINT/SIGTERM.
      Example: npm run build && npx indigo host samples/calculator/host --port 8080
  indigo host <module> --config <config> [--port N] [--host H]
      Hosts the services <config> names, each with the class <module> exports under the last segment of
      the service name (Calculator.CalculatorService → CalculatorService). --port and --host replace the
      port / host name of every base address, absolute endpoint address and listenUri of those services
      (--port 0: any free port); without them the config's addresses are used as written.
  indigo validate <config>
      Exit 0 and a one-line summary, or exit 1 and every error as file:line:col: message.
  indigo describe <config> [--binding <name>] [--json]
      Prints each endpoint's channel stack, top to bottom, with its effective settings.
  indigo cert create <folder> [--service-name N] [--client-name N] [--days D] [--password P]
      Writes a test CA and service/client certificates (PEM, key, PFX, and config store folders).
  Exit codes: 0 success, 1 invalid config or failure, 2 usage error.`;

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
  const configFile = option(args, '--config');
  const portText = option(args, '--port');
  const hostName = option(args, '--host');
  const port = Number(portText ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535 || portText?.trim() === '')
    throw new UsageError(`--port must be a port number (0-65535), not '${portText}'`);
  const [specifier, ...rest] = args;
  if (!specifier) throw new UsageError('host needs a module');
  if (rest.length) throw new UsageError(`unexpected arguments: ${rest.join(' ')}`);
  const file = resolveModulePath(specifier, process.cwd(), resolve(__dirname, '..', '..'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded: unknown = require(file);
  let hosts: ServiceHost[];
  if (configFile) {
    const config = await loadConfiguration(configFile);
    hosts = await config.createServiceHosts(loaded as Record<string, unknown>, {
      listen: { port: portText === undefined ? undefined : port, hostname: hostName },
    });
  } else {
    if (!isHostModule(loaded))
      throw new HostModuleError(`The module ${file} does not export createHosts({ port, host }).`);
    hosts = await loaded.createHosts({ port, host: hostName });
  }
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
      (err: unknown) => fail(err),
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
    case 'validate': {
      const [file, ...rest] = args;
      if (!file || rest.length) throw new UsageError('validate needs one config file');
      process.exitCode = await validateCommand(file);
      return;
    }
    case 'describe': {
      const json = args.includes('--json');
      const rest = args.filter((a) => a !== '--json');
      const binding = option(rest, '--binding');
      const [file, ...more] = rest;
      if (!file || more.length) throw new UsageError('describe needs one config file');
      process.exitCode = await describeCommand(file, binding, json);
      return;
    }
    case 'cert': // indigo cert create <folder>: test certificates for message security (src/cli/certCommand.ts)
      process.exitCode = certCommand(args, option);
      return;
    case undefined:
    case '--help':
    case '-h':
      console.log(usage);
      return;
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

/** Prints an error as a person reads it (no stack trace) and exits with its code. */
function fail(err: unknown): never {
  if (err instanceof UsageError) {
    console.error(`indigo: ${err.message}\n${usage}`);
    process.exit(2);
  }
  if (err instanceof ConfigurationLoadError) {
    for (const e of err.errors) console.error(e.message);
    console.error(`indigo: ${err.errors.length} configuration error${err.errors.length === 1 ? '' : 's'}`);
    process.exit(1);
  }
  console.error(`indigo: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

// A failure after start-up (a listener error while hosting) is reported the same way.
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

main(process.argv.slice(2)).catch(fail);
