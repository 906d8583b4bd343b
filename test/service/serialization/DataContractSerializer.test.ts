import { DataContract, DataMember } from '../../../src/service/serialization/DataContractAttribute';
import { DataContractSerializer } from '../../../src/service/serialization/DataContractSerializer';
import { DataType } from '../../../src/service/serialization/DataType';
import {
  InvalidDataContractError,
  MaxArrayLengthExceededError,
  RequiredMemberMissingError,
  SerializationError,
} from '../../../src/service/serialization/SerializationError';
import { XmlElement } from '../../../src/xml/XmlNode';
import { el, printXml } from './xmlTestHelpers';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const ARRAYS = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';
const CALC = 'http://schemas.datacontract.org/2004/07/Calc';
const TEMPURI = 'http://tempuri.org/';

@DataContract({ clrNamespace: 'Calc' })
class Point {
  @DataMember({ type: DataType.int }) X = 0;
  @DataMember({ type: DataType.int }) Y = 0;
}

@DataContract({ namespace: 'urn:other' })
class Tag {
  @DataMember({ type: DataType.string }) Text: string | null = null;
}

@DataContract({ clrNamespace: 'Calc' })
class Note {
  @DataMember({ type: Tag }) Tag: Tag | null = null;
  @DataMember({ type: DataType.arrayOf(DataType.int) }) Numbers: number[] | null = null;
  @DataMember({ type: DataType.string }) Title: string | null = null;
}

@DataContract({ namespace: 'urn:shapes' })
class Shape {
  @DataMember({ type: DataType.string }) Name: string | null = null;
}

@DataContract({ namespace: 'urn:circles' })
class Circle extends Shape {
  @DataMember({ type: DataType.double }) Radius = 0;
}

@DataContract({ namespace: 'urn:pair' })
class Pair {
  @DataMember({ type: DataType.int }) A = 0;
  @DataMember({ type: DataType.int }) B = 0;
}

@DataContract({ namespace: 'urn:pair' })
class RequiredPair {
  @DataMember({ type: DataType.int, isRequired: true }) A = 0;
  @DataMember({ type: DataType.int }) B = 0;
}

/** Writes `value` as parameter `name` inside `<W xmlns="http://tempuri.org/">`, as the operation formatter does. */
function asParameter(type: DataType, value: unknown, name = 'p'): string {
  const wrapper = new XmlElement('', 'W', TEMPURI).declareNamespace('', TEMPURI);
  return printXml(
    new DataContractSerializer(type, { rootName: name, rootNamespace: TEMPURI }).writeObject(value, wrapper),
  );
}

const point = (x: number, y: number): Point => Object.assign(new Point(), { X: x, Y: y });

describe('DataContractSerializer', () => {
  describe('writing', () => {
    it('writes a data contract root in its namespace, declared as default, with xmlns:i', () => {
      expect(printXml(new DataContractSerializer(Point).writeObject(point(1, 2)))).toBe(
        `<Point xmlns="${CALC}" xmlns:i="${XSI}"><X>1</X><Y>2</Y></Point>`,
      );
    });

    it('declares the contract namespace as xmlns:a, then xmlns:i, when the root is in another namespace', () => {
      expect(asParameter(Point, point(1, 2))).toBe(
        `<p xmlns:a="${CALC}" xmlns:i="${XSI}"><a:X>1</a:X><a:Y>2</a:Y></p>`,
      );
    });

    it('matches the wire form of DataContractSerializer.WriteObject with an explicit root (captured .NET output)', () => {
      @DataContract({ clrNamespace: 'TestClient', name: 'EchoRequest' })
      class EchoRequest {
        @DataMember({ type: DataType.string }) Value: string | null = null;
      }
      const root = new DataContractSerializer(EchoRequest, {
        rootName: 'EchoRequest',
        rootNamespace: 'http://example.com/services',
      }).writeObject(Object.assign(new EchoRequest(), { Value: 'hello, world!' }));
      expect(printXml(root)).toBe(
        '<EchoRequest xmlns="http://example.com/services" ' +
          'xmlns:a="http://schemas.datacontract.org/2004/07/TestClient" ' +
          `xmlns:i="${XSI}"><a:Value>hello, world!</a:Value></EchoRequest>`,
      );
    });

    it('orders members by Order then by name', () => {
      @DataContract({ namespace: 'urn:order' })
      class Ordered {
        @DataMember({ type: DataType.int, order: 2 }) zeta = 0;
        @DataMember({ type: DataType.int }) b = 0;
        @DataMember({ type: DataType.int, order: 1 }) y = 0;
        @DataMember({ type: DataType.int }) a = 0;
        @DataMember({ type: DataType.int, order: 1 }) x = 0;
        @DataMember({ type: DataType.int }) B = 0;
      }
      const root = new DataContractSerializer(Ordered).writeObject(new Ordered());
      // No Order (-1) first, ordinal: 'B' (U+0042) < 'a' < 'b'; then Order 1 by name; then Order 2.
      expect(root.elements().map((e) => e.localName)).toEqual(['B', 'a', 'b', 'x', 'y', 'zeta']);
    });

    it('writes base class members first, each in its own contract namespace', () => {
      const circle = Object.assign(new Circle(), { Name: 'disc', Radius: 1.5 });
      expect(printXml(new DataContractSerializer(Circle).writeObject(circle))).toBe(
        `<Circle xmlns="urn:circles" xmlns:i="${XSI}"><Name xmlns="urn:shapes">disc</Name><Radius>1.5</Radius></Circle>`,
      );
    });

    it('writes a null member as i:nil="true"', () => {
      expect(asParameter(Tag, new Tag())).toBe(
        `<p xmlns:a="urn:other" xmlns:i="${XSI}"><a:Text i:nil="true" /></p>`,
      );
    });

    it('writes an empty string as an empty element, not as nil', () => {
      expect(asParameter(Tag, Object.assign(new Tag(), { Text: '' }))).toBe(
        `<p xmlns:a="urn:other" xmlns:i="${XSI}"><a:Text /></p>`,
      );
    });

    it('declares a member contract namespace on the member element with the next free prefix', () => {
      const note = Object.assign(new Note(), {
        Tag: Object.assign(new Tag(), { Text: 'x' }),
        Numbers: [1, 2],
        Title: 't',
      });
      expect(asParameter(Note, note)).toBe(
        `<p xmlns:a="${CALC}" xmlns:i="${XSI}">` +
          `<a:Numbers xmlns:b="${ARRAYS}"><b:int>1</b:int><b:int>2</b:int></a:Numbers>` +
          `<a:Tag xmlns:b="urn:other"><b:Text>x</b:Text></a:Tag>` +
          '<a:Title>t</a:Title></p>',
      );
    });

    it('writes an array of primitives as Serialization/Arrays items', () => {
      expect(asParameter(DataType.arrayOf(DataType.int), [1, 2], 'numbers')).toBe(
        `<numbers xmlns:a="${ARRAYS}" xmlns:i="${XSI}"><a:int>1</a:int><a:int>2</a:int></numbers>`,
      );
    });

    it('writes an array of data contracts with items named after the contract, in its namespace', () => {
      expect(asParameter(DataType.arrayOf(Point), [point(1, 2)], 'points')).toBe(
        `<points xmlns:a="${CALC}" xmlns:i="${XSI}"><a:Point><a:X>1</a:X><a:Y>2</a:Y></a:Point></points>`,
      );
    });

    it('writes a null array item as nil', () => {
      expect(asParameter(DataType.arrayOf(DataType.string), ['x', null], 'names')).toBe(
        `<names xmlns:a="${ARRAYS}" xmlns:i="${XSI}"><a:string>x</a:string><a:string i:nil="true" /></names>`,
      );
    });

    it('writes a top-level array and primitive under their contract names', () => {
      expect(printXml(new DataContractSerializer(DataType.arrayOf(DataType.int)).writeObject([7]))).toBe(
        `<ArrayOfint xmlns="${ARRAYS}" xmlns:i="${XSI}"><int>7</int></ArrayOfint>`,
      );
      expect(printXml(new DataContractSerializer(DataType.int).writeObject(5))).toBe(
        '<int xmlns="http://schemas.microsoft.com/2003/10/Serialization/">5</int>',
      );
    });

    it('writes a null root with i:nil and xmlns:i on the root itself', () => {
      expect(asParameter(DataType.string, null, 'text')).toBe(`<text xmlns:i="${XSI}" i:nil="true" />`);
    });

    it('omits default values when emitDefaultValue is false', () => {
      @DataContract({ namespace: 'urn:sparse' })
      class Sparse {
        @DataMember({ type: DataType.int, emitDefaultValue: false }) Count = 0;
        @DataMember({ type: DataType.string, emitDefaultValue: false }) Label: string | null = null;
        @DataMember({ type: DataType.nullable(DataType.int), emitDefaultValue: false }) Maybe: number | null =
          0;
      }
      const root = new DataContractSerializer(Sparse).writeObject(new Sparse());
      // Nullable<int> 0 is not default(int?) (null), so it is written.
      expect(root.elements().map((e) => `${e.localName}=${e.textContent}`)).toEqual(['Maybe=0']);
    });

    it('refuses to omit a required member with emitDefaultValue false', () => {
      @DataContract({ namespace: 'urn:strict' })
      class Strict {
        @DataMember({ type: DataType.int, emitDefaultValue: false, isRequired: true }) Count = 0;
      }
      expect(() => new DataContractSerializer(Strict).writeObject(new Strict())).toThrow(
        InvalidDataContractError,
      );
    });

    it('writes nullable value types as nil and rejects null for plain value types', () => {
      expect(asParameter(DataType.nullable(DataType.int), null, 'n')).toBe(
        `<n xmlns:i="${XSI}" i:nil="true" />`,
      );
      expect(() => asParameter(DataType.int, null, 'n')).toThrow(SerializationError);
      expect(() => asParameter(Point, { X: 1, Y: undefined })).toThrow(/element p\/Y/);
    });

    it('accepts a plain object shaped like the contract', () => {
      expect(asParameter(Point, { X: 3, Y: 4 })).toBe(
        `<p xmlns:a="${CALC}" xmlns:i="${XSI}"><a:X>3</a:X><a:Y>4</a:Y></p>`,
      );
    });

    it('refuses an instance of another data contract, since known types are not supported', () => {
      expect(() => new DataContractSerializer(Shape).writeObject(new Circle())).toThrow(/known types/);
    });

    it('refuses an object graph with a cycle, as DCS does without reference tracking', () => {
      @DataContract({ namespace: 'urn:node' })
      class Node {
        @DataMember({ type: DataType.string }) Name: string | null = null;
        @DataMember({ type: Node }) Next: Node | null = null;
      }
      const a = Object.assign(new Node(), { Name: 'a' });
      const b = Object.assign(new Node(), { Name: 'b', Next: a });
      const serializer = new DataContractSerializer(Node);
      expect(serializer.readObject(serializer.writeObject(b))).toEqual({
        Name: 'b',
        Next: { Name: 'a', Next: null },
      });
      a.Next = b;
      expect(() => serializer.writeObject(b)).toThrow(/contains a cycle/);
      // The same object twice, but not on one path, is not a cycle.
      const pair = new DataContractSerializer(DataType.arrayOf(Node));
      const leaf = Object.assign(new Node(), { Name: 'leaf' });
      expect(pair.readObject(pair.writeObject([leaf, leaf]))).toEqual([leaf, leaf]);
    });

    it('refuses a class without @DataContract', () => {
      class Plain {
        x = 1;
      }
      expect(() => new DataContractSerializer(Plain)).toThrow(InvalidDataContractError);
    });

    it('refuses two members with the same data member name', () => {
      @DataContract({ namespace: 'urn:dup' })
      class Dup {
        @DataMember({ type: DataType.int, name: 'Value' }) first = 0;
        @DataMember({ type: DataType.int, name: 'Value' }) second = 0;
      }
      expect(() => new DataContractSerializer(Dup)).toThrow(/same data member name 'Value'/);
    });
  });

  describe('reading', () => {
    const pairSerializer = new DataContractSerializer(Pair);
    const pairElement = (...children: XmlElement[]): XmlElement => el('Pair', 'urn:pair', {}, ...children);
    const int = (name: string, value: string): XmlElement => el(name, 'urn:pair', {}, value);

    it('round-trips a data contract with every primitive member', () => {
      @DataContract({ namespace: 'urn:all' })
      class Everything {
        @DataMember({ type: DataType.string }) s: string | null = 'text <&>';
        @DataMember({ type: DataType.int }) i = -7;
        @DataMember({ type: DataType.long }) l = 9007199254740993n;
        @DataMember({ type: DataType.short }) sh = -2;
        @DataMember({ type: DataType.byte }) by = 255;
        @DataMember({ type: DataType.unsignedInt }) ui = 4294967295;
        @DataMember({ type: DataType.double }) d = 0.1;
        @DataMember({ type: DataType.float }) f = Math.fround(2.5);
        @DataMember({ type: DataType.decimal }) m = '-12.340';
        @DataMember({ type: DataType.boolean }) b = true;
        @DataMember({ type: DataType.dateTime }) t = new Date('2026-12-02T18:15:45.123Z');
        @DataMember({ type: DataType.guid }) g = '0f8fad5b-d9cb-469f-a165-70867728950e';
        @DataMember({ type: DataType.base64Binary }) bytes: Buffer | null = Buffer.from('hi');
        @DataMember({ type: DataType.char }) c = 'Z';
        @DataMember({ type: DataType.nullable(DataType.double) }) n: number | null = null;
      }
      const serializer = new DataContractSerializer(Everything);
      const original = new Everything();
      const copy = serializer.readObject(serializer.writeObject(original));
      expect(copy).toBeInstanceOf(Everything);
      expect(copy).toEqual(original);
    });

    it('creates instances without running the constructor, as DCS does', () => {
      let constructed = 0;
      @DataContract({ namespace: 'urn:counted' })
      class Counted {
        @DataMember({ type: DataType.int }) V = 0;
        constructor() {
          constructed++;
        }
      }
      const serializer = new DataContractSerializer(Counted);
      const element = serializer.writeObject(new Counted());
      constructed = 0;
      const read = serializer.readObject(element);
      expect(read).toBeInstanceOf(Counted);
      expect(constructed).toBe(0);
    });

    it('reads members missing from the message as default values', () => {
      const read = pairSerializer.readObject(pairElement(int('B', '2'))) as Pair;
      expect(read).toEqual({ A: 0, B: 2 });
    });

    it('skips unknown elements as extension data', () => {
      const read = pairSerializer.readObject(
        pairElement(int('Z', 'x'), int('A', '1'), el('A', 'urn:elsewhere', {}, '5'), int('B', '2')),
      );
      expect(read).toEqual({ A: 1, B: 2 });
    });

    it('ignores a member that arrives out of order, as DCS does', () => {
      const read = pairSerializer.readObject(pairElement(int('B', '2'), int('A', '1')));
      expect(read).toEqual({ A: 0, B: 2 });
    });

    it('fails when a required member is missing', () => {
      const serializer = new DataContractSerializer(RequiredPair);
      expect(() => serializer.readObject(el('RequiredPair', 'urn:pair', {}, int('B', '2')))).toThrow(
        RequiredMemberMissingError,
      );
    });

    it('fails when a required member arrives only out of order', () => {
      const serializer = new DataContractSerializer(RequiredPair);
      const element = el('RequiredPair', 'urn:pair', {}, int('B', '2'), int('A', '1'));
      expect(() => serializer.readObject(element)).toThrow(RequiredMemberMissingError);
    });

    it('reads nil members as null and rejects nil for a non-nullable member', () => {
      const nil = (name: string, value = 'true'): XmlElement =>
        el(name, 'urn:other', { attributes: [['nil', value, XSI, 'i']] });
      expect(
        new DataContractSerializer(Tag).readObject(el('Tag', 'urn:other', {}, nil('Text', '1'))),
      ).toEqual({ Text: null });
      expect(() =>
        pairSerializer.readObject(
          pairElement(el('A', 'urn:pair', { attributes: [['nil', 'true', XSI, 'i']] })),
        ),
      ).toThrow(/nil is not allowed/);
    });

    it('reads base class members in the base namespace', () => {
      const serializer = new DataContractSerializer(Circle);
      const copy = serializer.readObject(
        serializer.writeObject(Object.assign(new Circle(), { Name: 'disc', Radius: 2 })),
      );
      expect(copy).toEqual({ Name: 'disc', Radius: 2 });
      expect(copy).toBeInstanceOf(Circle);
    });

    it('reads arrays of primitives and of data contracts', () => {
      const ints = new DataContractSerializer(DataType.arrayOf(DataType.int));
      expect(ints.readObject(ints.writeObject([1, 2, 3]))).toEqual([1, 2, 3]);
      const points = new DataContractSerializer(DataType.arrayOf(Point), {
        rootName: 'points',
        rootNamespace: TEMPURI,
      });
      const read = points.readObject(points.writeObject([point(1, 2), point(3, 4)])) as Point[];
      expect(read).toEqual([point(1, 2), point(3, 4)]);
      expect(read[0]).toBeInstanceOf(Point);
    });

    it('rejects an unexpected element inside an array', () => {
      const ints = new DataContractSerializer(DataType.arrayOf(DataType.int));
      const element = el('ArrayOfint', ARRAYS, {}, el('int', ARRAYS, {}, '1'), el('long', ARRAYS, {}, '2'));
      expect(() => ints.readObject(element)).toThrow(/Expecting element 'int'/);
    });

    it('rejects more primitive array items than maxArrayLength', () => {
      const ints = new DataContractSerializer(DataType.arrayOf(DataType.int), { maxArrayLength: 3 });
      expect(ints.readObject(ints.writeObject([1, 2, 3]))).toEqual([1, 2, 3]);
      expect(() => ints.readObject(ints.writeObject([1, 2, 3, 4]))).toThrow(MaxArrayLengthExceededError);
    });

    it('enforces the default maxArrayLength of 16384 items', () => {
      const ints = new DataContractSerializer(DataType.arrayOf(DataType.int));
      expect((ints.readObject(ints.writeObject(new Array<number>(16384).fill(1))) as number[]).length).toBe(
        16384,
      );
      expect(() => ints.readObject(ints.writeObject(new Array<number>(16385).fill(1)))).toThrow(
        /quota \(16384\)/,
      );
    });

    it('rejects a byte array longer than maxArrayLength', () => {
      const bytes = new DataContractSerializer(DataType.base64Binary, { maxArrayLength: 3 });
      expect(bytes.readObject(bytes.writeObject(Buffer.from([1, 2, 3])))).toEqual(Buffer.from([1, 2, 3]));
      expect(() => bytes.readObject(bytes.writeObject(Buffer.from([1, 2, 3, 4])))).toThrow(
        MaxArrayLengthExceededError,
      );
    });

    it('does not count string arrays against maxArrayLength, as DCS reads them item by item', () => {
      const strings = new DataContractSerializer(DataType.arrayOf(DataType.string), { maxArrayLength: 1 });
      expect(strings.readObject(strings.writeObject(['a', 'b']))).toEqual(['a', 'b']);
    });

    it('rejects an i:type naming another contract', () => {
      const element = el('Pair', 'urn:pair', {
        xmlns: { x: 'urn:pair' },
        attributes: [['type', 'x:Other', XSI, 'i']],
      });
      expect(() => pairSerializer.readObject(element)).toThrow(/known types are not supported/);
      const same = el('Pair', 'urn:pair', {
        xmlns: { x: 'urn:pair' },
        attributes: [['type', 'x:Pair', XSI, 'i']],
      });
      expect(pairSerializer.readObject(same)).toEqual({ A: 0, B: 0 });
    });

    it('rejects a root element with the wrong name or namespace', () => {
      expect(() => pairSerializer.readObject(el('Pair', 'urn:elsewhere'))).toThrow(
        /Expecting element 'Pair' from namespace 'urn:pair'/,
      );
    });

    it('rejects element content inside a primitive and text inside a data contract', () => {
      expect(() =>
        pairSerializer.readObject(pairElement(el('A', 'urn:pair', {}, el('x', 'urn:pair')))),
      ).toThrow(SerializationError);
      expect(() => pairSerializer.readObject(el('Pair', 'urn:pair', {}, 'stray'))).toThrow(/Unexpected text/);
    });

    it('names the failing element in parse errors', () => {
      expect(() => pairSerializer.readObject(pairElement(int('A', '1.5')))).toThrow(/element Pair\/A/);
    });
  });
});
