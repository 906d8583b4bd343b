/** Layer 5, configuration: `<system.serviceModel>` XML and JSON → one model (schemas/) → bindings, hosts, factories. */
export * from './ConfigurationError';
export * from './IndigoConfiguration';
export * from './loadConfiguration';
export * from './fromConfig';
export { parseTimeSpan, timeSpanToMs, msToTimeSpan } from './timeSpan';
export { ConfigSchema, SchemaNode } from './schema/ConfigSchema';
export {
  customSecurityIntent,
  wsHttpSecurityIntent,
  securityElementIntent,
  type IntendedElement,
} from './mapping/describeIntendedStack';
export { bindingToXml, bindingToJson, bindingToModel, modelToXml } from './export/exportBinding';
export type { BehaviorExtension } from './mapping/behaviors';
