import { AddressingVersion } from '../../channels/AddressingVersion';
import type { EndpointAddress } from '../../channels/EndpointAddress';
import { FaultException } from '../../channels/FaultException';
import { Message } from '../../channels/Message';
import type { Logger } from '../../channels/Logger';
import type { RequestContext } from '../../channels/Channels';
import { type ContractDescription, type OperationDescription } from '../description';
import { OperationFormatter, type OperationFormatterSettings } from '../serialization';
import type { Binding } from '../../channels/Binding';
import { ReaderQuotasProperty } from '../../channels/MessageEncodingBindingElement';
import {
  type TransportSecurityProperty,
  TransportSecurityPropertyName,
} from '../../channels/TransportSecurity';
import { DispatcherFaults } from './DispatcherFaults';
import type { InstanceContextProvider, SessionInstanceSlot } from './InstanceContextProvider';
import type { ServiceEndpoint } from './ServiceEndpoint';
import { OperationContext } from './OperationContext';
import { ServiceSecurityContext } from './ServiceSecurityContext';

export interface DispatchSettings {
  readonly includeExceptionDetailInFaults: boolean;
  readonly logger: Logger;
}

/** The formatter settings of an endpoint: DataContractSerializer's maxArrayLength comes from the binding's reader quotas. */
export function formatterSettingsFor(binding: Binding): OperationFormatterSettings {
  return { maxArrayLength: binding.getProperty(ReaderQuotasProperty)?.maxArrayLength };
}

/**
 * WCF's EndpointDispatcher: the address filter and contract filter of one endpoint, and the operation
 * pipeline behind them — deserialize, pick the instance, invoke under the concurrency gate, serialize the
 * reply or the fault.
 */
export class EndpointDispatcher {
  constructor(
    private readonly endpoint: ServiceEndpoint,
    private readonly instances: InstanceContextProvider,
    private readonly settings: DispatchSettings,
    private readonly formatterSettings: OperationFormatterSettings = formatterSettingsFor(endpoint.binding),
  ) {}

  get address(): EndpointAddress {
    return this.endpoint.address;
  }

  get contract(): ContractDescription {
    return this.endpoint.contract;
  }

  /** WCF's EndpointAddressMessageFilter: without WS-Addressing every message matches. */
  matchesAddress(message: Message): boolean {
    if (message.version.addressing === AddressingVersion.None || message.headers.to === undefined)
      return true;
    return this.address.matches(message.headers.to);
  }

  findOperation(action: string | undefined): OperationDescription | undefined {
    return action === undefined ? undefined : this.contract.findOperationByAction(action);
  }

  /** How long the service waits for a session's client to close after its isTerminating operation. */
  get closeTimeout(): number {
    return this.endpoint.binding.closeTimeout;
  }

  get instanceProvider(): InstanceContextProvider {
    return this.instances;
  }

  /**
   * Runs one request through an operation and answers it; never throws (every failure becomes a fault). On a
   * session channel, `session` is the session's slot for its PerSession instance.
   */
  async dispatch(
    context: RequestContext,
    operation: OperationDescription,
    sessionId: string | undefined,
    session?: SessionInstanceSlot,
  ): Promise<void> {
    const request = context.requestMessage;
    const version = request.version;
    let args: unknown[];
    try {
      args = OperationFormatter.deserializeRequest(operation, request.body, this.formatterSettings);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      if (operation.isOneWay) {
        await context.reply(null);
        this.settings.logger.warn(
          `One-way ${operation.name}: the request could not be deserialized: ${detail}`,
        );
        return;
      }
      await replyWith(
        context,
        DispatcherFaults.deserializationFailed(
          version,
          operation.requestWrapper.localName,
          operation.requestWrapper.namespace,
          detail,
        ),
      );
      return;
    }
    // WCF acknowledges a one-way message as soon as it is accepted, before the operation runs.
    if (operation.isOneWay) await context.reply(null);
    const { context: instanceContext, releaseAfterCall } = this.instances.acquire(
      sessionId === undefined ? undefined : session,
    );
    const securityContext = securityContextOf(request);
    const operationContext = new OperationContext(
      context,
      sessionId,
      securityContext,
      instanceContext.instance,
    );
    let result: unknown;
    try {
      result = await instanceContext.invoke(() =>
        operationContext.run(async () => {
          const method = (instanceContext.instance as Record<string, unknown>)[operation.methodName] as (
            ...a: unknown[]
          ) => unknown;
          return await method.apply(instanceContext.instance, args);
        }),
      );
    } catch (err) {
      if (operation.isOneWay) {
        this.settings.logger.error(`One-way operation ${this.contract.name}.${operation.name} failed`, err);
        return;
      }
      const fault =
        err instanceof FaultException
          ? DispatcherFaults.fromFaultException(version, err)
          : DispatcherFaults.internalServiceFault(version, err, this.settings.includeExceptionDetailInFaults);
      if (!(err instanceof FaultException))
        this.settings.logger.error(`Operation ${this.contract.name}.${operation.name} failed`, err);
      await replyWith(context, fault);
      return;
    } finally {
      if (releaseAfterCall) instanceContext.release();
    }
    if (operation.isOneWay) return;
    let reply: Message;
    try {
      reply = Message.createMessage(
        version,
        operation.replyAction,
        OperationFormatter.serializeReply(operation, result),
      );
    } catch (err) {
      this.settings.logger.error(
        `The reply of ${this.contract.name}.${operation.name} could not be serialized`,
        err,
      );
      await replyWith(
        context,
        DispatcherFaults.internalServiceFault(version, err, this.settings.includeExceptionDetailInFaults),
      );
      return;
    }
    await replyWith(context, reply);
  }
}

/**
 * The caller's identity: what message security established ('security'), else what the transport did (a
 * verified TLS client certificate), else none (WCF: ServiceSecurityContext.Current is null without security).
 */
function securityContextOf(request: Message): ServiceSecurityContext | null {
  const messageSecurity = request.properties.get('security') as ServiceSecurityContext | undefined;
  if (messageSecurity) return messageSecurity;
  const transport = request.properties.get(TransportSecurityPropertyName) as
    TransportSecurityProperty | undefined;
  return transport?.clientCertificate
    ? ServiceSecurityContext.fromX509Certificate(transport.clientCertificate)
    : null;
}

/** Sends a reply correlated with the request (WS-Addressing RelatesTo = the request's MessageID). */
export async function replyWith(context: RequestContext, reply: Message): Promise<void> {
  const messageId = context.requestMessage.headers.messageId;
  if (messageId !== undefined && reply.version.addressing !== AddressingVersion.None)
    reply.headers.relatesTo = messageId;
  await context.reply(reply);
}

export { ServiceSecurityContext };
