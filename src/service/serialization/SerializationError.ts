/**
 * Errors raised while turning values into DataContractSerializer XML and back.
 *
 * WCF surfaces all of these as `System.Runtime.Serialization.SerializationException` (and the operation
 * formatter wraps them in a deserialization fault); Indigo keeps one base class so a dispatcher can map the
 * whole family to the same SOAP fault, and subclasses so callers and tests can tell the causes apart.
 */
export class SerializationError extends Error {
  constructor(
    message: string,
    /** The element being read or written (`{namespace}localName` or a member path), when known. */
    readonly element?: string,
  ) {
    super(element ? `${message} (element ${element})` : message);
    this.name = new.target.name;
  }
}

/**
 * XmlDictionaryReaderQuotas.MaxArrayLength (WCF default 16384) was exceeded: too many items in a primitive
 * array, or too many bytes in a base64Binary value. WCF's message: "The maximum array length quota (16384)
 * has been exceeded while reading XML data."
 */
export class MaxArrayLengthExceededError extends SerializationError {
  constructor(
    readonly maxArrayLength: number,
    readonly actualLength: number,
    element?: string,
  ) {
    super(
      `The maximum array length quota (${maxArrayLength}) has been exceeded: ${actualLength} items`,
      element,
    );
  }
}

/** A data member marked `isRequired` was absent (or, per DCS, present only out of order). */
export class RequiredMemberMissingError extends SerializationError {
  constructor(
    readonly contractName: string,
    readonly memberName: string,
    element?: string,
  ) {
    super(`Required data member '${memberName}' of data contract '${contractName}' was not found`, element);
  }
}

/**
 * A type cannot be used as a data contract: the class lacks `@DataContract`, two members share a name, a
 * `@DataMember` has no `type`... WCF throws `InvalidDataContractException` for these, at first use.
 */
export class InvalidDataContractError extends Error {
  constructor(
    message: string,
    /** The class (or type description) that is not a valid data contract. */
    readonly typeName: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
