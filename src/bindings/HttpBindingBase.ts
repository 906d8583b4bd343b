import { Binding } from '../channels/Binding';
import { BindingConfigurationError } from '../channels/CommunicationErrors';
import type { MessageVersion } from '../channels/MessageVersion';
import { DefaultTransportLimits } from '../channels/TransportDefaults';
import { TextEncoding } from '../encoders/text/TextEncoding';
import { TextMessageEncodingBindingElement } from '../encoders/text/TextMessageEncodingBindingElement';
import { HttpsTransportBindingElement } from '../transports/http/HttpsTransportBindingElement';
import {
  HostNameComparisonMode,
  HttpTransportBindingElement,
  TransferMode,
} from '../transports/http/HttpTransportBindingElement';
import { defaultReaderQuotas, type XmlDictionaryReaderQuotas } from '../xml/XmlDictionaryReaderQuotas';
import { HttpClientCredentialType, WSMessageEncoding } from './SecurityModes';

/** The settings every HTTP standard binding shares, with WCF's defaults (RS HttpBindingBase, WSHttpBindingBase). */
export interface HttpBindingOptions {
  name?: string;
  maxReceivedMessageSize?: number;
  maxBufferSize?: number;
  maxBufferPoolSize?: number;
  readerQuotas?: Partial<XmlDictionaryReaderQuotas>;
  messageEncoding?: WSMessageEncoding;
  textEncoding?: TextEncoding;
  allowCookies?: boolean;
  hostNameComparisonMode?: HostNameComparisonMode;
  transferMode?: TransferMode;
  openTimeout?: number;
  closeTimeout?: number;
  sendTimeout?: number;
  receiveTimeout?: number;
}

export abstract class HttpBindingBase extends Binding {
  maxReceivedMessageSize: number = DefaultTransportLimits.maxReceivedMessageSize;
  maxBufferSize: number | undefined;
  maxBufferPoolSize: number = DefaultTransportLimits.maxBufferPoolSize;
  readerQuotas: XmlDictionaryReaderQuotas = { ...defaultReaderQuotas };
  messageEncoding: WSMessageEncoding = WSMessageEncoding.Text;
  textEncoding: TextEncoding = TextEncoding.utf8;
  allowCookies = false;
  hostNameComparisonMode: HostNameComparisonMode = HostNameComparisonMode.StrongWildcard;
  transferMode: TransferMode = TransferMode.Buffered;

  protected constructor(options: HttpBindingOptions = {}) {
    super(options.name);
    if (options.maxReceivedMessageSize !== undefined)
      this.maxReceivedMessageSize = options.maxReceivedMessageSize;
    this.maxBufferSize = options.maxBufferSize;
    if (options.maxBufferPoolSize !== undefined) this.maxBufferPoolSize = options.maxBufferPoolSize;
    this.readerQuotas = { ...defaultReaderQuotas, ...options.readerQuotas };
    if (options.messageEncoding !== undefined) this.messageEncoding = options.messageEncoding;
    if (options.textEncoding !== undefined) this.textEncoding = options.textEncoding;
    if (options.allowCookies !== undefined) this.allowCookies = options.allowCookies;
    if (options.hostNameComparisonMode !== undefined)
      this.hostNameComparisonMode = options.hostNameComparisonMode;
    if (options.transferMode !== undefined) this.transferMode = options.transferMode;
    if (options.openTimeout !== undefined) this.openTimeout = options.openTimeout;
    if (options.closeTimeout !== undefined) this.closeTimeout = options.closeTimeout;
    if (options.sendTimeout !== undefined) this.sendTimeout = options.sendTimeout;
    if (options.receiveTimeout !== undefined) this.receiveTimeout = options.receiveTimeout;
  }

  protected createEncoding(version: MessageVersion): TextMessageEncodingBindingElement {
    if (this.messageEncoding !== WSMessageEncoding.Text) {
      throw new BindingConfigurationError(
        `${this.name}: messageEncoding '${this.messageEncoding}' is not supported yet; use 'Text'.`,
      );
    }
    return new TextMessageEncodingBindingElement({
      messageVersion: version,
      writeEncoding: this.textEncoding,
      readerQuotas: this.readerQuotas,
    });
  }

  protected createTransport(
    secure: boolean,
    clientCredentialType: HttpClientCredentialType = HttpClientCredentialType.None,
  ): HttpTransportBindingElement {
    if (this.allowCookies)
      throw new BindingConfigurationError(`${this.name}: allowCookies="true" is not supported yet.`);
    const options = {
      maxReceivedMessageSize: this.maxReceivedMessageSize,
      maxBufferSize: this.maxBufferSize,
      maxBufferPoolSize: this.maxBufferPoolSize,
      hostNameComparisonMode: this.hostNameComparisonMode,
      transferMode: this.transferMode,
    };
    if (!secure) return new HttpTransportBindingElement(options);
    if (
      clientCredentialType !== HttpClientCredentialType.None &&
      clientCredentialType !== HttpClientCredentialType.Certificate
    ) {
      throw new BindingConfigurationError(
        `${this.name}: transport clientCredentialType '${clientCredentialType}' is not supported yet; use 'None' or 'Certificate'.`,
      );
    }
    return new HttpsTransportBindingElement({
      ...options,
      requireClientCertificate: clientCredentialType === HttpClientCredentialType.Certificate,
    });
  }
}
