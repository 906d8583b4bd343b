/**
 * `<security>` of a customBinding → SecurityBindingElement, as RS SecurityElementBase.CreateBindingElement does
 * it: the factory method for `authenticationMode` (with `messageSecurityVersion`), then every attribute that was
 * *written* overrides the factory's value (an omitted attribute keeps the factory's, e.g. MutualCertificate's
 * requireSignatureConfirmation="true"). Pure: the config layer reads the file and passes the written values
 * here, times already in milliseconds. Settings Indigo does not implement throw a BindingConfigurationError
 * naming the attribute.
 */
import { BindingConfigurationError } from '../channels/CommunicationErrors';
import { AsymmetricSecurityBindingElement } from './AsymmetricSecurityBindingElement';
import type { LocalClientSecuritySettings, LocalServiceSecuritySettings } from './LocalSecuritySettings';
import { MessageSecurityVersion } from './MessageSecurityVersion';
import { SecurityAlgorithmSuite } from './SecurityAlgorithmSuite';
import { SecurityBindingElement } from './SecurityBindingElement';
import { MessageProtectionOrder, SecurityHeaderLayout, SecurityKeyEntropyMode } from './SecurityEnumerations';
import { SymmetricSecurityBindingElement } from './SymmetricSecurityBindingElement';

/** The written attributes of `<security>` (config names; times in ms). */
export interface SecurityElementSettings {
  readonly authenticationMode?: string;
  readonly defaultAlgorithmSuite?: string;
  readonly includeTimestamp?: boolean;
  readonly messageProtectionOrder?: string;
  readonly messageSecurityVersion?: string;
  readonly requireDerivedKeys?: boolean;
  readonly requireSignatureConfirmation?: boolean;
  readonly securityHeaderLayout?: string;
  readonly keyEntropyMode?: string;
  readonly allowInsecureTransport?: boolean;
  readonly allowSerializedSigningTokenOnReply?: boolean;
  readonly enableUnsecuredResponse?: boolean;
  readonly protectTokens?: boolean;
  readonly localClientSettings?: Readonly<Record<string, number | boolean>>;
  readonly localServiceSettings?: Readonly<Record<string, number | boolean>>;
}

function oneOf<T extends string>(attribute: string, value: string, allowed: Readonly<Record<string, T>>): T {
  const found = Object.values(allowed).find((v) => v === value);
  if (!found)
    throw new BindingConfigurationError(
      `<security ${attribute}="${value}">: not one of ${Object.values(allowed).join(', ')}.`,
    );
  return found;
}

function applyLocal(
  target: LocalClientSecuritySettings | LocalServiceSecuritySettings,
  written: Readonly<Record<string, number | boolean>> | undefined,
  element: string,
): void {
  for (const [name, value] of Object.entries(written ?? {})) {
    if (!(name in target))
      throw new BindingConfigurationError(`<${element} ${name}>: not a setting of ${element}.`);
    (target as unknown as Record<string, number | boolean>)[name] = value;
  }
}

/** The element `<security>` describes (WCF's SecurityElementBase.CreateBindingElement + ApplyConfiguration). */
export function createSecurityBindingElement(s: SecurityElementSettings): SecurityBindingElement {
  // WCF's config default authenticationMode is SspiNegotiated (refused by fromAuthenticationMode).
  const mode = s.authenticationMode ?? 'SspiNegotiated';
  const version =
    s.messageSecurityVersion !== undefined
      ? MessageSecurityVersion.fromName(s.messageSecurityVersion)
      : undefined;
  if (s.messageSecurityVersion !== undefined && !version) {
    throw new BindingConfigurationError(
      `<security messageSecurityVersion="${s.messageSecurityVersion}">: not a MessageSecurityVersion.`,
    );
  }
  const element = SecurityBindingElement.fromAuthenticationMode(mode, version);
  if (s.defaultAlgorithmSuite !== undefined) {
    const suite = SecurityAlgorithmSuite.fromName(s.defaultAlgorithmSuite);
    if (!suite)
      throw new BindingConfigurationError(
        `<security defaultAlgorithmSuite="${s.defaultAlgorithmSuite}">: not an algorithm suite.`,
      );
    element.defaultAlgorithmSuite = suite;
  }
  if (s.includeTimestamp !== undefined) element.includeTimestamp = s.includeTimestamp;
  if (s.securityHeaderLayout !== undefined) {
    element.securityHeaderLayout = oneOf(
      'securityHeaderLayout',
      s.securityHeaderLayout,
      SecurityHeaderLayout,
    );
  }
  if (s.keyEntropyMode !== undefined)
    element.keyEntropyMode = oneOf('keyEntropyMode', s.keyEntropyMode, SecurityKeyEntropyMode);
  if (s.allowInsecureTransport !== undefined) element.allowInsecureTransport = s.allowInsecureTransport;
  if (s.enableUnsecuredResponse !== undefined) element.enableUnsecuredResponse = s.enableUnsecuredResponse;
  if (s.protectTokens !== undefined) element.protectTokens = s.protectTokens;
  if (s.requireDerivedKeys !== undefined) element.setKeyDerivation(s.requireDerivedKeys);
  if (
    element instanceof SymmetricSecurityBindingElement ||
    element instanceof AsymmetricSecurityBindingElement
  ) {
    if (s.messageProtectionOrder !== undefined) {
      element.messageProtectionOrder = oneOf(
        'messageProtectionOrder',
        s.messageProtectionOrder,
        MessageProtectionOrder,
      );
    }
    if (s.requireSignatureConfirmation !== undefined)
      element.requireSignatureConfirmation = s.requireSignatureConfirmation;
  }
  if (
    element instanceof AsymmetricSecurityBindingElement &&
    s.allowSerializedSigningTokenOnReply !== undefined
  ) {
    element.allowSerializedSigningTokenOnReply = s.allowSerializedSigningTokenOnReply;
  }
  applyLocal(element.localClientSettings, s.localClientSettings, 'localClientSettings');
  applyLocal(element.localServiceSettings, s.localServiceSettings, 'localServiceSettings');
  return element;
}
