/**
 * The JSON Schemas in `schemas/` — the single description of the config model — loaded once: the validator
 * (which also fills in WCF's defaults) and a navigator that the XML converter, the error messages, the
 * mappings and the docs generator use to ask "what is allowed here, of what type, with what default".
 * The validator is ajv's code precompiled into src/config/generated/ (see compileSchemas.ts); it is used only
 * when it was made from exactly these schemas, else they are compiled here.
 */
import type { ValidateFunction } from 'ajv/dist/2020';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  ROOT_ID,
  SCHEMA_BASE,
  SCHEMA_FILES,
  compileValidator,
  schemaFingerprint,
  type JsonSchema,
} from './compileSchemas';

export { SCHEMA_BASE, SCHEMA_FILES, type JsonSchema };
export { TEXT_ENCODINGS } from './formats';

/** The precompiled validator module's shape. */
interface GeneratedValidator {
  readonly SCHEMA_FINGERPRINT: string;
  readonly validate: ValidateFunction;
}

/** Finds `schemas/` from this file, in the source tree or under dist/. */
export function schemaDirectory(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'schemas');
    if (existsSync(join(candidate, 'serviceModel.schema.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(
    `The config schemas were not found above ${__dirname} (looked for schemas/serviceModel.schema.json).`,
  );
}

/** A place in the schema: the raw schema object and the file it belongs to (for relative $refs). */
export class SchemaNode {
  private partsCache: { schema: JsonSchema; base: string }[] | undefined;

  constructor(
    private readonly registry: ConfigSchema,
    readonly schema: JsonSchema,
    readonly base: string,
  ) {}

  /** The schema with its $ref and allOf targets, use site first. */
  private get parts(): { schema: JsonSchema; base: string }[] {
    if (!this.partsCache) {
      const parts: { schema: JsonSchema; base: string }[] = [];
      const visit = (schema: JsonSchema, base: string): void => {
        parts.push({ schema, base });
        const ref = schema.$ref;
        if (typeof ref === 'string') {
          const target = this.registry.resolve(ref, base);
          visit(target.schema, target.base);
        }
        const allOf = schema.allOf;
        if (Array.isArray(allOf)) for (const s of allOf as JsonSchema[]) visit(s, base);
      };
      visit(this.schema, this.base);
      this.partsCache = parts;
    }
    return this.partsCache;
  }

  private first<T>(key: string): T | undefined {
    for (const p of this.parts) if (p.schema[key] !== undefined) return p.schema[key] as T;
    return undefined;
  }

  get type(): string | undefined {
    const type = this.first<string>('type');
    if (type) return type;
    return this.enumValues ? 'string' : undefined;
  }

  get enumValues(): readonly string[] | undefined {
    return this.first<string[]>('enum');
  }

  get defaultValue(): unknown {
    return this.first('default');
  }

  get description(): string | undefined {
    return this.first<string>('description');
  }

  get format(): string | undefined {
    return this.first<string>('format');
  }

  get minimum(): number | undefined {
    return this.first<number>('minimum');
  }

  get maximum(): number | undefined {
    return this.first<number>('maximum');
  }

  get required(): readonly string[] {
    return this.parts.flatMap((p) =>
      Array.isArray(p.schema.required) ? (p.schema.required as string[]) : [],
    );
  }

  /** `x-collection`: an array of keyed entries that `<clear/>` and `<remove …/>` act on. */
  get collectionKey(): readonly string[] | undefined {
    return this.first<{ key: string[] }>('x-collection')?.key;
  }

  /** Free XML content (headers, diagnostics): converted without a schema. */
  get isAnyXml(): boolean {
    return this.first<boolean>('x-anyXml') === true;
  }

  get isArray(): boolean {
    return this.type === 'array';
  }

  items(): SchemaNode | undefined {
    const items = this.first<JsonSchema>('items');
    if (!items) return undefined;
    const owner = this.parts.find((p) => p.schema.items !== undefined)!;
    return new SchemaNode(this.registry, items, owner.base);
  }

  /** Every property name declared here (through $ref and allOf). */
  propertyNames(): string[] {
    const names: string[] = [];
    for (const p of this.parts) {
      const props = p.schema.properties as Record<string, JsonSchema> | undefined;
      if (props) for (const n of Object.keys(props)) if (!names.includes(n)) names.push(n);
    }
    return names;
  }

  property(name: string): SchemaNode | undefined {
    for (const p of this.parts) {
      const props = p.schema.properties as Record<string, JsonSchema> | undefined;
      if (props && Object.prototype.hasOwnProperty.call(props, name))
        return new SchemaNode(this.registry, props[name], p.base);
    }
    return undefined;
  }

  /** The schema for names that are not declared (extension elements), if any. */
  additional(): SchemaNode | undefined {
    for (const p of this.parts) {
      for (const key of ['additionalProperties', 'unevaluatedProperties']) {
        const value = p.schema[key];
        if (value && typeof value === 'object')
          return new SchemaNode(this.registry, value as JsonSchema, p.base);
      }
    }
    return undefined;
  }

  /** `x-extension`: which <extensions> collection registers names allowed here beyond the declared ones. */
  get extensionKind(): string | undefined {
    return this.additional()?.first<string>('x-extension');
  }

  /** A property or, for undeclared names, the extension schema. */
  child(name: string): SchemaNode | undefined {
    return this.property(name) ?? this.additional();
  }

  /** Whether a property is an attribute (a scalar) rather than a child element. */
  isScalar(): boolean {
    const type = this.type;
    return type !== 'object' && type !== 'array';
  }
}

/** The loaded schemas. One per process is enough: `ConfigSchema.shared`. */
export class ConfigSchema {
  private static instance: ConfigSchema | undefined;
  private readonly documents = new Map<string, JsonSchema>();
  private validator: ValidateFunction | undefined;
  /** How the validator was obtained: the precompiled module, or ajv at run time (stale or missing module). */
  validatorSource: 'precompiled' | 'compiled' | undefined;

  static get shared(): ConfigSchema {
    return (ConfigSchema.instance ??= new ConfigSchema(schemaDirectory()));
  }

  constructor(readonly directory: string) {
    for (const file of SCHEMA_FILES) {
      const schema = JSON.parse(readFileSync(join(directory, `${file}.schema.json`), 'utf8')) as JsonSchema;
      this.documents.set(schema.$id as string, schema);
    }
  }

  /** The schema documents, in SCHEMA_FILES order. */
  get schemaDocuments(): JsonSchema[] {
    return [...this.documents.values()];
  }

  /** The validator of a whole config (`{ "system.serviceModel": … }`); it fills in defaults. */
  get validate(): ValidateFunction {
    if (!this.validator) {
      const generated = loadGenerated();
      if (generated && generated.SCHEMA_FINGERPRINT === schemaFingerprint(this.schemaDocuments)) {
        this.validator = generated.validate;
        this.validatorSource = 'precompiled';
      } else {
        this.validator = compileValidator(this.schemaDocuments);
        this.validatorSource = 'compiled';
      }
    }
    return this.validator;
  }

  /** The navigator at the document root. */
  root(): SchemaNode {
    return new SchemaNode(this, this.documents.get(ROOT_ID)!, ROOT_ID);
  }

  /** The navigator at a `$defs` entry of a file (`security.schema.json`, `security`). */
  definition(file: string, name: string): SchemaNode {
    return this.resolve(`${file}#/$defs/${name}`, ROOT_ID);
  }

  resolve(ref: string, base: string): SchemaNode {
    const [file, pointer = ''] = ref.split('#');
    const id = file ? new URL(file, base).toString() : base;
    const document = this.documents.get(id);
    if (!document) throw new Error(`Unknown schema '${id}' (from $ref '${ref}').`);
    let node: unknown = document;
    for (const part of pointer.split('/').filter(Boolean))
      node = (node as Record<string, unknown>)[decodeURIComponent(part)];
    if (!node) throw new Error(`Unresolvable $ref '${ref}' in ${base}.`);
    return new SchemaNode(this, node as JsonSchema, id);
  }

  /** Navigates a JSON pointer from the root; undefined where the schema has nothing. */
  at(pointer: string): SchemaNode | undefined {
    let node: SchemaNode | undefined = this.root();
    for (const part of pointer.split('/').slice(1)) {
      if (!node) return undefined;
      const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
      node = /^\d+$/.test(key) && node.isArray ? node.items() : node.child(key);
    }
    return node;
  }
}

/** The precompiled validator, loaded on first use (a module of ~0.5 MB: no cost until a config is validated). */
function loadGenerated(): GeneratedValidator | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('../generated/configValidator') as GeneratedValidator;
  } catch (err) {
    // Missing (a checkout that never generated it): compile instead. Anything else is a real failure.
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw err;
  }
}
