import { XmlElement, XmlText } from '../xml/XmlNode';
import { ProtocolException } from './CommunicationErrors';
import type { EnvelopeVersion } from './EnvelopeVersion';

export interface MessageHeaderOptions {
  readonly mustUnderstand?: boolean;
  /** SOAP 1.1 actor / SOAP 1.2 role; '' targets the ultimate receiver. */
  readonly actor?: string;
  /** SOAP 1.2 relay. */
  readonly relay?: boolean;
}

/**
 * One SOAP header: its element (content as the infoset) and the SOAP processing attributes. The attributes
 * live on the element itself when it is written, so that a signature over the header covers them.
 */
export class MessageHeader {
  readonly mustUnderstand: boolean;
  readonly actor: string;
  readonly relay: boolean;

  constructor(
    readonly element: XmlElement,
    options: MessageHeaderOptions = {},
  ) {
    this.mustUnderstand = options.mustUnderstand ?? false;
    this.actor = options.actor ?? '';
    this.relay = options.relay ?? false;
  }

  get name(): string {
    return this.element.localName;
  }

  get namespace(): string {
    return this.element.namespaceUri;
  }

  /** A header whose content is text (the shape of most addressing and custom headers). */
  static createText(
    name: string,
    namespace: string,
    value: string,
    options?: MessageHeaderOptions,
  ): MessageHeader {
    const element = new XmlElement('', name, namespace).declareNamespace('', namespace);
    if (value) element.appendChild(new XmlText(value));
    return new MessageHeader(element, options);
  }

  /** Reads the SOAP processing attributes of a received header element. */
  static fromElement(element: XmlElement, envelope: EnvelopeVersion): MessageHeader {
    const mu = element.getAttribute('mustUnderstand', envelope.namespace);
    const actor = element.getAttribute(envelope.actorAttributeName, envelope.namespace) ?? '';
    const relay = element.getAttribute('relay', envelope.namespace);
    return new MessageHeader(element, {
      mustUnderstand: mu !== undefined && headerBoolean(mu, 'mustUnderstand', element),
      actor,
      relay: relay !== undefined && headerBoolean(relay, 'relay', element),
    });
  }

  /** Whether this header targets a node acting as ultimate receiver (SOAP 1.1 §4.2.2, SOAP 1.2 part 1 §2.2). */
  targetsUltimateReceiver(envelope: EnvelopeVersion): boolean {
    return (
      this.actor === '' ||
      this.actor === envelope.nextDestinationRole ||
      this.actor === 'http://www.w3.org/2003/05/soap-envelope/role/ultimateReceiver'
    );
  }
}

/**
 * An xs:boolean SOAP attribute as WCF reads it (MessageHeader.ToBoolean: `1`, `0`, `true`, `false`, with
 * surrounding whitespace); anything else makes the message malformed, as WCF's XmlException does, rather than
 * being read as false.
 */
function headerBoolean(value: string, attribute: string, element: XmlElement): boolean {
  switch (value.trim()) {
    case '1':
    case 'true':
      return true;
    case '0':
    case 'false':
      return false;
    default:
      throw new ProtocolException(
        `The ${attribute} attribute of the header {${element.namespaceUri}}${element.localName} is not a boolean: "${value}".`,
      );
  }
}
