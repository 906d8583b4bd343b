/**
 * `<customBinding><security>` → the SecurityBindingElement WCF's config builds (RS SecurityElementBase and
 * SecurityElement, spec/config-schema.md §3):
 *
 * - any mode but SecureConversation: the factory method for `authenticationMode`, then the written attributes
 *   (the security runtime does both: src/security/SecurityElementSettings);
 * - SecureConversation: `<secureConversationBootstrap>` is built the same way from *its own* attributes (its
 *   `messageSecurityVersion`, `defaultAlgorithmSuite`, local settings…), wrapped by
 *   SecurityBindingElement.createSecureConversationBindingElement(bootstrap, requireSecurityContextCancellation),
 *   and the outer element's written attributes are applied to that wrapper — not to the bootstrap. As in WCF,
 *   `canRenewSecurityContextToken` always reaches the token parameters (its config default is the runtime's),
 *   and `requireDerivedKeys` on the outer element reaches the outer protection token only.
 *
 * What the runtime refuses (Windows credentials, negotiation, over-transport bootstraps, …) is a "not supported
 * yet" problem naming the attribute and the runtime's reason.
 */
import type { BindingElement } from '../../channels/BindingElement';
import { BindingConfigurationError } from '../../channels/CommunicationErrors';
import { MessageSecurityVersion } from '../../security/MessageSecurityVersion';
import { SecurityAlgorithmSuite } from '../../security/SecurityAlgorithmSuite';
import { SecurityBindingElement } from '../../security/SecurityBindingElement';
import {
  createSecurityBindingElement,
  type SecurityElementSettings,
} from '../../security/SecurityElementSettings';
import {
  AuthenticationMode,
  type MessageProtectionOrder,
  type SecurityHeaderLayout,
  type SecurityKeyEntropyMode,
} from '../../security/SecurityEnumerations';
import { SymmetricSecurityBindingElement } from '../../security/SymmetricSecurityBindingElement';
import { SecureConversationSecurityTokenParameters } from '../../security/tokens/SecureConversationSecurityTokenParameters';
import { isObject, type JsonObject } from '../model';
import { MappingProblem } from './MappingProblem';
import { ms } from './settings';

/** The attributes SecurityElementBase.ApplyConfiguration copies when written (plus authenticationMode). */
const SECURITY_ATTRIBUTES = [
  'authenticationMode',
  'defaultAlgorithmSuite',
  'includeTimestamp',
  'messageProtectionOrder',
  'messageSecurityVersion',
  'requireDerivedKeys',
  'requireSignatureConfirmation',
  'securityHeaderLayout',
  'keyEntropyMode',
  'allowInsecureTransport',
  'allowSerializedSigningTokenOnReply',
  'enableUnsecuredResponse',
  'protectTokens',
] as const;

/** WCF's config default authenticationMode (RS SecurityElementBase.defaultAuthenticationMode). */
const DEFAULT_MODE = AuthenticationMode.SspiNegotiated;

/** The modes a bootstrap can have that Indigo builds (for messages that list what to use instead). */
const BUILT_BOOTSTRAPS = [
  AuthenticationMode.MutualCertificate,
  AuthenticationMode.AnonymousForCertificate,
  AuthenticationMode.UserNameForCertificate,
];

/** Written local settings: TimeSpans (the schema's strings) to ms; integers and booleans as written. */
function localSettings(w: unknown): Record<string, number | boolean> | undefined {
  if (!isObject(w)) return undefined;
  const out: Record<string, number | boolean> = {};
  for (const [k, v] of Object.entries(w))
    out[k] = typeof v === 'boolean' || typeof v === 'number' ? v : ms(v);
  return out;
}

function settingsOf(written: JsonObject): SecurityElementSettings {
  const settings: Record<string, unknown> = {};
  for (const name of SECURITY_ATTRIBUTES) if (written[name] !== undefined) settings[name] = written[name];
  settings.localClientSettings = localSettings(written.localClientSettings);
  settings.localServiceSettings = localSettings(written.localServiceSettings);
  return settings as SecurityElementSettings;
}

/** A `<security>` or `<secureConversationBootstrap>` that is not SecureConversation, built by the runtime. */
function oneShot(written: JsonObject, pointer: string, element: string): SecurityBindingElement {
  if (isObject(written.issuedTokenParameters))
    throw MappingProblem.notSupported(
      `${pointer}/issuedTokenParameters`,
      `<${element}><issuedTokenParameters> (issued tokens)`,
    );
  try {
    return createSecurityBindingElement(settingsOf(written));
  } catch (err) {
    if (!(err instanceof BindingConfigurationError)) throw err;
    const mode = String(written.authenticationMode ?? DEFAULT_MODE);
    throw MappingProblem.notSupported(
      written.authenticationMode !== undefined ? `${pointer}/authenticationMode` : pointer,
      `<${element} authenticationMode="${mode}">${written.authenticationMode === undefined ? " (WCF's default)" : ''}`,
      err.message,
    );
  }
}

/** The SCT parameters of a secure conversation element: its protection token, or (over transport) its one endorsing token. */
function secureConversationToken(
  element: SecurityBindingElement,
): SecureConversationSecurityTokenParameters | undefined {
  if (
    element instanceof SymmetricSecurityBindingElement &&
    element.protectionTokenParameters instanceof SecureConversationSecurityTokenParameters
  )
    return element.protectionTokenParameters;
  const endorsing = element.endpointSupportingTokenParameters.endorsing;
  return endorsing.length === 1 && endorsing[0] instanceof SecureConversationSecurityTokenParameters
    ? endorsing[0]
    : undefined;
}

/** SecurityElementBase.ApplyConfiguration on the element CreateSecureConversationBindingElement made. */
function applyToSecureConversation(element: SecurityBindingElement, w: JsonObject): void {
  if (w.defaultAlgorithmSuite !== undefined)
    element.defaultAlgorithmSuite = SecurityAlgorithmSuite.fromName(String(w.defaultAlgorithmSuite))!;
  if (w.includeTimestamp !== undefined) element.includeTimestamp = w.includeTimestamp === true;
  if (w.messageSecurityVersion !== undefined)
    element.messageSecurityVersion = MessageSecurityVersion.fromName(String(w.messageSecurityVersion))!;
  if (w.keyEntropyMode !== undefined) element.keyEntropyMode = w.keyEntropyMode as SecurityKeyEntropyMode;
  if (w.securityHeaderLayout !== undefined)
    element.securityHeaderLayout = w.securityHeaderLayout as SecurityHeaderLayout;
  if (w.requireDerivedKeys !== undefined) element.setKeyDerivation(w.requireDerivedKeys === true);
  if (w.allowInsecureTransport !== undefined)
    element.allowInsecureTransport = w.allowInsecureTransport === true;
  if (w.enableUnsecuredResponse !== undefined)
    element.enableUnsecuredResponse = w.enableUnsecuredResponse === true;
  if (w.protectTokens !== undefined) element.protectTokens = w.protectTokens === true;
  // Over a message-security bootstrap the element is symmetric (§7.2); over transport these do not apply.
  if (element instanceof SymmetricSecurityBindingElement) {
    if (w.messageProtectionOrder !== undefined)
      element.messageProtectionOrder = w.messageProtectionOrder as MessageProtectionOrder;
    if (w.requireSignatureConfirmation !== undefined)
      element.requireSignatureConfirmation = w.requireSignatureConfirmation === true;
  }
  // Not only when written: WCF's config default (true) is the runtime's default too.
  const token = secureConversationToken(element);
  if (token) token.canRenewSession = w.canRenewSecurityContextToken !== false;
  Object.assign(element.localClientSettings, localSettings(w.localClientSettings));
  Object.assign(element.localServiceSettings, localSettings(w.localServiceSettings));
}

/** `<security authenticationMode="SecureConversation">` (RS SecurityElement.CreateBindingElement). */
function secureConversation(written: JsonObject): SecurityBindingElement {
  const bootstrapPointer = '/security/secureConversationBootstrap';
  const bootstrap = isObject(written.secureConversationBootstrap) ? written.secureConversationBootstrap : {};
  if (bootstrap.authenticationMode === AuthenticationMode.SecureConversation)
    throw new MappingProblem(
      `${bootstrapPointer}/authenticationMode`,
      `the bootstrap of a secure conversation cannot itself be SecureConversation (as in WCF); use one of ${BUILT_BOOTSTRAPS.join(', ')}`,
    );
  if (isObject(written.issuedTokenParameters))
    throw MappingProblem.notSupported(
      '/security/issuedTokenParameters',
      '<security><issuedTokenParameters> (issued tokens)',
    );
  if (!isObject(written.secureConversationBootstrap))
    throw MappingProblem.notSupported(
      '/security/authenticationMode',
      `<security authenticationMode="SecureConversation"> without <secureConversationBootstrap> (WCF then bootstraps with its default authenticationMode, ${DEFAULT_MODE}: Windows credentials)`,
      `add <secureConversationBootstrap authenticationMode="…"/> with one of ${BUILT_BOOTSTRAPS.join(', ')}`,
    );
  const inner = oneShot(bootstrap, bootstrapPointer, 'secureConversationBootstrap');
  let element: SecurityBindingElement;
  try {
    element = SecurityBindingElement.createSecureConversationBindingElement(
      inner,
      written.requireSecurityContextCancellation !== false,
    );
  } catch (err) {
    // The runtime may build a bootstrap it cannot yet run a secure conversation over (over transport).
    if (!(err instanceof BindingConfigurationError)) throw err;
    throw MappingProblem.notSupported(
      `${bootstrapPointer}/authenticationMode`,
      `a secure conversation over <secureConversationBootstrap authenticationMode="${String(bootstrap.authenticationMode)}">`,
      err.message,
    );
  }
  applyToSecureConversation(element, written);
  return element;
}

/** The element `<security>` describes, or the problem that keeps it from being built (pointers from the binding). */
export function securityElementFromConfig(written: JsonObject): BindingElement | MappingProblem {
  try {
    if (written.authenticationMode === AuthenticationMode.SecureConversation)
      return secureConversation(written);
    // WCF ignores <secureConversationBootstrap> under any other mode.
    return oneShot(written, '/security', 'security');
  } catch (err) {
    if (err instanceof MappingProblem) return err;
    throw err;
  }
}
