import { AddressingVersion } from '../../channels/AddressingVersion';
import { ProtocolException, QuotaExceededException } from '../../channels/CommunicationErrors';
import { EnvelopeVersion } from '../../channels/EnvelopeVersion';
import { Message } from '../../channels/Message';
import { MessageEncoder } from '../../channels/MessageEncoder';
import type { MessageVersion } from '../../channels/MessageVersion';
import type { XmlDictionaryReaderQuotas } from '../../xml/XmlDictionaryReaderQuotas';
import { XmlParseError, XmlQuotaExceededError } from '../../xml/XmlErrors';
import { parseXml } from '../../xml/XmlParser';
import { serializeXmlPieces } from '../../xml/XmlSerializer';
import { parseContentType } from './ContentType';
import { charsetOf, decodeText, encodeText, encodingOfCharset, TextEncoding } from './TextEncoding';

/**
 * WCF's TextMessageEncoder: SOAP 1.1 as `text/xml`, SOAP 1.2 as `application/soap+xml` (with the action as a
 * Content-Type parameter when there is no WS-Addressing), POX as `application/xml`. Writes no XML declaration,
 * as WCF's encoder does; reads with and without one.
 */
export class TextMessageEncoder extends MessageEncoder {
  readonly mediaType: string;
  readonly contentType: string;

  constructor(
    readonly messageVersion: MessageVersion,
    readonly writeEncoding: TextEncoding,
    readonly readerQuotas: XmlDictionaryReaderQuotas,
  ) {
    super();
    this.mediaType = messageVersion.envelope.mediaType;
    this.contentType = `${this.mediaType}; charset=${charsetOf(writeEncoding)}`;
  }

  override isContentTypeSupported(contentType: string): boolean {
    const parsed = parseContentType(contentType);
    if (parsed.mediaType !== this.mediaType) {
      // WCF's text encoder also reads application/xml and text/xml POX when the version is None.
      if (!(
        this.messageVersion.envelope === EnvelopeVersion.None &&
        (parsed.mediaType === 'text/xml' || parsed.mediaType === 'application/xml')
      )) {
        return false;
      }
    }
    const charset = parsed.parameters.get('charset');
    return charset === undefined || encodingOfCharset(charset) !== undefined;
  }

  /** The Content-Type for one message: SOAP 1.2 without addressing carries the action (RFC 3902). */
  override contentTypeFor(message: Message): string {
    if (
      this.messageVersion.envelope === EnvelopeVersion.Soap12 &&
      this.messageVersion.addressing === AddressingVersion.None &&
      message.action
    ) {
      return `${this.contentType}; action="${message.action.replace(/"/g, '%22')}"`;
    }
    return this.contentType;
  }

  override readMessage(buffer: Buffer, contentType: string): Message {
    const parsed = parseContentType(contentType);
    const encoding = encodingOfCharset(parsed.parameters.get('charset') ?? 'utf-8') ?? TextEncoding.utf8;
    // The transport has already held the message to maxReceivedMessageSize; the parser's own size default
    // (65536) must not cut a binding that allows more down to WCF's default again.
    const options = { quotas: this.readerQuotas, maxSize: Infinity };
    let document;
    try {
      document =
        encoding === TextEncoding.utf8
          ? parseXml(buffer, options)
          : parseXml(decodeText(buffer, encoding), options);
    } catch (err) {
      if (err instanceof XmlQuotaExceededError) throw new QuotaExceededException(err.message, { cause: err });
      if (err instanceof XmlParseError)
        throw new ProtocolException(`The message is not well-formed XML: ${err.message}`, { cause: err });
      throw err;
    }
    const message = Message.fromEnvelope(document.root, this.messageVersion);
    const action = parsed.parameters.get('action');
    if (
      action !== undefined &&
      this.messageVersion.addressing === AddressingVersion.None &&
      message.headers.action === undefined
    ) {
      message.headers.action = action;
    }
    return message;
  }

  override writeMessage(message: Message): Buffer {
    return encodeText(serializeXmlPieces(message.toEnvelope()), this.writeEncoding);
  }
}
