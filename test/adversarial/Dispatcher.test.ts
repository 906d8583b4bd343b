/**
 * Well-formed but wrong SOAP against a live host: what the dispatcher answers with WCF's faults (codes,
 * namespaces, reasons, actions — the bytes a WCF client expects), what it never sends (stack traces, error
 * text), and that it goes on serving afterwards.
 */
import { EnvelopeVersion } from '../../src/channels/EnvelopeVersion';
import { FaultCode } from '../../src/channels/MessageFault';
import { DispatcherNamespace } from '../../src/service/runtime/DispatcherFaults';
import { bindingCases, type BindingCase } from '../integration/fixtures/bindingCases';
import { openedPerTest } from '../integration/fixtures/hosting';
import { rawRequest } from '../integration/fixtures/rawHttp';
import { TEST_NAMESPACE } from '../integration/fixtures/TestService';
import {
  ADD_BODY,
  envelope,
  expectStillServing,
  faultOf,
  postEnvelope,
  request,
  SOAP11,
  SOAP12,
  startTarget,
  type Target,
} from './fixtures/hostile';

const basic = bindingCases[0];
const ws = bindingCases[1];
const WSA10 = 'http://www.w3.org/2005/08/addressing';
const ADDRESSING_NONE = 'http://schemas.microsoft.com/ws/2005/05/addressing/none';
const REQUEST_ID = 'urn:uuid:00000000-0000-0000-0000-000000000001';
const CONTRACT_FILTER_REASON = (action: string): string =>
  `The message with Action '${action}' cannot be processed at the receiver, due to a ContractFilter mismatch at the EndpointDispatcher. ` +
  'This may be because of either a contract mismatch (mismatched Actions between sender and receiver) or a binding/security mismatch between the sender and the receiver.  ' +
  'Check that sender and receiver have the same contract and the same binding (including security requirements, e.g. Message, Transport, None).';
const INTERNAL_REASON =
  'The server was unable to process the request due to an internal error.  For more information about the error, either turn on IncludeExceptionDetailInFaults ' +
  '(either from ServiceBehaviorAttribute or from the <serviceDebug> configuration behavior) on the server in order to send the exception information back to the client, ' +
  'or turn on tracing as per the Microsoft .NET Framework SDK documentation and inspect the server trace logs.';

const opened = openedPerTest();

describe('Dispatcher, unknown action', () => {
  it('answers SOAP 1.1 (basicHttp) with 500 and the fault WCF sends: a:ActionNotSupported in the addressing/none namespace', async () => {
    const target = await startTarget(opened, basic);
    const { headers, body } = request(basic, target, 'urn:no-such-action');
    const response = await rawRequest(target.url, { headers, body });
    expect(response.status).toBe(500);
    expect(response.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(response.text).toBe(
      `<s:Envelope xmlns:s="${SOAP11}"><s:Body><s:Fault>` +
        `<faultcode xmlns:a="${ADDRESSING_NONE}">a:ActionNotSupported</faultcode>` +
        `<faultstring xml:lang="en-US">${CONTRACT_FILTER_REASON('urn:no-such-action')}</faultstring>` +
        '</s:Fault></s:Body></s:Envelope>',
    );
    await expectStillServing(basic, target);
  });

  it('answers SOAP 1.2 with WS-Addressing 1.0 (wsHttp) with Sender / a:ActionNotSupported, the addressing fault action and RelatesTo', async () => {
    const target = await startTarget(opened, ws);
    const { headers, body } = request(ws, target, 'urn:no-such-action');
    const response = await rawRequest(target.url, { headers, body });
    expect(response.status).toBe(500);
    expect(response.headers['content-type']).toBe('application/soap+xml; charset=utf-8');
    expect(response.text).toBe(
      `<s:Envelope xmlns:s="${SOAP12}" xmlns:a="${WSA10}"><s:Header>` +
        `<a:Action s:mustUnderstand="1">${WSA10}/fault</a:Action><a:RelatesTo>${REQUEST_ID}</a:RelatesTo></s:Header>` +
        '<s:Body><s:Fault><s:Code><s:Value>s:Sender</s:Value><s:Subcode><s:Value>a:ActionNotSupported</s:Value></s:Subcode></s:Code>' +
        `<s:Reason><s:Text xml:lang="en-US">${CONTRACT_FILTER_REASON('urn:no-such-action')}</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>`,
    );
    await expectStillServing(ws, target);
  });

  it('answers a basicHttp request without SOAPAction as a request for the empty action', async () => {
    const target = await startTarget(opened, basic);
    const response = await rawRequest(target.url, {
      headers: { 'Content-Type': 'text/xml; charset=utf-8' },
      body: envelope(SOAP11, ADD_BODY),
    });
    expect(response.status).toBe(500);
    expect(faultOf(response, basic.messageVersion).fault.code).toEqual(
      new FaultCode('ActionNotSupported', ADDRESSING_NONE),
    );
    await expectStillServing(basic, target);
  });
});

describe.each([basic, ws].map((c) => [c.name, c] as const))('Dispatcher on %s', (_name, c: BindingCase) => {
  const ns = c.messageVersion.envelope.namespace;
  const soap12 = c.messageVersion.envelope === EnvelopeVersion.Soap12;
  let target: Target;
  beforeEach(async () => {
    target = await startTarget(opened, c);
  });

  /** A real Add request with one extra header. */
  function withHeader(headerXml: string): string {
    const text = request(c, target).body.toString('utf8');
    return text.includes('<s:Header>')
      ? text.replace('<s:Header>', `<s:Header>${headerXml}`)
      : text.replace('<s:Body>', `<s:Header>${headerXml}</s:Header><s:Body>`);
  }

  it('answers a mustUnderstand="1" header nobody understands with a MustUnderstand fault, and does not run the operation', async () => {
    const response = await postEnvelope(
      c,
      target,
      withHeader(`<t:Tenant xmlns:t="urn:tenant" s:mustUnderstand="1">contoso</t:Tenant>`),
    );
    expect(response.status).toBe(500);
    const { message, fault } = faultOf(response, c.messageVersion);
    expect(fault.code).toEqual(new FaultCode('MustUnderstand'));
    expect(fault.reason).toMatch(
      /^The header 'Tenant' from the namespace 'urn:tenant' was not understood by the recipient of this message/,
    );
    if (soap12) {
      // SOAP 1.2 part 1 §5.4.8: a NotUnderstood header names the header by its qualified name.
      const notUnderstood = message.headers.find('NotUnderstood', SOAP12);
      expect(notUnderstood).toBeDefined();
      const qname = notUnderstood!.element.getAttribute('qname')!;
      expect(notUnderstood!.element.lookupNamespaceUri(qname.split(':')[0])).toBe('urn:tenant');
      expect(qname.split(':')[1]).toBe('Tenant');
      expect(message.action).toBe(`${WSA10}/soap/fault`);
    } else {
      expect(response.text).toContain('<faultcode>s:MustUnderstand</faultcode>');
    }
    await expectStillServing(c, target);
  });

  it('ignores a mustUnderstand="0" header it does not know, and answers the call', async () => {
    const response = await postEnvelope(
      c,
      target,
      withHeader(`<t:Tenant xmlns:t="urn:tenant" s:mustUnderstand="0">contoso</t:Tenant>`),
    );
    expect(response.status).toBe(200);
    expect(response.text).toContain('<AddResult>5</AddResult>');
  });

  it('answers an operation that throws with an InternalServiceFault that carries neither the error nor a stack trace', async () => {
    const crash = request(
      c,
      target,
      `${TEST_NAMESPACE}ITestService/Crash`,
      `<Crash xmlns="${TEST_NAMESPACE}"><message>connection string Password=hunter2</message></Crash>`,
    );
    const response = await rawRequest(target.url, { headers: crash.headers, body: crash.body });
    expect(response.status).toBe(500);
    const { message, fault } = faultOf(response, c.messageVersion);
    expect(fault.code.subCode ?? fault.code).toEqual(
      new FaultCode('InternalServiceFault', DispatcherNamespace),
    );
    if (soap12) expect(fault.code.isReceiverFault).toBe(true);
    expect(fault.reason).toBe(INTERNAL_REASON);
    expect(fault.detail).toBeUndefined();
    expect(response.text).not.toContain('hunter2');
    expect(response.text).not.toMatch(/StackTrace|\bat .*\.(ts|js):\d+/);
    if (soap12) expect(message.action).toBe(`${DispatcherNamespace}/fault`);
    await expectStillServing(c, target);
  });

  it('answers an envelope of the other SOAP version with a VersionMismatch fault', async () => {
    const otherNs = soap12 ? SOAP11 : SOAP12;
    const response = await postEnvelope(c, target, envelope(otherNs, ADD_BODY));
    expect(response.status).toBe(500);
    const { fault } = faultOf(response, c.messageVersion);
    expect(fault.code).toEqual(new FaultCode('VersionMismatch'));
    expect(fault.reason).toBe(
      `The envelope version of the incoming message (${soap12 ? 'Soap11' : 'Soap12'}) does not match that of the encoder (${soap12 ? 'Soap12' : 'Soap11'}).`,
    );
    expect(response.text).toContain(
      soap12 ? '<s:Value>s:VersionMismatch</s:Value>' : '<faultcode>s:VersionMismatch</faultcode>',
    );
    await expectStillServing(c, target);
  });

  it('answers a body that is not the operation’s request with a DeserializationFailed fault', async () => {
    const wrong = request(
      c,
      target,
      `${TEST_NAMESPACE}ITestService/Add`,
      `<Subtract xmlns="${TEST_NAMESPACE}"><a>2</a><b>3</b></Subtract>`,
    );
    const response = await rawRequest(target.url, { headers: wrong.headers, body: wrong.body });
    expect(response.status).toBe(500);
    const { fault } = faultOf(response, c.messageVersion);
    expect(fault.code.subCode ?? fault.code).toEqual(
      new FaultCode('DeserializationFailed', DispatcherNamespace),
    );
    expect(fault.reason).toMatch(/^The formatter threw an exception while trying to deserialize the message/);
    await expectStillServing(c, target);
  });

  it('answers a parameter that is not of its type with a DeserializationFailed fault', async () => {
    const wrong = request(
      c,
      target,
      `${TEST_NAMESPACE}ITestService/Add`,
      `<Add xmlns="${TEST_NAMESPACE}"><a>two</a><b>3</b></Add>`,
    );
    const response = await rawRequest(target.url, { headers: wrong.headers, body: wrong.body });
    expect(response.status).toBe(500);
    expect(
      faultOf(response, c.messageVersion).fault.code.subCode ??
        faultOf(response, c.messageVersion).fault.code,
    ).toEqual(new FaultCode('DeserializationFailed', DispatcherNamespace));
    await expectStillServing(c, target);
  });

  it('keeps answering while many bad requests arrive at once', async () => {
    const bad = Array.from({ length: 20 }, (_, i) =>
      postEnvelope(c, target, i % 2 ? `<s:Envelope xmlns:s="${ns}">` : envelope(ns, '<x/>')),
    );
    const answers = await Promise.all(bad);
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([400, 500]));
    await expectStillServing(c, target);
  });
});

describe('Dispatcher with WS-Addressing', () => {
  it('answers a To the endpoint does not have with Sender / a:DestinationUnreachable', async () => {
    const target = await startTarget(opened, ws);
    const text = request(ws, target)
      .body.toString('utf8')
      .replace(
        /<a:To s:mustUnderstand="1">[^<]*<\/a:To>/,
        '<a:To s:mustUnderstand="1">http://127.0.0.1:1/elsewhere</a:To>',
      );
    const response = await postEnvelope(ws, target, text);
    expect(response.status).toBe(500);
    const { message, fault } = faultOf(response, ws.messageVersion);
    expect(fault.code.isSenderFault).toBe(true);
    expect(fault.code.subCode).toEqual(new FaultCode('DestinationUnreachable', WSA10));
    expect(fault.reason).toMatch(
      /^The message with To 'http:\/\/127\.0\.0\.1:1\/elsewhere' cannot be processed at the receiver, due to an AddressFilter mismatch/,
    );
    expect(message.action).toBe(`${WSA10}/fault`);
    await expectStillServing(ws, target);
  });
});
