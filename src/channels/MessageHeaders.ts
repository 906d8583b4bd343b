import { XmlElement, XmlText } from '../xml/XmlNode';
import { AddressingVersion } from './AddressingVersion';
import { MessageHeader } from './MessageHeader';
import type { MessageVersion } from './MessageVersion';

/**
 * A message's headers: the WS-Addressing ones as typed properties (WCF's MessageHeaders.Action, To,
 * MessageId, RelatesTo, ReplyTo, FaultTo), every other header as a MessageHeader, and the set of headers
 * some layer has understood (what the mustUnderstand check consults).
 */
export class MessageHeaders {
  action: string | undefined;
  to: string | undefined;
  messageId: string | undefined;
  relatesTo: string | undefined;
  replyTo: string | undefined;
  faultTo: string | undefined;
  /** Headers other than the addressing ones, in document order. */
  readonly others: MessageHeader[] = [];
  private readonly understood = new Set<string>();

  constructor(readonly version: MessageVersion) {}

  add(header: MessageHeader): void {
    this.others.push(header);
  }

  find(name: string, namespace: string): MessageHeader | undefined {
    return this.others.find((h) => h.name === name && h.namespace === namespace);
  }

  markUnderstood(name: string, namespace: string): void {
    this.understood.add(`${namespace}|${name}`);
  }

  isUnderstood(header: MessageHeader): boolean {
    return this.understood.has(`${header.namespace}|${header.name}`);
  }

  /** Headers that say mustUnderstand, target us, and nobody understood (WCF's MustUnderstand check). */
  notUnderstood(): MessageHeader[] {
    const envelope = this.version.envelope;
    return this.others.filter(
      (h) => h.mustUnderstand && h.targetsUltimateReceiver(envelope) && !this.isUnderstood(h),
    );
  }

  /**
   * Writes the header elements in WCF's order: Action, MessageID, RelatesTo, ReplyTo, FaultTo, To, then the
   * others. Action and To carry mustUnderstand, as WCF writes them.
   */
  toElements(envelopePrefix: string, addressingPrefix: string): XmlElement[] {
    const addressing = this.version.addressing;
    const envelopeNs = this.version.envelope.namespace;
    const result: XmlElement[] = [];
    if (addressing !== AddressingVersion.None) {
      const ns = addressing.namespace;
      const text = (name: string, value: string, mustUnderstand = false): XmlElement => {
        const e = new XmlElement(addressingPrefix, name, ns);
        if (mustUnderstand) e.setAttribute('mustUnderstand', '1', envelopeNs, envelopePrefix);
        e.appendChild(new XmlText(value));
        return e;
      };
      const endpoint = (name: string, address: string): XmlElement => {
        const e = new XmlElement(addressingPrefix, name, ns);
        e.appendChild(text('Address', address));
        return e;
      };
      if (this.action !== undefined) result.push(text('Action', this.action, true));
      if (this.messageId !== undefined) result.push(text('MessageID', this.messageId));
      if (this.relatesTo !== undefined) result.push(text('RelatesTo', this.relatesTo));
      if (this.replyTo !== undefined) result.push(endpoint('ReplyTo', this.replyTo));
      if (this.faultTo !== undefined) result.push(endpoint('FaultTo', this.faultTo));
      if (this.to !== undefined) result.push(text('To', this.to, true));
    }
    for (const header of this.others) {
      const e = header.element;
      if (header.mustUnderstand && e.getAttribute('mustUnderstand', envelopeNs) === undefined) {
        e.setAttribute('mustUnderstand', '1', envelopeNs, envelopePrefix);
      }
      if (
        header.actor &&
        e.getAttribute(this.version.envelope.actorAttributeName, envelopeNs) === undefined
      ) {
        e.setAttribute(this.version.envelope.actorAttributeName, header.actor, envelopeNs, envelopePrefix);
      }
      result.push(e);
    }
    return result;
  }

  /** Reads received header elements: addressing ones of this version become typed properties. */
  static fromElements(elements: readonly XmlElement[], version: MessageVersion): MessageHeaders {
    const headers = new MessageHeaders(version);
    const ns = version.addressing.namespace;
    for (const e of elements) {
      if (ns && e.namespaceUri === ns) {
        const value = (): string => e.textContent.trim();
        const address = (): string => (e.element('Address', ns)?.textContent ?? '').trim();
        switch (e.localName) {
          case 'Action':
            headers.action = value();
            break;
          case 'To':
            headers.to = value();
            break;
          case 'MessageID':
            headers.messageId = value();
            break;
          case 'RelatesTo':
            headers.relatesTo = value();
            break;
          case 'ReplyTo':
            headers.replyTo = address();
            break;
          case 'FaultTo':
            headers.faultTo = address();
            break;
          default:
            headers.add(MessageHeader.fromElement(e, version.envelope));
            continue;
        }
        continue;
      }
      headers.add(MessageHeader.fromElement(e, version.envelope));
    }
    return headers;
  }
}
