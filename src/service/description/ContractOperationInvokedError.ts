/**
 * Thrown when a contract method body runs. TypeScript forbids decorators on abstract methods, so a contract is a
 * plain class whose methods only declare operations: they are meant to be called through a ChannelFactory proxy
 * (client) or implemented by a service class (server), never called on the contract itself.
 */
export class ContractOperationInvokedError extends Error {
  constructor(readonly methodName?: string) {
    super(
      `${methodName ? `'${methodName}' is` : 'This method is'} a service contract declaration and has no ` +
        'implementation: call it through a ChannelFactory proxy, or implement it in a service class.',
    );
    this.name = new.target.name;
  }
}
