/**
 * The precompiled validator (src/config/generated/configValidator.ts, ajv standalone code) is made from
 * schemas/: this test fails when they drift apart (UPDATE_CONFIG_VALIDATOR=1 rewrites it), and shows that the
 * precompiled and the run-time-compiled validators give the same verdicts, defaults and errors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { compileValidator, generateValidatorSource } from '../../src/config/schema/compileSchemas';
import { ConfigSchema } from '../../src/config/schema/ConfigSchema';
import { loadConfiguration } from '../../src/config/loadConfiguration';

const root = join(__dirname, '..', '..');
const file = join(root, 'src', 'config', 'generated', 'configValidator.ts');

/** The generator's output, formatted by the project's Prettier (in a child process: Prettier is ESM inside). */
function generated(): string {
  return execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--stdin-filepath', file],
    {
      input: generateValidatorSource(ConfigSchema.shared.schemaDocuments),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
}

describe('the precompiled config validator', () => {
  it('is generated from schemas/ as they are now (UPDATE_CONFIG_VALIDATOR=1 rewrites it)', () => {
    const source = generated();
    if (process.env.UPDATE_CONFIG_VALIDATOR) writeFileSync(file, source);
    expect(readFileSync(file, 'utf8') === source).toBe(true);
  }, 60_000);

  it('is the one in use', async () => {
    await loadConfiguration(join(root, 'samples', 'calculator', 'app.config'));
    expect(ConfigSchema.shared.validatorSource).toBe('precompiled');
  });

  it('gives the same verdicts, defaults and errors as ajv compiling the schemas', () => {
    const compiled = compileValidator(ConfigSchema.shared.schemaDocuments);
    const documents = [
      { 'system.serviceModel': {} },
      JSON.parse(readFileSync(join(root, 'samples', 'calculator', 'app.json'), 'utf8')),
      {
        'system.serviceModel': {
          bindings: {
            wsHttpBinding: {
              binding: [{ name: 'x', maxReceivedMessageSize: -5, security: { mode: 'message' } }],
            },
            customBinding: {
              binding: [{ name: 'c', httpTransport: { transferMode: 'Stream' }, openTimeout: 'soon' }],
            },
          },
          services: { service: [{ name: '', endpoint: [{ binding: 'basicHttpBinding' }] }] },
          unknown: {},
        },
      },
    ];
    for (const doc of documents) {
      const a = structuredClone(doc);
      const b = structuredClone(doc);
      const validA = ConfigSchema.shared.validate(a);
      const errorsA = ConfigSchema.shared.validate.errors;
      const validB = compiled(b);
      expect(validA).toBe(validB);
      expect(a).toEqual(b);
      expect(errorsA ?? null).toEqual(compiled.errors ?? null);
    }
  });
});
