/**
 * WCF's SymmetricSecurityBindingElement with an X.509 protection token: MutualCertificate (WS-Security 1.1),
 * AnonymousForCertificate, UserNameForCertificate. The client wraps a fresh key to the service's certificate
 * (known out of band, `ClientCredentials.serviceCertificate.defaultCertificate`); both directions are protected
 * with keys derived from it (spec/secure-conversation.md §10; protocol in protocol/SymmetricSecurityProtocol).
 */
import { BindingConfigurationError } from '../channels/CommunicationErrors';
import type {
  ClientSecurityCredentials,
  ServiceSecurityCredentials,
} from './credentials/SecurityCredentials';
import {
  recipientSecurityOf,
  type InitiatorSecurity,
  type RecipientSecurity,
} from './channels/MessageSecuritySides';
import {
  recipientValidators,
  validatedServiceCertificate,
  requireServiceCertificate,
} from './credentials/credentialChecks';
import { SymmetricSecurityProtocol } from './protocol/SymmetricSecurityProtocol';
import type { SecurityProtocolSettings } from './protocol/SecurityProtocolSettings';
import { SecurityBindingElement } from './SecurityBindingElement';
import { MessageProtectionOrder } from './SecurityEnumerations';
import { X509SecurityTokenParameters, type SecurityTokenParameters } from './tokens/SecurityTokenParameters';
import { SecureConversationSecurityTokenParameters } from './tokens/SecureConversationSecurityTokenParameters';
import type { BindingContext } from '../channels/BindingContext';
import type { ChannelShape, ChannelShapes, IChannelFactory, IChannelListener } from '../channels/Channels';
import {
  buildSecuritySessionChannelFactory,
  buildSecuritySessionChannelListener,
} from './sessions/SecuritySessionStack';

export class SymmetricSecurityBindingElement extends SecurityBindingElement {
  protectionTokenParameters: SecurityTokenParameters | undefined;
  messageProtectionOrder: MessageProtectionOrder =
    MessageProtectionOrder.SignBeforeEncryptAndEncryptSignature;
  requireSignatureConfirmation = false;

  constructor(protectionTokenParameters?: SecurityTokenParameters) {
    super();
    this.protectionTokenParameters = protectionTokenParameters;
  }

  override setKeyDerivation(requireDerivedKeys: boolean): void {
    super.setKeyDerivation(requireDerivedKeys);
    if (this.protectionTokenParameters)
      this.protectionTokenParameters.requireDerivedKeys = requireDerivedKeys;
  }

  /** The secure conversation token, when this element protects a secure session. */
  private get secureConversation(): SecureConversationSecurityTokenParameters | undefined {
    const token = this.protectionTokenParameters;
    return token instanceof SecureConversationSecurityTokenParameters ? token : undefined;
  }

  // A session SCT (requireCancellation) gives session channels, and only those (RS SecurityBindingElement
  // .CanBuildChannelFactory with a SecureConversationSecurityTokenParameters).
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
    const sc = this.secureConversation;
    if (!sc) return super.buildChannelFactory(context, shape);
    this.checkSecureConversation(
      sc,
      shape,
      sc.requireCancellation ? 'IRequestSessionChannel' : 'IRequestChannel',
    );
    return buildSecuritySessionChannelFactory({
      element: this,
      parameters: sc,
      settings: this.protocolSettings(context, 'client'),
      context,
    }) as unknown as IChannelFactory<ChannelShapes[S]>;
  }

  override buildChannelListener<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelListener<ChannelShapes[S]> {
    const sc = this.secureConversation;
    if (!sc) return super.buildChannelListener(context, shape);
    this.checkSecureConversation(
      sc,
      shape,
      sc.requireCancellation ? 'IReplySessionChannel' : 'IReplyChannel',
    );
    return buildSecuritySessionChannelListener({
      element: this,
      parameters: sc,
      settings: this.protocolSettings(context, 'service'),
      context,
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

  protected override messageProtectionOrderSetting(): MessageProtectionOrder {
    return this.messageProtectionOrder;
  }

  protected override requireSignatureConfirmationSetting(): boolean {
    return this.requireSignatureConfirmation;
  }

  private protocol(settings: SecurityProtocolSettings): SymmetricSecurityProtocol {
    const token = this.protectionTokenParameters;
    if (!(token instanceof X509SecurityTokenParameters)) {
      throw new BindingConfigurationError(
        `SymmetricSecurityBindingElement: the protection token ${token ? token.tokenKind : '(none)'} is not supported; per-message security needs an X509SecurityTokenParameters protection token (secure conversation arrives with issue 5).`,
      );
    }
    return new SymmetricSecurityProtocol(settings, token);
  }

  protected override createInitiatorSecurity(
    settings: SecurityProtocolSettings,
    credentials: ClientSecurityCredentials,
  ): InitiatorSecurity {
    const protocol = this.protocol(settings);
    return {
      forTarget: (target) => {
        const serviceCertificate = validatedServiceCertificate(credentials, target, settings.clock.now());
        const initiator = {
          serviceCertificate,
          clientCertificate: credentials.clientCertificate.certificate,
          userName:
            credentials.userName.userName !== undefined
              ? { userName: credentials.userName.userName, password: credentials.userName.password ?? '' }
              : undefined,
        };
        return {
          secureRequest: (message) => protocol.secureRequest(message, initiator),
          secureEndorsedRequest: (message, endorsement) =>
            protocol.secureRequest(message, initiator, endorsement),
          verifyReply: (reply, state) =>
            protocol.verifyReply(reply, state as Parameters<typeof protocol.verifyReply>[1]),
        };
      },
    };
  }

  protected override createRecipientSecurity(
    settings: SecurityProtocolSettings,
    credentials: ServiceSecurityCredentials,
  ): RecipientSecurity {
    const protocol = this.protocol(settings);
    const serviceCertificate = requireServiceCertificate(credentials);
    const validators = recipientValidators(credentials, settings.supporting);
    return recipientSecurityOf(
      (request, sessionTokens) =>
        protocol.verifyRequest(request, { serviceCertificate, ...validators }, sessionTokens),
      (reply, state) => protocol.secureReply(reply, state),
    );
  }

  override clone(): SymmetricSecurityBindingElement {
    const copy = this.copyBaseTo(
      new SymmetricSecurityBindingElement(this.protectionTokenParameters?.clone()),
    );
    copy.messageProtectionOrder = this.messageProtectionOrder;
    copy.requireSignatureConfirmation = this.requireSignatureConfirmation;
    return copy;
  }

  override describe(): Readonly<Record<string, unknown>> {
    return {
      securityBindingElement: 'SymmetricSecurityBindingElement',
      ...this.describeBase(),
      protectionTokenParameters: this.protectionTokenParameters?.describe(),
      messageProtectionOrder: this.messageProtectionOrder,
      requireSignatureConfirmation: this.requireSignatureConfirmation,
    };
  }
}
