/**
 * The resolved shape of a data contract class: name, namespace, base contract and members in DCS order.
 *
 * Member order is DataContractSerializer's (ClassDataContract.ImportDataMembers + DataMemberComparer):
 * - base class members first (each level in its own contract namespace);
 * - within a class, by Order ascending, where a member without Order has Order -1, so unordered members come
 *   first; ties by `string.CompareOrdinal` of the member names, i.e. UTF-16 code units, which is exactly
 *   JavaScript's `<` on strings.
 */
import { getOwnDataContractOptions, getOwnDataMembers } from './DataContractAttribute';
import type { DataContractClass, DataType } from './DataType';
import { InvalidDataContractError } from './SerializationError';
import { DATA_CONTRACT_NAMESPACE_BASE } from './XmlSchemaNamespaces';

export interface DataMemberDescription {
  /** The TypeScript property holding the value. */
  readonly propertyKey: string;
  /** The element name on the wire. */
  readonly name: string;
  /** Explicit Order, or -1 when none was given (DCS's default). */
  readonly order: number;
  readonly isRequired: boolean;
  readonly emitDefaultValue: boolean;
  readonly type: DataType;
}

export interface DataContractDescription {
  readonly type: DataContractClass;
  readonly name: string;
  readonly namespace: string;
  /** The nearest base class that is itself a data contract. */
  readonly baseContract: DataContractDescription | undefined;
  /** This class's own members, sorted as DCS writes them (base members live on `baseContract`). */
  readonly members: readonly DataMemberDescription[];
}

const cache = new WeakMap<DataContractClass, DataContractDescription>();

/** True when the class itself carries `@DataContract`. */
export function isDataContract(type: DataContractClass): boolean {
  return getOwnDataContractOptions(type) !== undefined;
}

/** DataMemberComparer: Order, then ordinal name. */
function compareMembers(a: DataMemberDescription, b: DataMemberDescription): number {
  if (a.order !== b.order) return a.order - b.order;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Resolves (and caches) a data contract; throws InvalidDataContractError when the class is not a valid one. */
export function getDataContractDescription(type: DataContractClass): DataContractDescription {
  const cached = cache.get(type);
  if (cached) return cached;
  const className = type.name || '(anonymous class)';
  const options = getOwnDataContractOptions(type);
  if (!options) {
    throw new InvalidDataContractError(
      `Type '${className}' cannot be serialized: decorate it with @DataContract and its members with @DataMember`,
      className,
    );
  }
  const name = options.name ?? type.name;
  if (!name) throw new InvalidDataContractError('A data contract needs a name (anonymous class)', className);
  const namespace = options.namespace ?? DATA_CONTRACT_NAMESPACE_BASE + (options.clrNamespace ?? '');

  const baseClass: unknown = Object.getPrototypeOf(type);
  let baseContract: DataContractDescription | undefined;
  if (typeof baseClass === 'function' && baseClass !== Function.prototype) {
    const base = baseClass as DataContractClass;
    if (isDataContract(base)) baseContract = getDataContractDescription(base);
    else if (getOwnDataMembers(base).length > 0) {
      // DCS: a data contract cannot derive from a type that is not a data contract but has members to lose.
      throw new InvalidDataContractError(
        `Type '${className}' derives from '${base.name}', which has @DataMember members but no @DataContract`,
        className,
      );
    }
  }

  const members: DataMemberDescription[] = [];
  const seen = new Map<string, string>();
  for (const { propertyKey, options: m } of getOwnDataMembers(type)) {
    const memberName = m.name ?? propertyKey;
    const previous = seen.get(memberName);
    if (previous !== undefined) {
      // DCS DupMemberName: "Type '{2}' contains two members '{0}' and '{1}' with the same data member name '{3}'".
      throw new InvalidDataContractError(
        `Type '${className}' contains two members '${previous}' and '${propertyKey}' with the same data member name '${memberName}'`,
        className,
      );
    }
    seen.set(memberName, propertyKey);
    members.push({
      propertyKey,
      name: memberName,
      order: m.order ?? -1,
      isRequired: m.isRequired ?? false,
      emitDefaultValue: m.emitDefaultValue ?? true,
      type: m.type,
    });
  }
  members.sort(compareMembers);

  const description: DataContractDescription = Object.freeze({
    type,
    name,
    namespace,
    baseContract,
    members: Object.freeze(members),
  });
  cache.set(type, description);
  return description;
}

/** Class levels from the root base contract down to `contract`, the order DCS writes members in. */
export function contractHierarchy(contract: DataContractDescription): DataContractDescription[] {
  const levels: DataContractDescription[] = [];
  for (let c: DataContractDescription | undefined = contract; c; c = c.baseContract) levels.unshift(c);
  return levels;
}
