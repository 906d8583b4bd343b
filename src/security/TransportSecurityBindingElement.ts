/**
 * WCF's TransportSecurityBindingElement: message credentials over a secure transport ("mixed mode",
 * TransportWithMessageCredential; spec/secure-conversation.md §8, §10). Every token is a supporting token — a
 * UsernameToken (UserNameOverTransport), a client certificate endorsing the Timestamp (CertificateOverTransport)
 * — and TLS protects the message, so the stack below must be a secure transport: a plain http transport is
 * refused, as WCF refuses it, unless `allowInsecureTransport` says TLS ends in front of the service (protocol in
 * protocol/TransportSecurityProtocol).
 *
 * With a SecureConversationSecurityTokenParameters as its endorsing token (createSecureConversationBindingElement
 * over a transport bootstrap) the element builds a secure session, or a cookie SCT without one: the session
 * channels of src/security/sessions, with the transport shape protecting the session's messages.
 */
import type { BindingContext } from '../channels/BindingContext';
import type { ChannelShape, ChannelShapes, IChannelFactory, IChannelListener } from '../channels/Channels';
import { BindingConfigurationError } from '../channels/CommunicationErrors';
import { TransportBindingElement } from '../channels/TransportBindingElement';
import type { InitiatorSecurity, RecipientSecurity } from './channels/MessageSecuritySides';
import { recipientValidators, requireClientCertificate } from './credentials/credentialChecks';
import type {
  ClientSecurityCredentials,
  ServiceSecurityCredentials,
} from './credentials/SecurityCredentials';
import type { SecurityProtocolSettings } from './protocol/SecurityProtocolSettings';
import {
  TransportSecurityProtocol,
  transportExpectations,
  type TransportInitiatorCredentials,
} from './protocol/TransportSecurityProtocol';
import { SecurityBindingElement } from './SecurityBindingElement';
import { MessageProtectionOrder, SecurityTokenInclusionMode } from './SecurityEnumerations';
import { SecureConversationSecurityTokenParameters } from './tokens/SecureConversationSecurityTokenParameters';
import { X509SecurityTokenParameters } from './tokens/SecurityTokenParameters';
import {
  buildSecuritySessionChannelFactory,
  buildSecuritySessionChannelListener,
} from './sessions/SecuritySessionStack';

/** The scheme of a transport that gives integrity and confidentiality (RS ISecurityCapabilities of https). */
const SECURE_SCHEMES: ReadonlySet<string> = new Set(['https']);

export class TransportSecurityBindingElement extends SecurityBindingElement {
  // No message protection: the order and signature confirmation do not apply (RS TransportSecurityBindingElement
  // has neither property).
  protected override messageProtectionOrderSetting(): MessageProtectionOrder {
    return MessageProtectionOrder.SignBeforeEncrypt;
  }

  protected override requireSignatureConfirmationSetting(): boolean {
    return false;
  }

  /** The secure conversation token, when this element carries a secure session (mixed mode). */
  private get secureConversation(): SecureConversationSecurityTokenParameters | undefined {
    const endorsing = this.endpointSupportingTokenParameters.endorsing;
    return endorsing.find(
      (p): p is SecureConversationSecurityTokenParameters =>
        p instanceof SecureConversationSecurityTokenParameters,
    );
  }

  // A session SCT (requireCancellation) gives session channels, and only those; a cookie SCT datagram ones
  // (RS TransportSecurityBindingElement.SessionMode, SecurityBindingElement.CanBuildChannelFactory).
  override canBuildChannelFactory(context: BindingContext, shape: ChannelShape): boolean {
    const sc = this.secureConversation;
    if (!sc) return super.canBuildChannelFactory(context, shape);
    return (
      shape === (sc.requireCancellation ? 'IRequestSessionChannel' : 'IRequestChannel') &&
      context.canBuildInnerChannelFactory('IRequestChannel')
    );
  }

  override canBuildChannelListener(context: BindingContext, shape: ChannelShape): boolean {
    const sc = this.secureConversation;
    if (!sc) return super.canBuildChannelListener(context, shape);
    return (
      shape === (sc.requireCancellation ? 'IReplySessionChannel' : 'IReplyChannel') &&
      context.canBuildInnerChannelListener('IReplyChannel')
    );
  }

  override buildChannelFactory<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelFactory<ChannelShapes[S]> {
    this.checkTransport(context);
    const sc = this.secureConversation;
    if (!sc) return super.buildChannelFactory(context, shape);
    this.checkSecureConversation(
      sc,
      shape,
      sc.requireCancellation ? 'IRequestSessionChannel' : 'IRequestChannel',
    );
    const settings = this.protocolSettings(context, 'client');
    return buildSecuritySessionChannelFactory({
      element: this,
      parameters: sc,
      settings,
      context,
      protocol: this.protocol(settings),
    }) as unknown as IChannelFactory<ChannelShapes[S]>;
  }

  override buildChannelListener<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelListener<ChannelShapes[S]> {
    this.checkTransport(context);
    const sc = this.secureConversation;
    if (!sc) return super.buildChannelListener(context, shape);
    this.checkSecureConversation(
      sc,
      shape,
      sc.requireCancellation ? 'IReplySessionChannel' : 'IReplyChannel',
    );
    const settings = this.protocolSettings(context, 'service');
    return buildSecuritySessionChannelListener({
      element: this,
      parameters: sc,
      settings,
      context,
      protocol: this.protocol(settings),
    }) as unknown as IChannelListener<ChannelShapes[S]>;
  }

  private checkSecureConversation(
    sc: SecureConversationSecurityTokenParameters,
    shape: ChannelShape,
    expected: ChannelShape,
  ): void {
    this.checkSupported();
    if (shape !== expected) {
      throw new BindingConfigurationError(
        sc.requireCancellation
          ? `A secure session builds ${expected} stacks; ${shape} has no session (use a contract whose SessionMode allows a session).`
          : `Cookie security context tokens (requireCancellation=false) give no session: the stack is ${expected}, not ${shape}.`,
      );
    }
  }

  /**
   * RS TransportSecurityBindingElement.BuildChannelFactoryCore/BuildChannelListenerCore: the transport must
   * protect requests and replies (EncryptAndSign), or allowInsecureTransport must be set.
   */
  protected checkTransport(context: BindingContext): void {
    if (this.allowInsecureTransport) return;
    const transport = context.remainingBindingElements.find(
      (e): e is TransportBindingElement => e instanceof TransportBindingElement,
    );
    if (!transport || SECURE_SCHEMES.has(transport.scheme)) return;
    const binding = context.binding;
    throw new BindingConfigurationError(
      `The '${binding.name}'.'${binding.namespace}' binding is configured with an authentication mode that requires transport level integrity and confidentiality (${this.authenticationMode ?? 'TransportSecurityBindingElement'}), but its transport ${transport.configurationName} (${transport.scheme}) provides neither. Use an HTTPS transport (httpsTransport, an https:// address), or set allowInsecureTransport="true" when TLS ends in front of the service.`,
    );
  }

  /** The tokens Indigo builds over a transport: user names, and at most one endorsing X.509 certificate. */
  protected protocol(settings: SecurityProtocolSettings): TransportSecurityProtocol {
    const s = this.endpointSupportingTokenParameters;
    const endorsing = [...s.endorsing, ...s.signedEndorsing];
    for (const p of [...s.signed, ...s.signedEncrypted]) {
      if (p.tokenKind !== 'UserName')
        throw new BindingConfigurationError(
          `TransportSecurityBindingElement: a ${p.tokenKind} token as a signed supporting token is not supported; use a UserNameSecurityTokenParameters.`,
        );
    }
    if (endorsing.length > 1)
      throw new BindingConfigurationError(
        'TransportSecurityBindingElement: Indigo supports one endorsing supporting token.',
      );
    const [token] = endorsing;
    if (token instanceof SecureConversationSecurityTokenParameters) {
      if (!s.endorsing.includes(token) || s.signed.length + s.signedEncrypted.length > 0)
        throw new BindingConfigurationError(
          'TransportSecurityBindingElement: a security context token must be the only supporting token, and an endorsing one (createSecureConversationBindingElement).',
        );
      if (token.requireDerivedKeys)
        throw new BindingConfigurationError(
          'TransportSecurityBindingElement: derived keys from a security context token over a secure transport are not supported; set requireDerivedKeys="false" (WCF\'s own shape).',
        );
    } else if (token) {
      if (
        !(token instanceof X509SecurityTokenParameters) ||
        token.inclusionMode !== SecurityTokenInclusionMode.AlwaysToRecipient
      ) {
        throw new BindingConfigurationError(
          `TransportSecurityBindingElement: the endorsing token ${token.tokenKind} (${token.inclusionMode}) is not supported; use an X509SecurityTokenParameters included AlwaysToRecipient (CertificateOverTransport).`,
        );
      }
    }
    if (token && !this.includeTimestamp)
      throw new BindingConfigurationError(
        'TransportSecurityBindingElement: an endorsing token signs the Timestamp, so includeTimestamp must be true.',
      );
    return new TransportSecurityProtocol(settings);
  }

  protected override createInitiatorSecurity(
    settings: SecurityProtocolSettings,
    credentials: ClientSecurityCredentials,
  ): InitiatorSecurity {
    const protocol = this.protocol(settings);
    const expect = transportExpectations(settings.supporting);
    return {
      forTarget: () => {
        // Checked when the channel opens, as WCF's token providers are.
        const initiator: TransportInitiatorCredentials = {
          clientCertificate:
            expect.endorsing === 'certificate' ? requireClientCertificate(credentials) : undefined,
          userName: expect.userName ? requireUserName(credentials) : undefined,
        };
        return {
          secureRequest: (message) => ({
            message: protocol.secureRequest(message, initiator),
            state: undefined,
          }),
          // RST/SCT/Renew: the SCT signs the Timestamp beside the binding's tokens (spec §9).
          secureEndorsedRequest: (message, endorsement) => ({
            message: protocol.secureRequest(message, initiator, endorsement),
            state: undefined,
          }),
          verifyReply: (reply) => protocol.verifyReply(reply),
        };
      },
    };
  }

  protected override createRecipientSecurity(
    settings: SecurityProtocolSettings,
    credentials: ServiceSecurityCredentials,
  ): RecipientSecurity {
    const protocol = this.protocol(settings);
    const validators = recipientValidators(credentials, settings.supporting);
    return {
      verifyRequest: async (request) => {
        const verified = await protocol.verifyRequest(request, validators);
        return { ...verified, secureReply: (reply) => protocol.secureReply(reply) };
      },
      verifyEndorsedRequest: async (request, sessionTokens) => {
        const verified = await protocol.verifyEndorsedRequest(request, validators, sessionTokens);
        return { ...verified, secureReply: (reply) => protocol.secureReply(reply) };
      },
    };
  }

  override clone(): TransportSecurityBindingElement {
    return this.copyBaseTo(new TransportSecurityBindingElement());
  }

  override describe(): Readonly<Record<string, unknown>> {
    return { securityBindingElement: 'TransportSecurityBindingElement', ...this.describeBase() };
  }
}

/** The user name of ClientCredentials, or WCF's error (RS UserNameSecurityTokenProvider). */
function requireUserName(credentials: ClientSecurityCredentials): { userName: string; password: string } {
  const userName = credentials.userName.userName;
  if (!userName)
    throw new BindingConfigurationError(
      'The username is not provided. Specify username in ClientCredentials (userName.userName).',
    );
  return { userName, password: credentials.userName.password ?? '' };
}
