/**
 * `@ServiceContract` on a contract class: WCF's ServiceContractAttribute. A contract is a plain class (TypeScript
 * does not allow decorators on abstract methods) whose methods are declared with `@OperationContract` and whose
 * bodies call `contractOperation()`.
 */
import 'reflect-metadata';
import { ContractDefinitionError } from './ContractDefinitionError';
import type { ProtectionLevel } from '../../security/SecurityEnumerations';
import { SessionMode } from './SessionMode';

export interface ServiceContractOptions {
  /** Contract name; defaults to the class name (WCF: the .NET type name, e.g. `ICalculator`). */
  readonly name?: string;
  /** Contract namespace; defaults to `http://tempuri.org/`. */
  readonly namespace?: string;
  /** Whether the binding must (or must not) provide a session; defaults to Allowed. */
  readonly sessionMode?: SessionMode;
  /** The name `<endpoint contract="…">` refers to in configuration; defaults to the class name. */
  readonly configurationName?: string;
  /**
   * How message security protects the bodies of this contract's messages (WCF's ServiceContractAttribute
   * .ProtectionLevel); unset means the binding's default, EncryptAndSign. WS-Addressing headers are always signed.
   */
  readonly protectionLevel?: ProtectionLevel;
}

/** WCF's default contract namespace (NamingHelper.DefaultNamespace). */
export const DEFAULT_CONTRACT_NAMESPACE = 'http://tempuri.org/';

const SERVICE_CONTRACT_KEY = 'indigo:serviceContract';

/**
 * Every class `@ServiceContract` has decorated in this process, so that configuration can find the contract
 * an `<endpoint contract="ICalculator">` names (a TypeScript `implements` leaves no trace at run time).
 */
const declaredContracts = new Set<object>();

export function getDeclaredServiceContracts(): readonly object[] {
  return [...declaredContracts];
}

export function ServiceContract(options: ServiceContractOptions = {}): ClassDecorator {
  return (target) => {
    if (options.sessionMode !== undefined && !Object.values(SessionMode).includes(options.sessionMode)) {
      throw new ContractDefinitionError(
        `@ServiceContract on ${target.name}: sessionMode '${String(options.sessionMode)}' is not one of ` +
          Object.values(SessionMode).join(', '),
        target.name,
      );
    }
    Reflect.defineMetadata(SERVICE_CONTRACT_KEY, { ...options }, target);
    declaredContracts.add(target);
  };
}

/** The `@ServiceContract` options of this very class, if it has any. */
export function getServiceContractOptions(type: object): ServiceContractOptions | undefined {
  return Reflect.getOwnMetadata(SERVICE_CONTRACT_KEY, type) as ServiceContractOptions | undefined;
}
