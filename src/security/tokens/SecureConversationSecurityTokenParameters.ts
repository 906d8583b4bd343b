/**
 * The protection token of a secure session (WCF's SecureConversationSecurityTokenParameters): a Security
 * Context Token obtained by an RST/SCT ↔ RSTR exchange that the *bootstrap* security binding element protects.
 * Defaults as RS SecureConversationSecurityTokenParameters.cs: included AlwaysToRecipient, referenced
 * internally, derived keys required, cancellation required (a session SCT; `false` makes a cookie SCT, see
 * spec/secure-conversation.md §0 for the naming trap), renewal allowed.
 */
import { ChannelProtectionRequirements } from '../ChannelProtectionRequirements';
import type { SecurityBindingElement } from '../SecurityBindingElement';
import { SecurityTokenParameters } from './SecurityTokenParameters';

export class SecureConversationSecurityTokenParameters extends SecurityTokenParameters {
  readonly tokenKind = 'SecureConversation' as const;
  readonly hasAsymmetricKey = false;
  /** The security that protects the RST/SCT exchange (and renewals). */
  bootstrapSecurityBindingElement: SecurityBindingElement;
  /**
   * true: a session SCT — the service keeps the session's key, the client cancels at the end, and the binding
   * builds session channels. false: a cookie SCT — the state travels in the token, no session channel.
   */
  requireCancellation: boolean;
  /** Whether the client renews the SCT's key before it expires (`canRenewSecurityContextToken`). */
  canRenewSession = true;
  /** What the bootstrap protects of the RST/RSTR bodies: WCF signs and encrypts both directions. */
  bootstrapProtectionRequirements: ChannelProtectionRequirements;

  constructor(
    bootstrapSecurityBindingElement: SecurityBindingElement,
    requireCancellation = true,
    bootstrapProtectionRequirements: ChannelProtectionRequirements = new ChannelProtectionRequirements(),
  ) {
    super();
    this.bootstrapSecurityBindingElement = bootstrapSecurityBindingElement;
    this.requireCancellation = requireCancellation;
    this.bootstrapProtectionRequirements = bootstrapProtectionRequirements;
  }

  override clone(): SecureConversationSecurityTokenParameters {
    const copy = this.copyTo(
      new SecureConversationSecurityTokenParameters(
        this.bootstrapSecurityBindingElement.clone(),
        this.requireCancellation,
        this.bootstrapProtectionRequirements,
      ),
    );
    copy.canRenewSession = this.canRenewSession;
    return copy;
  }

  override describe(): Record<string, unknown> {
    return {
      ...super.describe(),
      requireCancellation: this.requireCancellation,
      canRenewSession: this.canRenewSession,
      bootstrap: this.bootstrapSecurityBindingElement.describe(),
    };
  }
}
