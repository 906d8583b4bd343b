import type { ServiceHost } from '../service/ServiceHost';

/**
 * What a module hosted by `indigo host <module>` exports: a function that makes the hosts, given the port
 * (and interface) asked for on the command line.
 */
export interface IndigoHostModule {
  createHosts(options: { port: number; host?: string }): ServiceHost[] | Promise<ServiceHost[]>;
}

export class HostModuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostModuleError';
  }
}

export function isHostModule(value: unknown): value is IndigoHostModule {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { createHosts?: unknown }).createHosts === 'function'
  );
}
