/**
 * Builds the channels of a secure session from a security binding element whose protection token is a
 * SecureConversationSecurityTokenParameters: the bootstrap element's halves protect the RST/SCT exchange, a
 * SecurityContextProtocol protects the session's messages, and the session-token cache comes from the DI
 * container (SecurityContextTokenCacheToken), so a distributed store can replace the in-memory one.
 */
import type { BindingContext } from '../../channels/BindingContext';
import { ServiceResolver, ServiceToken } from '../../channels/BindingParameters';
import type {
  IChannelFactory,
  IChannelListener,
  IReplyChannel,
  IReplySessionChannel,
  IRequestChannel,
  IRequestSessionChannel,
} from '../../channels/Channels';
import { consoleLogger, LoggerToken, type Logger } from '../../channels/Logger';
import { trustDriverFor } from '../conversation/TrustDriver';
import {
  InMemorySecurityContextTokenCache,
  SecurityContextTokenCacheFactoryToken,
  type SecurityContextTokenCache,
} from '../conversation/SecurityContextTokenCache';
import { SecurityContextKeyRing } from '../conversation/SecurityContextCookie';
import type { LocalClientSecuritySettings, LocalServiceSecuritySettings } from '../LocalSecuritySettings';
import { SecurityCookieChannelFactory } from './SecurityCookieChannelFactory';
import { SecurityContextProtocol } from '../protocol/SecurityContextProtocol';
import type { SecuritySessionProtocol } from '../protocol/SecuritySessionProtocol';
import { createSessionTokenEndorsement } from '../protocol/SessionTokenEndorsement';
import type { SecurityProtocolSettings } from '../protocol/SecurityProtocolSettings';
import type { SecurityBindingElement } from '../SecurityBindingElement';
import type { SecureConversationSecurityTokenParameters } from '../tokens/SecureConversationSecurityTokenParameters';
import { SecuritySessionChannelFactory } from './SecuritySessionChannelFactory';
import { SecuritySessionChannelListener } from './SecuritySessionChannelListener';
import { SecuritySessionSecurityTokenAuthenticator } from './SecuritySessionSecurityTokenAuthenticator';
import { SecuritySessionSecurityTokenProvider } from './SecuritySessionSecurityTokenProvider';

/**
 * How many session tokens one service endpoint holds. WCF bounds open sessions with the service throttle and
 * idle ones with inactivityTimeout rather than with the cookie cache's 1000; this bound only keeps a runaway
 * (sessions opened faster than they are reclaimed) from growing memory without limit.
 */
export const SERVICE_SESSION_TOKEN_CAPACITY = 100_000;

/**
 * The key ring that protects cookie-mode SCTs (spec §7.1; WCF's SecurityStateEncoder). Rebind it in the DI
 * container to share one ring among the hosts of a farm (and rotate it there); by default every host of this
 * process shares one random ring, so a cookie survives the host being closed and opened again.
 */
export const SecurityContextKeyRingToken = new ServiceToken<SecurityContextKeyRing>('SecurityContextKeyRing');

let processKeyRing: SecurityContextKeyRing | undefined;

/** The process-wide default ring (made on first use). */
export function defaultSecurityContextKeyRing(): SecurityContextKeyRing {
  return (processKeyRing ??= SecurityContextKeyRing.generate());
}

export interface SecuritySessionStackInputs {
  readonly element: SecurityBindingElement;
  readonly parameters: SecureConversationSecurityTokenParameters;
  /** The outer element's protocol settings for this side. */
  readonly settings: SecurityProtocolSettings;
  readonly context: BindingContext;
  /** What protects the session's messages; by default message security with the SCT (SecurityContextProtocol). */
  readonly protocol?: SecuritySessionProtocol;
}

function resolve<T>(
  context: BindingContext,
  get: (resolver: ServiceResolver) => T | undefined,
): T | undefined {
  const resolver = context.bindingParameters.find(ServiceResolver);
  if (!resolver) return undefined;
  try {
    return get(resolver);
  } catch {
    return undefined;
  }
}

function loggerOf(context: BindingContext): Logger {
  return resolve(context, (r) => r.get(LoggerToken)) ?? consoleLogger;
}

export function buildSecuritySessionChannelFactory(
  inputs: SecuritySessionStackInputs,
): IChannelFactory<IRequestSessionChannel | IRequestChannel> {
  const { element, parameters, settings, context } = inputs;
  const protocol = inputs.protocol ?? new SecurityContextProtocol(settings, parameters.requireDerivedKeys);
  const bootstrap = parameters.bootstrapSecurityBindingElement.createBootstrapInitiatorSecurity(
    context,
    parameters.bootstrapProtectionRequirements,
  );
  const provider = new SecuritySessionSecurityTokenProvider({
    driver: trustDriverFor(element.messageSecurityVersion),
    messageVersion: settings.messageVersion,
    keySize: settings.suite.defaultSymmetricKeyLength,
    keyEntropyMode: element.keyEntropyMode,
    cookieMode: !parameters.requireCancellation,
    endorsement: (token) =>
      createSessionTokenEndorsement(token, token.element.clone(), settings, parameters.requireDerivedKeys),
  });
  const inner = context.buildInnerChannelFactory('IRequestChannel') as IChannelFactory<IRequestChannel>;
  if (!parameters.requireCancellation) {
    return new SecurityCookieChannelFactory(inner, {
      bootstrap,
      provider,
      protocol,
      local: settings.local as LocalClientSecuritySettings,
      clock: settings.clock,
    });
  }
  return new SecuritySessionChannelFactory(inner, {
    bootstrap,
    provider,
    protocol,
    logger: loggerOf(context),
    securityVersion: element.messageSecurityVersion,
    clock: settings.clock,
    local: settings.local as LocalClientSecuritySettings,
    canRenewSession: parameters.canRenewSession,
  });
}

export function buildSecuritySessionChannelListener(
  inputs: SecuritySessionStackInputs,
): IChannelListener<IReplySessionChannel | IReplyChannel> {
  const { element, parameters, settings, context } = inputs;
  const protocol = inputs.protocol ?? new SecurityContextProtocol(settings, parameters.requireDerivedKeys);
  const bootstrap = parameters.bootstrapSecurityBindingElement.createBootstrapRecipientSecurity(
    context,
    parameters.bootstrapProtectionRequirements,
  );
  const local = settings.local as LocalServiceSecuritySettings;
  const driver = trustDriverFor(element.messageSecurityVersion);
  const options = { capacity: SERVICE_SESSION_TOKEN_CAPACITY, clock: settings.clock };
  const cache: SecurityContextTokenCache =
    resolve(context, (r) => r.get(SecurityContextTokenCacheFactoryToken))?.(options) ??
    new InMemorySecurityContextTokenCache(options);
  const authenticator = new SecuritySessionSecurityTokenAuthenticator({
    driver,
    securityVersion: element.messageSecurityVersion,
    suite: settings.suite,
    keyEntropyMode: element.keyEntropyMode,
    messageVersion: settings.messageVersion,
    local,
    clock: settings.clock,
    cache,
    cookieKeyRing: parameters.requireCancellation
      ? undefined
      : (resolve(context, (r) => r.get(SecurityContextKeyRingToken)) ?? defaultSecurityContextKeyRing()),
  });
  const inner = context.buildInnerChannelListener('IReplyChannel') as IChannelListener<IReplyChannel>;
  return new SecuritySessionChannelListener(inner, {
    bootstrap,
    authenticator,
    protocol,
    driver,
    logger: loggerOf(context),
    inactivityTimeout: local.inactivityTimeout,
  });
}
