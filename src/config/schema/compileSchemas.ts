/**
 * The ajv set-up for `schemas/` in one place: the options and vocabulary the validator is compiled with —
 * at generation time into src/config/generated/configValidator.ts (ajv standalone code, so a process does
 * not pay ajv's compile, ~360 ms), and at run time only when the schemas on disk no longer match the
 * generated code (an edited schema not yet regenerated: slower, but still right).
 */
import type Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv/dist/2020';
import { createHash } from 'node:crypto';
import { textEncoding, timeSpan } from './formats';

export type JsonSchema = { readonly [key: string]: unknown };

export const SCHEMA_BASE = 'https://indigo-servicemodel.dev/schemas/';
export const SCHEMA_FILES = ['common', 'bindings', 'security', 'behaviors', 'serviceModel'] as const;
export const ROOT_ID = `${SCHEMA_BASE}serviceModel.schema.json`;

/** Keywords of Indigo's own that ajv must accept and ignore (they guide XML conversion, checks and docs). */
const VOCABULARY = ['x-collection', 'x-extension', 'x-anyXml', 'x-orderedChildren'];

/**
 * A fingerprint of the schemas' content (not their formatting): the generated validator records the one it
 * was made from, so a stale one is never used.
 */
export function schemaFingerprint(documents: readonly JsonSchema[]): string {
  const hash = createHash('sha256');
  for (const d of documents) hash.update(JSON.stringify(d)).update('\n');
  return hash.digest('hex');
}

/* eslint-disable @typescript-eslint/no-require-imports -- ajv itself (~40 ms to load) is loaded only here, on
   the slow path and at generation time; the precompiled validator needs only ajv's small runtime helpers. */
function createAjv(standalone: boolean): Ajv2020 {
  const Ajv = (require('ajv/dist/2020') as typeof import('ajv/dist/2020')).default;
  const { _ } = require('ajv') as typeof import('ajv');
  const ajv = new Ajv({
    allErrors: true,
    useDefaults: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    // The generated module takes the format functions from formats.ts, relative to src/config/generated/.
    code: standalone ? { source: true, esm: true, formats: _`require("../schema/formats")` } : undefined,
  });
  ajv.addVocabulary(VOCABULARY);
  ajv.addFormat('timeSpan', timeSpan);
  ajv.addFormat('textEncoding', textEncoding);
  return ajv;
}

/** Compiles the validator of a whole config with ajv (the slow path). */
export function compileValidator(documents: readonly JsonSchema[]): ValidateFunction {
  const ajv = createAjv(false);
  for (const d of documents) ajv.addSchema(d);
  return ajv.getSchema(ROOT_ID)!;
}

/** The source of src/config/generated/configValidator.ts (before formatting): ajv standalone code + fingerprint. */
export function generateValidatorSource(documents: readonly JsonSchema[]): string {
  const ajv = createAjv(true);
  for (const d of documents) ajv.addSchema(d);
  const standaloneCode = (require('ajv/dist/standalone') as typeof import('ajv/dist/standalone')).default;
  const code = standaloneCode(ajv, { validate: ROOT_ID });
  return [
    '/* eslint-disable */',
    '// @ts-nocheck',
    '/*',
    ' * GENERATED from schemas/*.schema.json by src/config/schema/compileSchemas.ts (ajv standalone code) — do not',
    ' * edit. Regenerate with `UPDATE_CONFIG_VALIDATOR=1 npx jest test/config/generatedValidator.test.ts`;',
    ' * that test fails when this file and the schemas disagree.',
    ' */',
    `export const SCHEMA_FINGERPRINT = '${schemaFingerprint(documents)}';`,
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}
/* eslint-enable @typescript-eslint/no-require-imports */
