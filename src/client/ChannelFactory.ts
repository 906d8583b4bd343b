import { randomUUID } from 'node:crypto';
import { AddressingVersion } from '../channels/AddressingVersion';
import type { Binding } from '../channels/Binding';
import { BindingParameterCollection, ServiceResolver } from '../channels/BindingParameters';
import type { IChannelFactory, IRequestChannel, IRequestSessionChannel } from '../channels/Channels';
import { InvalidOperationException, ProtocolException } from '../channels/CommunicationErrors';
import { CommunicationObject } from '../channels/CommunicationObject';
import { CommunicationState } from '../channels/CommunicationState';
import { EndpointAddress } from '../channels/EndpointAddress';
import { FaultException } from '../channels/FaultException';
import { Message } from '../channels/Message';
import type { MessageVersion } from '../channels/MessageVersion';
import type { XmlElement } from '../xml/XmlNode';
import {
  ContractDefinitionError,
  ContractDescription,
  type OperationDescription,
  SessionMode,
} from '../service/description';
import { channelProtectionRequirements } from '../service/description/ChannelProtection';
import { formatterSettingsFor } from '../service/runtime/EndpointDispatcher';
import { OperationFormatter } from '../service/serialization';
import { HttpsClientCredentials } from '../transports/http/HttpsCredentials';
import { clientChannelMembers, type IClientChannel } from './ClientChannel';
import { ClientCredentials } from './ClientCredentials';

type ClientChannel = IRequestChannel | IRequestSessionChannel;

export interface ChannelFactoryOptions {
  /** Services for the stack (HTTP agent options, logger…); the default container when absent. */
  services?: ServiceResolver;
}

/**
 * WCF's ChannelFactory<TChannel>: builds the binding's client stack once and hands out typed proxies. A proxy
 * serializes each call as DataContractSerializer would, sends it with the operation's action, and turns a
 * fault reply into a FaultException.
 */
export class ChannelFactory<TContract extends object> extends CommunicationObject {
  readonly contract: ContractDescription;
  readonly remoteAddress: EndpointAddress;
  readonly credentials = new ClientCredentials();
  private innerFactory: IChannelFactory<ClientChannel> | undefined;
  private messageVersion: MessageVersion | undefined;

  constructor(
    contract: abstract new () => TContract,
    readonly binding: Binding,
    remoteAddress: string | URL | EndpointAddress,
    private readonly options: ChannelFactoryOptions = {},
  ) {
    super(binding.openTimeout, binding.closeTimeout);
    this.contract = ContractDescription.getContract(contract);
    this.remoteAddress =
      remoteAddress instanceof EndpointAddress
        ? remoteAddress
        : new EndpointAddress(remoteAddress.toString());
    const clash = this.contract.operations.find((op) => clientChannelMembers.includes(op.methodName));
    if (clash) {
      throw new ContractDefinitionError(
        `The operation method '${clash.methodName}' of contract '${this.contract.name}' has the name of an IClientChannel member; rename the method (the WCF name can stay via @OperationContract({ name })).`,
      );
    }
  }

  /**
   * A proxy for the contract; it opens itself on the first call, as WCF's does. The factory opens on the first
   * createChannel; calls made while it opens wait for that one open (WCF's CreateChannel opens the factory
   * under its lock, so concurrent callers see it opened).
   */
  async createChannel(
    address: string | URL | EndpointAddress = this.remoteAddress,
  ): Promise<TContract & IClientChannel> {
    await this.ensureOpened();
    const target = address instanceof EndpointAddress ? address : new EndpointAddress(address.toString());
    const channel = this.innerFactory!.createChannel(target);
    return this.createProxy(channel, target);
  }

  protected async onOpen(timeoutMs: number): Promise<void> {
    const parameters = new BindingParameterCollection();
    if (this.options.services) parameters.add(this.options.services);
    // WCF's ClientCredentials behavior adds itself to the binding parameters: message security reads it there.
    parameters.add(this.credentials);
    // WCF's contract behavior: the contract's protection levels, which message security applies per action.
    parameters.add(channelProtectionRequirements([this.contract]));
    const ssl = this.credentials.serviceCertificate.sslCertificateAuthentication;
    const clientCert = this.credentials.clientCertificate.certificate;
    parameters.add(
      new HttpsClientCredentials(
        ssl.trustedAuthorities,
        clientCert?.privateKeyPem ? { key: clientCert.privateKeyPem, cert: clientCert.pem } : undefined,
        ssl.certificateValidationMode !== 'None',
      ),
    );
    const wantsSession =
      this.contract.sessionMode !== SessionMode.NotAllowed &&
      this.binding.canBuildChannelFactory('IRequestSessionChannel');
    if (this.contract.sessionMode === SessionMode.Required && !wantsSession) {
      throw new ContractDefinitionError(
        `Contract '${this.contract.name}' requires Session, but Binding '${this.binding.name}' doesn't support it or isn't configured properly to support it.`,
      );
    }
    this.innerFactory = wantsSession
      ? this.binding.buildChannelFactory('IRequestSessionChannel', parameters)
      : this.binding.buildChannelFactory('IRequestChannel', parameters);
    this.messageVersion = this.binding.messageVersion;
    await this.innerFactory.open(timeoutMs);
  }

  protected async onClose(timeoutMs: number): Promise<void> {
    await this.innerFactory?.close(timeoutMs);
  }

  protected onAbort(): void {
    this.innerFactory?.abort();
  }

  private createProxy(channel: ClientChannel, address: EndpointAddress): TContract & IClientChannel {
    const proxy: Record<string, unknown> = {};
    const version = this.messageVersion!;
    const formatterSettings = formatterSettingsFor(this.binding);
    const sendTimeout = this.binding.sendTimeout;
    const hasSession = 'session' in channel;
    // WCF opens a proxy's channel on its first call; calls made while it opens wait for that one open.
    let opening: Promise<void> | undefined;
    const ensureOpened = (): Promise<void> | undefined => {
      if (channel.state === CommunicationState.Created) opening = channel.open();
      return channel.state === CommunicationState.Opening ? opening : undefined;
    };
    /** The isTerminating operation that ended the session, once its reply came. */
    let terminatedBy: string | undefined;
    for (const operation of this.contract.operations) {
      proxy[operation.methodName] = async (...args: unknown[]): Promise<unknown> => {
        checkSessionShape(operation, channel.state, terminatedBy);
        await ensureOpened();
        const request = createRequest(
          version,
          operation,
          OperationFormatter.serializeRequest(operation, args),
          address,
        );
        const reply = await channel.request(request, sendTimeout);
        if (operation.isTerminating && hasSession) {
          // RS TerminatingOperationBehavior.AfterReply (proxy side): the session ends with the terminating
          // operation, whatever its reply; closing the channel ends it on the wire too (a secure session
          // sends RST/SCT/Cancel). The service has stopped taking this session's calls already.
          terminatedBy ??= operation.name;
          await channel.close();
        }
        if (operation.isOneWay) return undefined;
        if (!reply)
          throw new ProtocolException(
            `The operation ${this.contract.name}.${operation.name} expects a reply, but the service sent none.`,
          );
        if (reply.isFault) {
          // RS ProxyOperationRuntime: the version's default fault action means "no particular action".
          const action = reply.action === version.addressing.defaultFaultAction ? undefined : reply.action;
          throw FaultException.fromMessageFault(reply.getFault(), action);
        }
        return OperationFormatter.deserializeReply(operation, reply.body, formatterSettings);
      };
    }
    Object.defineProperties(proxy, {
      state: { get: () => channel.state, enumerable: false },
      sessionId: { get: () => ('session' in channel ? channel.session.id : undefined), enumerable: false },
      open: {
        value: (t?: number) => {
          opening = channel.open(t);
          return opening;
        },
        enumerable: false,
      },
      close: { value: (t?: number) => channel.close(t), enumerable: false },
      abort: { value: () => channel.abort(), enumerable: false },
    });
    return proxy as TContract & IClientChannel;
  }
}

/**
 * RS ServiceChannel.PrepareCall: a non-initiating operation cannot be what opens the proxy's session (WCF
 * checks the proxy's state, so after an explicit open() the call goes out and the service refuses it), and
 * nothing may follow the terminating operation. Both are refused before anything is sent.
 */
function checkSessionShape(
  operation: OperationDescription,
  state: CommunicationState,
  terminatedBy: string | undefined,
): void {
  if (state === CommunicationState.Created && !operation.isInitiating) {
    throw new InvalidOperationException(
      `The operation '${operation.name}' cannot be the first operation to be called because IsInitiating is false.`,
    );
  }
  if (terminatedBy !== undefined) {
    throw new InvalidOperationException(
      `This channel cannot send any more messages because IsTerminating operation '${terminatedBy}' has already been called.`,
    );
  }
}

/** A request as WCF's client writes it: Action, MessageID and ReplyTo (anonymous) for two-way calls, To. */
function createRequest(
  version: MessageVersion,
  operation: OperationDescription,
  body: XmlElement,
  address: EndpointAddress,
): Message {
  const message = Message.createMessage(version, operation.action, body);
  if (version.addressing !== AddressingVersion.None) {
    if (!operation.isOneWay) {
      message.headers.messageId = `urn:uuid:${randomUUID()}`;
      message.headers.replyTo = version.addressing.anonymousUri;
    }
    message.headers.to = address.toString();
  }
  return message;
}
