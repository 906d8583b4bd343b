/**
 * The typed model: the JSON image of `<system.serviceModel>` (XML is converted to it; JSON files are it), as
 * validated by `schemas/`. Two views are kept: `written` (what the file says) and `effective` (with WCF's
 * defaults filled in by the schema) — WCF copies some settings only when they were written (the `<security>`
 * attributes, maxBufferSize), so the mappings need both.
 */
import type { JsonObject, JsonValue } from './load/xmlToImage';

export type { JsonObject, JsonValue };

/** A `<binding>` of any binding type: its name, timeouts and type-specific settings. */
export interface BindingModel extends JsonObject {
  name: string;
}

export interface EndpointModel extends JsonObject {
  address: string;
  binding: string;
  bindingConfiguration: string;
  contract: string;
  behaviorConfiguration: string;
  name: string;
}

export interface ServiceModel extends JsonObject {
  name: string;
  behaviorConfiguration: string;
}

export interface ExtensionModel extends JsonObject {
  name: string;
  type: string;
}

/** A part of the config at a JSON pointer, in both views. */
export interface ModelNode<T extends JsonObject = JsonObject> {
  readonly pointer: string;
  readonly written: JsonObject | undefined;
  readonly effective: T;
}

/** The extension collections of `<extensions>`. */
export const EXTENSION_KINDS = [
  'bindingElementExtensions',
  'bindingExtensions',
  'behaviorExtensions',
] as const;
export type ExtensionKind = (typeof EXTENSION_KINDS)[number];

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value at a JSON pointer. */
export function at(root: unknown, pointer: string): JsonValue | undefined {
  let v: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const p = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  }
  return v as JsonValue | undefined;
}

export function list<T extends JsonObject>(value: JsonValue | undefined): T[] {
  return Array.isArray(value) ? (value.filter(isObject) as T[]) : [];
}
