/**
 * Message ⇄ envelope for every MessageVersion. The expected strings are WCF's bytes for the same message (a
 * DataContractSerializer body, the client's addressing headers in WCF's order, `s` and `a` declared on the
 * Envelope), so a WCF peer and Indigo write the same thing.
 */
import { AddressingVersion } from '../../src/channels/AddressingVersion';
import { ProtocolException } from '../../src/channels/CommunicationErrors';
import { EnvelopeVersionMismatchError, Message } from '../../src/channels/Message';
import { FaultCode, MessageFault } from '../../src/channels/MessageFault';
import { MessageHeader } from '../../src/channels/MessageHeader';
import { MessageVersion } from '../../src/channels/MessageVersion';
import { parseXml } from '../../src/xml/XmlParser';
import { serializeXml } from '../../src/xml/XmlSerializer';
import { XmlElement, XmlText } from '../../src/xml/XmlNode';

const TEMPURI = 'http://tempuri.org/';
const ADD_ACTION = 'http://tempuri.org/ICalculator/Add';
const MESSAGE_ID = 'urn:uuid:6b1c8bd4-3f2e-4a61-9f0e-0c6a3c1d2e4f';
const TO = 'http://127.0.0.1:8080/calc';
const BODY = '<Add xmlns="http://tempuri.org/"><a>2</a><b>3</b></Add>';
const SOAP11 = 'http://schemas.xmlsoap.org/soap/envelope/';
const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';
const WSA10 = 'http://www.w3.org/2005/08/addressing';
const WSA2004 = 'http://schemas.xmlsoap.org/ws/2004/08/addressing';

function addBody(): XmlElement {
  const add = new XmlElement('', 'Add', TEMPURI).declareNamespace('', TEMPURI);
  add.appendChild(new XmlElement('', 'a', TEMPURI)).appendChild(new XmlText('2'));
  add.appendChild(new XmlElement('', 'b', TEMPURI)).appendChild(new XmlText('3'));
  return add;
}

/** A two-way request as WCF's client writes it: Action, MessageID, ReplyTo (anonymous), To. */
function request(version: MessageVersion): Message {
  const message = Message.createMessage(version, ADD_ACTION, addBody());
  if (version.addressing !== AddressingVersion.None) {
    message.headers.messageId = MESSAGE_ID;
    message.headers.replyTo = version.addressing.anonymousUri;
    message.headers.to = TO;
  }
  return message;
}

function envelopeText(message: Message): string {
  return serializeXml(message.toEnvelope());
}

function read(xml: string, version: MessageVersion): Message {
  return Message.fromEnvelope(parseXml(xml).root, version);
}

function addressedEnvelope(sns: string, ans: string, anonymous: string): string {
  return (
    `<s:Envelope xmlns:s="${sns}" xmlns:a="${ans}"><s:Header>` +
    `<a:Action s:mustUnderstand="1">${ADD_ACTION}</a:Action>` +
    `<a:MessageID>${MESSAGE_ID}</a:MessageID>` +
    `<a:ReplyTo><a:Address>${anonymous}</a:Address></a:ReplyTo>` +
    `<a:To s:mustUnderstand="1">${TO}</a:To>` +
    `</s:Header><s:Body>${BODY}</s:Body></s:Envelope>`
  );
}

describe('Message.toEnvelope', () => {
  it('writes Soap11 as WCF does: no Header element, the body under s:Body', () => {
    expect(envelopeText(request(MessageVersion.Soap11))).toBe(
      `<s:Envelope xmlns:s="${SOAP11}"><s:Body>${BODY}</s:Body></s:Envelope>`,
    );
  });

  it('writes Soap12 (no addressing) with no Header element', () => {
    expect(envelopeText(request(MessageVersion.Soap12))).toBe(
      `<s:Envelope xmlns:s="${SOAP12}"><s:Body>${BODY}</s:Body></s:Envelope>`,
    );
  });

  it('writes Soap12WSAddressing10 as WCF does: Action and To mustUnderstand, anonymous ReplyTo, a: declared on the Envelope', () => {
    expect(envelopeText(request(MessageVersion.Soap12WSAddressing10))).toBe(
      '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://www.w3.org/2005/08/addressing"><s:Header>' +
        '<a:Action s:mustUnderstand="1">http://tempuri.org/ICalculator/Add</a:Action>' +
        '<a:MessageID>urn:uuid:6b1c8bd4-3f2e-4a61-9f0e-0c6a3c1d2e4f</a:MessageID>' +
        '<a:ReplyTo><a:Address>http://www.w3.org/2005/08/addressing/anonymous</a:Address></a:ReplyTo>' +
        '<a:To s:mustUnderstand="1">http://127.0.0.1:8080/calc</a:To>' +
        '</s:Header><s:Body><Add xmlns="http://tempuri.org/"><a>2</a><b>3</b></Add></s:Body></s:Envelope>',
    );
  });

  it('writes Soap11WSAddressing10 with the SOAP 1.1 envelope and WS-Addressing 1.0 headers', () => {
    expect(envelopeText(request(MessageVersion.Soap11WSAddressing10))).toBe(
      addressedEnvelope(SOAP11, WSA10, `${WSA10}/anonymous`),
    );
  });

  it('writes Soap11WSAddressingAugust2004 with the August 2004 namespace and its anonymous role', () => {
    expect(envelopeText(request(MessageVersion.Soap11WSAddressingAugust2004))).toBe(
      addressedEnvelope(SOAP11, WSA2004, 'http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous'),
    );
  });

  it('writes Soap12WSAddressingAugust2004 with the August 2004 namespace and its anonymous role', () => {
    expect(envelopeText(request(MessageVersion.Soap12WSAddressingAugust2004))).toBe(
      addressedEnvelope(SOAP12, WSA2004, 'http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous'),
    );
  });

  it('writes MessageVersion.None as the bare body (POX)', () => {
    expect(envelopeText(request(MessageVersion.None))).toBe(BODY);
  });

  it('refuses a MessageVersion.None message without a body', () => {
    expect(() => Message.createMessage(MessageVersion.None, 'x').toEnvelope()).toThrow(ProtocolException);
  });

  it('writes a reply with RelatesTo after MessageID and no ReplyTo', () => {
    const reply = Message.createMessage(MessageVersion.Soap12WSAddressing10, `${ADD_ACTION}Response`, null);
    reply.headers.relatesTo = MESSAGE_ID;
    expect(envelopeText(reply)).toBe(
      `<s:Envelope xmlns:s="${SOAP12}" xmlns:a="${WSA10}"><s:Header><a:Action s:mustUnderstand="1">${ADD_ACTION}Response</a:Action>` +
        `<a:RelatesTo>${MESSAGE_ID}</a:RelatesTo></s:Header><s:Body/></s:Envelope>`,
    );
  });

  it('writes a custom header after the addressing headers with its mustUnderstand and actor attributes', () => {
    const message = Message.createMessage(MessageVersion.Soap11WSAddressing10, ADD_ACTION, null);
    message.headers.add(
      MessageHeader.createText('Tenant', 'urn:tenant', 'contoso', {
        mustUnderstand: true,
        actor: 'urn:gateway',
      }),
    );
    expect(envelopeText(message)).toBe(
      `<s:Envelope xmlns:s="${SOAP11}" xmlns:a="${WSA10}"><s:Header><a:Action s:mustUnderstand="1">${ADD_ACTION}</a:Action>` +
        '<Tenant xmlns="urn:tenant" s:mustUnderstand="1" s:actor="urn:gateway">contoso</Tenant></s:Header><s:Body/></s:Envelope>',
    );
  });

  it('uses the role attribute for a SOAP 1.2 header target', () => {
    const message = Message.createMessage(MessageVersion.Soap12, undefined, null);
    message.headers.add(
      MessageHeader.createText('Tenant', 'urn:tenant', 'contoso', { actor: 'urn:gateway' }),
    );
    expect(envelopeText(message)).toContain(
      '<Tenant xmlns="urn:tenant" s:role="urn:gateway">contoso</Tenant>',
    );
  });
});

describe('Message.fromEnvelope', () => {
  it('reads the WS-Addressing 1.0 headers into typed properties and keeps the body', () => {
    const message = read(
      addressedEnvelope(SOAP12, WSA10, `${WSA10}/anonymous`),
      MessageVersion.Soap12WSAddressing10,
    );
    expect(message.action).toBe(ADD_ACTION);
    expect(message.headers.messageId).toBe(MESSAGE_ID);
    expect(message.headers.replyTo).toBe(`${WSA10}/anonymous`);
    expect(message.headers.to).toBe(TO);
    expect(message.headers.others).toHaveLength(0);
    expect(message.body?.localName).toBe('Add');
    expect(serializeXml(message.body!)).toBe(BODY);
  });

  it('reads the WS-Addressing August 2004 headers, including RelatesTo and FaultTo', () => {
    const xml =
      `<s:Envelope xmlns:s="${SOAP11}" xmlns:a="${WSA2004}"><s:Header>` +
      `<a:Action s:mustUnderstand="1">urn:reply</a:Action><a:MessageID>urn:uuid:2</a:MessageID><a:RelatesTo>urn:uuid:1</a:RelatesTo>` +
      `<a:ReplyTo><a:Address>${WSA2004}/role/anonymous</a:Address></a:ReplyTo><a:FaultTo><a:Address>http://faults.example/</a:Address></a:FaultTo>` +
      `<a:To s:mustUnderstand="1">${TO}</a:To></s:Header><s:Body/></s:Envelope>`;
    const message = read(xml, MessageVersion.Soap11WSAddressingAugust2004);
    expect(message.headers).toMatchObject({
      action: 'urn:reply',
      messageId: 'urn:uuid:2',
      relatesTo: 'urn:uuid:1',
      replyTo: `${WSA2004}/role/anonymous`,
      faultTo: 'http://faults.example/',
      to: TO,
    });
    expect(message.body).toBeNull();
  });

  it('treats headers of the other addressing version as ordinary headers', () => {
    const xml = `<s:Envelope xmlns:s="${SOAP12}"><s:Header><Action xmlns="${WSA2004}">urn:old</Action></s:Header><s:Body/></s:Envelope>`;
    const message = read(xml, MessageVersion.Soap12WSAddressing10);
    expect(message.action).toBeUndefined();
    expect(message.headers.others.map((h) => `${h.namespace} ${h.name}`)).toEqual([`${WSA2004} Action`]);
  });

  it.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['false', false],
  ])('reads s:mustUnderstand="%s" as %s', (value, expected) => {
    const xml = `<s:Envelope xmlns:s="${SOAP12}"><s:Header><t:Tenant xmlns:t="urn:t" s:mustUnderstand="${value}">x</t:Tenant></s:Header><s:Body/></s:Envelope>`;
    expect(read(xml, MessageVersion.Soap12).headers.find('Tenant', 'urn:t')?.mustUnderstand).toBe(expected);
  });

  it('ignores a mustUnderstand attribute from the other SOAP namespace', () => {
    const xml = `<s:Envelope xmlns:s="${SOAP12}" xmlns:o="${SOAP11}"><s:Header><t:Tenant xmlns:t="urn:t" o:mustUnderstand="1">x</t:Tenant></s:Header><s:Body/></s:Envelope>`;
    expect(read(xml, MessageVersion.Soap12).headers.find('Tenant', 'urn:t')?.mustUnderstand).toBe(false);
  });

  it('reports a mustUnderstand header targeted at us until a layer marks it understood', () => {
    const xml = `<s:Envelope xmlns:s="${SOAP11}"><s:Header><t:Tenant xmlns:t="urn:t" s:mustUnderstand="1">x</t:Tenant></s:Header><s:Body/></s:Envelope>`;
    const message = read(xml, MessageVersion.Soap11);
    expect(message.headers.notUnderstood().map((h) => h.name)).toEqual(['Tenant']);
    message.headers.markUnderstood('Tenant', 'urn:t');
    expect(message.headers.notUnderstood()).toEqual([]);
  });

  it('does not report a mustUnderstand header addressed to another actor', () => {
    const xml = `<s:Envelope xmlns:s="${SOAP11}"><s:Header><t:Tenant xmlns:t="urn:t" s:mustUnderstand="1" s:actor="urn:other">x</t:Tenant></s:Header><s:Body/></s:Envelope>`;
    expect(read(xml, MessageVersion.Soap11).headers.notUnderstood()).toEqual([]);
  });

  it('reports a mustUnderstand header addressed to the next SOAP 1.2 node or the ultimate receiver', () => {
    const xml =
      `<s:Envelope xmlns:s="${SOAP12}"><s:Header>` +
      `<t:A xmlns:t="urn:t" s:mustUnderstand="true" s:role="${SOAP12}/role/next"/>` +
      `<t:B xmlns:t="urn:t" s:mustUnderstand="true" s:role="${SOAP12}/role/ultimateReceiver"/>` +
      `</s:Header><s:Body/></s:Envelope>`;
    expect(
      read(xml, MessageVersion.Soap12)
        .headers.notUnderstood()
        .map((h) => h.name),
    ).toEqual(['A', 'B']);
  });

  it('refuses an envelope of the other SOAP version with a version mismatch naming both', () => {
    const xml = `<s:Envelope xmlns:s="${SOAP11}"><s:Body>${BODY}</s:Body></s:Envelope>`;
    expect(() => read(xml, MessageVersion.Soap12WSAddressing10)).toThrow(
      new EnvelopeVersionMismatchError(
        'The envelope version of the incoming message (Soap11) does not match that of the encoder (Soap12).',
      ),
    );
  });

  it('refuses a root element that is no SOAP envelope', () => {
    expect(() => read(BODY, MessageVersion.Soap11)).toThrow(EnvelopeVersionMismatchError);
  });

  it.each([
    ['no Body', `<s:Envelope xmlns:s="${SOAP11}"><s:Header/></s:Envelope>`],
    ['a Header after the Body', `<s:Envelope xmlns:s="${SOAP11}"><s:Body/><s:Header/></s:Envelope>`],
    ['two Body children', `<s:Envelope xmlns:s="${SOAP11}"><s:Body><a/><b/></s:Body></s:Envelope>`],
    ['character data in the Envelope', `<s:Envelope xmlns:s="${SOAP11}">text<s:Body/></s:Envelope>`],
    ['an unknown element in the Envelope', `<s:Envelope xmlns:s="${SOAP11}"><x/><s:Body/></s:Envelope>`],
  ])('refuses an envelope with %s', (_what, xml) => {
    expect(() => read(xml, MessageVersion.Soap11)).toThrow(ProtocolException);
  });

  it('keeps the parsed envelope, so later layers work on the nodes that were read', () => {
    const root = parseXml(addressedEnvelope(SOAP12, WSA10, `${WSA10}/anonymous`)).root;
    const message = Message.fromEnvelope(root, MessageVersion.Soap12WSAddressing10);
    expect(message.envelope).toBe(root);
    expect(message.body?.parent?.parent).toBe(root);
  });

  it.each(MessageVersion.all.map((v) => [v.name, v] as const))(
    'round-trips a %s request through text',
    (_name, version) => {
      const back = read(envelopeText(request(version)), version);
      const expected =
        version.addressing === AddressingVersion.None
          ? {}
          : { messageId: MESSAGE_ID, to: TO, replyTo: version.addressing.anonymousUri };
      if (version !== MessageVersion.None)
        expect(back.action).toBe(version.addressing === AddressingVersion.None ? undefined : ADD_ACTION);
      expect(back.headers).toMatchObject(expected);
      expect(serializeXml(back.body!)).toBe(BODY);
    },
  );
});

describe('SOAP header attributes', () => {
  const withNote = (attributes: string): string =>
    `<s:Envelope xmlns:s="${SOAP12}"><s:Header><n:Note xmlns:n="urn:n" ${attributes}>x</n:Note></s:Header>` +
    '<s:Body/></s:Envelope>';
  const note = (attributes: string): MessageHeader =>
    read(withNote(attributes), MessageVersion.Soap12).headers.others[0];

  it('reads mustUnderstand and relay as xs:boolean: 1, true, 0, false, with surrounding whitespace', () => {
    expect(note('s:mustUnderstand="1" s:relay="true"')).toMatchObject({ mustUnderstand: true, relay: true });
    expect(note('s:mustUnderstand=" true "')).toMatchObject({ mustUnderstand: true, relay: false });
    expect(note('s:mustUnderstand="0" s:relay="false"')).toMatchObject({
      mustUnderstand: false,
      relay: false,
    });
  });

  it('refuses a mustUnderstand or relay that is not a boolean, as WCF does, rather than reading it as false', () => {
    expect(() => note('s:mustUnderstand="yes"')).toThrow(ProtocolException);
    expect(() => note('s:mustUnderstand="yes"')).toThrow(
      'The mustUnderstand attribute of the header {urn:n}Note is not a boolean: "yes".',
    );
    expect(() => note('s:relay="2"')).toThrow(ProtocolException);
  });
});

describe('Message faults', () => {
  it('marks a fault message and gives its fault back', () => {
    const fault = new MessageFault(
      FaultCode.createSenderFaultCode(new FaultCode('Bad', 'urn:x')),
      'bad input',
    );
    const message = Message.createFaultMessage(MessageVersion.Soap12WSAddressing10, fault, 'urn:fault');
    const back = read(envelopeText(message), MessageVersion.Soap12WSAddressing10);
    expect(back.isFault).toBe(true);
    expect(back.action).toBe('urn:fault');
    expect(back.getFault().code.subCode).toEqual(new FaultCode('Bad', 'urn:x'));
    expect(back.getFault().reason).toBe('bad input');
  });

  it('refuses getFault on a message that is no fault', () => {
    expect(() => request(MessageVersion.Soap11).getFault()).toThrow(ProtocolException);
    expect(request(MessageVersion.Soap11).isFault).toBe(false);
  });
});
