/**
 * Code → config: a Binding written back as the `<binding>` WCF would read into an equal binding — standard
 * bindings as their own section, anything else as a `<customBinding>` of its elements' `describe()` settings —
 * and the model written as XML or JSON. Only settings that differ from WCF's defaults are written.
 */
import { BasicHttpBinding } from '../../bindings/BasicHttpBinding';
import { HttpBindingBase } from '../../bindings/HttpBindingBase';
import { WS2007HttpBinding } from '../../bindings/WS2007HttpBinding';
import { WSHttpBinding } from '../../bindings/WSHttpBinding';
import type { Binding } from '../../channels/Binding';
import { SecurityAlgorithmSuite } from '../../security/SecurityAlgorithmSuite';
import { SecurityBindingElement } from '../../security/SecurityBindingElement';
import { escapeAttribute } from '../../xml/XmlEscape';
import { ConfigSchema, type SchemaNode } from '../schema/ConfigSchema';
import { SERVICE_MODEL, type JsonObject, type JsonValue } from '../load/xmlToImage';
import { isObject } from '../model';
import { msToTimeSpan } from '../timeSpan';
import { BindingExportError } from './BindingExportError';
import { securityToModel } from './exportSecurity';

export { BindingExportError };

const TIMEOUTS = ['openTimeout', 'closeTimeout', 'sendTimeout', 'receiveTimeout'] as const;

/** Drops values equal to the schema's defaults (recursively), so the export says only what differs. */
function withoutDefaults(value: JsonObject, node: SchemaNode | undefined): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) {
    const child = node?.property(k);
    if (isObject(v)) {
      const inner = withoutDefaults(v, child);
      if (Object.keys(inner).length || !child) out[k] = inner;
    } else if (!child || child.defaultValue === undefined || child.defaultValue !== v) out[k] = v;
  }
  return out;
}

/** The section and `<binding>` model of a binding. */
export function bindingToModel(
  binding: Binding,
  name = binding.name,
): { section: string; binding: JsonObject } {
  const schema = ConfigSchema.shared;
  const model: JsonObject = { name };
  for (const t of TIMEOUTS) model[t] = msToTimeSpan(binding[t]);
  if (
    binding instanceof HttpBindingBase &&
    (binding instanceof BasicHttpBinding || binding instanceof WSHttpBinding)
  ) {
    const section =
      binding instanceof BasicHttpBinding
        ? 'basicHttpBinding'
        : binding instanceof WS2007HttpBinding
          ? 'ws2007HttpBinding'
          : 'wsHttpBinding';
    Object.assign(model, {
      maxReceivedMessageSize: binding.maxReceivedMessageSize,
      maxBufferPoolSize: binding.maxBufferPoolSize,
      messageEncoding: binding.messageEncoding,
      textEncoding: binding.textEncoding,
      allowCookies: binding.allowCookies,
      hostNameComparisonMode: binding.hostNameComparisonMode,
      readerQuotas: { ...binding.readerQuotas },
      security: {
        mode: binding.security.mode,
        transport: { clientCredentialType: binding.security.transport.clientCredentialType },
      },
    });
    if (binding instanceof BasicHttpBinding) {
      if (binding.maxBufferSize !== undefined) model.maxBufferSize = binding.maxBufferSize;
      model.transferMode = binding.transferMode;
    } else {
      model.transactionFlow = binding.transactionFlow;
      const message = binding.security.message;
      (model.security as JsonObject).message = {
        clientCredentialType: message.clientCredentialType,
        negotiateServiceCredential: message.negotiateServiceCredential,
        establishSecurityContext: message.establishSecurityContext,
        algorithmSuite:
          message.algorithmSuite === SecurityAlgorithmSuite.Default ? 'Default' : message.algorithmSuite.name,
      };
    }
    const node = schema.definition(
      'bindings.schema.json',
      section === 'ws2007HttpBinding' ? 'wsHttpBinding' : section,
    );
    return { section, binding: { name, ...withoutDefaults(model, node) } };
  }
  const node = schema.definition('bindings.schema.json', 'customBinding');
  const custom = withoutDefaults(model, node);
  custom.name = name;
  for (const element of binding.createBindingElements()) {
    if (element instanceof SecurityBindingElement) {
      custom.security = securityToModel(element);
      continue;
    }
    const settings = { ...element.describe() } as JsonObject;
    if (element.configurationName === 'transactionFlow') {
      // WCF's <transactionFlow> always turns flow on: an element with flow off has no config form.
      if (settings.transactionFlow !== true)
        throw new BindingExportError(
          `the binding '${binding.name}' has a transactionFlow element with transactions off, which <customBinding> cannot express (WCF's <transactionFlow> turns flow on); standard bindings keep it implicitly`,
        );
      delete settings.transactionFlow;
    }
    custom[element.configurationName] = withoutDefaults(settings, node.property(element.configurationName));
  }
  return { section: 'customBinding', binding: custom };
}

/** A whole config document holding just this binding, as JSON text. */
export function bindingToJson(binding: Binding, name = binding.name): string {
  const { section, binding: model } = bindingToModel(binding, name);
  return (
    JSON.stringify({ [SERVICE_MODEL]: { bindings: { [section]: { binding: [model] } } } }, null, 2) + '\n'
  );
}

/** A whole config document holding just this binding, as a .NET-style XML config. */
export function bindingToXml(binding: Binding, name = binding.name): string {
  const { section, binding: model } = bindingToModel(binding, name);
  return modelToXml({ [SERVICE_MODEL]: { bindings: { [section]: { binding: [model] } } } });
}

/** The JSON image written back as `<configuration>` XML: scalars as attributes, objects as elements, arrays repeated. */
export function modelToXml(image: JsonObject): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<configuration>'];
  const write = (name: string, value: JsonObject, indent: string): void => {
    const attributes = Object.entries(value).filter(([, v]) => !isObject(v) && !Array.isArray(v));
    const children = Object.entries(value).filter(([, v]) => isObject(v) || Array.isArray(v));
    const attrText = attributes.map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`).join('');
    if (!children.length) {
      lines.push(`${indent}<${name}${attrText} />`);
      return;
    }
    lines.push(`${indent}<${name}${attrText}>`);
    for (const [k, v] of children) {
      for (const item of Array.isArray(v) ? v : [v])
        if (isObject(item as JsonValue)) write(k, item as JsonObject, `${indent}  `);
    }
    lines.push(`${indent}</${name}>`);
  };
  for (const [k, v] of Object.entries(image)) if (isObject(v)) write(k, v, '  ');
  lines.push('</configuration>', '');
  return lines.join('\n');
}
