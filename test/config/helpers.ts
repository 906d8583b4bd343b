import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationLoadError } from '../../src/config/ConfigurationError';
import { loadConfigurationText, type LoadConfigurationOptions } from '../../src/config/loadConfiguration';
import type { IndigoConfiguration } from '../../src/config/IndigoConfiguration';

/** A <configuration> around a <system.serviceModel> body. */
export const xml = (serviceModel: string): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <system.serviceModel>\n${serviceModel}\n  </system.serviceModel>\n</configuration>\n`;

export function loadXml(serviceModel: string, options?: LoadConfigurationOptions): IndigoConfiguration {
  return loadConfigurationText(xml(serviceModel), '/virtual/app.config', options);
}

/** The errors a config produces (their messages), or [] when it loads. */
export function errorsOf(load: () => unknown): string[] {
  try {
    load();
    return [];
  } catch (err) {
    if (err instanceof ConfigurationLoadError) return err.errors.map((e) => e.message);
    throw err;
  }
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'indigo-config-'));
}

export function writeTemp(name: string, text: string | Buffer, dir = tempDir()): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

export const elementsOf = (binding: {
  createBindingElements(): { configurationName: string; describe(): unknown }[];
}): [string, unknown][] => binding.createBindingElements().map((e) => [e.configurationName, e.describe()]);
