/**
 * A SecurityBindingElement written back as the `<security>` WCF's config reads into an equal element — what
 * RS SecurityElementBase.InitializeFrom does: the `authenticationMode` of the factory method that made it, a
 * `<secureConversationBootstrap>` for a secure conversation, and only the settings that differ from what that
 * factory method (with that messageSecurityVersion) gives, since an omitted attribute keeps the factory's value.
 * The result is rebuilt and compared: an element changed in ways `<security>` cannot say is refused.
 */
import { isDeepStrictEqual } from 'node:util';
import { AsymmetricSecurityBindingElement } from '../../security/AsymmetricSecurityBindingElement';
import { SecurityBindingElement } from '../../security/SecurityBindingElement';
import { createSecurityBindingElement } from '../../security/SecurityElementSettings';
import { AuthenticationMode } from '../../security/SecurityEnumerations';
import { SymmetricSecurityBindingElement } from '../../security/SymmetricSecurityBindingElement';
import { SecureConversationSecurityTokenParameters } from '../../security/tokens/SecureConversationSecurityTokenParameters';
import { securityElementFromConfig } from '../mapping/securityElement';
import type { JsonObject } from '../model';
import { ConfigSchema } from '../schema/ConfigSchema';
import { msToTimeSpan } from '../timeSpan';
import { BindingExportError } from './BindingExportError';

/** The attributes read straight off the element (config name = property name). */
const PLAIN = [
  'includeTimestamp',
  'securityHeaderLayout',
  'keyEntropyMode',
  'allowInsecureTransport',
  'enableUnsecuredResponse',
  'protectTokens',
] as const;
const PROTECTION = ['messageProtectionOrder', 'requireSignatureConfirmation'] as const;

function secureConversationParameters(
  element: SecurityBindingElement,
): SecureConversationSecurityTokenParameters | undefined {
  return element instanceof SymmetricSecurityBindingElement &&
    element.protectionTokenParameters instanceof SecureConversationSecurityTokenParameters
    ? element.protectionTokenParameters
    : undefined;
}

/** The token parameters of an element, as data (what requireDerivedKeys acts on). */
function tokens(element: SecurityBindingElement): unknown {
  return Object.entries(element.describe()).filter(([k]) => k.endsWith('TokenParameters'));
}

/** The local settings that differ from the template's, as config values. */
function localDiff(
  actual: object,
  template: object,
  definition: 'localClientSettings' | 'localServiceSettings',
): JsonObject | undefined {
  const node = ConfigSchema.shared.definition('security.schema.json', definition);
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(actual)) {
    if ((template as Record<string, unknown>)[k] === v) continue;
    const type = node.property(k)?.type;
    out[k] = typeof v === 'number' && type !== 'integer' ? msToTimeSpan(v) : (v as boolean | number);
  }
  return Object.keys(out).length ? out : undefined;
}

/** What the element says beyond its template: the written attributes of SecurityElementBase. */
function attributesBeyond(element: SecurityBindingElement, template: SecurityBindingElement): JsonObject {
  const out: JsonObject = {};
  if (element.defaultAlgorithmSuite !== template.defaultAlgorithmSuite)
    out.defaultAlgorithmSuite = element.defaultAlgorithmSuite.name;
  if (element.messageSecurityVersion !== template.messageSecurityVersion)
    out.messageSecurityVersion = element.messageSecurityVersion.name;
  for (const k of PLAIN) if (element[k] !== template[k]) out[k] = element[k];
  if (
    (element instanceof SymmetricSecurityBindingElement &&
      template instanceof SymmetricSecurityBindingElement) ||
    (element instanceof AsymmetricSecurityBindingElement &&
      template instanceof AsymmetricSecurityBindingElement)
  ) {
    for (const k of PROTECTION) if (element[k] !== template[k]) out[k] = element[k];
  }
  if (
    element instanceof AsymmetricSecurityBindingElement &&
    template instanceof AsymmetricSecurityBindingElement &&
    element.allowSerializedSigningTokenOnReply !== template.allowSerializedSigningTokenOnReply
  )
    out.allowSerializedSigningTokenOnReply = element.allowSerializedSigningTokenOnReply;
  // requireDerivedKeys is SetKeyDerivation: written only when it turns the template's tokens into the element's.
  if (!isDeepStrictEqual(tokens(element), tokens(template))) {
    for (const value of [true, false]) {
      const candidate = template.clone();
      candidate.setKeyDerivation(value);
      if (isDeepStrictEqual(tokens(element), tokens(candidate))) {
        out.requireDerivedKeys = value;
        break;
      }
    }
  }
  const client = localDiff(element.localClientSettings, template.localClientSettings, 'localClientSettings');
  const service = localDiff(
    element.localServiceSettings,
    template.localServiceSettings,
    'localServiceSettings',
  );
  if (client) out.localClientSettings = client;
  if (service) out.localServiceSettings = service;
  return out;
}

function modelOf(element: SecurityBindingElement, what: string): JsonObject {
  const sc = secureConversationParameters(element);
  if (sc) {
    const bootstrap = sc.bootstrapSecurityBindingElement;
    if (secureConversationParameters(bootstrap))
      throw new BindingExportError(`${what}: a secure conversation bootstrapped by a secure conversation`);
    const template = SecurityBindingElement.createSecureConversationBindingElement(
      bootstrap.clone(),
      sc.requireCancellation,
    );
    // canRenewSecurityContextToken is its own attribute: the template takes it, so requireDerivedKeys compares alone.
    secureConversationParameters(template)!.canRenewSession = sc.canRenewSession;
    const model: JsonObject = {
      authenticationMode: AuthenticationMode.SecureConversation,
      ...attributesBeyond(element, template),
    };
    if (!sc.requireCancellation) model.requireSecurityContextCancellation = false;
    if (!sc.canRenewSession) model.canRenewSecurityContextToken = false;
    model.secureConversationBootstrap = modelOf(bootstrap, `${what}'s bootstrap`);
    return model;
  }
  const mode = element.authenticationMode;
  if (!mode)
    throw new BindingExportError(
      `${what} was not made by one of SecurityBindingElement's factory methods, so <security authenticationMode> cannot name it`,
    );
  let template = createSecurityBindingElement({ authenticationMode: mode });
  const model: JsonObject = { authenticationMode: mode };
  // The version chooses the factory's shape (MutualCertificate: symmetric for WS-Security 1.1, else asymmetric).
  if (element.messageSecurityVersion !== template.messageSecurityVersion) {
    model.messageSecurityVersion = element.messageSecurityVersion.name;
    template = createSecurityBindingElement({
      authenticationMode: mode,
      messageSecurityVersion: element.messageSecurityVersion.name,
    });
  }
  return { ...model, ...attributesBeyond(element, template) };
}

/** The `<security>` model of an element; a BindingExportError when config cannot express it. */
export function securityToModel(element: SecurityBindingElement): JsonObject {
  let model: JsonObject;
  try {
    model = modelOf(element, 'the security binding element');
  } catch (err) {
    if (err instanceof BindingExportError) throw err;
    throw new BindingExportError(
      `the security binding element cannot be written as <security>: ${(err as Error).message}`,
    );
  }
  const rebuilt = securityElementFromConfig(model);
  if (!(rebuilt instanceof SecurityBindingElement) || !isDeepStrictEqual(rebuilt, element))
    throw new BindingExportError(
      `the security binding element (${element.authenticationMode ?? 'no authenticationMode'}) has settings <security> cannot express (token parameters or supporting tokens changed in code)`,
    );
  return model;
}
