import { cpus } from 'node:os';

/** `<serviceThrottling>` with WCF 4's defaults (RS ServiceThrottle: 16 calls / 100 sessions per processor). */
export interface ServiceThrottlingBehavior {
  maxConcurrentCalls: number;
  maxConcurrentSessions: number;
  maxConcurrentInstances: number;
}

export function defaultServiceThrottling(): ServiceThrottlingBehavior {
  const n = Math.max(1, cpus().length);
  return { maxConcurrentCalls: 16 * n, maxConcurrentSessions: 100 * n, maxConcurrentInstances: 116 * n };
}

/** `<serviceDebug>`: whether unhandled errors travel to the client with their message and stack. */
export interface ServiceDebugBehavior {
  includeExceptionDetailInFaults: boolean;
}
