/**
 * XML → the JSON image of the config (the model's one shape), guided by the schema: the schema says which
 * child elements are collections (arrays), which attributes are booleans or numbers (coerced as .NET's
 * converters do: `True`, `FALSE` are booleans), and where `<clear/>` / `<remove …/>` act. Everything the
 * schema does not know is carried over as found, so that validation reports it with its position.
 */
import type { SchemaNode } from '../schema/ConfigSchema';
import type { ConfigXmlElement, ConfigXmlPosition } from '../source/ConfigXmlReader';

export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonObject | JsonValue[];

export interface ImageProblem extends ConfigXmlPosition {
  readonly pointer: string;
  readonly problem: string;
}

export interface XmlImage {
  readonly image: JsonObject;
  /** JSON pointer → where it was written. */
  readonly locations: Map<string, ConfigXmlPosition>;
  readonly problems: ImageProblem[];
}

export const SERVICE_MODEL = 'system.serviceModel';

const escapePointer = (name: string): string => name.replace(/~/g, '~0').replace(/\//g, '~1');

/** Converts a parsed `<configuration>` document. */
export function xmlToImage(root: ConfigXmlElement, schema: SchemaNode): XmlImage {
  const locations = new Map<string, ConfigXmlPosition>();
  const problems: ImageProblem[] = [];
  const image: JsonObject = {};
  locations.set('', root);
  if (root.name !== 'configuration') {
    problems.push({
      pointer: '',
      line: root.line,
      column: root.column,
      problem: `the root element is <${root.name}>; a .NET config file's root element is <configuration>`,
    });
    return { image, locations, problems };
  }
  const sections = root.children.filter((c) => c.name === SERVICE_MODEL);
  if (sections.length === 0) {
    problems.push({
      pointer: '',
      line: root.line,
      column: root.column,
      problem: `<configuration> has no <${SERVICE_MODEL}> section`,
    });
    return { image, locations, problems };
  }
  for (const extra of sections.slice(1)) {
    problems.push({
      pointer: `/${SERVICE_MODEL}`,
      line: extra.line,
      column: extra.column,
      problem: `<${SERVICE_MODEL}> appears more than once; a config file has one`,
    });
  }
  // Other sections (<system.web>, <appSettings>, <system.diagnostics>, …) belong to other handlers, as in .NET.
  const converter = new Converter(locations, problems);
  image[SERVICE_MODEL] = converter.element(sections[0], schema.property(SERVICE_MODEL), `/${SERVICE_MODEL}`);
  return { image, locations, problems };
}

class Converter {
  constructor(
    private readonly locations: Map<string, ConfigXmlPosition>,
    private readonly problems: ImageProblem[],
  ) {}

  element(el: ConfigXmlElement, node: SchemaNode | undefined, pointer: string): JsonObject {
    this.locations.set(pointer, el);
    const obj: JsonObject = {};
    for (const attr of el.attributes) {
      const attrPointer = `${pointer}/${escapePointer(attr.name)}`;
      this.locations.set(attrPointer, attr);
      obj[attr.name] = coerce(attr.value, node?.property(attr.name));
    }
    if (el.text) {
      this.problems.push({
        pointer,
        line: el.line,
        column: el.column,
        problem: `<${el.name}> may not contain text ('${el.text.slice(0, 40)}')`,
      });
    }
    for (const child of this.applyClearAndRemove(el, node, pointer)) {
      const name = child.name;
      const childNode = node && !node.isAnyXml ? node.child(name) : undefined;
      const childPointer = `${pointer}/${escapePointer(name)}`;
      if (
        childNode?.isArray ||
        (!childNode && el.children.filter((c) => c.name === name).length > 1 && (!node || node.isAnyXml))
      ) {
        const list = (obj[name] ??= []) as JsonValue[];
        if (!Array.isArray(list)) continue;
        list.push(this.element(child, childNode?.items(), `${childPointer}/${list.length}`));
        continue;
      }
      if (childNode && childNode.isScalar()) {
        this.problems.push({
          pointer: childPointer,
          line: child.line,
          column: child.column,
          problem: `'${name}' is an attribute of <${el.name}>, not a child element`,
        });
        continue;
      }
      if (Object.prototype.hasOwnProperty.call(obj, name)) {
        const kind = this.locations.get(childPointer) === undefined ? 'attribute' : 'element';
        this.problems.push({
          pointer: childPointer,
          line: child.line,
          column: child.column,
          problem:
            kind === 'element'
              ? `<${name}> appears more than once in <${el.name}>; it may appear once`
              : `'${name}' is both an attribute and a child element of <${el.name}>`,
        });
        continue;
      }
      obj[name] = this.element(child, childNode, childPointer);
    }
    return obj;
  }

  /**
   * `<clear/>` empties the collection declared so far and `<remove key…/>` takes one entry out — in .NET they
   * also act on inherited entries (machine.config); Indigo has no inherited config, so they act on what came
   * before them in the same file. Only collections (x-collection in the schema) take them.
   */
  private applyClearAndRemove(
    el: ConfigXmlElement,
    node: SchemaNode | undefined,
    pointer: string,
  ): ConfigXmlElement[] {
    if (!node || node.isAnyXml || !el.children.some((c) => c.name === 'clear' || c.name === 'remove'))
      return el.children;
    const collection = node.propertyNames().find((n) => node.property(n)?.collectionKey);
    const key = collection ? node.property(collection)!.collectionKey! : undefined;
    const kept: ConfigXmlElement[] = [];
    for (const child of el.children) {
      if ((child.name !== 'clear' && child.name !== 'remove') || !collection || !key) {
        kept.push(child);
        continue;
      }
      if (child.name === 'clear') {
        for (let i = kept.length - 1; i >= 0; i--) if (kept[i].name === collection) kept.splice(i, 1);
        continue;
      }
      const wanted = key.map((k) => child.attributes.find((a) => a.name === k)?.value ?? '');
      const unknown = child.attributes.find((a) => !key.includes(a.name));
      if (unknown) {
        this.problems.push({
          pointer: `${pointer}/remove`,
          line: unknown.line,
          column: unknown.column,
          problem: `<remove> takes ${key.map((k) => `'${k}'`).join(' and ')}, not '${unknown.name}'`,
        });
        continue;
      }
      const index = kept.findIndex(
        (c) =>
          c.name === collection &&
          key.every((k, i) => (c.attributes.find((a) => a.name === k)?.value ?? '') === wanted[i]),
      );
      if (index < 0) {
        this.problems.push({
          pointer: `${pointer}/remove`,
          line: child.line,
          column: child.column,
          problem: `<remove ${key.map((k, i) => `${k}="${wanted[i]}"`).join(' ')}/> names no <${collection}> declared before it`,
        });
        continue;
      }
      kept.splice(index, 1);
    }
    return kept;
  }
}

/** Attribute text → the schema's type, as .NET's converters read it; left as text when it does not fit (validation then says why). */
export function coerce(value: string, node: SchemaNode | undefined): JsonValue {
  const type = node?.type;
  if (type === 'boolean') {
    // System.Boolean.Parse: case-insensitive, surrounding whitespace allowed.
    const t = value.trim().toLowerCase();
    if (t === 'true') return true;
    if (t === 'false') return false;
  } else if (type === 'integer' && /^\s*[-+]?\d+\s*$/.test(value)) {
    return Number(value);
  } else if (type === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return value;
}
