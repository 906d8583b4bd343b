/**
 * `@ServiceBehavior` on a service implementation class: WCF's ServiceBehaviorAttribute, with WCF's defaults
 * (PerSession instancing, Single concurrency, no exception detail in faults).
 */
import 'reflect-metadata';
import { ContractDefinitionError } from './ContractDefinitionError';

/** ServiceBehaviorAttribute.InstanceContextMode. */
export const InstanceContextMode = {
  /** One instance per channel session (the default); per call on a sessionless channel. */
  PerSession: 'PerSession',
  /** A new instance for every call. */
  PerCall: 'PerCall',
  /** One instance for the whole host. */
  Single: 'Single',
} as const;
export type InstanceContextMode = (typeof InstanceContextMode)[keyof typeof InstanceContextMode];

/** ServiceBehaviorAttribute.ConcurrencyMode. */
export const ConcurrencyMode = {
  /** One call at a time per instance (the default). */
  Single: 'Single',
  /** Single, but the instance may be re-entered while it waits on an outgoing call. */
  Reentrant: 'Reentrant',
  /** Calls run concurrently; the service synchronizes itself. */
  Multiple: 'Multiple',
} as const;
export type ConcurrencyMode = (typeof ConcurrencyMode)[keyof typeof ConcurrencyMode];

export interface ServiceBehaviorOptions {
  readonly instanceContextMode?: InstanceContextMode;
  readonly concurrencyMode?: ConcurrencyMode;
  /** Send unhandled error messages to clients in faults (default false: a generic InternalServiceFault). */
  readonly includeExceptionDetailInFaults?: boolean;
  /** Service name in metadata (default: the class name). */
  readonly name?: string;
  /** Service namespace in metadata (default: http://tempuri.org/). */
  readonly namespace?: string;
}

export interface ServiceBehaviorDescription {
  readonly instanceContextMode: InstanceContextMode;
  readonly concurrencyMode: ConcurrencyMode;
  readonly includeExceptionDetailInFaults: boolean;
  readonly name: string;
  readonly namespace: string;
}

const SERVICE_BEHAVIOR_KEY = 'indigo:serviceBehavior';

function checkMember<T extends string>(
  allowed: Record<string, T>,
  value: T | undefined,
  what: string,
  cls: string,
): void {
  if (value !== undefined && !Object.values(allowed).includes(value)) {
    throw new ContractDefinitionError(
      `@ServiceBehavior on ${cls}: ${what} '${value}' is not one of ${Object.values(allowed).join(', ')}`,
      cls,
    );
  }
}

/** Decorates a service implementation class. */
export function ServiceBehavior(options: ServiceBehaviorOptions = {}): ClassDecorator {
  return (target) => {
    checkMember(InstanceContextMode, options.instanceContextMode, 'instanceContextMode', target.name);
    checkMember(ConcurrencyMode, options.concurrencyMode, 'concurrencyMode', target.name);
    Reflect.defineMetadata(SERVICE_BEHAVIOR_KEY, { ...options }, target);
  };
}

/** The service behavior of a class (inherited from a decorated base class), WCF's defaults when absent. */
export function getServiceBehavior(
  serviceType: abstract new (...args: never) => object,
): ServiceBehaviorDescription {
  const options =
    (Reflect.getMetadata(SERVICE_BEHAVIOR_KEY, serviceType) as ServiceBehaviorOptions | undefined) ?? {};
  return Object.freeze({
    instanceContextMode: options.instanceContextMode ?? InstanceContextMode.PerSession,
    concurrencyMode: options.concurrencyMode ?? ConcurrencyMode.Single,
    includeExceptionDetailInFaults: options.includeExceptionDetailInFaults ?? false,
    name: options.name ?? serviceType.name,
    namespace: options.namespace ?? 'http://tempuri.org/',
  });
}
