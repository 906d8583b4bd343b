import { DataContract, DataMember } from '../../../src/service/serialization/DataContractAttribute';
import { DataType } from '../../../src/service/serialization/DataType';
import {
  InvalidMessageBodyError,
  OperationFormatter,
  type OperationMessageDescription,
} from '../../../src/service/serialization/OperationFormatter';
import {
  MaxArrayLengthExceededError,
  SerializationError,
} from '../../../src/service/serialization/SerializationError';
import { el, printXml } from './xmlTestHelpers';

const TEMPURI = 'http://tempuri.org/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const ARRAYS = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';

/** An operation shaped as the service description resolves it (wrapped, contract namespace tempuri.org). */
function operation(
  name: string,
  parameters: Record<string, DataType>,
  returnType?: DataType,
  isOneWay = false,
): OperationMessageDescription {
  return {
    name,
    isOneWay,
    parameters: Object.entries(parameters).map(([n, type]) => ({ name: n, type })),
    returnType,
    requestWrapper: { localName: name, namespace: TEMPURI },
    responseWrapper: { localName: `${name}Response`, namespace: TEMPURI },
    resultElementName: `${name}Result`,
  };
}

const add = operation('Add', { a: DataType.double, b: DataType.double }, DataType.double);
const echo = operation('Echo', { text: DataType.string }, DataType.string);
const whoAmI = operation('WhoAmI', {}, DataType.string);
const counter = operation('Counter', {}, DataType.int);
const ping = operation('Ping', {}, undefined);

@DataContract({ clrNamespace: 'Calc' })
class Point {
  @DataMember({ type: DataType.int }) X = 0;
  @DataMember({ type: DataType.int }) Y = 0;
}

describe('OperationFormatter', () => {
  // Expected strings are the s:Body contents captured from Mono's WCF over basicHttpBinding
  // (shared/peers/mono/captures/d-basichttp/0*-*.xml); .NET writes the same elements.
  it('writes the Add request exactly as WCF does', () => {
    expect(printXml(OperationFormatter.serializeRequest(add, [2, 3]))).toBe(
      '<Add xmlns="http://tempuri.org/"><a>2</a><b>3</b></Add>',
    );
  });

  it('writes the Add reply exactly as WCF does', () => {
    expect(printXml(OperationFormatter.serializeReply(add, 5))).toBe(
      '<AddResponse xmlns="http://tempuri.org/"><AddResult>5</AddResult></AddResponse>',
    );
  });

  it('writes the Echo request with markup characters and non-ASCII text as text', () => {
    const body = OperationFormatter.serializeRequest(echo, ['hello <mono> & é世']);
    expect(printXml(body)).toBe(
      '<Echo xmlns="http://tempuri.org/"><text>hello &lt;mono&gt; &amp; é世</text></Echo>',
    );
  });

  it('writes a parameterless request as an empty wrapper', () => {
    expect(printXml(OperationFormatter.serializeRequest(whoAmI, []))).toBe(
      '<WhoAmI xmlns="http://tempuri.org/" />',
    );
  });

  it('writes the Counter reply exactly as WCF does', () => {
    expect(printXml(OperationFormatter.serializeReply(counter, 1))).toBe(
      '<CounterResponse xmlns="http://tempuri.org/"><CounterResult>1</CounterResult></CounterResponse>',
    );
  });

  it('writes a void reply as an empty response wrapper', () => {
    expect(printXml(OperationFormatter.serializeReply(ping, undefined))).toBe(
      '<PingResponse xmlns="http://tempuri.org/" />',
    );
  });

  it('writes a data contract parameter with xmlns:a and xmlns:i on the part element', () => {
    const move = operation('Move', { p: Point }, undefined);
    expect(printXml(OperationFormatter.serializeRequest(move, [{ X: 1, Y: 2 }]))).toBe(
      '<Move xmlns="http://tempuri.org/">' +
        `<p xmlns:a="http://schemas.datacontract.org/2004/07/Calc" xmlns:i="${XSI}"><a:X>1</a:X><a:Y>2</a:Y></p></Move>`,
    );
  });

  it("writes a null string as WCF's primitive formatter does: nil with a generated prefix", () => {
    // PrimitiveOperationFormatter.SerializeParameter: WriteStartAttribute("nil", xsi) without a prefix.
    expect(printXml(OperationFormatter.serializeRequest(echo, [null]))).toBe(
      `<Echo xmlns="http://tempuri.org/"><text xmlns:a="${XSI}" a:nil="true" /></Echo>`,
    );
  });

  it("writes primitive arrays as WCF's primitive formatter does: each item declares the Arrays namespace", () => {
    const sum = operation('Sum', { values: DataType.arrayOf(DataType.int) }, DataType.int);
    expect(printXml(OperationFormatter.serializeRequest(sum, [[1, 2]]))).toBe(
      '<Sum xmlns="http://tempuri.org/"><values>' +
        `<int xmlns="${ARRAYS}">1</int><int xmlns="${ARRAYS}">2</int></values></Sum>`,
    );
  });

  it('writes byte arrays as base64 text under both formatters', () => {
    const upload = operation('Upload', { data: DataType.base64Binary }, undefined);
    expect(printXml(OperationFormatter.serializeRequest(upload, [Buffer.from('hi')]))).toBe(
      '<Upload xmlns="http://tempuri.org/"><data>aGk=</data></Upload>',
    );
  });

  it('switches to the DataContractSerializer shapes as soon as one part is not a plain primitive', () => {
    // A guid part rules out PrimitiveOperationFormatter, so the int[] part gets DCS's xmlns:a / xmlns:i form.
    const tag = operation(
      'Tag',
      { values: DataType.arrayOf(DataType.int), id: DataType.guid },
      DataType.string,
    );
    expect(
      printXml(OperationFormatter.serializeRequest(tag, [[1], '0f8fad5b-d9cb-469f-a165-70867728950e'])),
    ).toBe(
      '<Tag xmlns="http://tempuri.org/">' +
        `<values xmlns:a="${ARRAYS}" xmlns:i="${XSI}"><a:int>1</a:int></values>` +
        '<id>0f8fad5b-d9cb-469f-a165-70867728950e</id></Tag>',
    );
    expect(printXml(OperationFormatter.serializeReply(tag, null))).toBe(
      `<TagResponse xmlns="http://tempuri.org/"><TagResult xmlns:i="${XSI}" i:nil="true" /></TagResponse>`,
    );
  });

  it('reads nil as the default value for every part of a primitive-formatter operation', () => {
    const body = el(
      'Add',
      TEMPURI,
      {},
      el('a', TEMPURI, { attributes: [['nil', 'true', XSI, 'a']] }),
      el('b', TEMPURI, {}, '3'),
    );
    expect(OperationFormatter.deserializeRequest(add, body)).toEqual([0, 3]);
    expect(
      OperationFormatter.deserializeRequest(echo, OperationFormatter.serializeRequest(echo, [null])),
    ).toEqual([null]);
  });

  it('round-trips requests and replies', () => {
    expect(
      OperationFormatter.deserializeRequest(add, OperationFormatter.serializeRequest(add, [2.5, -0])),
    ).toEqual([2.5, -0]);
    expect(OperationFormatter.deserializeReply(add, OperationFormatter.serializeReply(add, 1e300))).toBe(
      1e300,
    );
    expect(
      OperationFormatter.deserializeRequest(echo, OperationFormatter.serializeRequest(echo, ['é世'])),
    ).toEqual(['é世']);
    const sum = operation('Sum', { values: DataType.arrayOf(DataType.long) }, DataType.long);
    const args = [[1n, 9007199254740993n]];
    expect(
      OperationFormatter.deserializeRequest(sum, OperationFormatter.serializeRequest(sum, args)),
    ).toEqual(args);
    const mixed = operation(
      'Mixed',
      { when: DataType.dateTime, id: DataType.guid },
      DataType.arrayOf(DataType.string),
    );
    const when = new Date('2026-12-02T18:15:45.123Z');
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(
      OperationFormatter.deserializeRequest(mixed, OperationFormatter.serializeRequest(mixed, [when, id])),
    ).toEqual([when, id]);
    expect(
      OperationFormatter.deserializeReply(mixed, OperationFormatter.serializeReply(mixed, ['x', null])),
    ).toEqual(['x', null]);
  });

  it('reads a request built by hand the way WCF writes it', () => {
    const body = el(
      'Add',
      TEMPURI,
      { xmlns: { '': TEMPURI } },
      el('a', TEMPURI, {}, '2'),
      el('b', TEMPURI, {}, '3'),
    );
    expect(OperationFormatter.deserializeRequest(add, body)).toEqual([2, 3]);
  });

  it('gives missing parameters their default values, as WCF does', () => {
    expect(
      OperationFormatter.deserializeRequest(add, el('Add', TEMPURI, {}, el('b', TEMPURI, {}, '3'))),
    ).toEqual([0, 3]);
    expect(OperationFormatter.deserializeRequest(echo, el('Echo', TEMPURI))).toEqual([null]);
  });

  it('skips unknown and out-of-order parameter elements', () => {
    const body = el(
      'Add',
      TEMPURI,
      {},
      el('x', TEMPURI, {}, '9'),
      el('b', TEMPURI, {}, '3'),
      el('a', TEMPURI, {}, '2'),
    );
    expect(OperationFormatter.deserializeRequest(add, body)).toEqual([0, 3]);
  });

  it('reads a missing result as the default value and a void reply as undefined', () => {
    expect(OperationFormatter.deserializeReply(counter, el('CounterResponse', TEMPURI))).toBe(0);
    expect(OperationFormatter.deserializeReply(ping, el('PingResponse', TEMPURI))).toBeUndefined();
  });

  it('rejects a body whose wrapper is not the operation wrapper', () => {
    expect(() => OperationFormatter.deserializeRequest(add, el('Subtract', TEMPURI))).toThrow(
      InvalidMessageBodyError,
    );
    expect(() => OperationFormatter.deserializeRequest(add, el('Add', 'urn:other'))).toThrow(
      /Expecting element 'Add'/,
    );
    expect(() => OperationFormatter.deserializeReply(add, el('Add', TEMPURI))).toThrow(
      InvalidMessageBodyError,
    );
    expect(() => OperationFormatter.deserializeRequest(whoAmI, null)).toThrow(/empty body/);
  });

  it('rejects a call with the wrong number of arguments', () => {
    expect(() => OperationFormatter.serializeRequest(add, [1])).toThrow(SerializationError);
  });

  it('refuses to write a reply for a one-way operation', () => {
    expect(() =>
      OperationFormatter.serializeReply(operation('Fire', {}, undefined, true), undefined),
    ).toThrow(/one-way/i);
  });

  it('applies the maxArrayLength setting when reading parts', () => {
    const sum = operation('Sum', { values: DataType.arrayOf(DataType.int) }, DataType.int);
    const body = OperationFormatter.serializeRequest(sum, [[1, 2, 3]]);
    expect(() => OperationFormatter.deserializeRequest(sum, body, { maxArrayLength: 2 })).toThrow(
      MaxArrayLengthExceededError,
    );
  });
});
