/**
 * `<extensions>`: element names bound to code. A type is written as .NET writes "Type, Assembly" — here
 * "ExportName, module-specifier", the module resolved from the config file's folder — and the export is
 * registered into the DI registry (binding element kinds) or kept for the mappings (bindings, behaviors).
 */
import { dirname } from 'node:path';
import type { Binding } from '../channels/Binding';
import type { BindingElement } from '../channels/BindingElement';
import type { ExtensionKind } from './model';

export interface LoadedExtensions {
  readonly bindingElements: Map<string, () => BindingElement>;
  readonly bindings: Map<string, () => Binding>;
  readonly behaviors: Map<string, () => object>;
}

export function emptyExtensions(): LoadedExtensions {
  return { bindingElements: new Map(), bindings: new Map(), behaviors: new Map() };
}

export type ExtensionLoad = { ok: true; create: () => object } | { ok: false; reason: string };

const looksLikeBindingElement = (v: unknown): boolean =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as BindingElement).configurationName === 'string' &&
  typeof (v as BindingElement).clone === 'function' &&
  typeof (v as BindingElement).describe === 'function';

const looksLikeBinding = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && typeof (v as Binding).createBindingElements === 'function';

const looksLikeBehavior = (v: unknown): boolean =>
  typeof v === 'object' &&
  v !== null &&
  (typeof (v as Record<string, unknown>).applyDispatchBehavior === 'function' ||
    typeof (v as Record<string, unknown>).applyClientBehavior === 'function');

/** What a config-named type must look like: a check on an instance, and how to say what it should be. */
export interface TypeExpectation {
  readonly check: (instance: unknown) => boolean;
  readonly what: string;
}

const EXTENSION_EXPECTATIONS: Readonly<Record<ExtensionKind, TypeExpectation>> = {
  bindingElementExtensions: {
    check: looksLikeBindingElement,
    what: 'a BindingElement (configurationName, clone(), describe())',
  },
  bindingExtensions: { check: looksLikeBinding, what: 'a Binding (createBindingElements())' },
  behaviorExtensions: {
    check: looksLikeBehavior,
    what: 'a behavior (applyDispatchBehavior(host) or applyClientBehavior(factory))',
  },
};

/** Loads `ExportName, module` for one kind of extension; the reason says what went wrong when it cannot. */
export function loadExtensionType(type: string, kind: ExtensionKind, configFile: string): ExtensionLoad {
  return loadConfiguredType(type, configFile, EXTENSION_EXPECTATIONS[kind]);
}

/**
 * Loads any type a config names as `ExportName, module` (extensions, custom validators): the module resolved
 * from the config file's folder, the export a class constructed without arguments whose instance passes the
 * check.
 */
export function loadConfiguredType(
  type: string,
  configFile: string,
  expected: TypeExpectation,
): ExtensionLoad {
  const comma = type.indexOf(',');
  if (comma < 0)
    return {
      ok: false,
      reason: `'${type}' is not "ExportName, module-specifier" (for example "MessageInspectorElement, ./extensions/inspector")`,
    };
  const exportName = type.slice(0, comma).trim();
  const specifier = type.slice(comma + 1).trim();
  let file: string;
  try {
    // Node's resolution from the config file's folder (relative paths, then node_modules above it). Through
    // require.resolve rather than createRequire so that a loader in use (ts-node, jest) resolves as it loads.
    file = require.resolve(specifier, { paths: [dirname(configFile)] });
  } catch {
    return {
      ok: false,
      reason: `cannot find the module '${specifier}' (resolved from ${dirname(configFile)})`,
    };
  }
  let loaded: Record<string, unknown>;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require(file) as Record<string, unknown>;
  } catch (err) {
    return { ok: false, reason: `the module '${specifier}' failed to load: ${(err as Error).message}` };
  }
  const exported = loaded[exportName];
  if (typeof exported !== 'function') {
    const names = Object.keys(loaded).filter((k) => typeof loaded[k] === 'function');
    return {
      ok: false,
      reason: `the module '${specifier}' has no exported class '${exportName}'${names.length ? `; it exports: ${names.join(', ')}` : ''}`,
    };
  }
  const create = (): object => new (exported as new () => object)();
  let sample: object;
  try {
    sample = create();
  } catch (err) {
    return {
      ok: false,
      reason: `'${exportName}' could not be constructed without arguments: ${(err as Error).message}`,
    };
  }
  if (!expected.check(sample))
    return { ok: false, reason: `'${exportName}' from '${specifier}' is not ${expected.what}` };
  return { ok: true, create };
}

/**
 * Sets an extension's properties from config attributes, typed by the property's current value as .NET's
 * config reflection would: numbers (a TimeSpan is accepted for a number and becomes milliseconds), booleans
 * (case-insensitive), strings. An attribute without a property is an error, as in WCF.
 */
export function assignSettings(
  target: object,
  settings: Record<string, unknown>,
  parseTimeSpanMs: (s: string) => number | undefined,
): string[] {
  const problems: string[] = [];
  const record = target as Record<string, unknown>;
  for (const [name, raw] of Object.entries(settings)) {
    if (!(name in target)) {
      problems.push(`'${name}' is not a setting of ${target.constructor.name}`);
      continue;
    }
    const current = record[name];
    const text = String(raw);
    if (typeof current === 'number') {
      const n =
        typeof raw === 'number'
          ? raw
          : /^\s*[-+]?\d+(\.\d+)?\s*$/.test(text)
            ? Number(text)
            : parseTimeSpanMs(text);
      if (n === undefined || Number.isNaN(n))
        problems.push(`'${name}' needs a number or a TimeSpan, not '${text}'`);
      else record[name] = n;
    } else if (typeof current === 'boolean') {
      const b =
        typeof raw === 'boolean'
          ? raw
          : text.trim().toLowerCase() === 'true'
            ? true
            : text.trim().toLowerCase() === 'false'
              ? false
              : undefined;
      if (b === undefined) problems.push(`'${name}' needs true or false, not '${text}'`);
      else record[name] = b;
    } else if (typeof current === 'string' || current === undefined) {
      record[name] = text;
    } else {
      problems.push(`'${name}' cannot be set from configuration (it is not a number, boolean or string)`);
    }
  }
  return problems;
}
