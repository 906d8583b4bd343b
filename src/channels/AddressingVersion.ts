/** WS-Addressing versions (WCF's AddressingVersion): the namespace and the URIs it fixes. */
export class AddressingVersion {
  private constructor(
    readonly name: 'WSAddressing10' | 'WSAddressingAugust2004' | 'None',
    readonly namespace: string,
    /** The anonymous address ("reply on the back channel"). */
    readonly anonymousUri: string,
    /** The action WCF puts on addressing faults (ActionNotSupported, DestinationUnreachable…). */
    readonly faultAction: string,
  ) {}

  static readonly WSAddressing10 = new AddressingVersion(
    'WSAddressing10',
    'http://www.w3.org/2005/08/addressing',
    'http://www.w3.org/2005/08/addressing/anonymous',
    'http://www.w3.org/2005/08/addressing/fault',
  );

  static readonly WSAddressingAugust2004 = new AddressingVersion(
    'WSAddressingAugust2004',
    'http://schemas.xmlsoap.org/ws/2004/08/addressing',
    'http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous',
    'http://schemas.xmlsoap.org/ws/2004/08/addressing/fault',
  );

  static readonly None = new AddressingVersion('None', '', '', '');

  /** WS-Addressing 1.0's "no reply expected" address. */
  static readonly noneAddress10 = 'http://www.w3.org/2005/08/addressing/none';

  toString(): string {
    return this.name;
  }
}
