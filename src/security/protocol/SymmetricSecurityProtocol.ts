/**
 * WCF's symmetric message security with an X.509 protection token — the shape of MutualCertificate (WS-Security
 * 1.1), AnonymousForCertificate, UserNameForCertificate and of secure conversation's bootstrap
 * (spec/secure-conversation.md §10; RS SymmetricSecurityProtocol):
 *
 * - request: a fresh key (max(128, the suite's default) bits) wrapped to the service certificate in an
 *   EncryptedKey whose KeyInfo names the certificate (thumbprint for WSS 1.1); with derived keys, one
 *   DerivedKeyToken to sign (the suite's signature length: 24 octets for Basic256) and one to encrypt (32);
 *   HMAC signature, block cipher encryption; supporting tokens as the binding says.
 * - reply: the same key, referred to by EncryptedKeySHA1, fresh derived keys; SignatureConfirmation of every
 *   request signature when the binding requires it.
 */
import { createHash, randomBytes, type KeyObject, type X509Certificate } from 'node:crypto';
import type { Certificate } from '../../crypto/Certificate';
import type { Message } from '../../channels/Message';
import type { XmlElement } from '../../xml';
import { MessageSecurityError } from '../MessageSecurityError';
import { ProtectionLevel, SecurityTokenInclusionMode } from '../SecurityEnumerations';
import { SecurityMessageProperty } from '../SecurityMessageProperty';
import type { X509SecurityTokenParameters } from '../tokens/SecurityTokenParameters';
import { createDerivedKeyToken } from '../wss/DerivedKeyToken';
import { generateUniqueId } from '../wss/IdGenerator';
import { createSecurityTokenReference, type KeyIdentifierClause } from '../wss/SecurityTokenReference';
import { derivedKeyTokenType, WssValueTypes, XMLENC_PREFIX } from '../wss/WssConstants';
import { createEncryptedKey } from '../xmlenc/EncryptedKey';
import { clauseMatchesCertificate, createX509KeyIdentifierClause } from '../x509/X509KeyIdentifier';
import { MessageSecurityProtocol, receivedEnvelope } from './MessageSecurityProtocol';
import {
  processSecurityHeader,
  type ResolvedSecurityContextKey,
  type SecurityContextTokenReference,
} from './ReceiveSecurityHeader';
import {
  separateSessionTokenEndorsements,
  type AdditionalEndorsement,
  type EndorsingSecurityContextToken,
} from './SessionTokenEndorsement';
import { applySendSecurityHeader, type EncryptingKey, type SigningKey } from './SendSecurityHeader';
import {
  createOutgoingSupportingTokens,
  validateIncomingSupportingTokens,
  type InitiatorSupportingCredentials,
  type RecipientSupportingValidators,
} from './SupportingTokens';
import { MessageSecurityException } from '../../channels/CommunicationErrors';
import { UNSECURED_FAULT_RECEIVED } from '../SecurityFaults';
import { FaultException } from '../../channels/FaultException';

export interface SymmetricInitiatorCredentials extends InitiatorSupportingCredentials {
  /** The service certificate (already validated by the channel). */
  readonly serviceCertificate: X509Certificate;
}

export interface SymmetricRecipientCredentials extends RecipientSupportingValidators {
  readonly serviceCertificate: Certificate;
}

/** What the client remembers of a request to check its reply. */
export interface SymmetricRequestState {
  readonly key: Buffer;
  readonly encryptedKeySha1: string;
  readonly signatureValues: readonly Buffer[];
}

/** What the service remembers of a request to secure its reply. */
export interface SymmetricReplyState {
  readonly key: Buffer;
  readonly encryptedKeySha1: string;
  readonly signatureValues: readonly Buffer[];
}

export interface VerifiedRequest<TState> {
  readonly message: Message;
  readonly state: TState;
  readonly security: SecurityMessageProperty;
  /** The SCTs that endorsed the request (RST/SCT/Renew; spec §9), when a session token resolver was given. */
  readonly sessionTokens?: readonly EndorsingSecurityContextToken[];
}

export class SymmetricSecurityProtocol extends MessageSecurityProtocol {
  constructor(
    settings: ConstructorParameters<typeof MessageSecurityProtocol>[0],
    readonly protectionToken: X509SecurityTokenParameters,
  ) {
    super(settings);
    if (protectionToken.inclusionMode !== SecurityTokenInclusionMode.Never) {
      // The service certificate is known out of band in every WCF symmetric X.509 binding.
      throw new RangeError('An X.509 protection token of a symmetric binding must have inclusionMode Never.');
    }
  }

  private get bsp(): boolean {
    return this.settings.securityVersion.basicSecurityProfile;
  }

  /** Derived keys (or the key itself) and the STRs that name them. */
  private keys(
    secret: Buffer,
    source: () => KeyIdentifierClause,
    sourceTokenType: string | undefined,
  ): { tokens: XmlElement[]; signing: SigningKey; encryption: Omit<EncryptingKey, 'referenceListHost'> } {
    const suite = this.settings.suite;
    if (!this.protectionToken.requireDerivedKeys) {
      const keyInfo = createSecurityTokenReference(source(), { tokenType: sourceTokenType });
      return {
        tokens: [],
        signing: { algorithm: suite.defaultSymmetricSignatureAlgorithm, key: secret, keyInfo },
        encryption: { algorithm: suite.defaultEncryptionAlgorithm, key: secret, keyInfo: keyInfo.clone() },
      };
    }
    const ns = this.settings.securityVersion.secureConversationNamespace;
    const dkValueType = this.bsp ? derivedKeyTokenType(ns) : undefined;
    const derive = (bits: number) =>
      createDerivedKeyToken({
        // WCF names derived keys with process-unique ids (uuid-…-n), as its traces show.
        id: generateUniqueId(),
        namespace: ns,
        secret,
        source: createSecurityTokenReference(source(), { tokenType: sourceTokenType }),
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

  /** Client: secures a request; the state checks the reply. `endorsement`: extra endorsing tokens (a renewal's SCT). */
  secureRequest(
    message: Message,
    credentials: SymmetricInitiatorCredentials,
    endorsement?: AdditionalEndorsement,
  ): { message: Message; state: SymmetricRequestState } {
    const s = this.settings;
    const prepared = this.prepare(message, 'request');
    const key = randomBytes(Math.max(128, s.suite.defaultSymmetricKeyLength) / 8);
    const ekId = generateUniqueId();
    const clause = createX509KeyIdentifierClause(
      credentials.serviceCertificate,
      this.protectionToken.x509ReferenceStyle,
    );
    const encryptedKey = createEncryptedKey({
      algorithm: s.suite.defaultAsymmetricKeyWrapAlgorithm,
      key,
      wrappingKey: credentials.serviceCertificate.publicKey,
      id: ekId,
      keyInfo: [createSecurityTokenReference(clause)],
      prefix: XMLENC_PREFIX,
    });
    const ekTokenType = this.bsp ? WssValueTypes.EncryptedKey : undefined;
    const keys = this.keys(
      key,
      () => ({ kind: 'localId', id: ekId, valueType: this.bsp ? WssValueTypes.EncryptedKey : undefined }),
      ekTokenType,
    );
    const supporting = createOutgoingSupportingTokens(s.supporting, credentials, s.suite);
    const sent = applySendSecurityHeader({
      envelope: prepared.envelope,
      digestAlgorithm: s.suite.defaultDigestAlgorithm,
      layout: s.layout,
      protectionOrder: s.protectionOrder,
      timestamp: prepared.timestamp,
      signHeader: (h) => this.isAddressingHeader(h),
      signBody: prepared.protection !== ProtectionLevel.None,
      encryptBody: prepared.protection === ProtectionLevel.EncryptAndSign,
      tokens: [encryptedKey.element, ...keys.tokens],
      signing: keys.signing,
      encryption: keys.encryption,
      ...supporting,
      endorsingTokens: [...supporting.endorsingTokens, ...(endorsement?.tokens ?? [])],
      endorsingSigners: [...supporting.endorsingSigners, ...(endorsement?.signers ?? [])],
      ids: prepared.ids,
    });
    return {
      message: this.secured(message, prepared.envelope),
      state: {
        key,
        encryptedKeySha1: createHash('sha1').update(encryptedKey.cipherValue).digest('base64'),
        signatureValues: sent.signatureValues,
      },
    };
  }

  /** Client: verifies a reply; an unsecured fault becomes a MessageSecurityException carrying it. */
  verifyReply(reply: Message, state: SymmetricRequestState): Message {
    const envelope = receivedEnvelope(reply);
    const security = this.findSecurityHeader(envelope);
    if (!security) {
      if (reply.isFault) {
        throw new MessageSecurityException(UNSECURED_FAULT_RECEIVED, {
          cause: FaultException.fromMessageFault(reply.getFault(), reply.action),
        });
      }
      throw new MessageSecurityException(
        'The reply has no Security header: it is not secured as the binding requires.',
      );
    }
    try {
      const processed = processSecurityHeader({
        security,
        version: this.settings.securityVersion,
        suite: this.settings.suite,
        layout: this.settings.layout,
        protectionOrder: this.settings.protectionOrder,
        quotas: this.settings.readerQuotas,
        resolver: {
          unwrappingKey: () => undefined,
          keyByEncryptedKeySha1: (value) =>
            value.toString('base64') === state.encryptedKeySha1 ? state.key : undefined,
        },
      });
      if (processed.endorsing.length > 0 || processed.usernameTokens.length > 0) {
        throw new MessageSecurityError('The reply carries supporting tokens.');
      }
      const protection = this.settings.protectionLevel(actionOf(envelope, this), 'reply');
      this.checkRequirements(
        processed,
        envelope,
        { protection },
        { kind: 'encryptedKeySha1', value: state.encryptedKeySha1 },
      );
      this.checkConfirmations(
        processed.signatureConfirmations.map((c) => c.value),
        state.signatureValues,
      );
      return this.verifiedMessage(reply, envelope);
    } catch (err) {
      if (err instanceof MessageSecurityError) {
        throw new MessageSecurityException(`The reply did not pass security checks: ${err.message}`, {
          cause: err,
        });
      }
      throw err;
    }
  }

  private checkConfirmations(received: readonly (Buffer | undefined)[], sent: readonly Buffer[]): void {
    if (!this.settings.requireSignatureConfirmation || !this.settings.securityVersion.isWss11) {
      if (received.length > 0 && !this.settings.securityVersion.isWss11) {
        throw new MessageSecurityError('SignatureConfirmation is a WS-Security 1.1 element.');
      }
      return;
    }
    checkSignatureConfirmations(received, sent);
  }

  /**
   * Service: verifies a request. With `sessionTokens`, an SCT in the header may endorse it (RST/SCT/Renew); the
   * SCTs that did are returned beside the binding's supporting tokens.
   */
  async verifyRequest(
    request: Message,
    credentials: SymmetricRecipientCredentials,
    sessionTokens?: {
      securityContextToken(reference: SecurityContextTokenReference): ResolvedSecurityContextKey | undefined;
    },
  ): Promise<VerifiedRequest<SymmetricReplyState>> {
    const envelope = receivedEnvelope(request);
    const security = this.findSecurityHeader(envelope);
    if (!security) throw new MessageSecurityError('The request has no Security header.');
    const service = credentials.serviceCertificate;
    const processed = processSecurityHeader({
      security,
      version: this.settings.securityVersion,
      suite: this.settings.suite,
      layout: this.settings.layout,
      protectionOrder: this.settings.protectionOrder,
      quotas: this.settings.readerQuotas,
      resolver: {
        unwrappingKey: (clause) =>
          clause && service.privateKey && clauseMatchesCertificate(clause, service.x509)
            ? (service.privateKey as KeyObject)
            : undefined,
        securityContextToken: sessionTokens && ((reference) => sessionTokens.securityContextToken(reference)),
      },
    });
    const endorsed = separateSessionTokenEndorsements(processed);
    const ek = processed.primary?.key.origin;
    if (!ek || ek.kind !== 'encryptedKey')
      throw new MessageSecurityError('The request is not signed with a key wrapped to the service.');
    const protection = this.settings.protectionLevel(actionOf(envelope, this), 'request');
    this.checkRequirements(processed, envelope, { protection }, ek);
    if (processed.signatureConfirmations.length > 0)
      throw new MessageSecurityError('A request carries SignatureConfirmation.');
    const identity = await validateIncomingSupportingTokens(
      endorsed.processed,
      this.settings.supporting,
      credentials,
      this.settings.clock.now(),
    );
    const wrapped = processed.encryptedKeys.find((k) => k.element === ek.element)!;
    return {
      message: this.verifiedMessage(request, envelope),
      state: {
        key: wrapped.key,
        encryptedKeySha1: wrapped.sha1,
        signatureValues: [processed.primary!.value, ...processed.endorsing.map((e) => e.value)],
      },
      security: identity ?? SecurityMessageProperty.anonymous,
      sessionTokens: sessionTokens && endorsed.sessionTokens,
    };
  }

  /** Service: secures the reply to a verified request. */
  secureReply(reply: Message, state: SymmetricReplyState): Message {
    const s = this.settings;
    const prepared = this.prepare(reply, 'reply');
    const sha1 = Buffer.from(state.encryptedKeySha1, 'base64');
    const keys = this.keys(
      state.key,
      () => ({ kind: 'encryptedKeySha1', value: sha1 }),
      WssValueTypes.EncryptedKey,
    );
    const confirm = s.requireSignatureConfirmation && s.securityVersion.isWss11;
    applySendSecurityHeader({
      envelope: prepared.envelope,
      digestAlgorithm: s.suite.defaultDigestAlgorithm,
      layout: s.layout,
      protectionOrder: s.protectionOrder,
      timestamp: prepared.timestamp,
      signHeader: (h) => this.isAddressingHeader(h),
      signBody: prepared.protection !== ProtectionLevel.None,
      encryptBody: prepared.protection === ProtectionLevel.EncryptAndSign,
      tokens: keys.tokens,
      signing: keys.signing,
      encryption: keys.encryption,
      signatureConfirmations: confirm
        ? state.signatureValues.length
          ? state.signatureValues
          : [undefined]
        : undefined,
      ids: prepared.ids,
    });
    return this.secured(reply, prepared.envelope);
  }
}

/** The request's (or reply's) wsa:Action text, read before verification only to choose the protection level. */
export function actionOf(envelope: XmlElement, protocol: MessageSecurityProtocol): string | undefined {
  const version = protocol.settings.messageVersion;
  const header = envelope.element('Header', version.envelope.namespace);
  return header?.element('Action', version.addressing.namespace)?.textContent.trim();
}

/** WS-Security 1.1 §8.5: exactly the sent signature values, each once (or one empty confirmation for none). */
export function checkSignatureConfirmations(
  received: readonly (Buffer | undefined)[],
  sent: readonly Buffer[],
): void {
  if (sent.length === 0) {
    if (received.length !== 1 || received[0] !== undefined)
      throw new MessageSecurityError('The SignatureConfirmation does not match.');
    return;
  }
  const expected = sent.map((v) => v.toString('base64')).sort();
  const got = received.map((v) => v?.toString('base64') ?? '').sort();
  if (expected.length !== got.length || expected.some((v, i) => v !== got[i])) {
    throw new MessageSecurityError(
      'The SignatureConfirmation elements do not confirm the signatures of the request.',
    );
  }
}
