/**
 * WCF's asymmetric message security (RS AsymmetricSecurityProtocol): MutualCertificate with a WS-Security 1.0
 * MessageSecurityVersion (spec/secure-conversation.md §10), basicHttpBinding Message security.
 *
 * - request: signed (RSA) with the client's key, its certificate included as a BinarySecurityToken; encrypted
 *   with a fresh key wrapped to the service's certificate. WS-Security 1.0 puts the ReferenceList inside that
 *   EncryptedKey and gives the EncryptedData no KeyInfo (RS "EncryptedKeyContainsReferenceList"); 1.1 writes a
 *   header ReferenceList and a KeyInfo to the EncryptedKey.
 * - reply: signed with the service's key (its certificate named, not included, unless
 *   allowSerializedSigningTokenOnReply), encrypted with a fresh key wrapped to the client's certificate.
 */
import { randomBytes, type KeyObject, type X509Certificate } from 'node:crypto';
import type { Certificate } from '../../crypto/Certificate';
import { FaultException } from '../../channels/FaultException';
import type { Message } from '../../channels/Message';
import type { XmlElement } from '../../xml';
import { MessageSecurityError } from '../MessageSecurityError';
import { MessageSecurityException } from '../../channels/CommunicationErrors';
import { UNSECURED_FAULT_RECEIVED } from '../SecurityFaults';
import {
  ProtectionLevel,
  SecurityTokenInclusionMode,
  X509KeyIdentifierClauseType,
} from '../SecurityEnumerations';
import { SecurityMessageProperty } from '../SecurityMessageProperty';
import type { X509SecurityTokenParameters } from '../tokens/SecurityTokenParameters';
import { createX509BinarySecurityToken } from '../wss/BinarySecurityToken';
import { createDerivedKeyToken } from '../wss/DerivedKeyToken';
import { generateUniqueId } from '../wss/IdGenerator';
import { createSecurityTokenReference } from '../wss/SecurityTokenReference';
import { derivedKeyTokenType, WssValueTypes, XMLENC_PREFIX } from '../wss/WssConstants';
import { createEncryptedKey } from '../xmlenc/EncryptedKey';
import { clauseMatchesCertificate, createX509KeyIdentifierClause } from '../x509/X509KeyIdentifier';
import { MessageSecurityProtocol, receivedEnvelope } from './MessageSecurityProtocol';
import {
  processSecurityHeader,
  type KeyOrigin,
  type ProcessedSecurityHeader,
  type ReceiveTokenResolver,
} from './ReceiveSecurityHeader';
import { separateSessionTokenEndorsements, type AdditionalEndorsement } from './SessionTokenEndorsement';
import { applySendSecurityHeader, type EncryptingKey, type SigningKey } from './SendSecurityHeader';
import {
  createOutgoingSupportingTokens,
  validateIncomingSupportingTokens,
  type InitiatorSupportingCredentials,
  type RecipientSupportingValidators,
} from './SupportingTokens';
import { actionOf, checkSignatureConfirmations, type VerifiedRequest } from './SymmetricSecurityProtocol';

export interface AsymmetricInitiatorCredentials extends InitiatorSupportingCredentials {
  /** The client's certificate with its private key (the initiator token). */
  readonly clientCertificate: Certificate;
  /** The service's certificate (the recipient token), validated by the channel. */
  readonly serviceCertificate: X509Certificate;
}

export interface AsymmetricRecipientCredentials extends RecipientSupportingValidators {
  readonly serviceCertificate: Certificate;
}

export interface AsymmetricRequestState {
  readonly signatureValues: readonly Buffer[];
}

export interface AsymmetricReplyState {
  readonly clientCertificate: X509Certificate;
  readonly signatureValues: readonly Buffer[];
}

function included(p: X509SecurityTokenParameters, direction: 'request' | 'reply'): boolean {
  switch (p.inclusionMode) {
    case SecurityTokenInclusionMode.Never:
      return false;
    case SecurityTokenInclusionMode.AlwaysToInitiator:
      return direction === 'reply';
    default:
      return direction === 'request';
  }
}

/** `Any` lets the serializer choose: WCF's WS-Security 1.0 serializer names an absent certificate by issuer and serial. */
function referenceStyle(p: X509SecurityTokenParameters): X509KeyIdentifierClauseType {
  return p.x509ReferenceStyle === X509KeyIdentifierClauseType.Any
    ? X509KeyIdentifierClauseType.IssuerSerial
    : p.x509ReferenceStyle;
}

export class AsymmetricSecurityProtocol extends MessageSecurityProtocol {
  constructor(
    settings: ConstructorParameters<typeof MessageSecurityProtocol>[0],
    readonly initiatorToken: X509SecurityTokenParameters,
    readonly recipientToken: X509SecurityTokenParameters,
    readonly allowSerializedSigningTokenOnReply = false,
  ) {
    super(settings);
  }

  private get bsp(): boolean {
    return this.settings.securityVersion.basicSecurityProfile;
  }

  /** The signing part: an RSA key, its certificate either as a BinarySecurityToken or named. */
  private signer(
    certificate: Certificate,
    include: boolean,
    style: X509KeyIdentifierClauseType,
  ): { token?: XmlElement; signing: SigningKey } {
    if (!certificate.privateKey)
      throw new MessageSecurityError('The signing certificate has no private key.');
    const algorithm = this.settings.suite.defaultAsymmetricSignatureAlgorithm;
    if (include) {
      const id = generateUniqueId();
      return {
        token: createX509BinarySecurityToken(certificate.x509, id),
        signing: {
          algorithm,
          key: certificate.privateKey,
          keyInfo: createSecurityTokenReference({ kind: 'localId', id, valueType: WssValueTypes.X509v3 }),
        },
      };
    }
    const keyInfo = createSecurityTokenReference(createX509KeyIdentifierClause(certificate.x509, style));
    return { signing: { algorithm, key: certificate.privateKey, keyInfo } };
  }

  /** The encrypting part: a fresh key wrapped to `recipient`, derived keys if the recipient token asks for them. */
  private encrypter(
    recipient: X509Certificate,
    style: X509KeyIdentifierClauseType,
    requireDerivedKeys: boolean,
  ): { tokens: XmlElement[]; encryption: EncryptingKey } {
    const s = this.settings;
    const key = randomBytes(Math.max(128, s.suite.defaultSymmetricKeyLength) / 8);
    const id = generateUniqueId();
    const encryptedKey = createEncryptedKey({
      algorithm: s.suite.defaultAsymmetricKeyWrapAlgorithm,
      key,
      wrappingKey: recipient.publicKey,
      id,
      keyInfo: [createSecurityTokenReference(createX509KeyIdentifierClause(recipient, style))],
      prefix: XMLENC_PREFIX,
    });
    const algorithm = s.suite.defaultEncryptionAlgorithm;
    const ekClause = {
      kind: 'localId' as const,
      id,
      valueType: this.bsp ? WssValueTypes.EncryptedKey : undefined,
    };
    if (requireDerivedKeys) {
      const ns = s.securityVersion.secureConversationNamespace;
      const dk = createDerivedKeyToken({
        // WCF names derived keys with process-unique ids (uuid-…-n), as its traces show.
        id: generateUniqueId(),
        namespace: ns,
        secret: key,
        source: createSecurityTokenReference(ekClause, {
          tokenType: this.bsp ? WssValueTypes.EncryptedKey : undefined,
        }),
        length: s.suite.defaultEncryptionKeyDerivationLength / 8,
      });
      const keyInfo = createSecurityTokenReference({
        kind: 'localId',
        id: dk.id,
        valueType: this.bsp ? derivedKeyTokenType(ns) : undefined,
      });
      return { tokens: [encryptedKey.element, dk.element], encryption: { algorithm, key: dk.key, keyInfo } };
    }
    if (!s.securityVersion.isWss11) {
      return {
        tokens: [encryptedKey.element],
        encryption: { algorithm, key, referenceListHost: encryptedKey.element },
      };
    }
    const keyInfo = createSecurityTokenReference(ekClause, {
      tokenType: this.bsp ? WssValueTypes.EncryptedKey : undefined,
    });
    return { tokens: [encryptedKey.element], encryption: { algorithm, key, keyInfo } };
  }

  private apply(
    message: Message,
    direction: 'request' | 'reply',
    signer: { token?: XmlElement; signing: SigningKey },
    encrypter: () => { tokens: XmlElement[]; encryption: EncryptingKey },
    extra: Partial<Parameters<typeof applySendSecurityHeader>[0]>,
  ): { message: Message; signatureValues: readonly Buffer[] } {
    const s = this.settings;
    const prepared = this.prepare(message, direction);
    const enc = encrypter();
    const sent = applySendSecurityHeader({
      envelope: prepared.envelope,
      digestAlgorithm: s.suite.defaultDigestAlgorithm,
      layout: s.layout,
      protectionOrder: s.protectionOrder,
      timestamp: prepared.timestamp,
      signHeader: (h) => this.isAddressingHeader(h),
      signBody: prepared.protection !== ProtectionLevel.None,
      encryptBody: prepared.protection === ProtectionLevel.EncryptAndSign,
      // WCF's order: the signing token, then the wrapped encryption key (RS SendSecurityHeader.OnWriteHeaderContents).
      tokens: [...(signer.token ? [signer.token] : []), ...enc.tokens],
      signing: signer.signing,
      encryption: enc.encryption,
      ids: prepared.ids,
      ...extra,
    });
    return { message: this.secured(message, prepared.envelope), signatureValues: sent.signatureValues };
  }

  private process(
    security: XmlElement,
    unwrapping: Certificate | undefined,
    known: X509Certificate | undefined,
    securityContextToken?: ReceiveTokenResolver['securityContextToken'],
  ): ProcessedSecurityHeader {
    return processSecurityHeader({
      security,
      version: this.settings.securityVersion,
      suite: this.settings.suite,
      layout: this.settings.layout,
      protectionOrder: this.settings.protectionOrder,
      quotas: this.settings.readerQuotas,
      resolver: {
        unwrappingKey: (clause) =>
          clause && unwrapping?.privateKey && clauseMatchesCertificate(clause, unwrapping.x509)
            ? (unwrapping.privateKey as KeyObject)
            : undefined,
        certificate: (clause) => (known && clauseMatchesCertificate(clause, known) ? known : undefined),
        securityContextToken,
      },
    });
  }

  /** The EncryptedKey every encrypted part of a message must share (one per message in this shape). */
  private encryptionOrigin(processed: ProcessedSecurityHeader): KeyOrigin | undefined {
    const origins = processed.decrypted.map((d) => d.origin);
    const first = origins[0];
    if (!first) return undefined;
    for (const o of origins) {
      if (!o || o.kind !== 'encryptedKey' || first.kind !== 'encryptedKey' || o.element !== first.element) {
        throw new MessageSecurityError('The parts of the message are encrypted with different keys.');
      }
    }
    return first;
  }

  /** Client: secures a request. `endorsement`: extra endorsing tokens (a renewal's SCT, spec §9). */
  secureRequest(
    message: Message,
    credentials: AsymmetricInitiatorCredentials,
    endorsement?: AdditionalEndorsement,
  ): { message: Message; state: AsymmetricRequestState } {
    const signer = this.signer(
      credentials.clientCertificate,
      included(this.initiatorToken, 'request'),
      referenceStyle(this.initiatorToken),
    );
    const supporting = createOutgoingSupportingTokens(
      this.settings.supporting,
      credentials,
      this.settings.suite,
    );
    const result = this.apply(
      message,
      'request',
      signer,
      () =>
        this.encrypter(
          credentials.serviceCertificate,
          referenceStyle(this.recipientToken),
          this.recipientToken.requireDerivedKeys,
        ),
      {
        ...supporting,
        endorsingTokens: [...supporting.endorsingTokens, ...(endorsement?.tokens ?? [])],
        endorsingSigners: [...supporting.endorsingSigners, ...(endorsement?.signers ?? [])],
      },
    );
    return { message: result.message, state: { signatureValues: result.signatureValues } };
  }

  verifyReply(
    reply: Message,
    state: AsymmetricRequestState,
    credentials: AsymmetricInitiatorCredentials,
  ): Message {
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
      const processed = this.process(security, credentials.clientCertificate, credentials.serviceCertificate);
      const certificate = processed.primary?.key.certificate;
      if (!certificate || !certificate.raw.equals(credentials.serviceCertificate.raw)) {
        throw new MessageSecurityError('The reply is not signed by the service certificate.');
      }
      if (processed.primary?.key.certificateToken && !this.allowSerializedSigningTokenOnReply) {
        throw new MessageSecurityError(
          'The reply includes its signing token, which the binding does not allow.',
        );
      }
      const protection = this.settings.protectionLevel(actionOf(envelope, this), 'reply');
      this.checkRequirements(processed, envelope, { protection }, undefined);
      this.encryptionOrigin(processed);
      if (this.settings.requireSignatureConfirmation && this.settings.securityVersion.isWss11) {
        checkSignatureConfirmations(
          processed.signatureConfirmations.map((c) => c.value),
          state.signatureValues,
        );
      } else if (processed.signatureConfirmations.length > 0 && !this.settings.securityVersion.isWss11) {
        throw new MessageSecurityError('SignatureConfirmation is a WS-Security 1.1 element.');
      }
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

  /**
   * Service: verifies a request. With `sessionTokens`, an SCT in the header may endorse it (RST/SCT/Renew); the
   * SCTs that did are returned beside the binding's supporting tokens, which are checked as without them.
   */
  async verifyRequest(
    request: Message,
    credentials: AsymmetricRecipientCredentials,
    sessionTokens?: { securityContextToken: NonNullable<ReceiveTokenResolver['securityContextToken']> },
  ): Promise<VerifiedRequest<AsymmetricReplyState>> {
    const envelope = receivedEnvelope(request);
    const security = this.findSecurityHeader(envelope);
    if (!security) throw new MessageSecurityError('The request has no Security header.');
    const processed = this.process(
      security,
      credentials.serviceCertificate,
      undefined,
      sessionTokens && ((reference) => sessionTokens.securityContextToken(reference)),
    );
    const endorsed = separateSessionTokenEndorsements(processed);
    const primary = processed.primary;
    const clientCertificate = primary?.key.certificate;
    if (!primary || !clientCertificate || !primary.key.certificateToken) {
      throw new MessageSecurityError(
        'The request is not signed with the client certificate of a BinarySecurityToken.',
      );
    }
    const protection = this.settings.protectionLevel(actionOf(envelope, this), 'request');
    this.checkRequirements(processed, envelope, { protection }, undefined);
    this.encryptionOrigin(processed);
    if (processed.signatureConfirmations.length > 0)
      throw new MessageSecurityError('A request carries SignatureConfirmation.');
    credentials.clientCertificate().validate(clientCertificate, 'signature', this.settings.clock.now());
    const supportingIdentity = await validateIncomingSupportingTokens(
      endorsed.processed,
      this.settings.supporting,
      credentials,
      this.settings.clock.now(),
    );
    return {
      message: this.verifiedMessage(request, envelope),
      state: {
        clientCertificate,
        signatureValues: [primary.value, ...processed.endorsing.map((e) => e.value)],
      },
      security: supportingIdentity ?? SecurityMessageProperty.forCertificate(clientCertificate),
      sessionTokens: sessionTokens && endorsed.sessionTokens,
    };
  }

  secureReply(reply: Message, state: AsymmetricReplyState, serviceCertificate: Certificate): Message {
    const signer = this.signer(
      serviceCertificate,
      this.allowSerializedSigningTokenOnReply,
      referenceStyle(this.recipientToken),
    );
    const confirm = this.settings.requireSignatureConfirmation && this.settings.securityVersion.isWss11;
    return this.apply(
      reply,
      'reply',
      signer,
      () =>
        this.encrypter(
          state.clientCertificate,
          referenceStyle(this.initiatorToken),
          this.initiatorToken.requireDerivedKeys,
        ),
      {
        signatureConfirmations: confirm
          ? state.signatureValues.length
            ? state.signatureValues
            : [undefined]
          : undefined,
      },
    ).message;
  }
}
