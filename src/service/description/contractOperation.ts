import { ContractOperationInvokedError } from './ContractOperationInvokedError';

/**
 * The body of a contract method: `add(_a: number, _b: number): Promise<number> { return contractOperation(); }`.
 * Typed `never` so it fits any declared return type; always throws ContractOperationInvokedError.
 */
export function contractOperation(methodName?: string): never {
  throw new ContractOperationInvokedError(methodName);
}
