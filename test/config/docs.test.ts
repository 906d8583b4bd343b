/** docs/configuration.md is generated from schemas/: this test keeps them in step. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateConfigurationReference } from '../../src/config/docs/configurationReference';

const file = join(__dirname, '..', '..', 'docs', 'configuration.md');

describe('docs/configuration.md', () => {
  it('matches the schemas (UPDATE_CONFIG_DOCS=1 rewrites it)', () => {
    const generated = generateConfigurationReference();
    if (process.env.UPDATE_CONFIG_DOCS) writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('documents every attribute the spec digest names for <localServiceSettings>, with code defaults', () => {
    const doc = generateConfigurationReference();
    expect(doc).toMatch(/\| `maxPendingSessions` \| integer 0…2147483647 \| `128` \|/);
    expect(doc).toMatch(/\| `issuedCookieLifetime` \| TimeSpan \| `10:00:00` \|/);
    expect(doc).toMatch(
      /### `system\.serviceModel\/bindings\/customBinding\/binding\/security\/secureConversationBootstrap`/,
    );
  });
});
