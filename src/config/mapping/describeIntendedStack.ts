/**
 * The binding element list WCF builds for a binding that uses message security — as data, from the model, for
 * the modes Indigo's runtime does not build (Windows credentials, negotiation, over-transport modes, issued
 * tokens). Pure: spec/bindings.md §6 (wsHttpBinding → security element) and spec/config-schema.md §3
 * (`<security>` → factory method), so that `indigo describe` shows what WCF would build where the runtime
 * cannot; a SecureConversation element lists its bootstrap under `bootstrap`.
 *
 * Setting values follow WCF's rule for `<security>`: an attribute overrides the factory method's value only
 * when written; `requireDerivedKeys` is listed only when written (the factory's token parameters decide
 * otherwise, per token).
 */
import type { JsonObject } from '../model';
import { isObject } from '../model';
import { SCHEMA_LOCAL_DEFAULTS } from './securityDefaults';

export interface IntendedElement {
  readonly configurationName: string;
  readonly settings: Readonly<Record<string, unknown>>;
}

export const DEFAULT_MESSAGE_SECURITY_VERSION =
  'WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11';
const WS_HTTP_VERSION =
  'WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10';
const WS2007_HTTP_VERSION =
  'WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10';

/** Modes whose factory method takes requireSecurityContextCancellation (spec/config-schema.md §3.2). */
const TAKES_CANCELLATION = [
  'AnonymousForSslNegotiated',
  'IssuedTokenForSslNegotiated',
  'MutualSslNegotiated',
  'SecureConversation',
  'SspiNegotiated',
  'SspiNegotiatedOverTransport',
  'UserNameForSslNegotiated',
];
const OVER_TRANSPORT = [
  'CertificateOverTransport',
  'IssuedTokenOverTransport',
  'KerberosOverTransport',
  'UserNameOverTransport',
  'SspiNegotiatedOverTransport',
];
/** Factory methods that set RequireSignatureConfirmation (spec/config-schema.md §3.1). */
const CONFIRMS_SIGNATURE = [
  'AnonymousForCertificate',
  'IssuedTokenForCertificate',
  'IssuedTokenForSslNegotiated',
];

const isWss10 = (version: string): boolean => version.startsWith('WSSecurity10');

/** Which SecurityBindingElement class a factory method makes (spec/config-schema.md §7.2). */
function elementClass(mode: string, version: string, bootstrapClass?: string): string {
  if (OVER_TRANSPORT.includes(mode)) return 'TransportSecurityBindingElement';
  if (mode === 'SecureConversation')
    return bootstrapClass === 'TransportSecurityBindingElement'
      ? 'TransportSecurityBindingElement'
      : 'SymmetricSecurityBindingElement';
  if (mode === 'MutualCertificateDuplex' || (mode === 'MutualCertificate' && isWss10(version)))
    return 'AsymmetricSecurityBindingElement';
  return 'SymmetricSecurityBindingElement';
}

export interface SecurityIntentInput {
  readonly authenticationMode: string;
  /** Attributes written (or set by a standard binding's recipe), which override the factory's values. */
  readonly explicit: Readonly<Record<string, unknown>>;
  readonly localClientSettings?: Readonly<Record<string, unknown>>;
  readonly localServiceSettings?: Readonly<Record<string, unknown>>;
  readonly bootstrap?: SecurityIntentInput;
}

/** The settings of one SecurityBindingElement as WCF's factory method plus config would leave them. */
export function securityElementIntent(input: SecurityIntentInput): Record<string, unknown> {
  const x = input.explicit;
  const mode = input.authenticationMode;
  const versionName = String(x.messageSecurityVersion ?? 'Default');
  const version = versionName === 'Default' ? DEFAULT_MESSAGE_SECURITY_VERSION : versionName;
  const bootstrap = input.bootstrap ? securityElementIntent(input.bootstrap) : undefined;
  const cls = elementClass(mode, version, bootstrap?.securityBindingElement as string | undefined);
  const suite = String(x.defaultAlgorithmSuite ?? 'Default');
  const settings: Record<string, unknown> = {
    authenticationMode: mode,
    securityBindingElement: cls,
    // Kerberos's factory uses Basic128 unless a suite is set (RS CreateKerberosBindingElement).
    defaultAlgorithmSuite: suite === 'Default' ? (mode === 'Kerberos' ? 'Basic128' : 'Basic256') : suite,
    includeTimestamp: x.includeTimestamp ?? true,
    messageSecurityVersion: version,
    securityHeaderLayout: x.securityHeaderLayout ?? 'Strict',
    keyEntropyMode: x.keyEntropyMode ?? 'CombinedEntropy',
    allowInsecureTransport: x.allowInsecureTransport ?? false,
    enableUnsecuredResponse: x.enableUnsecuredResponse ?? false,
    protectTokens: x.protectTokens ?? false,
  };
  if (cls !== 'TransportSecurityBindingElement') {
    settings.messageProtectionOrder = x.messageProtectionOrder ?? 'SignBeforeEncryptAndEncryptSignature';
    const confirms = CONFIRMS_SIGNATURE.includes(mode) || (mode === 'MutualCertificate' && !isWss10(version));
    settings.requireSignatureConfirmation = x.requireSignatureConfirmation ?? confirms;
  }
  if (cls === 'AsymmetricSecurityBindingElement')
    settings.allowSerializedSigningTokenOnReply = x.allowSerializedSigningTokenOnReply ?? false;
  if (TAKES_CANCELLATION.includes(mode))
    settings.requireSecurityContextCancellation = x.requireSecurityContextCancellation ?? true;
  if (mode === 'SecureConversation')
    settings.canRenewSecurityContextToken = x.canRenewSecurityContextToken ?? true;
  if (x.requireDerivedKeys !== undefined) settings.requireDerivedKeys = x.requireDerivedKeys;
  settings.localClientSettings = { ...SCHEMA_LOCAL_DEFAULTS.client, ...input.localClientSettings };
  settings.localServiceSettings = { ...SCHEMA_LOCAL_DEFAULTS.service, ...input.localServiceSettings };
  if (bootstrap) settings.bootstrap = bootstrap;
  return settings;
}

/** `<security>` of a customBinding (written attributes only; defaults come from the factory). */
export function customSecurityIntent(written: JsonObject): Record<string, unknown> {
  const input = (w: JsonObject): SecurityIntentInput => {
    const explicit: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(w)) if (!isObject(v)) explicit[k] = v;
    return {
      authenticationMode: String(w.authenticationMode ?? 'SspiNegotiated'),
      explicit,
      localClientSettings: isObject(w.localClientSettings) ? w.localClientSettings : undefined,
      localServiceSettings: isObject(w.localServiceSettings) ? w.localServiceSettings : undefined,
      bootstrap: isObject(w.secureConversationBootstrap) ? input(w.secureConversationBootstrap) : undefined,
    };
  };
  return securityElementIntent(input(written));
}

/** spec/bindings.md §6.1: the bootstrap ("one-shot") mode per credential type and negotiation. */
const ONE_SHOT: Readonly<Record<string, readonly [string, string]>> = {
  None: ['AnonymousForSslNegotiated', 'AnonymousForCertificate'],
  UserName: ['UserNameForSslNegotiated', 'UserNameForCertificate'],
  Certificate: ['MutualSslNegotiated', 'MutualCertificate'],
  Windows: ['SspiNegotiated', 'Kerberos'],
  IssuedToken: ['IssuedTokenForSslNegotiated', 'IssuedTokenForCertificate'],
};
const OVER_TRANSPORT_MODE: Readonly<Record<string, string>> = {
  UserName: 'UserNameOverTransport',
  Certificate: 'CertificateOverTransport',
  Windows: 'SspiNegotiatedOverTransport',
  IssuedToken: 'IssuedTokenOverTransport',
};

/**
 * wsHttpBinding / ws2007HttpBinding security (spec/bindings.md §6): the one-shot element, wrapped in a
 * SecureConversation element when establishSecurityContext is on. `writtenMessage` tells whether the
 * algorithm suite was set (Kerberos keeps Basic128 otherwise).
 */
export function wsHttpSecurityIntent(
  section: string,
  security: JsonObject,
  writtenMessage: JsonObject | undefined,
  reliableSession: boolean,
): Record<string, unknown> {
  const message = isObject(security.message) ? security.message : {};
  const credential = String(message.clientCredentialType ?? 'Windows');
  const version = section === 'ws2007HttpBinding' ? WS2007_HTTP_VERSION : WS_HTTP_VERSION;
  const mixed = security.mode === 'TransportWithMessageCredential';
  const oneShotMode = mixed
    ? OVER_TRANSPORT_MODE[credential]
    : ONE_SHOT[credential][message.negotiateServiceCredential === false ? 1 : 0];
  if (!oneShotMode)
    throw new Error(
      `security mode TransportWithMessageCredential needs a client credential type other than ${credential}`,
    );
  const explicit: Record<string, unknown> = { includeTimestamp: true, messageSecurityVersion: version };
  if (writtenMessage?.algorithmSuite !== undefined || oneShotMode !== 'Kerberos')
    explicit.defaultAlgorithmSuite = message.algorithmSuite ?? 'Default';
  if (TAKES_CANCELLATION.includes(oneShotMode)) explicit.requireSecurityContextCancellation = true;
  const reconnect = { reconnectTransportOnFailure: reliableSession };
  const oneShot: SecurityIntentInput = {
    authenticationMode: oneShotMode,
    explicit,
    localClientSettings: reconnect,
    localServiceSettings: reconnect,
  };
  if (message.establishSecurityContext === false) return securityElementIntent(oneShot);
  // With secure conversation the bootstrap's SCT from negotiation is short-lived (RS NegotiationTokenAuthenticator).
  const bootstrap: SecurityIntentInput = {
    ...oneShot,
    localServiceSettings: { ...reconnect, issuedCookieLifetime: '00:15:00' },
  };
  return securityElementIntent({
    authenticationMode: 'SecureConversation',
    explicit: {
      ...explicit,
      defaultAlgorithmSuite: message.algorithmSuite ?? 'Default',
      requireSecurityContextCancellation: true,
    },
    localClientSettings: reconnect,
    localServiceSettings: reconnect,
    bootstrap,
  });
}
