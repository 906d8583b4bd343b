/** SOAP envelope versions (WCF's EnvelopeVersion), with the facts each one fixes on the wire. */
export class EnvelopeVersion {
  private constructor(
    readonly name: 'Soap11' | 'Soap12' | 'None',
    /** The envelope namespace; '' for None (POX). */
    readonly namespace: string,
    /** The attribute that targets a header: `actor` (1.1) or `role` (1.2). */
    readonly actorAttributeName: string,
    /** The value that means "the next SOAP node". */
    readonly nextDestinationRole: string,
    /** The HTTP media type of an envelope of this version. */
    readonly mediaType: string,
    /** Fault codes: Sender/Receiver (1.2) or Client/Server (1.1). */
    readonly senderFaultName: string,
    readonly receiverFaultName: string,
  ) {}

  static readonly Soap11 = new EnvelopeVersion(
    'Soap11',
    'http://schemas.xmlsoap.org/soap/envelope/',
    'actor',
    'http://schemas.xmlsoap.org/soap/actor/next',
    'text/xml',
    'Client',
    'Server',
  );

  static readonly Soap12 = new EnvelopeVersion(
    'Soap12',
    'http://www.w3.org/2003/05/soap-envelope',
    'role',
    'http://www.w3.org/2003/05/soap-envelope/role/next',
    'application/soap+xml',
    'Sender',
    'Receiver',
  );

  static readonly None = new EnvelopeVersion('None', '', '', '', 'application/xml', 'Sender', 'Receiver');

  /** SOAP 1.2's ultimateReceiver role (SOAP 1.1 has no name for it: no actor attribute means it). */
  static readonly ultimateReceiverRole = 'http://www.w3.org/2003/05/soap-envelope/role/ultimateReceiver';

  toString(): string {
    return this.name;
  }
}
