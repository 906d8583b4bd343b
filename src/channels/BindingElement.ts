import type { BindingContext } from './BindingContext';
import type { ChannelShape, ChannelShapes, IChannelFactory, IChannelListener } from './Channels';

/** A typed key for GetProperty<T> (WCF asks elements for properties by type; TypeScript asks by key). */
export class BindingPropertyKey<T> {
  declare readonly type: T;
  constructor(readonly name: string) {}
}

/**
 * WCF's BindingElement. The defaults delegate to the rest of the stack, so an element only overrides what it
 * adds: a layering element builds the inner factory/listener through the context and wraps it.
 */
export abstract class BindingElement {
  /** The element's name in `<customBinding>` config (`httpTransport`, `textMessageEncoding`, …). */
  abstract readonly configurationName: string;

  abstract clone(): BindingElement;

  /** The element's settings as plain data: what `describe` prints and what equality tests compare. */
  abstract describe(): Readonly<Record<string, unknown>>;

  getProperty<T>(context: BindingContext, key: BindingPropertyKey<T>): T | undefined {
    return context.getInnerProperty(key);
  }

  canBuildChannelFactory(context: BindingContext, shape: ChannelShape): boolean {
    return context.canBuildInnerChannelFactory(shape);
  }

  canBuildChannelListener(context: BindingContext, shape: ChannelShape): boolean {
    return context.canBuildInnerChannelListener(shape);
  }

  buildChannelFactory<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelFactory<ChannelShapes[S]> {
    return context.buildInnerChannelFactory(shape);
  }

  buildChannelListener<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelListener<ChannelShapes[S]> {
    return context.buildInnerChannelListener(shape);
  }
}
