/**
 * `@DataContract` and `@DataMember`: System.Runtime.Serialization's DataContractAttribute and
 * DataMemberAttribute as TypeScript decorators. They only record options on the class (reflect-metadata);
 * `getDataContractDescription` turns them into the ordered member list DCS uses.
 */
import 'reflect-metadata';
import type { DataType } from './DataType';
import { InvalidDataContractError } from './SerializationError';

export interface DataContractOptions {
  /** Contract name; defaults to the class name (DataContractAttribute.Name). */
  readonly name?: string;
  /** Contract namespace; wins over `clrNamespace` (DataContractAttribute.Namespace). */
  readonly namespace?: string;
  /**
   * Stands in for the .NET namespace of the class: without an explicit `namespace`, DCS uses
   * `http://schemas.datacontract.org/2004/07/` + the CLR namespace (`Calc` → `…/2004/07/Calc`). Default ''.
   */
  readonly clrNamespace?: string;
}

export interface DataMemberOptions {
  /** What the member carries. Required: TypeScript cannot tell an int from a double at run time. */
  readonly type: DataType;
  /** Element name; defaults to the property name, as written (WCF: the .NET member name). */
  readonly name?: string;
  /** DataMemberAttribute.Order: members without one come first (order -1), see getDataContractDescription. */
  readonly order?: number;
  /** Reading fails when the element is absent (default false). */
  readonly isRequired?: boolean;
  /** When false, a member equal to default(T) (null, 0, false…) is not written (default true). */
  readonly emitDefaultValue?: boolean;
}

export interface DataMemberDeclaration {
  readonly propertyKey: string;
  readonly options: DataMemberOptions;
}

const DATA_CONTRACT_KEY = 'indigo:dataContract';
const DATA_MEMBERS_KEY = 'indigo:dataMembers';

/** Marks a class as a data contract. */
export function DataContract(options: DataContractOptions = {}): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(DATA_CONTRACT_KEY, { ...options }, target);
  };
}

/** Marks an instance property as a data member. */
export function DataMember(options: DataMemberOptions): PropertyDecorator {
  return (target, propertyKey) => {
    const owner = typeof target === 'function' ? target.name : target.constructor.name;
    if (typeof target === 'function') {
      throw new InvalidDataContractError(
        `Static member '${String(propertyKey)}' cannot be a data member`,
        owner,
      );
    }
    if (typeof propertyKey !== 'string') {
      throw new InvalidDataContractError(`Symbol-keyed member cannot be a data member`, owner);
    }
    if (!options || options.type === undefined || options.type === null) {
      throw new InvalidDataContractError(`@DataMember '${propertyKey}' needs a type`, owner);
    }
    // DataMemberAttribute.Order: "Property 'Order' in type ... must be greater than or equal to zero".
    if (options.order !== undefined && (!Number.isInteger(options.order) || options.order < 0)) {
      throw new InvalidDataContractError(
        `@DataMember '${propertyKey}': order must be an integer >= 0`,
        owner,
      );
    }
    const cls = target.constructor;
    const own: DataMemberDeclaration[] = Reflect.getOwnMetadata(DATA_MEMBERS_KEY, cls) ?? [];
    Reflect.defineMetadata(DATA_MEMBERS_KEY, [...own, { propertyKey, options: { ...options } }], cls);
  };
}

/** The options given to `@DataContract` on this very class (not inherited), if any. */
export function getOwnDataContractOptions(cls: object): DataContractOptions | undefined {
  return Reflect.getOwnMetadata(DATA_CONTRACT_KEY, cls) as DataContractOptions | undefined;
}

/** The `@DataMember` declarations of this very class, in declaration order. */
export function getOwnDataMembers(cls: object): readonly DataMemberDeclaration[] {
  return (Reflect.getOwnMetadata(DATA_MEMBERS_KEY, cls) as DataMemberDeclaration[] | undefined) ?? [];
}
