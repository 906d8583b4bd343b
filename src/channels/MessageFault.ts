import { XML_NAMESPACE, XmlElement, XmlText } from '../xml/XmlNode';
import { EnvelopeVersion } from './EnvelopeVersion';
import { ProtocolException } from './CommunicationErrors';

/**
 * WCF's FaultCode: a qualified name with an optional subcode. Sender/Receiver are written as the envelope
 * version's own names (Client/Server in SOAP 1.1).
 */
export class FaultCode {
  constructor(
    readonly name: string,
    /** '' means "the envelope namespace" (a generic Sender/Receiver/MustUnderstand/VersionMismatch code). */
    readonly namespace: string = '',
    readonly subCode?: FaultCode,
  ) {}

  static createSenderFaultCode(subCode?: FaultCode): FaultCode {
    return new FaultCode('Sender', '', subCode);
  }

  static createReceiverFaultCode(subCode?: FaultCode): FaultCode {
    return new FaultCode('Receiver', '', subCode);
  }

  get isSenderFault(): boolean {
    return this.namespace === '' ? this.name === 'Sender' || this.name === 'Client' : false;
  }

  get isReceiverFault(): boolean {
    return this.namespace === '' ? this.name === 'Receiver' || this.name === 'Server' : false;
  }
}

/** WCF's MessageFault: code, reason, optional detail, as carried by a SOAP fault of either version. */
export class MessageFault {
  constructor(
    readonly code: FaultCode,
    readonly reason: string,
    readonly detail?: XmlElement,
    /** xml:lang of the reason text; WCF writes the culture of the thread, en-US here. */
    readonly reasonLanguage = 'en-US',
  ) {}

  /**
   * Builds the s:Fault element for an envelope version (SOAP 1.1 §4.4 / SOAP 1.2 part 1 §5.4). `inScope` are the
   * prefixes the envelope will have declared around it (prefix → namespace): a code in one of those namespaces
   * uses that prefix, as WCF's writer does (LookupPrefix before declaring), instead of redeclaring it.
   */
  toElement(
    envelope: EnvelopeVersion,
    envelopePrefix = 's',
    inScope: ReadonlyMap<string, string> = new Map(),
  ): XmlElement {
    const sns = envelope.namespace;
    const fault = new XmlElement(envelopePrefix, 'Fault', sns);
    if (envelope === EnvelopeVersion.Soap11) {
      // SOAP 1.1 has one code: WCF writes the most specific one (the subcode of Sender/Receiver when present).
      const code =
        (this.code.isSenderFault || this.code.isReceiverFault) && this.code.subCode
          ? this.code.subCode
          : this.code;
      const faultcode = fault.appendChild(new XmlElement('', 'faultcode', ''));
      faultcode.appendChild(new XmlText(qualifiedCode(faultcode, code, envelope, envelopePrefix, inScope)));
      const faultstring = fault.appendChild(new XmlElement('', 'faultstring', ''));
      faultstring.setAttribute('lang', this.reasonLanguage, XML_NAMESPACE, 'xml');
      faultstring.appendChild(new XmlText(this.reason));
      if (this.detail) fault.appendChild(new XmlElement('', 'detail', '')).appendChild(this.detail.clone());
      return fault;
    }
    const codeElement = fault.appendChild(new XmlElement(envelopePrefix, 'Code', sns));
    writeCode12(codeElement, this.code, envelope, envelopePrefix, inScope);
    const reason = fault.appendChild(new XmlElement(envelopePrefix, 'Reason', sns));
    const text = reason.appendChild(new XmlElement(envelopePrefix, 'Text', sns));
    text.setAttribute('lang', this.reasonLanguage, XML_NAMESPACE, 'xml');
    text.appendChild(new XmlText(this.reason));
    if (this.detail)
      fault.appendChild(new XmlElement(envelopePrefix, 'Detail', sns)).appendChild(this.detail.clone());
    return fault;
  }

  /** Reads an s:Fault element; a fault that does not follow its version's schema is a ProtocolException. */
  static fromElement(fault: XmlElement, envelope: EnvelopeVersion): MessageFault {
    const sns = envelope.namespace;
    if (envelope === EnvelopeVersion.Soap11) {
      const faultcode = fault.element('faultcode', '');
      const faultstring = fault.element('faultstring', '');
      if (!faultcode || !faultstring)
        throw new ProtocolException('The SOAP 1.1 fault lacks faultcode or faultstring.');
      const code = readQName(faultcode, envelope);
      const detail = fault.element('detail', '')?.firstElement();
      return new MessageFault(
        code,
        faultstring.textContent,
        detail,
        faultstring.getAttribute('lang', XML_NAMESPACE),
      );
    }
    const codeElement = fault.element('Code', sns);
    const reason = fault.element('Reason', sns);
    if (!codeElement || !reason) throw new ProtocolException('The SOAP 1.2 fault lacks Code or Reason.');
    const text = reason.element('Text', sns);
    const detail = fault.element('Detail', sns)?.firstElement();
    return new MessageFault(
      readCode12(codeElement, envelope),
      text?.textContent ?? '',
      detail,
      text?.getAttribute('lang', XML_NAMESPACE),
    );
  }
}

function qualifiedCode(
  host: XmlElement,
  code: FaultCode,
  envelope: EnvelopeVersion,
  envelopePrefix: string,
  inScope: ReadonlyMap<string, string>,
): string {
  if (code.namespace === '' || code.namespace === envelope.namespace) {
    const name =
      envelope === EnvelopeVersion.Soap11 && code.isSenderFault
        ? 'Client'
        : envelope === EnvelopeVersion.Soap11 && code.isReceiverFault
          ? 'Server'
          : code.name;
    // The envelope prefix is in scope from s:Envelope.
    return `${envelopePrefix}:${name}`;
  }
  for (const [prefix, uri] of inScope) if (uri === code.namespace && prefix) return `${prefix}:${code.name}`;
  host.declareNamespace('a', code.namespace);
  return `a:${code.name}`;
}

function writeCode12(
  codeElement: XmlElement,
  code: FaultCode,
  envelope: EnvelopeVersion,
  prefix: string,
  inScope: ReadonlyMap<string, string>,
): void {
  const sns = envelope.namespace;
  const value = codeElement.appendChild(new XmlElement(prefix, 'Value', sns));
  value.appendChild(new XmlText(qualifiedCode(value, code, envelope, prefix, inScope)));
  if (code.subCode)
    writeCode12(
      codeElement.appendChild(new XmlElement(prefix, 'Subcode', sns)),
      code.subCode,
      envelope,
      prefix,
      inScope,
    );
}

function readCode12(codeElement: XmlElement, envelope: EnvelopeVersion): FaultCode {
  const sns = envelope.namespace;
  const value = codeElement.element('Value', sns);
  if (!value) throw new ProtocolException('A SOAP 1.2 fault code lacks its Value.');
  const code = readQName(value, envelope);
  const sub = codeElement.element('Subcode', sns);
  return sub ? new FaultCode(code.name, code.namespace, readCode12(sub, envelope)) : code;
}

function readQName(element: XmlElement, envelope: EnvelopeVersion): FaultCode {
  const text = element.textContent.trim();
  const colon = text.indexOf(':');
  const prefix = colon > 0 ? text.slice(0, colon) : '';
  const name = colon > 0 ? text.slice(colon + 1) : text;
  const ns = element.lookupNamespaceUri(prefix);
  // An undeclared prefix must not fall back to "no namespace": `x:Client` would then read as the generic
  // Sender code. WCF's reader (ReadElementContentAsQualifiedName) refuses it too.
  if (ns === undefined)
    throw new ProtocolException(`The fault code '${text}' uses the undeclared prefix '${prefix}'.`);
  // Codes in the envelope namespace are the generic ones; keep them namespace-less like WCF's FaultCode.
  return new FaultCode(
    ns === envelope.namespace ? genericName(name, envelope) : name,
    ns === envelope.namespace ? '' : ns,
  );
}

function genericName(name: string, envelope: EnvelopeVersion): string {
  if (envelope === EnvelopeVersion.Soap11) {
    if (name === 'Client') return 'Sender';
    if (name === 'Server') return 'Receiver';
  }
  return name;
}
