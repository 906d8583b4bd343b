import { BindingContext } from './BindingContext';
import type { BindingElement, BindingPropertyKey } from './BindingElement';
import { BindingParameterCollection } from './BindingParameters';
import type { ChannelShape, ChannelShapes, IChannelFactory, IChannelListener } from './Channels';
import { BindingConfigurationError } from './CommunicationErrors';
import { MessageEncodingBindingElement, MessageVersionProperty } from './MessageEncodingBindingElement';
import type { MessageVersion } from './MessageVersion';
import { DefaultTimeouts } from './Timeouts';
import { TransportBindingElement } from './TransportBindingElement';

/**
 * WCF's Binding: a named recipe for an ordered list of binding elements (top → bottom, transport last) plus
 * the four timeouts. Building a factory or listener checks WCF's invariants first (RS Binding.EnsureInvariants).
 */
export abstract class Binding {
  name: string;
  namespace = 'http://tempuri.org/';
  openTimeout: number = DefaultTimeouts.openTimeout;
  closeTimeout: number = DefaultTimeouts.closeTimeout;
  sendTimeout: number = DefaultTimeouts.sendTimeout;
  receiveTimeout: number = DefaultTimeouts.receiveTimeout;

  protected constructor(name?: string) {
    this.name = name ?? new.target.name;
  }

  /** A fresh list of element clones, top to bottom. */
  abstract createBindingElements(): BindingElement[];

  get scheme(): string {
    const transport = this.createBindingElements().find(
      (e): e is TransportBindingElement => e instanceof TransportBindingElement,
    );
    return transport ? transport.scheme : '';
  }

  /** WCF's Binding.GetProperty<T>: asks the stack, top to bottom, for a property. */
  getProperty<T>(key: BindingPropertyKey<T>): T | undefined {
    return new BindingContext(this).getInnerProperty(key);
  }

  get messageVersion(): MessageVersion {
    const version = this.getProperty(MessageVersionProperty);
    if (!version) throw new BindingConfigurationError(`The binding '${this.name}' has no message version.`);
    return version;
  }

  buildChannelFactory<S extends ChannelShape>(
    shape: S,
    parameters: BindingParameterCollection = new BindingParameterCollection(),
  ): IChannelFactory<ChannelShapes[S]> {
    const elements = this.checkedElements();
    const context = new BindingContext(this, parameters, elements);
    if (!context.canBuildInnerChannelFactory(shape)) {
      throw new BindingConfigurationError(
        `The binding '${this.name}' cannot build a channel factory for ${shape}.`,
      );
    }
    const factory = context.buildInnerChannelFactory(shape);
    context.validateBindingElementsConsumed();
    return factory;
  }

  buildChannelListener<S extends ChannelShape>(
    shape: S,
    listenUri: URL,
    parameters: BindingParameterCollection = new BindingParameterCollection(),
  ): IChannelListener<ChannelShapes[S]> {
    const elements = this.checkedElements();
    const context = new BindingContext(this, parameters, elements, listenUri);
    if (!context.canBuildInnerChannelListener(shape)) {
      throw new BindingConfigurationError(
        `The binding '${this.name}' cannot build a channel listener for ${shape}.`,
      );
    }
    const listener = context.buildInnerChannelListener(shape);
    context.validateBindingElementsConsumed();
    return listener;
  }

  canBuildChannelListener(shape: ChannelShape): boolean {
    return new BindingContext(
      this,
      new BindingParameterCollection(),
      this.checkedElements(),
      new URL('http://localhost/'),
    ).canBuildInnerChannelListener(shape);
  }

  canBuildChannelFactory(shape: ChannelShape): boolean {
    return new BindingContext(
      this,
      new BindingParameterCollection(),
      this.checkedElements(),
    ).canBuildInnerChannelFactory(shape);
  }

  /** WCF's invariants (spec/bindings.md §3): exactly one transport, and it is last; at most one encoder. */
  private checkedElements(): BindingElement[] {
    const elements = this.createBindingElements();
    const transports = elements.filter((e) => e instanceof TransportBindingElement);
    if (transports.length === 0) {
      throw new BindingConfigurationError(
        `The binding '${this.name}' has no transport binding element: a binding needs exactly one, last.`,
      );
    }
    if (transports.length > 1) {
      throw new BindingConfigurationError(
        `The binding '${this.name}' has ${transports.length} transport binding elements (${transports.map((t) => t.configurationName).join(', ')}): it needs exactly one.`,
      );
    }
    if (!(elements[elements.length - 1] instanceof TransportBindingElement)) {
      throw new BindingConfigurationError(
        `In the binding '${this.name}' the transport binding element '${transports[0].configurationName}' must be the last element, but '${elements[elements.length - 1].configurationName}' follows it.`,
      );
    }
    const encoders = elements.filter((e) => e instanceof MessageEncodingBindingElement);
    if (encoders.length > 1) {
      throw new BindingConfigurationError(
        `The binding '${this.name}' has more than one message encoding binding element (${encoders.map((e) => e.configurationName).join(', ')}).`,
      );
    }
    if (!(transports[0] as TransportBindingElement).scheme) {
      throw new BindingConfigurationError(`The transport of the binding '${this.name}' has an empty scheme.`);
    }
    return elements;
  }
}
