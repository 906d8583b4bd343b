import type { BindingContext } from './BindingContext';
import { BindingElement, BindingPropertyKey } from './BindingElement';
import type { ChannelShape, ChannelShapes, IChannelFactory, IChannelListener } from './Channels';
import type { MessageEncoderFactory } from './MessageEncoder';
import type { MessageVersion } from './MessageVersion';
import type { XmlDictionaryReaderQuotas } from '../xml/XmlDictionaryReaderQuotas';

/** The property key under which a stack reports its MessageVersion (WCF's GetProperty<MessageVersion>). */
export const MessageVersionProperty = new BindingPropertyKey<MessageVersion>('MessageVersion');

/** The reader quotas of the stack's encoder (the serializer applies maxArrayLength from them). */
export const ReaderQuotasProperty = new BindingPropertyKey<XmlDictionaryReaderQuotas>(
  'XmlDictionaryReaderQuotas',
);

/**
 * WCF's MessageEncodingBindingElement. It builds no channel: it puts itself into the binding parameters and
 * lets the build go on, and the transport takes it from there (RS MessageEncodingBindingElement.cs).
 */
export abstract class MessageEncodingBindingElement extends BindingElement {
  abstract messageVersion: MessageVersion;
  abstract createMessageEncoderFactory(): MessageEncoderFactory;

  override buildChannelFactory<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelFactory<ChannelShapes[S]> {
    context.bindingParameters.add(this);
    return context.buildInnerChannelFactory(shape);
  }

  override buildChannelListener<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelListener<ChannelShapes[S]> {
    context.bindingParameters.add(this);
    return context.buildInnerChannelListener(shape);
  }

  override getProperty<T>(context: BindingContext, key: BindingPropertyKey<T>): T | undefined {
    if (key === (MessageVersionProperty as BindingPropertyKey<unknown>)) return this.messageVersion as T;
    return context.getInnerProperty(key);
  }
}
