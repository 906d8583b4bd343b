import type { Binding } from './Binding';
import { BindingElement, BindingPropertyKey } from './BindingElement';
import { BindingParameterCollection } from './BindingParameters';
import type { ChannelShape, ChannelShapes, IChannelFactory, IChannelListener } from './Channels';
import { BindingConfigurationError } from './CommunicationErrors';

/**
 * WCF's BindingContext: the binding, its parameters and the elements not yet consumed. Building the inner
 * factory or listener removes the first remaining element and asks it to build with this same context, so
 * the first element of a binding ends up as the outermost channel.
 */
export class BindingContext {
  readonly remainingBindingElements: BindingElement[];
  /**
   * A copy of the parameters the build was given (RS BindingContext copies them too): elements add to it (the
   * encoder puts itself here for the transport), and that must not leak into the caller's collection, or a
   * second build with the same parameters would find two encoders.
   */
  readonly bindingParameters: BindingParameterCollection;

  constructor(
    readonly binding: Binding,
    bindingParameters: BindingParameterCollection = new BindingParameterCollection(),
    elements?: readonly BindingElement[],
    /** Where a listener listens (service side only). */
    readonly listenUri?: URL,
  ) {
    this.bindingParameters = bindingParameters.clone();
    this.remainingBindingElements = [...(elements ?? binding.createBindingElements())];
  }

  buildInnerChannelFactory<S extends ChannelShape>(shape: S): IChannelFactory<ChannelShapes[S]> {
    return this.removeNext().buildChannelFactory(this, shape);
  }

  buildInnerChannelListener<S extends ChannelShape>(shape: S): IChannelListener<ChannelShapes[S]> {
    return this.removeNext().buildChannelListener(this, shape);
  }

  canBuildInnerChannelFactory(shape: ChannelShape): boolean {
    const copy = this.clone();
    const next = copy.remainingBindingElements.shift();
    return next ? next.canBuildChannelFactory(copy, shape) : false;
  }

  canBuildInnerChannelListener(shape: ChannelShape): boolean {
    const copy = this.clone();
    const next = copy.remainingBindingElements.shift();
    return next ? next.canBuildChannelListener(copy, shape) : false;
  }

  getInnerProperty<T>(key: BindingPropertyKey<T>): T | undefined {
    const copy = this.clone();
    const next = copy.remainingBindingElements.shift();
    return next ? next.getProperty(copy, key) : undefined;
  }

  /** WCF's ValidateBindingElementsConsumed: an element never reached means the stack is not what was asked. */
  validateBindingElementsConsumed(): void {
    if (this.remainingBindingElements.length) {
      const names = this.remainingBindingElements.map((e) => e.constructor.name).join(', ');
      throw new BindingConfigurationError(
        `Some binding elements were not used while building the channel stack: ${names}. ` +
          'Every element must be consumed; an element below the transport, or one the stack cannot layer, is never reached.',
      );
    }
  }

  clone(): BindingContext {
    return new BindingContext(
      this.binding,
      this.bindingParameters,
      this.remainingBindingElements,
      this.listenUri,
    );
  }

  private removeNext(): BindingElement {
    const next = this.remainingBindingElements.shift();
    if (!next) {
      throw new BindingConfigurationError(
        'No channel builder is available below the last binding element: the binding has no transport at its end.',
      );
    }
    return next;
  }
}
