/**
 * What the operation formatters need to know about an operation. The service description's OperationDescription
 * has this shape; asking for no more keeps serialization independent of the description layer.
 */
import type { DataType } from './DataType';

export interface MessageWrapperName {
  readonly localName: string;
  readonly namespace: string;
}

export interface OperationMessageDescription {
  readonly name: string;
  readonly isOneWay?: boolean;
  readonly parameters: readonly { readonly name: string; readonly type: DataType }[];
  /** undefined for void. */
  readonly returnType: DataType | undefined;
  readonly requestWrapper: MessageWrapperName;
  readonly responseWrapper: MessageWrapperName;
  readonly resultElementName: string;
}
