/**
 * docs/configuration.md, generated from schemas/ (the single description of the config model): a guide
 * written here once, then every element with its attributes, types, allowed values, defaults and meaning.
 * test/config/docs.test.ts fails when the file and the schemas disagree.
 */
import { ConfigSchema, type SchemaNode } from '../schema/ConfigSchema';
import { SECTION_EXAMPLES } from './sectionExamples';

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
  JSON has no \`clear\`/\`remove\`: write the resulting list. One example per section follows the guide.
- **Values** are case-sensitive, as in .NET (\`GenericEnumConverter\` calls \`Enum.Parse\` without ignoreCase),
  except where .NET's converters are not: booleans (\`True\`, \`FALSE\`), \`Infinite\` (any casing) and encoding
  names (\`UTF-8\`). TimeSpans are \`[d.]hh:mm[:ss[.fffffff]]\` or \`Infinite\`; Indigo keeps them as milliseconds.
- **Errors** name the file, line, column, element path, what was found, what is allowed and a "did you mean";
  all errors are reported together; a host whose config has any error opens no endpoint. Settings that WCF has
  but Indigo's runtime does not carry out are accepted when they keep WCF's default and otherwise refused with
  "not supported yet: …" when a binding, host or factory is built (\`indigo validate\` lists them as warnings).
- **Message security** is built: wsHttpBinding / ws2007HttpBinding \`mode="Message"\` with \`clientCredentialType\`
  Certificate, UserName or None and \`negotiateServiceCredential="false"\`, with a secure conversation
  (\`establishSecurityContext\`, the default) or without; a customBinding \`<security>\` with \`authenticationMode\`
  MutualCertificate, AnonymousForCertificate, UserNameForCertificate, or SecureConversation bootstrapped by one of
  them. As in WCF, the attributes of \`<security authenticationMode="SecureConversation">\` (and its local settings)
  go to the secure conversation element, those of \`<secureConversationBootstrap>\` to the bootstrap, and an
  attribute overrides the factory method's value only when written. What the runtime does not have (Windows
  credentials, negotiation, over-transport modes, issued tokens) is "not supported yet" naming the attribute;
  \`indigo describe\` shows the built stack (the bootstrap nested under the protection token), or for those the
  element list WCF would build. \`bindingToXml\`/\`bindingToJson\` write a security element back as \`<security>\`
  with only what differs from its factory method, and refuse one changed in ways \`<security>\` cannot say.
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
- **Behaviors**: \`serviceDebug\`, \`serviceThrottling\`, \`serviceCredentials\` and \`clientCredentials\` are carried
  out. \`<serviceCredentials>\`: \`serviceCertificate\` (HTTPS and message security), \`clientCertificate/authentication\`
  (how client certificates in messages are trusted; a written \`<clientCertificate>\` also makes the HTTPS transport
  ask for TLS client certificates, trusted by chain to the same Root store), \`userNameAuthentication\`
  (\`userNamePasswordValidationMode="Custom"\` with \`customUserNamePasswordValidatorType\`). \`<clientCredentials>\`:
  \`clientCertificate\`, \`serviceCertificate/defaultCertificate\` and \`scopedCertificates\` (the certificate message
  security encrypts to, per \`targetUri\`), \`serviceCertificate/authentication\` (how it is trusted) and
  \`sslCertificateAuthentication\` (the TLS server certificate: ChainTrust or None). A user name and password are set
  in code (\`factory.credentials.userName\`), as in WCF. \`serviceMetadata\` publishes WSDL over HTTP(S) GET
  (\`httpGetEnabled\`, \`httpsGetEnabled\`, \`httpGetUrl\`, \`httpsGetUrl\`, \`externalMetadataLocation\`, \`policyVersion\`)
  and enables \`mexHttpBinding\` / \`mexHttpsBinding\` endpoints with contract \`IMetadataExchange\` (docs/metadata.md).
  \`<clientCredentials>\` on a service endpoint does nothing, as in WCF.

## Extensions

\`<extensions>\` binds element names to code. A type is written as .NET writes \`"Type, Assembly"\`:
\`"ExportName, module"\`, the module resolved with Node's rules from the config file's folder (\`./extensions/log\`,
or a package in \`node_modules\`). The export is a class constructed without arguments; the element's attributes
set its properties, converted by the type of their initial value (number — a TimeSpan such as \`00:00:30\` becomes
milliseconds —, boolean, string). An attribute without a property, or a value of the wrong type, is an error, as
in WCF. A type that cannot be loaded (no module, no such export, the module throws, not the right kind of class,
needs constructor arguments) is an error at its \`type\` attribute when the config loads.

| collection | the export is | used as |
| --- | --- | --- |
| \`bindingElementExtensions\` | a \`BindingElement\` subclass | an element of \`<customBinding><binding>\`, in stack order; registered into the DI registry under its name (in a child container of the one given) |
| \`bindingExtensions\` | a \`Binding\` subclass | \`<bindings><name><binding name="…" …/>\`, and endpoints with \`binding="name"\` |
| \`behaviorExtensions\` | a behavior (below) | an element of a \`<serviceBehaviors>\` or \`<endpointBehaviors>\` \`<behavior>\` |

A behavior has WCF's hooks (IServiceBehavior / IEndpointBehavior) under TypeScript names, both optional:

\`\`\`ts
export class FaultDetailBehavior {            // <faultDetail enabled="true"/>
  enabled = false;
  /** In <serviceBehaviors>: called once the host has all its endpoints (endpoint undefined). In
   *  <endpointBehaviors>: called for each service endpoint that names the behavior. */
  applyDispatchBehavior(host: ServiceHost, endpoint?: ServiceEndpoint): void {
    host.debug = { includeExceptionDetailInFaults: this.enabled };
  }
  /** In <endpointBehaviors>: called for the ChannelFactory of each client endpoint that names the behavior. */
  applyClientBehavior(factory: ChannelFactory<object>): void {}
}
\`\`\`

A behavior in \`<serviceBehaviors>\` must have \`applyDispatchBehavior\` (WCF: "not a service behavior"); an endpoint
behavior gets the hook that fits where it is used, and nothing when it has none for that side.

## Certificates

.NET names a certificate by store: \`storeLocation\` (CurrentUser, LocalMachine), \`storeName\` (My, Root,
TrustedPeople, …), \`x509FindType\` and \`findValue\`. Indigo's store is a tree of folders:

\`\`\`
<storeRoot>/<StoreLocation>/<StoreName>/*.pem | *.crt | *.cer | *.pfx | *.p12
certificates/LocalMachine/My/service.pfx            the service certificate (with its key)
certificates/LocalMachine/My/other.crt + other.key  a PEM/DER certificate and its PEM key beside it
certificates/CurrentUser/Root/ca.pem                a CA a client trusts (trustedStoreLocation="CurrentUser")
\`\`\`

- \`storeRoot\` is the \`certificateStore\` option of \`loadConfiguration\`/\`fromConfig\`, else \`$INDIGO_CERT_STORE\`, else
  \`certificates/\` beside the config file. PFX files in the store open with the password in
  \`$INDIGO_CERT_STORE_PASSWORD\` (empty when unset); a file that cannot be read is an error naming it.
- Find types: \`FindByThumbprint\` (spaces and case ignored, as copied from Windows' certificate dialog),
  \`FindBySubjectName\` (part of a subject RDN value), \`FindBySubjectDistinguishedName\` (RDNs in any order, as .NET
  prints them last-first), \`FindByIssuerName\`, \`FindByIssuerDistinguishedName\`, \`FindBySerialNumber\` (hex, spaces
  ignored). The others are "not supported yet".
- As in WCF, no match or more than one match is an error; it names the element, the search criteria, the store
  folder searched and the certificates it holds (subject, thumbprint, file). A service or client certificate must
  come with its private key.
- Trust in the other side's certificate (\`<authentication certificateValidationMode>\`): \`ChainTrust\` (the default)
  trusts the CA certificates in the \`Root\` store of \`trustedStoreLocation\` (LocalMachine on the service,
  CurrentUser on the client, as in WCF) and the system's roots; \`PeerTrust\` the certificates in its
  \`TrustedPeople\` store; \`PeerOrChainTrust\` either; \`None\` anything (tests only); \`Custom\` the class
  \`customCertificateValidatorType\` names — \`"ExportName, module"\` as for \`<extensions>\`, an
  \`X509CertificateValidator\` subclass constructed without arguments. The stores are read when a
  \`<serviceCredentials>\` / \`<clientCredentials>\` is written, with those defaults when \`<authentication>\` is not.
  Indigo does not check revocation: a written \`revocationMode\` other than \`NoCheck\` is "not supported yet".
- \`customUserNamePasswordValidatorType\` is named the same way: a \`UserNamePasswordValidator\` subclass.
- Indigo extension, a certificate file instead of a store: \`file\` (PEM holding the key, DER \`.cer\`, or PFX),
  \`keyFile\` (PEM key for a PEM/DER certificate), \`passwordEnvironmentVariable\` (the variable holding the PFX
  password, never the password itself), relative to the config file:
  \`<serviceCertificate file="certs/service.pfx" passwordEnvironmentVariable="CALC_PFX_PASSWORD"/>\`. A file and a
  \`findValue\` together are an error.

## Commands

The \`indigo\` command (\`npm run build\`, then \`npx indigo …\` or \`node dist/src/cli/indigo.js …\`). Exit codes: 0
success (a host closed by SIGINT/SIGTERM included), 1 invalid config or any other failure, 2 usage error. Errors
are printed as messages, never as stack traces; config errors as \`file:line:col: path: problem\`, in file order.

- \`indigo validate <config>\`: exit 0 and one summary line, or exit 1 and every error. Beyond the schema it builds
  every binding the endpoints use and checks every behavior they name (not certificates, implementations or
  extension classes); what the runtime does not carry out yet is listed as a warning and does not fail it.
- \`indigo describe <config> [--binding <name>] [--json]\`: each endpoint's channel stack, top to bottom, with
  effective settings (the intended stack, marked, where the runtime cannot build it yet).
- \`indigo host <module> --config <config> [--port N] [--host H]\`: hosts the config's services, each with the class
  the module exports under the last segment of the service name; prints \`listening <url>\` per endpoint once every
  host is open, and closes them gracefully on SIGINT/SIGTERM. A config with any error opens nothing. \`--port\`
  and \`--host\` replace the port and host name of every base address, absolute endpoint address and listenUri of
  those services — \`--port 0\` hosts a config on a free port (one per scheme and host, shared by the endpoints
  under it); without them the addresses are used as written. Example:
  \`npx indigo host samples/calculator/host --config samples/calculator/app.config --port 0\`.

`;

/** One XML/JSON pair per section (src/config/docs/sectionExamples.ts; the docs test loads them). */
function examples(): string[] {
  const out = [
    '## The JSON image, section by section\n',
    'The same config in both forms: each section as .NET writes it, then as JSON. Together the examples are one',
    'config (the sections refer to each other); the docs test loads both forms and checks that they are equal.\n',
  ];
  for (const e of SECTION_EXAMPLES) {
    out.push(`### \`<${e.section}>\`\n`, `JSON: ${e.note}.\n`);
    out.push('```xml', e.xml, '```\n', '```json', JSON.stringify(e.json, null, 2), '```\n');
  }
  return out;
}

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
  const out: string[] = [GUIDE, ...examples(), '## Elements\n'];
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
