/**
 * A service contract as WCF's ContractDescription.GetContract builds it: name, namespace, session mode and the
 * operations, with lookups by action (dispatch) and by method name (proxies, service classes). Built once per
 * contract class, validated the way WCF validates when a host or channel factory first loads a contract.
 */
import { ContractDefinitionError, NotAServiceContractError } from './ContractDefinitionError';
import { getOwnOperationDeclarations } from './OperationContract';
import { createOperationDescription, type OperationDescription } from './OperationDescription';
import { DEFAULT_CONTRACT_NAMESPACE, getServiceContractOptions } from './ServiceContract';
import { SessionMode } from './SessionMode';
import type { ProtectionLevel } from '../../security/SecurityEnumerations';

/** Any class: a contract is a class decorated with `@ServiceContract`. */
export type ContractType = abstract new (...args: never) => object;

/** WCF's wildcard action: an operation with Action="*" receives every message no other operation matches. */
export const WILDCARD_ACTION = '*';

const cache = new WeakMap<ContractType, ContractDescription>();

export class ContractDescription {
  readonly operationsByAction: ReadonlyMap<string, OperationDescription>;
  readonly operationsByMethodName: ReadonlyMap<string, OperationDescription>;

  private constructor(
    readonly contractType: ContractType,
    readonly name: string,
    readonly namespace: string,
    readonly configurationName: string,
    readonly sessionMode: SessionMode,
    readonly operations: readonly OperationDescription[],
    /** Set only when the contract states one (WCF's HasProtectionLevel). */
    readonly protectionLevel: ProtectionLevel | undefined = undefined,
  ) {
    this.operationsByAction = new Map(operations.map((op) => [op.action, op]));
    this.operationsByMethodName = new Map(operations.map((op) => [op.methodName, op]));
    Object.freeze(this);
  }

  /** The contract of a `@ServiceContract` class (cached); throws ContractDefinitionError when it is invalid. */
  static getContract(contractType: ContractType): ContractDescription {
    const cached = cache.get(contractType);
    if (cached) return cached;
    const description = ContractDescription.build(contractType);
    cache.set(contractType, description);
    return description;
  }

  /** The operation for a request action, falling back to an operation with the wildcard action `*`. */
  findOperationByAction(action: string): OperationDescription | undefined {
    return this.operationsByAction.get(action) ?? this.operationsByAction.get(WILDCARD_ACTION);
  }

  findOperationByMethodName(methodName: string): OperationDescription | undefined {
    return this.operationsByMethodName.get(methodName);
  }

  private static build(contractType: ContractType): ContractDescription {
    const className = contractType.name || '(anonymous class)';
    const options = getServiceContractOptions(contractType);
    if (!options) throw new NotAServiceContractError(className);
    const name = options.name ?? contractType.name;
    const namespace = options.namespace ?? DEFAULT_CONTRACT_NAMESPACE;
    const sessionMode = options.sessionMode ?? SessionMode.Allowed;
    const fail = (message: string): never => {
      throw new ContractDefinitionError(`Contract '${name}': ${message}`, className);
    };

    for (
      let base = Object.getPrototypeOf(contractType) as unknown;
      typeof base === 'function';
      base = Object.getPrototypeOf(base)
    ) {
      if (getOwnOperationDeclarations(base).length > 0) {
        fail(
          `inherits operations from '${base.name}'; contract inheritance is not supported, declare them on '${className}'`,
        );
      }
    }
    const declarations = getOwnOperationDeclarations(contractType);
    // WCF: "ContractDescription 'X' has zero operations; a contract must have at least one operation."
    if (declarations.length === 0)
      fail('has no operations; a contract must have at least one @OperationContract');

    const operations = declarations.map((d) => createOperationDescription(name, namespace, d));
    const byName = new Map<string, OperationDescription>();
    const byAction = new Map<string, OperationDescription>();
    for (const op of operations) {
      const sameName = byName.get(op.name);
      // WCF: "Cannot have two operations in the same contract with the same name, methods X and Y ..."
      if (sameName)
        fail(`methods '${sameName.methodName}' and '${op.methodName}' both define operation '${op.name}'`);
      byName.set(op.name, op);
      const sameAction = byAction.get(op.action);
      // WCF: "The operations X and Y have the same action (...). Every operation must have a unique action value."
      if (sameAction) {
        fail(
          `methods '${sameAction.methodName}' and '${op.methodName}' have the same action '${op.action}'; every operation needs a unique action`,
        );
      }
      byAction.set(op.action, op);
    }
    // WCF: "The contract 'X' is not self-consistent -- it has one or more IsTerminating or non-IsInitiating
    // operations, but it does not have the SessionMode property set to SessionMode.Required."
    const sessionBound = operations.find((op) => op.isTerminating || !op.isInitiating);
    if (sessionBound && sessionMode !== SessionMode.Required) {
      fail(
        `operation '${sessionBound.name}' sets isTerminating or isInitiating: false, which needs sessionMode Required`,
      );
    }
    if (!operations.some((op) => op.isInitiating))
      fail('no operation can start a session (every one has isInitiating: false)');

    return new ContractDescription(
      contractType,
      name,
      namespace,
      options.configurationName ?? className,
      sessionMode,
      Object.freeze(operations),
      options.protectionLevel,
    );
  }
}

/** Same as `ContractDescription.getContract`. */
export function getContractDescription(contractType: ContractType): ContractDescription {
  return ContractDescription.getContract(contractType);
}
