import type { Message } from './Message';
import type { MessageVersion } from './MessageVersion';

/**
 * WCF's MessageEncoder: bytes ⇄ Message for one content type. Transports own the bytes; encoders own the
 * envelope. Buffered transfer only: the transport has already enforced maxReceivedMessageSize.
 */
export abstract class MessageEncoder {
  abstract readonly messageVersion: MessageVersion;
  /** The full Content-Type written on outgoing messages (media type and charset). */
  abstract readonly contentType: string;
  abstract readonly mediaType: string;

  /** Whether a received Content-Type is one this encoder reads; a mismatch is answered with HTTP 415. */
  abstract isContentTypeSupported(contentType: string): boolean;

  /** Reads a message; throws a ProtocolException (malformed, wrong version) or QuotaExceededException. */
  abstract readMessage(buffer: Buffer, contentType: string): Message;

  abstract writeMessage(message: Message): Buffer;

  /** The Content-Type for one outgoing message (some versions carry the action in it). */
  contentTypeFor(_message: Message): string {
    return this.contentType;
  }
}

/** Builds encoders; the transport asks the encoding binding element for one (WCF's MessageEncoderFactory). */
export abstract class MessageEncoderFactory {
  abstract readonly messageVersion: MessageVersion;
  abstract createEncoder(): MessageEncoder;
}
