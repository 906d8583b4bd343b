/** WS-Addressing versions (WCF's AddressingVersion): the namespace and the URIs it fixes. */
export class AddressingVersion {
  private constructor(
    readonly name: 'WSAddressing10' | 'WSAddressingAugust2004' | 'None',
    readonly namespace: string,
    /** The anonymous address ("reply on the back channel"). */
    readonly anonymousUri: string,
    /** The action WCF puts on addressing faults (ActionNotSupported, DestinationUnreachable…). */
    readonly faultAction: string,
    /**
     * The action of any other fault that names none (RS AddressingVersion.DefaultFaultAction): a FaultException
     * without an action, a MustUnderstand fault. WS-Addressing 1.0 has a separate one for SOAP faults.
     */
    readonly defaultFaultAction: string,
  ) {}

  static readonly WSAddressing10 = new AddressingVersion(
    'WSAddressing10',
    'http://www.w3.org/2005/08/addressing',
    'http://www.w3.org/2005/08/addressing/anonymous',
    'http://www.w3.org/2005/08/addressing/fault',
    'http://www.w3.org/2005/08/addressing/soap/fault',
  );

  static readonly WSAddressingAugust2004 = new AddressingVersion(
    'WSAddressingAugust2004',
    'http://schemas.xmlsoap.org/ws/2004/08/addressing',
    'http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous',
    'http://schemas.xmlsoap.org/ws/2004/08/addressing/fault',
    'http://schemas.xmlsoap.org/ws/2004/08/addressing/fault',
  );

  static readonly None = new AddressingVersion('None', '', '', '', '');

  /**
   * The namespace WCF gives AddressingVersion.None. It carries no headers (so `None.namespace` stays ''), but
   * WCF qualifies fault codes with it: basicHttp's ActionNotSupported is `a:ActionNotSupported` in it.
   */
  static readonly noneNamespace = 'http://schemas.microsoft.com/ws/2005/05/addressing/none';

  /** WS-Addressing 1.0's "no reply expected" address. */
  static readonly noneAddress10 = 'http://www.w3.org/2005/08/addressing/none';

  toString(): string {
    return this.name;
  }
}
