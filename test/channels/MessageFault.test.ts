/**
 * SOAP faults as WCF writes and reads them: SOAP 1.1 §4.4 (one faultcode: the most specific code, so the
 * subcode of Sender/Receiver; faultstring with xml:lang; detail) and SOAP 1.2 part 1 §5.4 (Code/Value with
 * nested Subcodes, Reason/Text with xml:lang, Detail). The expected strings are WCF's own fault bytes.
 */
import { ProtocolException } from '../../src/channels/CommunicationErrors';
import { EnvelopeVersion } from '../../src/channels/EnvelopeVersion';
import { FaultException } from '../../src/channels/FaultException';
import { Message } from '../../src/channels/Message';
import { FaultCode, MessageFault } from '../../src/channels/MessageFault';
import { MessageVersion } from '../../src/channels/MessageVersion';
import { XmlElement, XmlText } from '../../src/xml/XmlNode';
import { parseXml } from '../../src/xml/XmlParser';
import { serializeXml } from '../../src/xml/XmlSerializer';

const DISPATCHER = 'http://schemas.microsoft.com/net/2005/12/windowscommunicationfoundation/dispatcher';
const SOAP11 = 'http://schemas.xmlsoap.org/soap/envelope/';
const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';
const INTERNAL_REASON = 'The server was unable to process the request due to an internal error.';

const internalServiceFault = (): MessageFault =>
  new MessageFault(
    FaultCode.createReceiverFaultCode(new FaultCode('InternalServiceFault', DISPATCHER)),
    INTERNAL_REASON,
  );

function detailElement(): XmlElement {
  const detail = new XmlElement('', 'OrderFault', 'urn:orders').declareNamespace('', 'urn:orders');
  detail.appendChild(new XmlElement('', 'OrderId', 'urn:orders')).appendChild(new XmlText('42'));
  return detail;
}

function envelopeOf(fault: MessageFault, version: MessageVersion): string {
  return serializeXml(Message.createFaultMessage(version, fault, undefined).toEnvelope());
}

function readFault(xml: string, envelope: EnvelopeVersion): MessageFault {
  const root = parseXml(xml).root;
  const fault = root.element('Body', envelope.namespace)!.firstElement()!;
  return MessageFault.fromElement(fault, envelope);
}

describe('MessageFault in SOAP 1.1', () => {
  it('writes the subcode of Receiver as the faultcode, with its namespace declared on faultcode, as WCF does', () => {
    expect(envelopeOf(internalServiceFault(), MessageVersion.Soap11)).toBe(
      `<s:Envelope xmlns:s="${SOAP11}"><s:Body><s:Fault>` +
        `<faultcode xmlns:a="${DISPATCHER}">a:InternalServiceFault</faultcode>` +
        `<faultstring xml:lang="en-US">${INTERNAL_REASON}</faultstring>` +
        '</s:Fault></s:Body></s:Envelope>',
    );
  });

  it('writes a generic Sender code as s:Client and Receiver as s:Server', () => {
    expect(
      envelopeOf(new MessageFault(FaultCode.createSenderFaultCode(), 'bad'), MessageVersion.Soap11),
    ).toContain(
      '<s:Fault><faultcode>s:Client</faultcode><faultstring xml:lang="en-US">bad</faultstring></s:Fault>',
    );
    expect(
      envelopeOf(new MessageFault(FaultCode.createReceiverFaultCode(), 'oops'), MessageVersion.Soap11),
    ).toContain('<faultcode>s:Server</faultcode>');
  });

  it('writes the detail inside an unqualified detail element', () => {
    const fault = new MessageFault(FaultCode.createSenderFaultCode(), 'no such order', detailElement());
    expect(envelopeOf(fault, MessageVersion.Soap11)).toContain(
      '<faultstring xml:lang="en-US">no such order</faultstring><detail><OrderFault xmlns="urn:orders"><OrderId>42</OrderId></OrderFault></detail></s:Fault>',
    );
  });

  it('reads faultcode, faultstring with its xml:lang, and the detail', () => {
    const fault = readFault(
      `<s:Envelope xmlns:s="${SOAP11}"><s:Body><s:Fault><faultcode xmlns:a="urn:x">a:Invalid</faultcode>` +
        '<faultstring xml:lang="de-DE">ungültig</faultstring><detail><d:Info xmlns:d="urn:d">7</d:Info></detail></s:Fault></s:Body></s:Envelope>',
      EnvelopeVersion.Soap11,
    );
    expect(fault.code).toEqual(new FaultCode('Invalid', 'urn:x'));
    expect(fault.reason).toBe('ungültig');
    expect(fault.reasonLanguage).toBe('de-DE');
    expect(fault.detail?.localName).toBe('Info');
    expect(fault.detail?.textContent).toBe('7');
  });

  it('reads s:Client and s:Server as the generic Sender and Receiver codes', () => {
    const client = readFault(
      `<s:Envelope xmlns:s="${SOAP11}"><s:Body><s:Fault><faultcode>s:Client</faultcode><faultstring>x</faultstring></s:Fault></s:Body></s:Envelope>`,
      EnvelopeVersion.Soap11,
    );
    const server = readFault(
      `<s:Envelope xmlns:s="${SOAP11}"><s:Body><s:Fault><faultcode>s:Server</faultcode><faultstring>x</faultstring></s:Fault></s:Body></s:Envelope>`,
      EnvelopeVersion.Soap11,
    );
    expect(client.code.isSenderFault).toBe(true);
    expect(client.code.name).toBe('Sender');
    expect(server.code.isReceiverFault).toBe(true);
  });

  it('round-trips code, reason and detail through text', () => {
    const fault = new MessageFault(
      FaultCode.createSenderFaultCode(new FaultCode('OrderNotFound', 'urn:orders')),
      'no such order',
      detailElement(),
    );
    const back = readFault(envelopeOf(fault, MessageVersion.Soap11), EnvelopeVersion.Soap11);
    // SOAP 1.1 has room for one code: the most specific one travels.
    expect(back.code).toEqual(new FaultCode('OrderNotFound', 'urn:orders'));
    expect(back.reason).toBe('no such order');
    expect(back.reasonLanguage).toBe('en-US');
    expect(serializeXml(back.detail!)).toBe(
      '<OrderFault xmlns="urn:orders"><OrderId>42</OrderId></OrderFault>',
    );
  });

  it('refuses a fault without faultstring', () => {
    expect(() =>
      readFault(
        `<s:Envelope xmlns:s="${SOAP11}"><s:Body><s:Fault><faultcode>s:Client</faultcode></s:Fault></s:Body></s:Envelope>`,
        EnvelopeVersion.Soap11,
      ),
    ).toThrow(ProtocolException);
  });

  it('refuses a faultcode whose prefix is not declared', () => {
    expect(() =>
      readFault(
        `<s:Envelope xmlns:s="${SOAP11}"><s:Body><s:Fault><faultcode>x:Client</faultcode><faultstring>x</faultstring></s:Fault></s:Body></s:Envelope>`,
        EnvelopeVersion.Soap11,
      ),
    ).toThrow(ProtocolException);
  });
});

describe('MessageFault in SOAP 1.2', () => {
  it('writes Receiver with the InternalServiceFault subcode exactly as WCF does', () => {
    expect(envelopeOf(internalServiceFault(), MessageVersion.Soap12WSAddressing10)).toBe(
      `<s:Envelope xmlns:s="${SOAP12}" xmlns:a="http://www.w3.org/2005/08/addressing"><s:Body><s:Fault>` +
        `<s:Code><s:Value>s:Receiver</s:Value><s:Subcode><s:Value xmlns:a="${DISPATCHER}">a:InternalServiceFault</s:Value></s:Subcode></s:Code>` +
        `<s:Reason><s:Text xml:lang="en-US">${INTERNAL_REASON}</s:Text></s:Reason>` +
        '</s:Fault></s:Body></s:Envelope>',
    );
  });

  it('uses the prefix the envelope declares for an addressing-namespace subcode instead of redeclaring it, as WCF does', () => {
    const fault = new MessageFault(
      FaultCode.createSenderFaultCode(
        new FaultCode('ActionNotSupported', 'http://www.w3.org/2005/08/addressing'),
      ),
      'no',
    );
    expect(envelopeOf(fault, MessageVersion.Soap12WSAddressing10)).toContain(
      '<s:Code><s:Value>s:Sender</s:Value><s:Subcode><s:Value>a:ActionNotSupported</s:Value></s:Subcode></s:Code>',
    );
  });

  it('writes the detail inside s:Detail', () => {
    const fault = new MessageFault(FaultCode.createSenderFaultCode(), 'no such order', detailElement());
    expect(envelopeOf(fault, MessageVersion.Soap12)).toContain(
      '</s:Reason><s:Detail><OrderFault xmlns="urn:orders"><OrderId>42</OrderId></OrderFault></s:Detail></s:Fault>',
    );
  });

  it('round-trips nested subcodes, the reason language and the detail', () => {
    const code = FaultCode.createSenderFaultCode(
      new FaultCode('Validation', 'urn:a', new FaultCode('RangeError', 'urn:b')),
    );
    const fault = new MessageFault(code, 'out of range', detailElement(), 'fr-FR');
    const back = readFault(envelopeOf(fault, MessageVersion.Soap12), EnvelopeVersion.Soap12);
    expect(back.code.isSenderFault).toBe(true);
    expect(back.code.subCode).toEqual(
      new FaultCode('Validation', 'urn:a', new FaultCode('RangeError', 'urn:b')),
    );
    expect(back.reason).toBe('out of range');
    expect(back.reasonLanguage).toBe('fr-FR');
    expect(back.detail?.localName).toBe('OrderFault');
  });

  it('reads the envelope-namespace codes as generic, namespace-less codes', () => {
    const fault = readFault(
      `<e:Envelope xmlns:e="${SOAP12}"><e:Body><e:Fault><e:Code><e:Value>e:MustUnderstand</e:Value></e:Code>` +
        '<e:Reason><e:Text xml:lang="en">not understood</e:Text></e:Reason></e:Fault></e:Body></e:Envelope>',
      EnvelopeVersion.Soap12,
    );
    expect(fault.code).toEqual(new FaultCode('MustUnderstand'));
    expect(fault.reasonLanguage).toBe('en');
  });

  it('refuses a fault without Code or Reason', () => {
    expect(() =>
      readFault(
        `<s:Envelope xmlns:s="${SOAP12}"><s:Body><s:Fault><s:Reason><s:Text xml:lang="en">x</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>`,
        EnvelopeVersion.Soap12,
      ),
    ).toThrow(ProtocolException);
  });
});

describe('FaultException', () => {
  it('carries code, reason and detail into a MessageFault and back', () => {
    const error = new FaultException(
      'no such order',
      FaultCode.createSenderFaultCode(new FaultCode('OrderNotFound', 'urn:orders')),
      { detail: detailElement(), action: 'urn:fault' },
    );
    const back = FaultException.fromMessageFault(error.createMessageFault(), 'urn:fault');
    expect(back).toBeInstanceOf(FaultException);
    expect(back.reason).toBe('no such order');
    expect(back.code).toEqual(error.code);
    expect(back.detail?.localName).toBe('OrderFault');
    expect(back.action).toBe('urn:fault');
  });

  it('defaults to a Sender fault, as WCF does', () => {
    expect(new FaultException('bad').code.isSenderFault).toBe(true);
  });
});
