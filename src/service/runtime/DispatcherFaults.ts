import { AddressingVersion } from '../../channels/AddressingVersion';
import { EnvelopeVersion } from '../../channels/EnvelopeVersion';
import { FaultException } from '../../channels/FaultException';
import { Message } from '../../channels/Message';
import { FaultCode, MessageFault } from '../../channels/MessageFault';
import { MessageHeader } from '../../channels/MessageHeader';
import type { MessageVersion } from '../../channels/MessageVersion';
import { XmlElement, XmlText } from '../../xml/XmlNode';

/** WCF's dispatcher fault namespace and action (RS FaultCodeConstants / FaultException.Action defaults). */
export const DispatcherNamespace =
  'http://schemas.microsoft.com/net/2005/12/windowscommunicationfoundation/dispatcher';
export const DispatcherFaultAction = `${DispatcherNamespace}/fault`;

/**
 * The faults the dispatcher itself raises, with WCF's codes, reasons and actions, so a WCF client sees the
 * same exception types it would from a WCF service.
 */
export const DispatcherFaults = {
  actionNotSupported(version: MessageVersion, action: string): Message {
    const reason =
      `The message with Action '${action}' cannot be processed at the receiver, due to a ContractFilter mismatch at the EndpointDispatcher. ` +
      'This may be because of either a contract mismatch (mismatched Actions between sender and receiver) or a binding/security mismatch between the sender and the receiver.  ' +
      'Check that sender and receiver have the same contract and the same binding (including security requirements, e.g. Message, Transport, None).';
    // RS ChannelHandler.ReplyContractFilterDidNotMatch: Sender/ActionNotSupported in the addressing version's
    // namespace, which for AddressingVersion.None is WCF's ".../2005/05/addressing/none" (what a WCF basicHttp
    // service answers: <faultcode xmlns:a="http://schemas.microsoft.com/ws/2005/05/addressing/none">).
    return fault(
      version,
      FaultCode.createSenderFaultCode(new FaultCode('ActionNotSupported', addressingNamespace(version))),
      reason,
      addressingFaultAction(version),
    );
  },

  destinationUnreachable(version: MessageVersion, to: string): Message {
    const reason =
      `The message with To '${to}' cannot be processed at the receiver, due to an AddressFilter mismatch at the EndpointDispatcher.  ` +
      "Check that the sender and receiver's EndpointAddresses agree.";
    return fault(
      version,
      FaultCode.createSenderFaultCode(new FaultCode('DestinationUnreachable', addressingNamespace(version))),
      reason,
      addressingFaultAction(version),
    );
  },

  mustUnderstand(version: MessageVersion, headers: readonly MessageHeader[]): Message {
    const first = headers[0];
    const reason =
      `The header '${first.name}' from the namespace '${first.namespace}' was not understood by the recipient of this message, causing the message to not be processed.  ` +
      "This error typically indicates that the sender of this message has enabled a communication protocol that the receiver cannot process.  Please ensure that the configuration of the client's binding is consistent with the service's binding.";
    const message = fault(version, new FaultCode('MustUnderstand'), reason, mustUnderstandAction(version));
    if (version.envelope === EnvelopeVersion.Soap12) {
      // SOAP 1.2 part 1 §5.4.8: one NotUnderstood header per header not understood.
      const sns = version.envelope.namespace;
      for (const h of headers) {
        const e = new XmlElement('', 'NotUnderstood', sns)
          .declareNamespace('', sns)
          .declareNamespace('p', h.namespace);
        e.setAttribute('qname', `p:${h.name}`);
        message.headers.add(new MessageHeader(e));
      }
    }
    return message;
  },

  /**
   * RS ChannelHandler.ReplyChannelTerminated: a request on a session whose isTerminating operation has already
   * been dispatched.
   */
  sessionTerminated(version: MessageVersion): Message {
    const reason =
      "An operation marked as IsTerminating has already been invoked on this channel, causing the channel's connection to terminate.  " +
      'No more operations may be invoked on this channel.  Please re-create the channel to continue communication.';
    return fault(
      version,
      FaultCode.createSenderFaultCode(new FaultCode('SessionTerminated', DispatcherNamespace)),
      reason,
      DispatcherFaultAction,
    );
  },

  deserializationFailed(
    version: MessageVersion,
    operationName: string,
    namespace: string,
    detail: string,
  ): Message {
    const reason = `The formatter threw an exception while trying to deserialize the message: There was an error while trying to deserialize parameter ${namespace}:${operationName}. ${detail}`;
    return fault(
      version,
      FaultCode.createSenderFaultCode(new FaultCode('DeserializationFailed', DispatcherNamespace)),
      reason,
      DispatcherFaultAction,
    );
  },

  /** An error the operation did not turn into a FaultException. */
  internalServiceFault(version: MessageVersion, error: unknown, includeExceptionDetail: boolean): Message {
    const code = FaultCode.createReceiverFaultCode(
      new FaultCode('InternalServiceFault', DispatcherNamespace),
    );
    if (!includeExceptionDetail) {
      const reason =
        'The server was unable to process the request due to an internal error.  For more information about the error, ' +
        'either turn on IncludeExceptionDetailInFaults (either from ServiceBehaviorAttribute or from the <serviceDebug> configuration behavior) ' +
        'on the server in order to send the exception information back to the client, or turn on tracing as per the Microsoft .NET Framework SDK documentation and inspect the server trace logs.';
      return fault(version, code, reason, DispatcherFaultAction);
    }
    const err = error instanceof Error ? error : new Error(String(error));
    return Message.createFaultMessage(
      version,
      new MessageFault(code, err.message, exceptionDetail(err)),
      faultActionFor(version, DispatcherFaultAction),
    );
  },

  /**
   * A FaultException thrown by the operation: sent as it is. Without an action of its own it takes the
   * addressing version's default fault action (RS ErrorBehavior.InitializeFault), not the dispatcher's.
   */
  fromFaultException(version: MessageVersion, error: FaultException): Message {
    return Message.createFaultMessage(
      version,
      error.createMessageFault(),
      faultActionFor(version, error.action ?? version.addressing.defaultFaultAction),
    );
  },
};

function fault(
  version: MessageVersion,
  code: FaultCode,
  reason: string,
  action: string | undefined,
): Message {
  return Message.createFaultMessage(version, new MessageFault(code, reason), faultActionFor(version, action));
}

/** Without WS-Addressing there is no action header to carry. */
function faultActionFor(version: MessageVersion, action: string | undefined): string | undefined {
  return version.addressing === AddressingVersion.None ? undefined : action;
}

function addressingFaultAction(version: MessageVersion): string | undefined {
  return version.addressing.faultAction || undefined;
}

function addressingNamespace(version: MessageVersion): string {
  return version.addressing === AddressingVersion.None
    ? AddressingVersion.noneNamespace
    : version.addressing.namespace;
}

function mustUnderstandAction(version: MessageVersion): string | undefined {
  return version.addressing.defaultFaultAction || undefined;
}

/** WCF's ExceptionDetail data contract, as includeExceptionDetailInFaults sends it. */
function exceptionDetail(err: Error): XmlElement {
  const ns = 'http://schemas.datacontract.org/2004/07/System.ServiceModel';
  const xsi = 'http://www.w3.org/2001/XMLSchema-instance';
  const root = new XmlElement('', 'ExceptionDetail', ns).declareNamespace('', ns).declareNamespace('i', xsi);
  const member = (name: string, value: string | null): void => {
    const e = root.appendChild(new XmlElement('', name, ns));
    if (value === null) e.setAttribute('nil', 'true', xsi, 'i');
    else e.appendChild(new XmlText(value));
  };
  member('HelpLink', null);
  if (err.cause instanceof Error) root.appendChild(exceptionDetail(err.cause)).localName = 'InnerException';
  else member('InnerException', null);
  member('Message', err.message);
  member('StackTrace', err.stack ?? '');
  member('Type', err.name);
  return root;
}
