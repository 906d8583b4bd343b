/**
 * WCF's AsymmetricSecurityBindingElement: MutualCertificate with a WS-Security 1.0 MessageSecurityVersion. The
 * client signs with its certificate and encrypts to the service's; the service signs its reply with its own
 * certificate and encrypts to the client's (protocol in protocol/AsymmetricSecurityProtocol).
 */
import { BindingConfigurationError } from '../channels/CommunicationErrors';
import {
  recipientSecurityOf,
  type InitiatorSecurity,
  type RecipientSecurity,
} from './channels/MessageSecuritySides';
import {
  recipientValidators,
  requireClientCertificate,
  requireServiceCertificate,
  validatedServiceCertificate,
} from './credentials/credentialChecks';
import type {
  ClientSecurityCredentials,
  ServiceSecurityCredentials,
} from './credentials/SecurityCredentials';
import { AsymmetricSecurityProtocol } from './protocol/AsymmetricSecurityProtocol';
import type { SecurityProtocolSettings } from './protocol/SecurityProtocolSettings';
import { SecurityBindingElement } from './SecurityBindingElement';
import { MessageProtectionOrder } from './SecurityEnumerations';
import { X509SecurityTokenParameters, type SecurityTokenParameters } from './tokens/SecurityTokenParameters';

export class AsymmetricSecurityBindingElement extends SecurityBindingElement {
  initiatorTokenParameters: SecurityTokenParameters | undefined;
  recipientTokenParameters: SecurityTokenParameters | undefined;
  messageProtectionOrder: MessageProtectionOrder =
    MessageProtectionOrder.SignBeforeEncryptAndEncryptSignature;
  requireSignatureConfirmation = false;
  allowSerializedSigningTokenOnReply = false;

  constructor(
    recipientTokenParameters?: SecurityTokenParameters,
    initiatorTokenParameters?: SecurityTokenParameters,
  ) {
    super();
    this.recipientTokenParameters = recipientTokenParameters;
    this.initiatorTokenParameters = initiatorTokenParameters;
  }

  override setKeyDerivation(requireDerivedKeys: boolean): void {
    super.setKeyDerivation(requireDerivedKeys);
    if (this.initiatorTokenParameters) this.initiatorTokenParameters.requireDerivedKeys = requireDerivedKeys;
    if (this.recipientTokenParameters) this.recipientTokenParameters.requireDerivedKeys = requireDerivedKeys;
  }

  protected override messageProtectionOrderSetting(): MessageProtectionOrder {
    return this.messageProtectionOrder;
  }

  protected override requireSignatureConfirmationSetting(): boolean {
    return this.requireSignatureConfirmation;
  }

  private protocol(settings: SecurityProtocolSettings): AsymmetricSecurityProtocol {
    const initiator = this.initiatorTokenParameters;
    const recipient = this.recipientTokenParameters;
    if (
      !(initiator instanceof X509SecurityTokenParameters) ||
      !(recipient instanceof X509SecurityTokenParameters)
    ) {
      throw new BindingConfigurationError(
        'AsymmetricSecurityBindingElement: Indigo supports X509SecurityTokenParameters as initiator and recipient tokens.',
      );
    }
    return new AsymmetricSecurityProtocol(
      settings,
      initiator,
      recipient,
      this.allowSerializedSigningTokenOnReply,
    );
  }

  protected override createInitiatorSecurity(
    settings: SecurityProtocolSettings,
    credentials: ClientSecurityCredentials,
  ): InitiatorSecurity {
    const protocol = this.protocol(settings);
    return {
      forTarget: (target) => {
        const initiator = {
          clientCertificate: requireClientCertificate(credentials),
          serviceCertificate: validatedServiceCertificate(credentials, target, settings.clock.now()),
          userName:
            credentials.userName.userName !== undefined
              ? { userName: credentials.userName.userName, password: credentials.userName.password ?? '' }
              : undefined,
        };
        return {
          secureRequest: (message) => protocol.secureRequest(message, initiator),
          // RST/SCT/Renew: the SCT endorses the primary signature beside the binding's tokens (spec §9).
          secureEndorsedRequest: (message, endorsement) =>
            protocol.secureRequest(message, initiator, endorsement),
          verifyReply: (reply, state) =>
            protocol.verifyReply(reply, state as Parameters<typeof protocol.verifyReply>[1], initiator),
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
    const validators = recipientValidators(credentials, settings.supporting, true);
    return recipientSecurityOf(
      (request, sessionTokens) =>
        protocol.verifyRequest(request, { serviceCertificate, ...validators }, sessionTokens),
      (reply, state) => protocol.secureReply(reply, state, serviceCertificate),
    );
  }

  override clone(): AsymmetricSecurityBindingElement {
    const copy = this.copyBaseTo(
      new AsymmetricSecurityBindingElement(
        this.recipientTokenParameters?.clone(),
        this.initiatorTokenParameters?.clone(),
      ),
    );
    copy.messageProtectionOrder = this.messageProtectionOrder;
    copy.requireSignatureConfirmation = this.requireSignatureConfirmation;
    copy.allowSerializedSigningTokenOnReply = this.allowSerializedSigningTokenOnReply;
    return copy;
  }

  override describe(): Readonly<Record<string, unknown>> {
    return {
      securityBindingElement: 'AsymmetricSecurityBindingElement',
      ...this.describeBase(),
      initiatorTokenParameters: this.initiatorTokenParameters?.describe(),
      recipientTokenParameters: this.recipientTokenParameters?.describe(),
      messageProtectionOrder: this.messageProtectionOrder,
      requireSignatureConfirmation: this.requireSignatureConfirmation,
      allowSerializedSigningTokenOnReply: this.allowSerializedSigningTokenOnReply,
    };
  }
}
