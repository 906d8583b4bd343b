/**
 * ajv's errors → sentences a person can act on: what was found, what is allowed, and a "did you mean".
 */
import type { ErrorObject } from 'ajv';
import { suggestion } from '../didYouMean';
import type { ConfigSchema, SchemaNode } from '../schema/ConfigSchema';
import { TEXT_ENCODINGS } from '../schema/ConfigSchema';
import { parseTimeSpan } from '../timeSpan';
import { pointerParts } from './elementPath';

export interface SchemaProblem {
  readonly pointer: string;
  readonly problem: string;
}

const show = (value: unknown): string => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));

function valueAt(image: unknown, pointer: string): unknown {
  let v = image;
  for (const p of pointerParts(pointer))
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

function list(values: readonly string[]): string {
  return values.length > 24 ? `${values.slice(0, 24).join(', ')}, …` : values.join(', ');
}

/** Names allowed at a node: attributes or child elements, as the unknown one appears to be. */
function allowedNames(node: SchemaNode | undefined, attribute: boolean): string[] {
  if (!node) return [];
  return node.propertyNames().filter((n) => node.property(n)!.isScalar() === attribute);
}

export function translateSchemaErrors(
  errors: readonly ErrorObject[],
  image: unknown,
  schema: ConfigSchema,
  format: 'xml' | 'json',
): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const add = (pointer: string, problem: string): void => {
    const key = `${pointer}\n${problem}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push({ pointer, problem });
    }
  };
  for (const e of errors) {
    const pointer = e.instancePath;
    const value = valueAt(image, pointer);
    const node = schema.at(pointer);
    switch (e.keyword) {
      case 'unevaluatedProperties':
      case 'additionalProperties': {
        const name = (e.params.unevaluatedProperty ?? e.params.additionalProperty) as string;
        add(
          `${pointer}/${name}`,
          unknownName(name, valueAt(image, `${pointer}/${name}`), schema.at(pointer), format),
        );
        break;
      }
      case 'type': {
        // An attribute where only extension elements are allowed (customBinding, behaviors) is an unknown attribute.
        const parent = pointer.slice(0, pointer.lastIndexOf('/'));
        const parentNode = schema.at(parent);
        const name = pointerParts(pointer).pop() ?? '';
        if (
          parentNode &&
          !parentNode.property(name) &&
          e.params.type === 'object' &&
          (value === null || typeof value !== 'object')
        ) {
          add(pointer, unknownName(name, value, parentNode, format));
          break;
        }
        const expected = e.params.type as string;
        const what =
          expected === 'boolean'
            ? 'a boolean (true or false)'
            : expected === 'integer'
              ? 'a whole number'
              : expected === 'object'
                ? 'an element'
                : `a ${expected}`;
        add(pointer, `${show(value)} is not ${what}`);
        break;
      }
      case 'enum': {
        const allowed = (e.params.allowedValues as string[]) ?? node?.enumValues ?? [];
        add(
          pointer,
          `${show(value)} is not an allowed value; allowed: ${list(allowed)}${typeof value === 'string' ? suggestion(value, allowed) : ''}`,
        );
        break;
      }
      case 'minimum':
      case 'exclusiveMinimum':
        add(pointer, `${show(value)} is less than the minimum ${String(e.params.limit)}`);
        break;
      case 'maximum':
      case 'exclusiveMaximum':
        add(pointer, `${show(value)} is more than the maximum ${String(e.params.limit)}`);
        break;
      case 'format':
        if (e.params.format === 'timeSpan') {
          const parsed = parseTimeSpan(String(value));
          add(pointer, `${show(value)} is not a TimeSpan: ${parsed.ok ? 'invalid' : parsed.reason}`);
        } else if (e.params.format === 'textEncoding') {
          add(
            pointer,
            `${show(value)} is not an encoding WCF's text encoder accepts; allowed: ${TEXT_ENCODINGS.join(', ')}${suggestion(String(value), TEXT_ENCODINGS)}`,
          );
        } else add(pointer, `${show(value)} is not a valid ${String(e.params.format)}`);
        break;
      case 'required': {
        const missing = e.params.missingProperty as string;
        add(pointer, `the required ${format === 'xml' ? 'attribute' : 'member'} '${missing}' is missing`);
        break;
      }
      case 'minLength':
        add(pointer, 'must not be empty');
        break;
      default:
        add(pointer, `${show(value)}: ${e.message ?? e.keyword}`);
    }
  }
  return problems;
}

/** "unknown attribute 'x' on <binding> — did you mean 'y'? allowed: …" */
export function unknownName(
  name: string,
  value: unknown,
  parent: SchemaNode | undefined,
  format: 'xml' | 'json',
): string {
  const isElement = value !== null && typeof value === 'object';
  const kind = format === 'json' ? 'member' : isElement ? 'element' : 'attribute';
  const allowed = format === 'json' ? (parent?.propertyNames() ?? []) : allowedNames(parent, !isElement);
  const shown = kind === 'element' ? `<${name}>` : `'${name}'`;
  const allowedText = allowed.length
    ? `; allowed: ${list(allowed)}`
    : isElement
      ? '; no child elements are allowed here'
      : '; no attributes are allowed here';
  return `unknown ${kind} ${shown}${suggestion(name, allowed)}${allowedText}`;
}
