/**
 * docs/configuration.md, generated from schemas/ (the single description of the config model): a guide
 * written here once, then every element with its attributes, types, allowed values, defaults and meaning.
 * test/config/docs.test.ts fails when the file and the schemas disagree.
 */
import { ConfigSchema, type SchemaNode } from '../schema/ConfigSchema';

const GUIDE = `# Configuration reference

Indigo reads the \`<system.serviceModel>\` section of a .NET \`app.config\` / \`web.config\`, or the same content as
JSON, into one model validated against \`schemas/*.schema.json\`. This page is generated from those schemas
(\`UPDATE_CONFIG_DOCS=1 npx jest test/config/docs.test.ts\` rewrites it; the test fails when they disagree).

\`\`\`ts
import { ServiceHost, ChannelFactory } from 'indigo-servicemodel';
const host = await ServiceHost.fromConfig('app.config', { CalculatorService });   // or app.json
const factory = await ChannelFactory.fromConfig(ICalculator, 'app.config', 'WSHttpBinding_ICalculator');
\`\`\`

\`ServiceHost.fromConfig\` / \`ChannelFactory.fromConfig\` are attached by \`src/config\` (layer 5) to the layer-6
classes when the package entry loads, so src/service and src/client never import the config layer; the same
functions are exported as \`serviceHostFromConfig\`, \`serviceHostsFromConfig\` and \`channelFactoryFromConfig\`, and
\`loadConfiguration(path)\` gives the \`IndigoConfiguration\` (bindings, hosts, factories, \`describeEndpoints()\`,
\`intendedStack()\`, \`toXml()\`, \`toJson()\`). \`bindingToXml(binding)\` / \`bindingToJson(binding)\` export a binding
built in code.

## Files, JSON, errors

- **XML**: \`<configuration><system.serviceModel>…\`; other sections (\`<system.web>\`, \`<appSettings>\`,
  \`<system.diagnostics>\`, …) are ignored, as .NET leaves them to their own handlers. No DTDs. Files over
  1 MiB are refused before they are read.
- **JSON** is the natural image of the XML: an element is an object, an attribute a member, a repeated element
  (\`binding\`, \`service\`, \`endpoint\`, \`add\`, \`behavior\`) an array under its element name. A customBinding's
  elements are members in stack order (JSON.parse keeps member order), top first:
  \`{ "name": "c", "textMessageEncoding": { "messageVersion": "Soap11" }, "httpTransport": {} }\`.
  JSON has no \`clear\`/\`remove\`: write the resulting list.
- **Values** are case-sensitive, as in .NET (\`GenericEnumConverter\` calls \`Enum.Parse\` without ignoreCase),
  except where .NET's converters are not: booleans (\`True\`, \`FALSE\`), \`Infinite\` (any casing) and encoding
  names (\`UTF-8\`). TimeSpans are \`[d.]hh:mm[:ss[.fffffff]]\` or \`Infinite\`; Indigo keeps them as milliseconds.
- **Errors** name the file, line, column, element path, what was found, what is allowed and a "did you mean";
  all errors are reported together; a host whose config has any error opens no endpoint. Settings that WCF has
  but Indigo's runtime does not carry out are accepted when they keep WCF's default and otherwise refused with
  "not supported yet: …" when a binding, host or factory is built (\`indigo validate\` lists them as warnings).
  Message security (wsHttpBinding \`mode="Message"\`, customBinding \`<security>\`) loads and validates;
  building it names the feature, and \`indigo describe\` shows the element list WCF would build.
- **Validation** runs ajv code precompiled from the schemas into \`src/config/generated/configValidator.ts\`, so a
  process does not compile them (~250 ms). After editing \`schemas/\`, regenerate it with
  \`UPDATE_CONFIG_VALIDATOR=1 npx jest test/config/generatedValidator.test.ts\` (that test fails while they differ);
  until then the loader notices the difference and compiles the schemas at run time instead.
- **Defaults**: every attribute's default is WCF's (reference source), shown below. A \`<binding>\` with
  \`name=""\` (or no name) is the default configuration of its type, used by endpoints without
  \`bindingConfiguration\`; a behavior with \`name=""\` applies to services/endpoints without \`behaviorConfiguration\`.
- **\`<clear/>\` and \`<remove key…/>\`** work in every keyed collection (bindings, services, client endpoints,
  behaviors, base addresses, extensions) on the entries declared before them in the same file (Indigo has no
  machine.config to inherit from).
- **Services and contracts**: \`<service name>\` is matched with the implementations given (or, for
  \`indigo host <module> --config <config>\`, the module's exports) by its last segment:
  \`Calculator.CalculatorService\` → \`CalculatorService\`. \`<endpoint contract>\` is matched the same way with the
  \`@ServiceContract\` classes loaded (its \`configurationName\`, else the class name).
- **Extensions**: \`<add name="inspector" type="MessageInspectorElement, ./extensions/inspector"/>\` — \`"ExportName,
  module"\` as .NET's \`"Type, Assembly"\`, resolved from the config file's folder. A \`bindingElementExtensions\`
  export is a BindingElement class registered into the DI registry under \`name\` (in a child container of the
  one given); \`bindingExtensions\` a Binding class; \`behaviorExtensions\` a class with
  \`applyDispatchBehavior(host)\` and/or \`applyClientBehavior(factory)\`. Attributes on the element set the
  instance's properties (numbers take a number or a TimeSpan; booleans; strings).
- **Certificates** by store (\`storeLocation\`, \`storeName\`, \`x509FindType\`, \`findValue\`) are found in a store of
  folders: \`<storeRoot>/<StoreLocation>/<StoreName>/*.pem|*.crt|*.cer|*.pfx|*.p12\` (PEM may include the key, or a
  \`<same name>.key\` beside it; PFX passwords from \`INDIGO_CERT_STORE_PASSWORD\`). \`storeRoot\` is the
  \`certificateStore\` option, else \`$INDIGO_CERT_STORE\`, else \`certificates/\` beside the config file. Trusted roots
  for chain trust are the \`Root\` store of \`trustedStoreLocation\`. Indigo extension: \`file\` (PEM, DER or PFX,
  relative to the config), \`keyFile\`, \`passwordEnvironmentVariable\` name a certificate file instead.

## Commands

- \`indigo validate <config>\`: exit 0 and one summary line, or exit 1 and every error as \`file:line:col: message\`
  (exit 2: usage).
- \`indigo describe <config> [--binding <name>] [--json]\`: each endpoint's channel stack, top to bottom, with
  effective settings (the intended stack, marked, where the runtime cannot build it yet).
- \`indigo host <module> --config <config>\`: hosts the config's services with the module's exported classes.

## Elements
`;

function typeOf(node: SchemaNode): string {
  if (node.enumValues) return node.enumValues.join(' | ');
  const format = node.format;
  if (format === 'timeSpan') return 'TimeSpan';
  if (format === 'textEncoding') return 'utf-8 | utf-16 | unicodeFFFE';
  const type = node.type ?? 'string';
  const range =
    node.minimum !== undefined || node.maximum !== undefined
      ? ` ${node.minimum ?? ''}…${node.maximum ?? ''}`
      : '';
  return `${type}${range}`;
}

const cell = (text: string | undefined): string => (text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function generateConfigurationReference(schema: ConfigSchema = ConfigSchema.shared): string {
  const out: string[] = [GUIDE];
  const seen = new Set<string>();
  const visit = (node: SchemaNode, path: string): void => {
    const key = `${path}`;
    if (seen.has(key)) return;
    seen.add(key);
    const names = node.propertyNames();
    const attributes = names.filter((n) => node.property(n)!.isScalar());
    const children = names.filter((n) => !node.property(n)!.isScalar());
    out.push(`### \`${path}\`\n`);
    if (node.description) out.push(`${node.description}\n`);
    if (node.collectionKey)
      out.push(
        `A collection keyed by ${node.collectionKey.map((k) => `\`${k}\``).join(' + ')}; takes \`<clear/>\` and \`<remove/>\`.\n`,
      );
    if (node.extensionKind)
      out.push(`Also takes elements registered under \`<extensions><${node.extensionKind}>\`.\n`);
    if (attributes.length) {
      out.push('| attribute | type / values | default | meaning |', '| --- | --- | --- | --- |');
      for (const a of attributes) {
        const p = node.property(a)!;
        const d = p.defaultValue;
        out.push(
          `| \`${a}\`${node.required.includes(a) ? ' (required)' : ''} | ${cell(typeOf(p))} | ${d === undefined ? '' : d === '' ? '""' : `\`${String(d)}\``} | ${cell(p.description)} |`,
        );
      }
      out.push('');
    }
    if (children.length) out.push(`Children: ${children.map((c) => `\`<${c}>\``).join(', ')}.\n`);
    for (const c of children) {
      const child = node.property(c)!;
      const target = child.isArray ? child.items() : child;
      if (target && !target.isAnyXml) visit(target, `${path}/${c}`);
      else if (target?.isAnyXml)
        out.push(
          `### \`${path}/${c}\`\n\n${child.description ?? target.description ?? 'Free XML content.'}\n`,
        );
    }
  };
  visit(schema.root().property('system.serviceModel')!, 'system.serviceModel');
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
