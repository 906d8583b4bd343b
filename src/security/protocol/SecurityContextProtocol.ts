/**
 * Message security inside a secure session (spec/secure-conversation.md §8; RS SymmetricSecurityProtocol with a
 * SecureConversationSecurityTokenParameters protection token): the Security Context Token is the protection
 * token; with derived keys (WCF's default) one DerivedKeyToken signs (the suite's signature length, 24 octets
 * for Basic256) and one encrypts (32), both from the SCT's key; without (mixed mode) the SCT's key signs
 * directly.
 *
 * - requests carry the SCT (inclusion AlwaysToRecipient) and refer to it by `#wsu:Id`;
 * - replies leave it out and refer to it by its Identifier (`urn:uuid:…`, with ValueType), and after a renewal
 *   its key generation;
 * - every key of a received message must come from one SCT (the one the primary signature used).
 */
import type { Message } from '../../channels/Message';
import type { XmlElement } from '../../xml';
import { MessageSecurityError } from '../MessageSecurityError';
import { ProtectionLevel } from '../SecurityEnumerations';
import { createDerivedKeyToken } from '../wss/DerivedKeyToken';
import { generateUniqueId } from '../wss/IdGenerator';
import { createSecurityTokenReference, type KeyIdentifierClause } from '../wss/SecurityTokenReference';
import { derivedKeyTokenType } from '../wss/WssConstants';
import { MessageSecurityProtocol, receivedEnvelope } from './MessageSecurityProtocol';
import {
  processSecurityHeader,
  type ProcessedSecurityHeader,
  type ResolvedSecurityContextKey,
  type SecurityContextTokenReference,
} from './ReceiveSecurityHeader';
import type { SecurityProtocolSettings } from './SecurityProtocolSettings';
import type { SecuritySessionProtocol } from './SecuritySessionProtocol';
import { applySendSecurityHeader, type EncryptingKey, type SigningKey } from './SendSecurityHeader';
import { actionOf } from './SymmetricSecurityProtocol';

/** What the protocol needs of a Security Context Token to protect a message with it. */
export interface SessionKey {
  /** The token's wsu:Id (the local reference of a request that carries it). */
  readonly id: string;
  /** Its Identifier, `urn:uuid:…`. */
  readonly contextId: string;
  /** Its key generation (Instance), set after a renewal. */
  readonly keyGeneration: string | undefined;
  readonly key: Buffer;
}

export interface SecureSessionMessageOptions {
  /** The SCT element to carry (requests); replies refer to the token by its Identifier instead. */
  readonly tokenElement?: XmlElement;
  /** Overrides the contract's protection level (Cancel is signed, not encrypted). */
  readonly protection?: ProtectionLevel;
}

export interface VerifiedSessionMessage {
  readonly message: Message;
  /** The token whose key protected the message. */
  readonly contextId: string;
  readonly keyGeneration: string | undefined;
  readonly processed: ProcessedSecurityHeader;
}

export interface SessionKeyResolver {
  securityContextToken(reference: SecurityContextTokenReference): ResolvedSecurityContextKey | undefined;
}

export class SecurityContextProtocol extends MessageSecurityProtocol implements SecuritySessionProtocol {
  constructor(
    settings: SecurityProtocolSettings,
    /** WCF's RequireDerivedKeys on the SCT parameters (false in mixed mode). */
    private readonly requireDerivedKeys: boolean,
  ) {
    super(settings);
  }

  private get sctTokenType(): string {
    return `${this.settings.securityVersion.secureConversationNamespace}/sct`;
  }

  private sourceClause(token: SessionKey, included: boolean): KeyIdentifierClause {
    const bsp = this.settings.securityVersion.basicSecurityProfile;
    if (included) return { kind: 'localId', id: token.id, valueType: bsp ? this.sctTokenType : undefined };
    return {
      kind: 'externalUri',
      uri: token.contextId,
      valueType: this.sctTokenType,
      instance:
        token.keyGeneration !== undefined
          ? {
              value: token.keyGeneration,
              namespace: this.settings.securityVersion.secureConversationNamespace,
            }
          : undefined,
    };
  }

  private keys(
    token: SessionKey,
    included: boolean,
  ): { tokens: XmlElement[]; signing: SigningKey; encryption: EncryptingKey } {
    const suite = this.settings.suite;
    const source = () => createSecurityTokenReference(this.sourceClause(token, included));
    if (!this.requireDerivedKeys) {
      return {
        tokens: [],
        signing: { algorithm: suite.defaultSymmetricSignatureAlgorithm, key: token.key, keyInfo: source() },
        encryption: { algorithm: suite.defaultEncryptionAlgorithm, key: token.key, keyInfo: source() },
      };
    }
    const ns = this.settings.securityVersion.secureConversationNamespace;
    const dkValueType = this.settings.securityVersion.basicSecurityProfile
      ? derivedKeyTokenType(ns)
      : undefined;
    const derive = (bits: number) =>
      createDerivedKeyToken({
        id: generateUniqueId(),
        namespace: ns,
        secret: token.key,
        source: source(),
        length: bits / 8,
      });
    const sig = derive(suite.defaultSignatureKeyDerivationLength);
    const enc = derive(suite.defaultEncryptionKeyDerivationLength);
    const ref = (id: string) => createSecurityTokenReference({ kind: 'localId', id, valueType: dkValueType });
    return {
      tokens: [sig.element, enc.element],
      signing: { algorithm: suite.defaultSymmetricSignatureAlgorithm, key: sig.key, keyInfo: ref(sig.id) },
      encryption: { algorithm: suite.defaultEncryptionAlgorithm, key: enc.key, keyInfo: ref(enc.id) },
    };
  }

  /** Secures a message of the session, in either direction. */
  secure(
    message: Message,
    token: SessionKey,
    direction: 'request' | 'reply',
    options: SecureSessionMessageOptions = {},
  ): Message {
    const s = this.settings;
    const prepared = this.prepare(message, direction);
    const protection = options.protection ?? prepared.protection;
    const included = options.tokenElement !== undefined;
    const keys = this.keys(token, included);
    applySendSecurityHeader({
      envelope: prepared.envelope,
      digestAlgorithm: s.suite.defaultDigestAlgorithm,
      layout: s.layout,
      protectionOrder: s.protectionOrder,
      timestamp: prepared.timestamp,
      signHeader: (h) => this.isAddressingHeader(h),
      signBody: protection !== ProtectionLevel.None,
      encryptBody: protection === ProtectionLevel.EncryptAndSign,
      tokens: included ? [options.tokenElement, ...keys.tokens] : keys.tokens,
      signing: keys.signing,
      encryption: keys.encryption,
      ids: prepared.ids,
    });
    return this.secured(message, prepared.envelope);
  }

  /**
   * Verifies a message of the session. `resolver` knows the tokens (the service's session state or cookie
   * reader; the client's one token); an unknown token fails with BadContextToken before any cryptography.
   */
  verify(
    message: Message,
    resolver: SessionKeyResolver,
    direction: 'request' | 'reply',
    protectionOverride?: ProtectionLevel,
  ): VerifiedSessionMessage {
    const envelope = receivedEnvelope(message);
    const security = this.findSecurityHeader(envelope);
    if (!security) throw new MessageSecurityError(`The ${direction} has no Security header.`);
    const processed = processSecurityHeader({
      security,
      version: this.settings.securityVersion,
      suite: this.settings.suite,
      layout: this.settings.layout,
      protectionOrder: this.settings.protectionOrder,
      quotas: this.settings.readerQuotas,
      resolver: {
        unwrappingKey: () => undefined,
        securityContextToken: (reference) => resolver.securityContextToken(reference),
      },
    });
    const origin = processed.primary?.key.origin;
    if (!origin || origin.kind !== 'securityContextToken')
      throw new MessageSecurityError(
        `The ${direction} is not signed with the session's security context token.`,
      );
    if (
      processed.encryptedKeys.length > 0 ||
      processed.usernameTokens.length > 0 ||
      processed.endorsing.length > 0
    )
      throw new MessageSecurityError(`A session ${direction} carries tokens the session does not use.`);
    if (processed.signatureConfirmations.length > 0)
      throw new MessageSecurityError('A session message carries SignatureConfirmation.');
    const protection =
      protectionOverride ?? this.settings.protectionLevel(actionOf(envelope, this), direction);
    this.checkRequirements(processed, envelope, { protection }, origin);
    return {
      message: this.verifiedMessage(message, envelope),
      contextId: origin.contextId,
      keyGeneration: origin.keyGeneration,
      processed,
    };
  }
}
