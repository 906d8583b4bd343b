import { XmlElement } from '../xml/XmlNode';
import { FaultCode, MessageFault } from './MessageFault';

/**
 * WCF's FaultException: a SOAP fault as an error. A service throws it to send a fault the client is meant to
 * see; a client receives it when the reply is a fault.
 */
export class FaultException extends Error {
  readonly code: FaultCode;
  readonly detail: XmlElement | undefined;
  /** The action of the fault message (WCF's FaultException.Action); undefined for the version's default. */
  readonly action: string | undefined;

  constructor(
    reason: string,
    code: FaultCode = FaultCode.createSenderFaultCode(),
    options: { detail?: XmlElement; action?: string } = {},
  ) {
    super(reason);
    this.name = 'FaultException';
    this.code = code;
    this.detail = options.detail;
    this.action = options.action;
  }

  get reason(): string {
    return this.message;
  }

  createMessageFault(): MessageFault {
    return new MessageFault(this.code, this.message, this.detail);
  }

  static fromMessageFault(fault: MessageFault, action?: string): FaultException {
    return new FaultException(fault.reason, fault.code, { detail: fault.detail, action });
  }
}
