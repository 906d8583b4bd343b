/**
 * What kind of token a security binding uses for a role, and how it appears in messages (WCF's
 * SecurityTokenParameters; defaults from RS SecurityTokenParameters.cs, spec/config-schema.md §7.1): included
 * AlwaysToRecipient, referenced Internally, with derived keys. The X.509 and user-name kinds are the ones
 * per-message security needs; secure conversation's is in SecureConversationSecurityTokenParameters.
 */
import {
  SecurityTokenInclusionMode,
  SecurityTokenReferenceStyle,
  X509KeyIdentifierClauseType,
} from '../SecurityEnumerations';

export abstract class SecurityTokenParameters {
  inclusionMode: SecurityTokenInclusionMode = SecurityTokenInclusionMode.AlwaysToRecipient;
  referenceStyle: SecurityTokenReferenceStyle = SecurityTokenReferenceStyle.Internal;
  requireDerivedKeys = true;

  abstract readonly tokenKind: 'X509' | 'UserName' | 'SecureConversation';
  abstract clone(): SecurityTokenParameters;
  /** Whether the token has an asymmetric key (then keys are never derived from it). */
  abstract readonly hasAsymmetricKey: boolean;

  describe(): Record<string, unknown> {
    return {
      tokenKind: this.tokenKind,
      inclusionMode: this.inclusionMode,
      referenceStyle: this.referenceStyle,
      requireDerivedKeys: this.requireDerivedKeys,
    };
  }

  protected copyTo<T extends SecurityTokenParameters>(target: T): T {
    target.inclusionMode = this.inclusionMode;
    target.referenceStyle = this.referenceStyle;
    target.requireDerivedKeys = this.requireDerivedKeys;
    return target;
  }
}

/** An X.509 certificate token (WCF's X509SecurityTokenParameters; X509ReferenceStyle defaults to Any). */
export class X509SecurityTokenParameters extends SecurityTokenParameters {
  readonly tokenKind = 'X509' as const;
  readonly hasAsymmetricKey = true;
  x509ReferenceStyle: X509KeyIdentifierClauseType;

  constructor(
    x509ReferenceStyle: X509KeyIdentifierClauseType = X509KeyIdentifierClauseType.Any,
    inclusionMode: SecurityTokenInclusionMode = SecurityTokenInclusionMode.AlwaysToRecipient,
    requireDerivedKeys = true,
  ) {
    super();
    this.x509ReferenceStyle = x509ReferenceStyle;
    this.inclusionMode = inclusionMode;
    this.requireDerivedKeys = requireDerivedKeys;
  }

  override clone(): X509SecurityTokenParameters {
    const copy = this.copyTo(new X509SecurityTokenParameters());
    copy.x509ReferenceStyle = this.x509ReferenceStyle;
    return copy;
  }

  override describe(): Record<string, unknown> {
    return { ...super.describe(), x509ReferenceStyle: this.x509ReferenceStyle };
  }
}

/** A user name and password (WCF's UserNameSecurityTokenParameters: no derived keys, it has no key). */
export class UserNameSecurityTokenParameters extends SecurityTokenParameters {
  readonly tokenKind = 'UserName' as const;
  readonly hasAsymmetricKey = false;

  constructor() {
    super();
    this.requireDerivedKeys = false;
  }

  override clone(): UserNameSecurityTokenParameters {
    return this.copyTo(new UserNameSecurityTokenParameters());
  }
}
