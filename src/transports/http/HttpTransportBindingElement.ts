import type { BindingContext } from '../../channels/BindingContext';
import type { BindingPropertyKey } from '../../channels/BindingElement';
import type { ChannelShape, ChannelShapes, IChannelFactory, IChannelListener } from '../../channels/Channels';
import { BindingConfigurationError } from '../../channels/CommunicationErrors';
import { MessageEncoder } from '../../channels/MessageEncoder';
import {
  MessageEncodingBindingElement,
  MessageVersionProperty,
} from '../../channels/MessageEncodingBindingElement';
import { MessageVersion } from '../../channels/MessageVersion';
import { TransportBindingElement } from '../../channels/TransportBindingElement';
import { TextMessageEncodingBindingElement } from '../../encoders/text/TextMessageEncodingBindingElement';
import { HttpChannelFactory } from './HttpChannelFactory';
import { HttpChannelListener } from './HttpChannelListener';

export const HostNameComparisonMode = {
  StrongWildcard: 'StrongWildcard',
  Exact: 'Exact',
  WeakWildcard: 'WeakWildcard',
} as const;
export type HostNameComparisonMode = (typeof HostNameComparisonMode)[keyof typeof HostNameComparisonMode];

export const TransferMode = {
  Buffered: 'Buffered',
  Streamed: 'Streamed',
  StreamedRequest: 'StreamedRequest',
  StreamedResponse: 'StreamedResponse',
} as const;
export type TransferMode = (typeof TransferMode)[keyof typeof TransferMode];

/** The settings `<httpTransport>` takes, with WCF's defaults (RS TransportDefaults / HttpTransportDefaults). */
export interface HttpTransportOptions {
  maxReceivedMessageSize?: number;
  maxBufferSize?: number;
  maxBufferPoolSize?: number;
  keepAliveEnabled?: boolean;
  hostNameComparisonMode?: HostNameComparisonMode;
  transferMode?: TransferMode;
  manualAddressing?: boolean;
}

/**
 * `<httpTransport>`: request/reply over node:http. The encoder comes from the binding parameters (put there by
 * the encoding element above); without one, HTTP's default is text with Soap12WSAddressing10.
 */
export class HttpTransportBindingElement extends TransportBindingElement {
  readonly configurationName: string = 'httpTransport';
  private explicitMaxBufferSize: number | undefined;
  keepAliveEnabled = true;
  hostNameComparisonMode: HostNameComparisonMode = HostNameComparisonMode.StrongWildcard;
  transferMode: TransferMode = TransferMode.Buffered;

  constructor(options: HttpTransportOptions = {}) {
    super();
    this.apply(options);
  }

  /** RS HttpTransportBindingElement: until set, maxBufferSize follows maxReceivedMessageSize (capped at Int32.MaxValue). */
  get maxBufferSize(): number {
    return this.explicitMaxBufferSize ?? Math.min(this.maxReceivedMessageSize, 2_147_483_647);
  }

  set maxBufferSize(value: number) {
    this.explicitMaxBufferSize = value;
  }

  protected apply(options: HttpTransportOptions): void {
    if (options.maxReceivedMessageSize !== undefined)
      this.maxReceivedMessageSize = options.maxReceivedMessageSize;
    if (options.maxBufferSize !== undefined) this.maxBufferSize = options.maxBufferSize;
    if (options.maxBufferPoolSize !== undefined) this.maxBufferPoolSize = options.maxBufferPoolSize;
    if (options.keepAliveEnabled !== undefined) this.keepAliveEnabled = options.keepAliveEnabled;
    if (options.hostNameComparisonMode !== undefined)
      this.hostNameComparisonMode = options.hostNameComparisonMode;
    if (options.transferMode !== undefined) this.transferMode = options.transferMode;
    if (options.manualAddressing !== undefined) this.manualAddressing = options.manualAddressing;
  }

  override get scheme(): string {
    return 'http';
  }

  /** Whether the listener refuses callers without a trusted TLS client certificate (only https can ask for one). */
  get requiresClientCertificate(): boolean {
    return false;
  }

  override canBuildChannelFactory(_context: BindingContext, shape: ChannelShape): boolean {
    return shape === 'IRequestChannel';
  }

  override canBuildChannelListener(_context: BindingContext, shape: ChannelShape): boolean {
    return shape === 'IReplyChannel';
  }

  override buildChannelFactory<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelFactory<ChannelShapes[S]> {
    if (shape !== 'IRequestChannel')
      throw new BindingConfigurationError(
        `The HTTP transport cannot build a channel factory for ${shape}; it builds IRequestChannel.`,
      );
    this.validate();
    return new HttpChannelFactory(this, this.takeEncoder(context), context) as unknown as IChannelFactory<
      ChannelShapes[S]
    >;
  }

  override buildChannelListener<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelListener<ChannelShapes[S]> {
    if (shape !== 'IReplyChannel')
      throw new BindingConfigurationError(
        `The HTTP transport cannot build a channel listener for ${shape}; it builds IReplyChannel.`,
      );
    if (!context.listenUri)
      throw new BindingConfigurationError('An HTTP channel listener needs a listen URI.');
    if (context.listenUri.protocol !== `${this.scheme}:`) {
      throw new BindingConfigurationError(
        `The address '${context.listenUri}' has scheme '${context.listenUri.protocol.slice(0, -1)}', but the ${this.configurationName} element serves '${this.scheme}'.`,
      );
    }
    this.validate();
    return new HttpChannelListener(this, this.takeEncoder(context), context) as unknown as IChannelListener<
      ChannelShapes[S]
    >;
  }

  override getProperty<T>(context: BindingContext, key: BindingPropertyKey<T>): T | undefined {
    if (key === (MessageVersionProperty as BindingPropertyKey<unknown>))
      return MessageVersion.Soap12WSAddressing10 as T;
    return super.getProperty(context, key);
  }

  override clone(): HttpTransportBindingElement {
    const copy = new HttpTransportBindingElement();
    this.copyHttpSettingsTo(copy);
    return copy;
  }

  protected copyHttpSettingsTo(copy: HttpTransportBindingElement): void {
    this.copyTransportSettingsTo(copy);
    copy.explicitMaxBufferSize = this.explicitMaxBufferSize;
    copy.keepAliveEnabled = this.keepAliveEnabled;
    copy.hostNameComparisonMode = this.hostNameComparisonMode;
    copy.transferMode = this.transferMode;
  }

  override describe(): Readonly<Record<string, unknown>> {
    return {
      maxReceivedMessageSize: this.maxReceivedMessageSize,
      maxBufferSize: this.maxBufferSize,
      maxBufferPoolSize: this.maxBufferPoolSize,
      keepAliveEnabled: this.keepAliveEnabled,
      hostNameComparisonMode: this.hostNameComparisonMode,
      transferMode: this.transferMode,
      manualAddressing: this.manualAddressing,
    };
  }

  /** Settings the runtime does not carry out are errors, never silently ignored. */
  private validate(): void {
    if (this.transferMode !== TransferMode.Buffered) {
      throw new BindingConfigurationError(
        `${this.configurationName}: transferMode '${this.transferMode}' is not supported yet; use 'Buffered'.`,
      );
    }
    if (this.maxBufferSize !== this.maxReceivedMessageSize && this.transferMode === TransferMode.Buffered) {
      // WCF: "For TransferMode.Buffered, MaxReceivedMessageSize and MaxBufferSize must be the same value."
      throw new BindingConfigurationError(
        `${this.configurationName}: for transferMode 'Buffered', maxReceivedMessageSize (${this.maxReceivedMessageSize}) and maxBufferSize (${this.maxBufferSize}) must be the same value.`,
      );
    }
    if (!Number.isSafeInteger(this.maxReceivedMessageSize) || this.maxReceivedMessageSize <= 0) {
      throw new BindingConfigurationError(
        `${this.configurationName}: maxReceivedMessageSize must be a positive integer, not ${this.maxReceivedMessageSize}.`,
      );
    }
  }

  /** RS TransportChannelFactory: exactly one encoder in the parameters is taken; none means HTTP's default. */
  private takeEncoder(context: BindingContext): MessageEncoder {
    const encoders = context.bindingParameters.findAll(MessageEncodingBindingElement);
    if (encoders.length > 1)
      throw new BindingConfigurationError(
        'More than one message encoding binding element reached the transport.',
      );
    const element = encoders[0] ?? new TextMessageEncodingBindingElement();
    if (encoders[0]) context.bindingParameters.remove(encoders[0]);
    return element.createMessageEncoderFactory().createEncoder();
  }
}
