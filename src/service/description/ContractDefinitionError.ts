/**
 * A service contract that WCF would refuse to load: `ContractDescription.GetContract` throws
 * InvalidOperationException for these when a host or ChannelFactory first looks at the contract.
 */
export class ContractDefinitionError extends Error {
  constructor(
    message: string,
    /** The contract class, when the error is about one. */
    readonly contractType?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * The class given as a contract has no `@ServiceContract`. WCF: "The contract type X is not attributed with
 * ServiceContractAttribute. In order to define a valid contract, the specified type (either contract interface or
 * service class) must be attributed with ServiceContractAttribute."
 */
export class NotAServiceContractError extends ContractDefinitionError {
  constructor(className: string) {
    super(
      `The contract type ${className} is not decorated with @ServiceContract. A contract is a class decorated with ` +
        '@ServiceContract whose operations are decorated with @OperationContract.',
      className,
    );
  }
}
