/**
 * `@OperationContract` on a contract method: WCF's OperationContractAttribute. TypeScript erases parameter and
 * return types, so the operation states them as DataTypes; the order of `parameters` is the parameter order.
 */
import 'reflect-metadata';
import type { ProtectionLevel } from '../../security/SecurityEnumerations';
import type { DataType } from '../serialization/DataType';
import { ContractDefinitionError } from './ContractDefinitionError';

export interface OperationContractOptions {
  /** Operation name on the wire; defaults to the method name with its first letter upper-cased (`add` → `Add`). */
  readonly name?: string;
  /** Request action; defaults to `<namespace>/<ContractName>/<OperationName>` (`urn:` when namespace is empty). */
  readonly action?: string;
  /** Reply action; defaults to `<namespace>/<ContractName>/<OperationName>Response`. */
  readonly replyAction?: string;
  /** No reply at all; such an operation must return void. Default false. */
  readonly isOneWay?: boolean;
  /** May start a session. Default true; false needs SessionMode.Required. */
  readonly isInitiating?: boolean;
  /** Ends the session after the reply. Default false; true needs SessionMode.Required. */
  readonly isTerminating?: boolean;
  /** Parameter names (element names on the wire) and types, in call order. */
  readonly parameters?: Readonly<Record<string, DataType>>;
  /** Return type; omitted means void. */
  readonly returns?: DataType;
  /** This operation's message protection (WCF's OperationContractAttribute.ProtectionLevel); the contract's when unset. */
  readonly protectionLevel?: ProtectionLevel;
}

export interface OperationDeclaration {
  readonly methodName: string;
  readonly options: OperationContractOptions;
  /** Declared parameter count of the method (Function.length), to catch a `parameters` list that misses one. */
  readonly arity: number;
}

const OPERATIONS_KEY = 'indigo:operationContracts';

export function OperationContract(options: OperationContractOptions = {}): MethodDecorator {
  return (target, propertyKey, descriptor) => {
    const owner = typeof target === 'function' ? target.name : target.constructor.name;
    if (typeof target === 'function') {
      throw new ContractDefinitionError(
        `Static method '${String(propertyKey)}' of ${owner} cannot be an operation`,
        owner,
      );
    }
    if (typeof propertyKey !== 'string') {
      throw new ContractDefinitionError(`A symbol-keyed method of ${owner} cannot be an operation`, owner);
    }
    const method: unknown = descriptor.value;
    if (typeof method !== 'function') {
      throw new ContractDefinitionError(
        `@OperationContract on ${owner}.${propertyKey}: only methods can be operations`,
        owner,
      );
    }
    const cls = target.constructor;
    const own: OperationDeclaration[] = Reflect.getOwnMetadata(OPERATIONS_KEY, cls) ?? [];
    const declaration = { methodName: propertyKey, options: { ...options }, arity: method.length };
    Reflect.defineMetadata(OPERATIONS_KEY, [...own, declaration], cls);
  };
}

/** The operations declared on this very class, in declaration order. */
export function getOwnOperationDeclarations(type: object): readonly OperationDeclaration[] {
  return (Reflect.getOwnMetadata(OPERATIONS_KEY, type) as OperationDeclaration[] | undefined) ?? [];
}
