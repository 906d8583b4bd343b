/**
 * WCF's SecurityBindingElement (`<security>` in a customBinding): the settings every message security element
 * shares, with WCF's defaults (spec/config-schema.md §7.1), the static factory methods WCF users know, and the
 * channel building both symmetric and asymmetric elements share. Message security layers over a request/reply
 * stack without a session; secure conversation (a session) arrives with issue 5.
 */
import type { BindingContext } from '../channels/BindingContext';
import { BindingElement, type BindingPropertyKey } from '../channels/BindingElement';
import { ServiceResolver } from '../channels/BindingParameters';
import type {
  ChannelShape,
  ChannelShapes,
  IChannelFactory,
  IChannelListener,
  IReplyChannel,
  IRequestChannel,
} from '../channels/Channels';
import { ClockToken, systemClock, type Clock } from '../channels/Clock';
import { BindingConfigurationError } from '../channels/CommunicationErrors';
import { consoleLogger, LoggerToken } from '../channels/Logger';
import { MessageVersionProperty, ReaderQuotasProperty } from '../channels/MessageEncodingBindingElement';
import { ChannelProtectionRequirements } from './ChannelProtectionRequirements';
import { ClientSecurityCredentials, ServiceSecurityCredentials } from './credentials/SecurityCredentials';
import { LocalClientSecuritySettings, LocalServiceSecuritySettings } from './LocalSecuritySettings';
import { MessageSecurityVersion } from './MessageSecurityVersion';
import { InMemoryNonceCache } from './NonceCache';
import { SecurityAlgorithmSuite } from './SecurityAlgorithmSuite';
import { SecurityHeaderLayout, SecurityKeyEntropyMode } from './SecurityEnumerations';
import type { InitiatorSecurity, RecipientSecurity } from './channels/MessageSecuritySides';
import { SecurityChannelFactory } from './channels/SecurityChannelFactory';
import { SecurityChannelListener } from './channels/SecurityChannelListener';
import type { SecurityProtocolSettings } from './protocol/SecurityProtocolSettings';
import { SupportingTokenParameters } from './tokens/SupportingTokenParameters';
import type * as Factories from './SecurityBindingElementFactories';
import type { TransportSecurityBindingElement } from './TransportSecurityBindingElement';

/** The request/reply shapes message security layers over (no session without secure conversation). */
const CLIENT_SHAPE = 'IRequestChannel';
const SERVICE_SHAPE = 'IReplyChannel';

export abstract class SecurityBindingElement extends BindingElement {
  readonly configurationName = 'security';
  defaultAlgorithmSuite: SecurityAlgorithmSuite = SecurityAlgorithmSuite.Default;
  includeTimestamp = true;
  keyEntropyMode: SecurityKeyEntropyMode = SecurityKeyEntropyMode.CombinedEntropy;
  messageSecurityVersion: MessageSecurityVersion = MessageSecurityVersion.Default;
  securityHeaderLayout: SecurityHeaderLayout = SecurityHeaderLayout.Strict;
  allowInsecureTransport = false;
  enableUnsecuredResponse = false;
  protectTokens = false;
  readonly endpointSupportingTokenParameters = new SupportingTokenParameters();
  readonly optionalEndpointSupportingTokenParameters = new SupportingTokenParameters();
  localClientSettings = new LocalClientSecuritySettings();
  localServiceSettings = new LocalServiceSecuritySettings();
  /** Indigo: the `authenticationMode` this element was made for by a factory method (what `describe` shows). */
  authenticationMode: string | undefined;

  /** WCF's SetKeyDerivation: RequireDerivedKeys on the protection tokens and every supporting token. */
  setKeyDerivation(requireDerivedKeys: boolean): void {
    this.endpointSupportingTokenParameters.setKeyDerivation(requireDerivedKeys);
    this.optionalEndpointSupportingTokenParameters.setKeyDerivation(requireDerivedKeys);
  }

  /** The initiator half of the protocol, for a client stack. */
  protected abstract createInitiatorSecurity(
    settings: SecurityProtocolSettings,
    credentials: ClientSecurityCredentials,
  ): InitiatorSecurity;

  /** The recipient half, for a service stack (checks the credentials: a missing service certificate fails here). */
  protected abstract createRecipientSecurity(
    settings: SecurityProtocolSettings,
    credentials: ServiceSecurityCredentials,
  ): RecipientSecurity;

  override canBuildChannelFactory(context: BindingContext, shape: ChannelShape): boolean {
    return shape === CLIENT_SHAPE && context.canBuildInnerChannelFactory(CLIENT_SHAPE);
  }

  override canBuildChannelListener(context: BindingContext, shape: ChannelShape): boolean {
    return shape === SERVICE_SHAPE && context.canBuildInnerChannelListener(SERVICE_SHAPE);
  }

  override buildChannelFactory<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelFactory<ChannelShapes[S]> {
    this.checkShape(shape, CLIENT_SHAPE);
    this.checkSupported();
    const settings = this.protocolSettings(context, 'client');
    const credentials =
      context.bindingParameters.find(ClientSecurityCredentials) ?? new ClientSecurityCredentials();
    const security = this.createInitiatorSecurity(settings, credentials);
    const inner = context.buildInnerChannelFactory(CLIENT_SHAPE);
    return new SecurityChannelFactory(
      inner as IChannelFactory<IRequestChannel>,
      security,
    ) as unknown as IChannelFactory<ChannelShapes[S]>;
  }

  override buildChannelListener<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelListener<ChannelShapes[S]> {
    this.checkShape(shape, SERVICE_SHAPE);
    this.checkSupported();
    const settings = this.protocolSettings(context, 'service');
    const credentials =
      context.bindingParameters.find(ServiceSecurityCredentials) ?? new ServiceSecurityCredentials();
    const security = this.createRecipientSecurity(settings, credentials);
    const logger = context.bindingParameters.find(ServiceResolver)?.get(LoggerToken) ?? consoleLogger;
    const inner = context.buildInnerChannelListener(SERVICE_SHAPE);
    return new SecurityChannelListener(
      inner as IChannelListener<IReplyChannel>,
      security,
      logger,
    ) as unknown as IChannelListener<ChannelShapes[S]>;
  }

  override getProperty<T>(context: BindingContext, key: BindingPropertyKey<T>): T | undefined {
    return context.getInnerProperty(key);
  }

  private checkShape(shape: ChannelShape, expected: ChannelShape): void {
    if (shape !== expected) {
      throw new BindingConfigurationError(
        `The security binding element builds ${expected} stacks only: per-message security has no session (${shape} needs secure conversation, which arrives with issue 5).`,
      );
    }
  }

  /**
   * The initiator half of this element when it bootstraps a secure conversation: the RST/SCT exchange is
   * protected as `requirements` say (WCF's BootstrapProtectionRequirements), not as the contract's operations do.
   */
  createBootstrapInitiatorSecurity(
    context: BindingContext,
    requirements: ChannelProtectionRequirements,
  ): InitiatorSecurity {
    this.checkSupported();
    const credentials =
      context.bindingParameters.find(ClientSecurityCredentials) ?? new ClientSecurityCredentials();
    return this.createInitiatorSecurity(this.protocolSettings(context, 'client', requirements), credentials);
  }

  /** The recipient half of this element as a secure conversation's bootstrap (see createBootstrapInitiatorSecurity). */
  createBootstrapRecipientSecurity(
    context: BindingContext,
    requirements: ChannelProtectionRequirements,
  ): RecipientSecurity {
    this.checkSupported();
    const credentials =
      context.bindingParameters.find(ServiceSecurityCredentials) ?? new ServiceSecurityCredentials();
    return this.createRecipientSecurity(this.protocolSettings(context, 'service', requirements), credentials);
  }

  /** Settings Indigo refuses rather than ignores. */
  protected checkSupported(): void {
    if (this.enableUnsecuredResponse) {
      throw new BindingConfigurationError(
        'enableUnsecuredResponse="true" is not supported: Indigo requires every reply to be secured.',
      );
    }
    if (this.protectTokens) {
      throw new BindingConfigurationError(
        'protectTokens="true" is not supported yet: set protectTokens="false".',
      );
    }
    if (!this.optionalEndpointSupportingTokenParameters.isEmpty) {
      throw new BindingConfigurationError('Optional endpoint supporting tokens are not supported.');
    }
  }

  /** Everything the protocol needs, resolved from this element and the stack below it. */
  protected protocolSettings(
    context: BindingContext,
    side: 'client' | 'service',
    protectionRequirements?: ChannelProtectionRequirements,
  ): SecurityProtocolSettings {
    const messageVersion = context.getInnerProperty(MessageVersionProperty);
    if (!messageVersion)
      throw new BindingConfigurationError('The security binding element needs a message encoder below it.');
    const resolver = context.bindingParameters.find(ServiceResolver);
    const clock: Clock = resolver ? resolveOr(resolver, ClockToken, systemClock) : systemClock;
    const local = side === 'client' ? this.localClientSettings : this.localServiceSettings;
    const requirements =
      protectionRequirements ??
      context.bindingParameters.find(ChannelProtectionRequirements) ??
      new ChannelProtectionRequirements();
    return {
      messageVersion,
      securityVersion: this.messageSecurityVersion,
      suite: this.defaultAlgorithmSuite,
      layout: this.securityHeaderLayout,
      includeTimestamp: this.includeTimestamp,
      protectionOrder: this.messageProtectionOrderSetting(),
      requireSignatureConfirmation: this.requireSignatureConfirmationSetting(),
      supporting: this.endpointSupportingTokenParameters,
      protectionLevel: (action, direction) => requirements.protectionLevel(action, direction),
      local,
      clock,
      nonceCache: local.detectReplays
        ? new InMemoryNonceCache(local.replayWindow + local.maxClockSkew, local.replayCacheSize)
        : undefined,
      readerQuotas: context.getInnerProperty(ReaderQuotasProperty),
    };
  }

  protected abstract messageProtectionOrderSetting(): SecurityProtocolSettings['protectionOrder'];
  protected abstract requireSignatureConfirmationSetting(): boolean;

  protected copyBaseTo<T extends SecurityBindingElement>(target: T): T {
    target.defaultAlgorithmSuite = this.defaultAlgorithmSuite;
    target.includeTimestamp = this.includeTimestamp;
    target.keyEntropyMode = this.keyEntropyMode;
    target.messageSecurityVersion = this.messageSecurityVersion;
    target.securityHeaderLayout = this.securityHeaderLayout;
    target.allowInsecureTransport = this.allowInsecureTransport;
    target.enableUnsecuredResponse = this.enableUnsecuredResponse;
    target.protectTokens = this.protectTokens;
    copySupporting(this.endpointSupportingTokenParameters, target.endpointSupportingTokenParameters);
    copySupporting(
      this.optionalEndpointSupportingTokenParameters,
      target.optionalEndpointSupportingTokenParameters,
    );
    target.localClientSettings = this.localClientSettings.clone();
    target.localServiceSettings = this.localServiceSettings.clone();
    target.authenticationMode = this.authenticationMode;
    return target;
  }

  protected describeBase(): Record<string, unknown> {
    return {
      authenticationMode: this.authenticationMode,
      defaultAlgorithmSuite: this.defaultAlgorithmSuite.name,
      includeTimestamp: this.includeTimestamp,
      messageSecurityVersion: this.messageSecurityVersion.name,
      securityHeaderLayout: this.securityHeaderLayout,
      keyEntropyMode: this.keyEntropyMode,
      allowInsecureTransport: this.allowInsecureTransport,
      enableUnsecuredResponse: this.enableUnsecuredResponse,
      protectTokens: this.protectTokens,
      endpointSupportingTokenParameters: this.endpointSupportingTokenParameters.describe(),
    };
  }

  // WCF's static factory methods (spec/config-schema.md §7.2); their bodies live with the subclasses they make.

  /** WS-Security 1.1 versions → symmetric (X.509 protection token, client certificate endorsing); 1.0 → asymmetric. */
  static createMutualCertificateBindingElement(
    version?: MessageSecurityVersion,
    allowSerializedSigningTokenOnReply?: boolean,
  ): SecurityBindingElement {
    return factories().createMutualCertificateBindingElement(version, allowSerializedSigningTokenOnReply);
  }

  /** Symmetric, service certificate only, signature confirmation on. */
  static createAnonymousForCertificateBindingElement(): SecurityBindingElement {
    return factories().createAnonymousForCertificateBindingElement();
  }

  /** Symmetric, service certificate, a UsernameToken as signed-and-encrypted supporting token. */
  static createUserNameForCertificateBindingElement(): SecurityBindingElement {
    return factories().createUserNameForCertificateBindingElement();
  }

  /** Transport security (mixed mode): a UsernameToken next to the Timestamp, TLS protecting both. */
  static createUserNameOverTransportBindingElement(): TransportSecurityBindingElement {
    return factories().createUserNameOverTransportBindingElement();
  }

  /** Transport security (mixed mode): the client certificate endorses the Timestamp (and wsa:To). */
  static createCertificateOverTransportBindingElement(
    version?: MessageSecurityVersion,
  ): TransportSecurityBindingElement {
    return factories().createCertificateOverTransportBindingElement(version);
  }

  /** The element for an `authenticationMode` value (RS SecurityElementBase.CreateBindingElement). */
  static fromAuthenticationMode(mode: string, version?: MessageSecurityVersion): SecurityBindingElement {
    return factories().fromAuthenticationMode(mode, version);
  }

  /**
   * A secure session (RS SecurityBindingElement.CreateSecureConversationBindingElement): a symmetric element
   * whose protection token is a Security Context Token, obtained over `bootstrap` — without signature
   * confirmation, which the steady state does not need.
   */
  static createSecureConversationBindingElement(
    bootstrap: SecurityBindingElement,
    requireCancellation = true,
    bootstrapProtectionRequirements?: ChannelProtectionRequirements,
  ): SecurityBindingElement {
    return factories().createSecureConversationBindingElement(
      bootstrap,
      requireCancellation,
      bootstrapProtectionRequirements,
    );
  }

  abstract override clone(): SecurityBindingElement;
}

function resolveOr<T>(
  resolver: ServiceResolver,
  token: Parameters<ServiceResolver['get']>[0],
  fallback: T,
): T {
  try {
    return (resolver.get(token) as T | undefined) ?? fallback;
  } catch {
    return fallback;
  }
}

function copySupporting(from: SupportingTokenParameters, to: SupportingTokenParameters): void {
  const copy = from.clone();
  to.signed.push(...copy.signed);
  to.signedEncrypted.push(...copy.signedEncrypted);
  to.endorsing.push(...copy.endorsing);
  to.signedEndorsing.push(...copy.signedEndorsing);
}

/**
 * The factory methods make subclasses of this class, whose modules import this one; they are loaded when first
 * called, not when this module loads, so either module may be imported first.
 */
function factories(): typeof Factories {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./SecurityBindingElementFactories') as typeof Factories;
}
