/**
 * The element path of a JSON pointer, as a person reads it in the XML:
 * `/system.serviceModel/bindings/wsHttpBinding/binding/0/security/mode` →
 * `system.serviceModel/bindings/wsHttpBinding/binding[@name='x']/security/@mode`.
 * Collection entries are named by their key attributes (x-collection in the schema), others by position.
 */
import type { ConfigSchema, SchemaNode } from '../schema/ConfigSchema';

export function unescapePointer(part: string): string {
  return part.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function pointerParts(pointer: string): string[] {
  return pointer.split('/').slice(1).map(unescapePointer);
}

export function elementPath(pointer: string, image: unknown, schema: ConfigSchema): string {
  const parts = pointerParts(pointer);
  let node: SchemaNode | undefined = schema.root();
  let value: unknown = image;
  let path = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const isIndex = Array.isArray(value) && /^\d+$/.test(part);
    const next: unknown =
      value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    if (isIndex) {
      const key = node?.collectionKey;
      const entry = next as Record<string, unknown> | undefined;
      const named = key?.filter((k) => entry && typeof entry[k] === 'string' && entry[k] !== '');
      path += named?.length
        ? named.map((k) => `[@${k}='${String(entry![k])}']`).join('')
        : entry && typeof entry.name === 'string' && entry.name
          ? `[@name='${entry.name}']`
          : `[${Number(part) + 1}]`;
      node = node?.items();
    } else {
      const child: SchemaNode | undefined = node?.child(part);
      const scalar =
        next === undefined ? child?.isScalar() === true : next === null || typeof next !== 'object';
      path += `${path ? '/' : ''}${scalar && i === parts.length - 1 ? '@' : ''}${part}`;
      node = child;
    }
    value = next;
  }
  return path;
}
