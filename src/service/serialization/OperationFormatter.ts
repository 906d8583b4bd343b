/**
 * Message bodies of an operation, as WCF's DataContractSerializerOperationFormatter writes them for the default
 * wrapped document/literal style:
 *
 *   request  <Add xmlns="http://tempuri.org/"><a>2</a><b>3</b></Add>
 *   reply    <AddResponse xmlns="http://tempuri.org/"><AddResult>5</AddResult></AddResponse>
 *   void     <XResponse xmlns="http://tempuri.org/"/>
 *
 * The wrapper binds the contract namespace as the default namespace; each part is written by a
 * DataContractSerializer whose root is the part name in that namespace, so parts come out unprefixed.
 *
 * When every part is a plain primitive (or an array of one), WCF uses PrimitiveOperationFormatter instead, which
 * writes null and arrays differently; see PrimitiveOperationFormat.
 *
 * Reading is as tolerant as WCF's `DeserializeParameters`: parts are matched in order, an element matching no
 * remaining part is skipped, and a missing part gets default(T) (WCF passes null, which .NET turns into default
 * for value types). Only a wrong wrapper element is an error (WCF: SFxInvalidMessageBody).
 */
import type { XmlElement } from '../../xml/XmlNode';
import { DataContractSerializer, DEFAULT_MAX_ARRAY_LENGTH } from './DataContractSerializer';
import type { DataType } from './DataType';
import { defaultValue } from './DataTypeInfo';
import { hasNilAttribute, qualifiedName } from './DataContractReader';
import { usesPrimitiveFormatter, writePrimitivePart } from './PrimitiveOperationFormat';
import { SerializationError } from './SerializationError';
import type { MessageWrapperName, OperationMessageDescription } from './OperationMessageDescription';
import { startElement } from './XmlWriterNamespaces';

export type { MessageWrapperName, OperationMessageDescription } from './OperationMessageDescription';

export interface OperationFormatterSettings {
  /** XmlDictionaryReaderQuotas.MaxArrayLength applied when reading parts (default 16384). */
  readonly maxArrayLength?: number;
}

export class InvalidMessageBodyError extends SerializationError {}

/**
 * Stateless, like WCF's formatter per operation: every method takes the operation and, optionally, the reader
 * quota settings of the binding (XmlDictionaryReaderQuotas.MaxArrayLength).
 */
export class OperationFormatter {
  private constructor() {}

  /** The request body element for a call with `args` (one per parameter, in order). */
  static serializeRequest(op: OperationMessageDescription, args: readonly unknown[]): XmlElement {
    if (args.length !== op.parameters.length) {
      throw new SerializationError(
        `Operation '${op.name}' takes ${op.parameters.length} argument(s), got ${args.length}`,
        op.requestWrapper.localName,
      );
    }
    const ns = op.requestWrapper.namespace;
    const wrapper = startElement(undefined, op.requestWrapper.localName, ns);
    const primitive = usesPrimitiveFormatter(op);
    op.parameters.forEach((p, i) => writePart(wrapper, p.name, ns, p.type, args[i], primitive));
    return wrapper;
  }

  /** The arguments carried by a request body, in parameter order. A missing body is an invalid body. */
  static deserializeRequest(
    op: OperationMessageDescription,
    body: XmlElement | null,
    settings: OperationFormatterSettings = {},
  ): unknown[] {
    const wrapper = checkWrapper(op.requestWrapper, body);
    const ns = op.requestWrapper.namespace;
    const args = op.parameters.map((p) => defaultValue(p.type));
    const primitive = usesPrimitiveFormatter(op);
    let next = 0;
    for (const child of wrapper.elements()) {
      const index = op.parameters.findIndex(
        (p, i) => i >= next && child.localName === p.name && child.namespaceUri === ns,
      );
      if (index < 0) continue; // WCF: TraceAndSkipElement
      const p = op.parameters[index];
      args[index] = readPart(child, p.name, ns, p.type, settings, primitive);
      next = index + 1;
    }
    return args;
  }

  /** The reply body element for a result (the result is ignored for void operations). */
  static serializeReply(op: OperationMessageDescription, result: unknown): XmlElement {
    if (op.isOneWay) throw new SerializationError(`One-way operation '${op.name}' has no reply`, op.name);
    const ns = op.responseWrapper.namespace;
    const wrapper = startElement(undefined, op.responseWrapper.localName, ns);
    if (op.returnType !== undefined) {
      writePart(wrapper, op.resultElementName, ns, op.returnType, result, usesPrimitiveFormatter(op));
    }
    return wrapper;
  }

  /** The result carried by a reply body: undefined for void, default(T) when the result element is absent. */
  static deserializeReply(
    op: OperationMessageDescription,
    body: XmlElement | null,
    settings: OperationFormatterSettings = {},
  ): unknown {
    const wrapper = checkWrapper(op.responseWrapper, body);
    if (op.returnType === undefined) return undefined;
    const { resultElementName: name, returnType: type } = op;
    const ns = op.responseWrapper.namespace;
    // WCF skips elements until it finds the return part.
    const element = wrapper.elements().find((e) => e.localName === name && e.namespaceUri === ns);
    return element
      ? readPart(element, name, ns, type, settings, usesPrimitiveFormatter(op))
      : defaultValue(type);
  }
}

function serializer(
  name: string,
  ns: string,
  type: DataType,
  settings: OperationFormatterSettings,
): DataContractSerializer {
  return new DataContractSerializer(type, {
    rootName: name,
    rootNamespace: ns,
    maxArrayLength: settings.maxArrayLength ?? DEFAULT_MAX_ARRAY_LENGTH,
  });
}

function writePart(
  wrapper: XmlElement,
  name: string,
  ns: string,
  type: DataType,
  value: unknown,
  primitive: boolean,
): void {
  if (primitive) writePrimitivePart(wrapper, name, ns, type, value);
  else serializer(name, ns, type, {}).writeObject(value, wrapper);
}

function readPart(
  element: XmlElement,
  name: string,
  ns: string,
  type: DataType,
  settings: OperationFormatterSettings,
  primitive: boolean,
): unknown {
  // PrimitiveOperationFormatter.DeserializeParameter: nil on any part is null, i.e. default(T).
  if (primitive && hasNilAttribute(element)) return defaultValue(type);
  return serializer(name, ns, type, settings).readObject(element);
}

function checkWrapper(expected: MessageWrapperName, body: XmlElement | null): XmlElement {
  if (!body || body.localName !== expected.localName || body.namespaceUri !== expected.namespace) {
    const found = body ? qualifiedName(body) : 'an empty body';
    // WCF SFxInvalidMessageBody: "Expecting element 'Add' from namespace 'http://tempuri.org/'.. Encountered ..."
    throw new InvalidMessageBodyError(
      `Expecting element '${expected.localName}' from namespace '${expected.namespace}', found ${found}`,
      body ? qualifiedName(body) : undefined,
    );
  }
  return body;
}
