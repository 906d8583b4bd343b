import { ConfigSchema } from '../schema/ConfigSchema';

/** localClientSettings / localServiceSettings defaults, read from the schema (the single description). */
function defaultsOf(definition: string): Record<string, unknown> {
  const node = ConfigSchema.shared.definition('security.schema.json', definition);
  const out: Record<string, unknown> = {};
  for (const name of node.propertyNames()) out[name] = node.property(name)!.defaultValue;
  return out;
}

export const SCHEMA_LOCAL_DEFAULTS = {
  get client(): Record<string, unknown> {
    return defaultsOf('localClientSettings');
  },
  get service(): Record<string, unknown> {
    return defaultsOf('localServiceSettings');
  },
};
