/**
 * Writes WS-SecurityPolicy assertions the way WCF's policy driver does (RS WSSecurityPolicy.cs with its 1.1 and
 * 1.2 subclasses): one writer per export of a security binding element, because — as in WCF — the
 * `sp:MustSupportRef*` assertions of sp:Wss10/sp:Wss11 list the reference kinds the tokens written so far by
 * this writer asked for, and sp:MustSupportRefEncryptedKey follows an asymmetric protection token.
 *
 * The namespace follows the element's MessageSecurityVersion: WS-SP 1.1 (2005/07) for the February 2005
 * versions (wsHttpBinding), 1.2 (200702) for the WS-Trust 1.3 ones (ws2007HttpBinding).
 */
import type { XmlElement } from '../../../xml/XmlNode';
import type { MessageSecurityVersion } from '../../../security/MessageSecurityVersion';
import type { SecurityAlgorithmSuite } from '../../../security/SecurityAlgorithmSuite';
import {
  MessageProtectionOrder,
  SecurityKeyEntropyMode,
  type SecurityHeaderLayout,
  type SecurityTokenInclusionMode,
  X509KeyIdentifierClauseType,
} from '../../../security/SecurityEnumerations';
import type { SecurityTokenParameters } from '../../../security/tokens/SecurityTokenParameters';
import {
  UserNameSecurityTokenParameters,
  X509SecurityTokenParameters,
} from '../../../security/tokens/SecurityTokenParameters';
import { SecureConversationSecurityTokenParameters } from '../../../security/tokens/SecureConversationSecurityTokenParameters';
import type { SupportingTokenParameters } from '../../../security/tokens/SupportingTokenParameters';
import { MetadataExportError } from '../MetadataExportError';
import { MSSP_NS, SP11_NS, SP12_NS } from '../MetadataNamespaces';
import type { PolicyVersion } from '../PolicyVersion';
import { el, type Child } from '../xmlBuilder';

/** sp:Layout values (WSSecurityPolicy.CreateLayoutAssertion). */
const LAYOUT: Readonly<Record<SecurityHeaderLayout, string>> = {
  Strict: 'Strict',
  Lax: 'Lax',
  LaxTimestampFirst: 'LaxTsFirst',
  LaxTimestampLast: 'LaxTsLast',
};

/** What sp:SymmetricBinding and sp:AsymmetricBinding both say of a message security binding element. */
export interface BindingProperties {
  suite: SecurityAlgorithmSuite;
  layout: SecurityHeaderLayout;
  includeTimestamp: boolean;
  order: MessageProtectionOrder;
  containsEncryptionParts: boolean;
  protectTokens: boolean;
}

/** Parts a message must sign or encrypt: the body and/or headers by qualified name. */
export interface MessageParts {
  readonly body: boolean;
  readonly headers: readonly { readonly name: string; readonly namespace: string }[];
}

export class WSSecurityPolicyWriter {
  readonly namespace: string;
  private readonly is12: boolean;
  private mustSupportRefKeyIdentifier = false;
  private mustSupportRefIssuerSerial = false;
  private mustSupportRefThumbprint = false;
  private protectionTokenHasAsymmetricKey = false;

  constructor(
    readonly version: MessageSecurityVersion,
    private readonly policyVersion: PolicyVersion,
    /** Exports a secure conversation's bootstrap element over the stack below security (binding assertions). */
    private readonly exportBootstrap: (bootstrap: SecureConversationSecurityTokenParameters) => XmlElement[],
  ) {
    this.is12 = version.securityPolicyVersion === 'WSSecurityPolicy12';
    this.namespace = this.is12 ? SP12_NS : SP11_NS;
  }

  sp(name: string, children: readonly Child[] = []): XmlElement {
    return el('sp', name, this.namespace, {}, children);
  }

  /** wsp:Policy around nested assertions (an empty one when there are none, as WCF writes it). */
  policy(children: readonly Child[] = []): XmlElement {
    return el('wsp', 'Policy', this.policyVersion.namespace, {}, children);
  }

  private nested(name: string, children: readonly Child[]): XmlElement {
    return this.sp(name, [this.policy(children)]);
  }

  symmetricBinding(options: BindingProperties & { protectionToken: SecurityTokenParameters }): XmlElement {
    const protection = this.nested('ProtectionToken', [this.token(options.protectionToken)]);
    this.protectionTokenHasAsymmetricKey = options.protectionToken.hasAsymmetricKey;
    return this.nested('SymmetricBinding', [protection, ...this.bindingTail(options)]);
  }

  asymmetricBinding(
    options: BindingProperties & {
      initiatorToken: SecurityTokenParameters;
      recipientToken: SecurityTokenParameters;
    },
  ): XmlElement {
    return this.nested('AsymmetricBinding', [
      this.nested('InitiatorToken', [this.token(options.initiatorToken)]),
      this.nested('RecipientToken', [this.token(options.recipientToken)]),
      ...this.bindingTail(options),
    ]);
  }

  /** AlgorithmSuite, Layout, IncludeTimestamp, the protection order, ProtectTokens, OnlySignEntireHeadersAndBody. */
  private bindingTail(options: BindingProperties): Child[] {
    return [
      this.algorithmSuite(options.suite),
      this.layout(options.layout),
      options.includeTimestamp && this.sp('IncludeTimestamp'),
      options.order === MessageProtectionOrder.EncryptBeforeSign && this.sp('EncryptBeforeSigning'),
      options.order === MessageProtectionOrder.SignBeforeEncryptAndEncryptSignature &&
        options.containsEncryptionParts &&
        this.sp('EncryptSignature'),
      options.protectTokens && this.sp('ProtectTokens'),
      this.sp('OnlySignEntireHeadersAndBody'),
    ];
  }

  transportBinding(options: {
    transportToken: XmlElement;
    suite: SecurityAlgorithmSuite;
    layout: SecurityHeaderLayout;
    includeTimestamp: boolean;
  }): XmlElement {
    return this.nested('TransportBinding', [
      this.nested('TransportToken', [options.transportToken]),
      this.algorithmSuite(options.suite),
      this.layout(options.layout),
      options.includeTimestamp && this.sp('IncludeTimestamp'),
    ]);
  }

  /** sp:HttpsToken: 1.1 says RequireClientCertificate as an attribute, 1.2 as a nested assertion. */
  httpsToken(requireClientCertificate: boolean): XmlElement {
    if (!this.is12)
      return el('sp', 'HttpsToken', this.namespace, {
        RequireClientCertificate: String(requireClientCertificate),
      });
    return requireClientCertificate
      ? this.nested('HttpsToken', [this.sp('RequireClientCertificate')])
      : this.sp('HttpsToken');
  }

  algorithmSuite(suite: SecurityAlgorithmSuite): XmlElement {
    return this.nested('AlgorithmSuite', [this.sp(suite.name)]);
  }

  layout(layout: SecurityHeaderLayout): XmlElement {
    return this.nested('Layout', [this.sp(LAYOUT[layout])]);
  }

  /**
   * Signed, (1.2: signed encrypted,) endorsing and signed endorsing supporting tokens. 1.1 has no
   * SignedEncryptedSupportingTokens: a UsernameToken is listed as signed. `addressingNamespace` (transport
   * security only) adds sp:SignedParts for wsa:To to an endorsing set with an asymmetric key.
   */
  supportingTokens(tokens: SupportingTokenParameters, addressingNamespace?: string): XmlElement[] {
    const out: XmlElement[] = [];
    const signed = this.is12 ? tokens.signed : [...tokens.signed, ...tokens.signedEncrypted];
    if (signed.length)
      out.push(
        this.nested(
          'SignedSupportingTokens',
          signed.map((p) => this.token(p)),
        ),
      );
    if (this.is12 && tokens.signedEncrypted.length)
      out.push(
        this.nested(
          'SignedEncryptedSupportingTokens',
          tokens.signedEncrypted.map((p) => this.token(p)),
        ),
      );
    for (const [name, list] of [
      ['EndorsingSupportingTokens', tokens.endorsing],
      ['SignedEndorsingSupportingTokens', tokens.signedEndorsing],
    ] as const) {
      if (!list.length) continue;
      const children: Child[] = list.map((p) => this.token(p));
      if (addressingNamespace && list.some((p) => p.hasAsymmetricKey))
        children.push(
          this.signedParts({ body: false, headers: [{ name: 'To', namespace: addressingNamespace }] }),
        );
      out.push(this.nested(name, children));
    }
    return out;
  }

  /** sp:Wss10 or sp:Wss11 with the reference kinds this writer's tokens need. */
  wss(requireSignatureConfirmation: boolean): XmlElement {
    if (!this.version.isWss11)
      return this.nested('Wss10', [
        this.mustSupportRefKeyIdentifier && this.sp('MustSupportRefKeyIdentifier'),
        this.mustSupportRefIssuerSerial && this.sp('MustSupportRefIssuerSerial'),
      ]);
    return this.nested('Wss11', [
      this.mustSupportRefKeyIdentifier && this.sp('MustSupportRefKeyIdentifier'),
      this.mustSupportRefIssuerSerial && this.sp('MustSupportRefIssuerSerial'),
      this.mustSupportRefThumbprint && this.sp('MustSupportRefThumbprint'),
      this.protectionTokenHasAsymmetricKey && this.sp('MustSupportRefEncryptedKey'),
      requireSignatureConfirmation && this.sp('RequireSignatureConfirmation'),
    ]);
  }

  trust(entropy: SecurityKeyEntropyMode): XmlElement {
    return this.nested(this.version.trustVersion === 'WSTrust13' ? 'Trust13' : 'Trust10', [
      this.sp('MustSupportIssuedTokens'),
      entropy !== SecurityKeyEntropyMode.ServerEntropy && this.sp('RequireClientEntropy'),
      entropy !== SecurityKeyEntropyMode.ClientEntropy && this.sp('RequireServerEntropy'),
    ]);
  }

  signedParts(parts: MessageParts): XmlElement | undefined {
    return this.parts('SignedParts', parts);
  }

  encryptedParts(parts: MessageParts): XmlElement | undefined {
    return this.parts('EncryptedParts', parts);
  }

  private parts(name: string, parts: MessageParts): XmlElement | undefined {
    if (!parts.body && !parts.headers.length) return undefined;
    return this.sp(name, [
      parts.body && this.sp('Body'),
      ...parts.headers.map((h) =>
        el('sp', 'Header', this.namespace, { Name: h.name, Namespace: h.namespace }),
      ),
    ]);
  }

  /** A token assertion (WSSecurityPolicy.CreateTokenAssertion) for the kinds Indigo has. */
  token(parameters: SecurityTokenParameters): XmlElement {
    let result: XmlElement;
    if (parameters instanceof X509SecurityTokenParameters) {
      result = this.nested('X509Token', [
        parameters.requireDerivedKeys && this.sp('RequireDerivedKeys'),
        this.x509ReferenceStyle(parameters.x509ReferenceStyle),
        this.sp('WssX509V3Token10'),
      ]);
    } else if (parameters instanceof UserNameSecurityTokenParameters) {
      result = this.nested('UsernameToken', [this.sp('WssUsernameToken10')]);
    } else if (parameters instanceof SecureConversationSecurityTokenParameters) {
      result = this.nested('SecureConversationToken', [
        parameters.requireDerivedKeys && this.sp('RequireDerivedKeys'),
        !parameters.requireCancellation &&
          (this.is12 ? this.sp('MustNotSendCancel') : el('mssp', 'MustNotSendCancel', MSSP_NS)),
        this.sp('BootstrapPolicy', [this.policy(this.exportBootstrap(parameters))]),
        this.is12 && this.sp('MustNotSendAmend'),
        this.is12 &&
          (!parameters.requireCancellation || !parameters.canRenewSession) &&
          this.sp('MustNotSendRenew'),
      ]);
    } else {
      throw new MetadataExportError(
        `A ${parameters.constructor.name} cannot be described in WS-SecurityPolicy by Indigo.`,
      );
    }
    this.setIncludeToken(result, parameters.inclusionMode);
    return result;
  }

  private setIncludeToken(assertion: XmlElement, mode: SecurityTokenInclusionMode): void {
    assertion.setAttribute('IncludeToken', `${this.namespace}/IncludeToken/${mode}`, this.namespace, 'sp');
  }

  private x509ReferenceStyle(style: X509KeyIdentifierClauseType): XmlElement | undefined {
    switch (style) {
      case X509KeyIdentifierClauseType.IssuerSerial:
        this.mustSupportRefIssuerSerial = true;
        return this.sp('RequireIssuerSerialReference');
      case X509KeyIdentifierClauseType.SubjectKeyIdentifier:
        this.mustSupportRefKeyIdentifier = true;
        return this.sp('RequireKeyIdentifierReference');
      case X509KeyIdentifierClauseType.Thumbprint:
        this.mustSupportRefThumbprint = true;
        return this.sp('RequireThumbprintReference');
      case X509KeyIdentifierClauseType.Any:
        this.mustSupportRefIssuerSerial = true;
        this.mustSupportRefKeyIdentifier = true;
        this.mustSupportRefThumbprint = true;
        return undefined;
      default:
        throw new MetadataExportError(
          `The X.509 reference style '${style}' cannot be described in WS-SecurityPolicy.`,
        );
    }
  }
}
