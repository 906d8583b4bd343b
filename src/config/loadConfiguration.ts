/**
 * Loading a config: size check before reading (DESIGN: limits before parsing), parse (XML with positions, or
 * JSON with positions), XML → the JSON image, validation against `schemas/` (which fills in WCF's defaults),
 * the cross-section checks, and `<extensions>` loaded into a child DI container. Every problem found is
 * collected and thrown together as a ConfigurationLoadError; nothing half-loaded is returned.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { Container, ContainerModule } from 'inversify';
import { BindingElementRegistry, type BindingElementKind } from '../di/BindingElementRegistry';
import {
  bindingElementKind,
  BindingElementKindId,
  BindingElementRegistryId,
  createIndigoContainer,
} from '../di/IndigoContainer';
import type { BindingElement } from '../channels/BindingElement';
import type { Binding } from '../channels/Binding';
import { ConfigurationError, ConfigurationLoadError } from './ConfigurationError';
import { emptyExtensions, loadExtensionType, type LoadedExtensions } from './extensions';
import { IndigoConfiguration, type ConfigFormat } from './IndigoConfiguration';
import { checkModel } from './load/checkModel';
import { elementPath } from './load/elementPath';
import { translateSchemaErrors } from './load/translateSchemaErrors';
import { SERVICE_MODEL, xmlToImage, type JsonObject } from './load/xmlToImage';
import { EXTENSION_KINDS, at, list, type ExtensionModel } from './model';
import { ConfigSchema } from './schema/ConfigSchema';
import { ConfigXmlSyntaxError, readConfigXml } from './source/ConfigXmlReader';
import { JsonSyntaxError, readConfigJson } from './source/jsonPositions';

/** A config file larger than this is refused before it is read (1 MiB: real app.configs are a few KiB). */
export const DEFAULT_MAX_CONFIG_SIZE = 1024 * 1024;

export interface LoadConfigurationOptions {
  /** `xml` or `json`; by default `.json` files are JSON and everything else XML. */
  readonly format?: ConfigFormat;
  /** The largest file accepted, in bytes (DEFAULT_MAX_CONFIG_SIZE). */
  readonly maxSize?: number;
  /** The container whose binding element kinds the config resolves; a fresh Indigo container by default. */
  readonly container?: Container;
  /** Root folder of the certificate store (see mapping/certificates.ts). */
  readonly certificateStore?: string;
}

/** Loads and validates a config file; throws ConfigurationLoadError with every problem found. */
export async function loadConfiguration(
  path: string,
  options: LoadConfigurationOptions = {},
): Promise<IndigoConfiguration> {
  const file = resolve(path);
  const maxSize = options.maxSize ?? DEFAULT_MAX_CONFIG_SIZE;
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (err) {
    throw new ConfigurationLoadError(file, [
      new ConfigurationError(
        `cannot read the config file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
        { file, line: 0, column: 0, path: '' },
      ),
    ]);
  }
  if (size > maxSize) {
    throw new ConfigurationLoadError(file, [
      new ConfigurationError(
        `the file is ${size} bytes; config files are limited to ${maxSize} bytes (refused before reading)`,
        { file, line: 0, column: 0, path: '' },
      ),
    ]);
  }
  return loadConfigurationText(await readFile(file), file, options);
}

/** Loads config text (or bytes) as if it were the file `file`. */
export function loadConfigurationText(
  input: string | Buffer,
  file: string,
  options: LoadConfigurationOptions = {},
): IndigoConfiguration {
  const format: ConfigFormat = options.format ?? (extname(file).toLowerCase() === '.json' ? 'json' : 'xml');
  const maxSize = options.maxSize ?? DEFAULT_MAX_CONFIG_SIZE;
  const bytes = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  const fileError = (problem: string, line = 0, column = 0): ConfigurationLoadError =>
    new ConfigurationLoadError(file, [new ConfigurationError(problem, { file, line, column, path: '' })]);
  if (bytes > maxSize)
    throw fileError(`the config is ${bytes} bytes; config files are limited to ${maxSize} bytes`);
  const schema = ConfigSchema.shared;

  let image: JsonObject;
  let locations: Map<string, { line: number; column: number }>;
  const errors: ConfigurationError[] = [];
  const warnings: ConfigurationError[] = [];
  /** JSON pointers of the errors found while reading and validating. */
  const faulted: string[] = [];
  if (format === 'xml') {
    let root;
    try {
      root = readConfigXml(input);
    } catch (err) {
      if (err instanceof ConfigXmlSyntaxError)
        throw fileError(`malformed XML: ${err.reason}`, err.line, err.column);
      throw err;
    }
    const converted = xmlToImage(root, schema.root());
    image = converted.image;
    locations = converted.locations;
    for (const p of converted.problems) {
      faulted.push(p.pointer);
      errors.push(
        new ConfigurationError(p.problem, {
          file,
          line: p.line,
          column: p.column,
          path: elementPath(p.pointer, image, schema),
        }),
      );
    }
  } else {
    try {
      const read = readConfigJson(typeof input === 'string' ? input : input.toString('utf8'));
      if (read.value === null || typeof read.value !== 'object' || Array.isArray(read.value))
        throw fileError('a JSON config is an object: { "system.serviceModel": { … } }', 1, 1);
      image = read.value as JsonObject;
      locations = read.locations;
    } catch (err) {
      if (err instanceof JsonSyntaxError)
        throw fileError(`malformed JSON: ${err.reason}`, err.line, err.column);
      throw err;
    }
  }
  const locate = (pointer: string): { line: number; column: number } => {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const found = locations.get(p);
      if (found) return found;
      if (!p) return { line: 0, column: 0 };
    }
  };
  const effective = structuredClone(image);
  // A file without the section has said so already (XML); JSON gets the schema's 'required' error.
  if ((format === 'json' || SERVICE_MODEL in image) && !schema.validate(effective)) {
    for (const p of translateSchemaErrors(schema.validate.errors ?? [], image, schema, format)) {
      faulted.push(p.pointer);
      errors.push(
        new ConfigurationError(p.problem, {
          file,
          ...locate(p.pointer),
          path: elementPath(p.pointer, image, schema),
        }),
      );
    }
  }

  // The cross-section checks and <extensions> run even when the schema found errors, so that every error is
  // reported at once — except where they would only repeat one: problems at or under a place the schema (or
  // the XML conversion) already faulted are left out, and extensions load only from a valid <extensions>.
  const alreadyReported = (pointer: string): boolean =>
    faulted.some((f) => pointer === f || pointer.startsWith(`${f}/`));
  const container = new Container({ parent: options.container ?? createIndigoContainer() });
  const extensions = emptyExtensions();
  const sectionRead =
    SERVICE_MODEL in image && !faulted.includes('') && !faulted.includes(`/${SERVICE_MODEL}`);
  if (sectionRead && !faulted.some((f) => f.startsWith(`/${SERVICE_MODEL}/extensions`)))
    errors.push(
      ...loadExtensions(effective, file, extensions, container, (pointer) => ({
        file,
        ...locate(pointer),
        path: elementPath(pointer, effective, schema),
      })),
    );
  const registry = container.get<BindingElementRegistry>(BindingElementRegistryId);
  if (sectionRead) {
    for (const p of checkModel(effective, { schema, registeredElements: registry.names })) {
      if (alreadyReported(p.pointer)) continue;
      const location = { file, ...locate(p.pointer), path: elementPath(p.pointer, effective, schema) };
      (p.severity === 'warning' ? warnings : errors).push(
        new ConfigurationError(p.problem, location, p.severity ?? 'error'),
      );
    }
  }
  if (errors.length) throw new ConfigurationLoadError(file, errors, warnings);
  return new IndigoConfiguration({
    file,
    format,
    written: image,
    effective,
    locations,
    warnings,
    schema,
    container,
    registry,
    extensions,
    certificateStore: options.certificateStore,
  });
}

/** `<extensions>`: each type loaded; binding element kinds bound in the config's own child container. */
function loadExtensions(
  model: JsonObject,
  file: string,
  extensions: LoadedExtensions,
  container: Container,
  locate: (pointer: string) => { file: string; line: number; column: number; path: string },
): ConfigurationError[] {
  const errors: ConfigurationError[] = [];
  const kinds: BindingElementKind[] = [];
  for (const kind of EXTENSION_KINDS) {
    list<ExtensionModel>(at(model, `/${SERVICE_MODEL}/extensions/${kind}/add`)).forEach((add, i) => {
      const loaded = loadExtensionType(add.type, kind, file);
      if (!loaded.ok) {
        errors.push(
          new ConfigurationError(
            `the extension '${add.name}' cannot be loaded: ${loaded.reason}`,
            locate(`/${SERVICE_MODEL}/extensions/${kind}/add/${i}/type`),
          ),
        );
        return;
      }
      if (kind === 'bindingElementExtensions') {
        const create = loaded.create as () => BindingElement;
        extensions.bindingElements.set(add.name, create);
        kinds.push(bindingElementKind(add.name, create));
      } else if (kind === 'bindingExtensions')
        extensions.bindings.set(add.name, loaded.create as () => Binding);
      else extensions.behaviors.set(add.name, loaded.create);
    });
  }
  container.loadSync(
    new ContainerModule(({ bind }) => {
      for (const kind of kinds) bind<BindingElementKind>(BindingElementKindId).toConstantValue(kind);
      bind(BindingElementRegistryId).toDynamicValue(
        () =>
          new BindingElementRegistry(
            container.getAll<BindingElementKind>(BindingElementKindId, { chained: true }),
          ),
      );
    }),
  );
  return errors;
}
