import { MessageEncoderFactory } from '../../channels/MessageEncoder';
import type { BindingContext } from '../../channels/BindingContext';
import type { BindingPropertyKey } from '../../channels/BindingElement';
import {
  MessageEncodingBindingElement,
  ReaderQuotasProperty,
} from '../../channels/MessageEncodingBindingElement';
import { MessageVersion } from '../../channels/MessageVersion';
import { defaultReaderQuotas, type XmlDictionaryReaderQuotas } from '../../xml/XmlDictionaryReaderQuotas';
import { TextEncoding } from './TextEncoding';
import { TextMessageEncoder } from './TextMessageEncoder';

export interface TextMessageEncodingOptions {
  messageVersion?: MessageVersion;
  writeEncoding?: TextEncoding;
  readerQuotas?: Partial<XmlDictionaryReaderQuotas>;
  maxReadPoolSize?: number;
  maxWritePoolSize?: number;
}

/** `<textMessageEncoding>`: WCF's defaults are Soap12WSAddressing10, utf-8, the default reader quotas. */
export class TextMessageEncodingBindingElement extends MessageEncodingBindingElement {
  readonly configurationName = 'textMessageEncoding';
  messageVersion: MessageVersion;
  writeEncoding: TextEncoding;
  readerQuotas: XmlDictionaryReaderQuotas;
  /** Kept for config fidelity; buffers are not pooled in Node, so these do not bound anything. */
  maxReadPoolSize: number;
  maxWritePoolSize: number;

  constructor(options: TextMessageEncodingOptions | MessageVersion = {}) {
    super();
    const o = options instanceof MessageVersion ? { messageVersion: options } : options;
    this.messageVersion = o.messageVersion ?? MessageVersion.Soap12WSAddressing10;
    this.writeEncoding = o.writeEncoding ?? TextEncoding.utf8;
    this.readerQuotas = { ...defaultReaderQuotas, ...o.readerQuotas };
    this.maxReadPoolSize = o.maxReadPoolSize ?? 64;
    this.maxWritePoolSize = o.maxWritePoolSize ?? 16;
  }

  override createMessageEncoderFactory(): MessageEncoderFactory {
    const encoder = new TextMessageEncoder(this.messageVersion, this.writeEncoding, this.readerQuotas);
    const version = this.messageVersion;
    return new (class extends MessageEncoderFactory {
      readonly messageVersion = version;
      createEncoder(): TextMessageEncoder {
        return encoder;
      }
    })();
  }

  override getProperty<T>(context: BindingContext, key: BindingPropertyKey<T>): T | undefined {
    if (key === (ReaderQuotasProperty as BindingPropertyKey<unknown>)) return this.readerQuotas as T;
    return super.getProperty(context, key);
  }

  override clone(): TextMessageEncodingBindingElement {
    return new TextMessageEncodingBindingElement({
      messageVersion: this.messageVersion,
      writeEncoding: this.writeEncoding,
      readerQuotas: { ...this.readerQuotas },
      maxReadPoolSize: this.maxReadPoolSize,
      maxWritePoolSize: this.maxWritePoolSize,
    });
  }

  override describe(): Readonly<Record<string, unknown>> {
    return {
      messageVersion: this.messageVersion.name,
      writeEncoding: this.writeEncoding,
      readerQuotas: { ...this.readerQuotas },
      maxReadPoolSize: this.maxReadPoolSize,
      maxWritePoolSize: this.maxWritePoolSize,
    };
  }
}
