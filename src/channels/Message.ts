import { XmlElement } from '../xml/XmlNode';
import { AddressingVersion } from './AddressingVersion';
import { ProtocolException } from './CommunicationErrors';
import { EnvelopeVersion } from './EnvelopeVersion';
import { MessageFault } from './MessageFault';
import { MessageHeaders } from './MessageHeaders';
import { MessageVersion } from './MessageVersion';

/**
 * WCF's Message: an envelope version, headers, properties and a body held as the infoset.
 *
 * A received message keeps the envelope it was read from (`envelope`), so the layers that verify it
 * (signatures, later) and the dispatcher that uses it work on the same nodes: there is no re-parse between
 * a check and the use of what was checked.
 */
export class Message {
  readonly headers: MessageHeaders;
  /** Out-of-band facts about the message (transport details, security results), by name. */
  readonly properties = new Map<string, unknown>();

  private constructor(
    readonly version: MessageVersion,
    /** The single element inside s:Body; null for an empty body. */
    public body: XmlElement | null,
    headers?: MessageHeaders,
    /** The envelope this message was read from; undefined for a message built in code. */
    readonly envelope?: XmlElement,
  ) {
    this.headers = headers ?? new MessageHeaders(version);
  }

  /**
   * Set for a message whose envelope was built and secured in place (signed, encrypted): it is written exactly
   * as it is, and it keeps whether it carries a fault, which its encrypted body no longer shows.
   */
  private secured: { readonly envelope: XmlElement; readonly isFault: boolean } | undefined;

  /**
   * A message whose envelope is final (the security layer's output): `toEnvelope()` returns it unchanged,
   * because rebuilding it from headers and body would lose what was signed (ids, the Security header).
   */
  static fromSecuredEnvelope(envelope: XmlElement, version: MessageVersion, isFault: boolean): Message {
    const message = Message.fromEnvelope(envelope, version);
    message.secured = { envelope, isFault };
    return message;
  }

  /** A message for an action with an optional body (WCF's Message.CreateMessage). */
  static createMessage(
    version: MessageVersion,
    action: string | undefined,
    body: XmlElement | null = null,
  ): Message {
    const message = new Message(version, body);
    message.headers.action = action;
    return message;
  }

  /** A fault message (WCF's Message.CreateMessage(version, fault, action)). */
  static createFaultMessage(
    version: MessageVersion,
    fault: MessageFault,
    action: string | undefined,
  ): Message {
    // toEnvelope declares `a` for the addressing namespace on s:Envelope; an addressing fault code uses it.
    const inScope = new Map(
      version.addressing === AddressingVersion.None ? [] : [['a', version.addressing.namespace]],
    );
    const message = new Message(version, fault.toElement(version.envelope, 's', inScope));
    message.headers.action = action;
    return message;
  }

  get action(): string | undefined {
    return this.headers.action;
  }

  get isFault(): boolean {
    if (this.secured) return this.secured.isFault;
    const b = this.body;
    return b !== null && b.localName === 'Fault' && b.namespaceUri === this.version.envelope.namespace;
  }

  /** The fault carried by this message; throws when it is not a fault. */
  getFault(): MessageFault {
    if (!this.isFault || !this.body) throw new ProtocolException('The message is not a fault.');
    return MessageFault.fromElement(this.body, this.version.envelope);
  }

  /**
   * Builds the envelope to send: `s:Envelope` declaring `s` (and `a` for addressing, as WCF does on the
   * Envelope), `s:Header` only when there are headers, then `s:Body`.
   */
  toEnvelope(): XmlElement {
    if (this.secured) return this.secured.envelope;
    if (this.version === MessageVersion.None) {
      if (!this.body) throw new ProtocolException('A MessageVersion.None message needs a body.');
      return this.body;
    }
    const sns = this.version.envelope.namespace;
    const envelope = new XmlElement('s', 'Envelope', sns).declareNamespace('s', sns);
    if (this.version.addressing !== AddressingVersion.None)
      envelope.declareNamespace('a', this.version.addressing.namespace);
    const headerElements = this.headers.toElements('s', 'a');
    if (headerElements.length) {
      const header = envelope.appendChild(new XmlElement('s', 'Header', sns));
      for (const h of headerElements) header.appendChild(h);
    }
    const body = envelope.appendChild(new XmlElement('s', 'Body', sns));
    if (this.body) body.appendChild(this.body);
    return envelope;
  }

  /**
   * Reads a received envelope. The envelope namespace must be the expected version's (else a SOAP
   * VersionMismatch); s:Header may come before s:Body only; s:Body holds at most one element, as WCF reads it.
   */
  static fromEnvelope(envelope: XmlElement, version: MessageVersion): Message {
    if (version === MessageVersion.None) return new Message(version, envelope, undefined, envelope);
    const sns = version.envelope.namespace;
    if (envelope.localName !== 'Envelope' || envelope.namespaceUri !== sns) {
      const known = [EnvelopeVersion.Soap11, EnvelopeVersion.Soap12].find(
        (v) => v.namespace === envelope.namespaceUri,
      );
      throw new EnvelopeVersionMismatchError(
        known
          ? `The envelope version of the incoming message (${known.name}) does not match that of the encoder (${version.envelope.name}).`
          : `The root element is {${envelope.namespaceUri}}${envelope.localName}, not a SOAP ${version.envelope.name} Envelope.`,
      );
    }
    let headerElement: XmlElement | undefined;
    let bodyElement: XmlElement | undefined;
    for (const child of envelope.children) {
      if (child.kind === 'text') {
        if (child.value.trim()) throw new ProtocolException('The SOAP Envelope holds character data.');
        continue;
      }
      if (child.kind !== 'element') continue;
      if (child.namespaceUri === sns && child.localName === 'Header' && !headerElement && !bodyElement)
        headerElement = child;
      else if (child.namespaceUri === sns && child.localName === 'Body' && !bodyElement) bodyElement = child;
      else
        throw new ProtocolException(
          `Unexpected element {${child.namespaceUri}}${child.localName} in the SOAP Envelope.`,
        );
    }
    if (!bodyElement) throw new ProtocolException('The SOAP Envelope has no Body.');
    const bodyChildren = bodyElement.elements();
    if (bodyChildren.length > 1) throw new ProtocolException('The SOAP Body holds more than one element.');
    const headers = MessageHeaders.fromElements(headerElement ? headerElement.elements() : [], version);
    return new Message(version, bodyChildren[0] ?? null, headers, envelope);
  }
}

/** The envelope is not of the expected SOAP version: answered with a VersionMismatch fault. */
export class EnvelopeVersionMismatchError extends ProtocolException {}
