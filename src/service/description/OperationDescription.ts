/**
 * One operation of a contract, resolved with WCF's defaults (System.ServiceModel.Description.TypeLoader and
 * NamingHelper): names, actions, message wrappers, and the DataTypes of its parts.
 */
import type { ProtectionLevel } from '../../security/SecurityEnumerations';
import type { DataType } from '../serialization/DataType';
import type { MessageWrapperName, OperationMessageDescription } from '../serialization/OperationFormatter';
import { ContractDefinitionError } from './ContractDefinitionError';
import type { OperationDeclaration } from './OperationContract';

export interface OperationParameterDescription {
  /** Element name of the part: the parameter name as declared. */
  readonly name: string;
  readonly type: DataType;
}

export interface OperationDescription extends OperationMessageDescription {
  /** Name on the wire (`Add`). */
  readonly name: string;
  /** The TypeScript method a proxy exposes and a service class implements (`add`). */
  readonly methodName: string;
  readonly action: string;
  /** undefined for one-way operations, which have no reply message. */
  readonly replyAction: string | undefined;
  readonly isOneWay: boolean;
  readonly isInitiating: boolean;
  readonly isTerminating: boolean;
  readonly parameters: readonly OperationParameterDescription[];
  /** undefined for void. */
  readonly returnType: DataType | undefined;
  /** Request body wrapper: the operation name in the contract namespace. */
  readonly requestWrapper: MessageWrapperName;
  /** Reply body wrapper: `<name>Response` in the contract namespace. */
  readonly responseWrapper: MessageWrapperName;
  /** Return part: `<name>Result`. */
  readonly resultElementName: string;
  /** Set only when the operation states one (WCF's HasProtectionLevel). */
  readonly protectionLevel: ProtectionLevel | undefined;
}

/** WCF names operations after .NET methods, which are PascalCase: `add` → `Add`, `whoAmI` → `WhoAmI`. */
export function defaultOperationName(methodName: string): string {
  return methodName.charAt(0).toUpperCase() + methodName.slice(1);
}

/**
 * NamingHelper.GetMessageAction: `<ns>[/]<contract>/<operation>[Response]`, `urn:` in place of an empty
 * namespace. The reply action is computed from the names, not from an explicit request action.
 */
export function defaultAction(
  contractName: string,
  contractNamespace: string,
  operationName: string,
  isResponse: boolean,
): string {
  const ns =
    contractNamespace === ''
      ? 'urn:'
      : contractNamespace.endsWith('/')
        ? contractNamespace
        : `${contractNamespace}/`;
  return `${ns}${contractName}/${operationName}${isResponse ? 'Response' : ''}`;
}

/** XML NCName (no colon): what an element name may be. */
const NC_NAME = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9._\-\u00B7\u00C0-\uFFFF]*$/;

export function createOperationDescription(
  contractName: string,
  contractNamespace: string,
  declaration: OperationDeclaration,
): OperationDescription {
  const { methodName, options } = declaration;
  const where = `${contractName}.${methodName}`;
  const name = options.name ?? defaultOperationName(methodName);
  if (!NC_NAME.test(name))
    throw new ContractDefinitionError(`${where}: '${name}' is not a valid operation name`, contractName);
  const isOneWay = options.isOneWay ?? false;
  const parameters = Object.entries(options.parameters ?? {}).map(([parameterName, type]) => {
    if (!NC_NAME.test(parameterName)) {
      throw new ContractDefinitionError(
        `${where}: '${parameterName}' is not a valid parameter name`,
        contractName,
      );
    }
    if (type === undefined || type === null) {
      throw new ContractDefinitionError(`${where}: parameter '${parameterName}' has no type`, contractName);
    }
    return Object.freeze({ name: parameterName, type });
  });
  if (declaration.arity > parameters.length) {
    throw new ContractDefinitionError(
      `${where} declares ${declaration.arity} parameter(s) but @OperationContract describes ${parameters.length}: ` +
        'list every parameter with its DataType in `parameters`',
      contractName,
    );
  }
  if (isOneWay && options.returns !== undefined) {
    // WCF: "Operations marked with IsOneWay=true must not declare output parameters, by-reference parameters or return values."
    throw new ContractDefinitionError(
      `${where} is one-way (isOneWay: true) and must not return a value`,
      contractName,
    );
  }
  if (isOneWay && options.replyAction !== undefined) {
    throw new ContractDefinitionError(
      `${where} is one-way and has no reply, so it cannot set replyAction`,
      contractName,
    );
  }
  return Object.freeze({
    name,
    methodName,
    action: options.action ?? defaultAction(contractName, contractNamespace, name, false),
    replyAction: isOneWay
      ? undefined
      : (options.replyAction ?? defaultAction(contractName, contractNamespace, name, true)),
    isOneWay,
    isInitiating: options.isInitiating ?? true,
    isTerminating: options.isTerminating ?? false,
    parameters: Object.freeze(parameters),
    returnType: options.returns,
    requestWrapper: Object.freeze({ localName: name, namespace: contractNamespace }),
    responseWrapper: Object.freeze({ localName: `${name}Response`, namespace: contractNamespace }),
    resultElementName: `${name}Result`,
    protectionLevel: options.protectionLevel,
  });
}
