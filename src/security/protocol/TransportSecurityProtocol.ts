/**
 * Message credentials over a secure transport — WCF's TransportSecurityProtocol, the protocol of
 * TransportSecurityBindingElement (UserNameOverTransport, CertificateOverTransport; spec/secure-conversation.md
 * §8 "Mixed mode" and §10). TLS gives integrity and confidentiality; the Security header only says who sends:
 *
 * - request: `u:Timestamp` first (id `_0`: without message protection WCF numbers it like any part,
 *   RS SendSecurityHeader.AddTimestamp), then the supporting tokens — a UsernameToken simply present (its
 *   "signed and encrypted" is TLS's), a client certificate's BinarySecurityToken — then one endorsing
 *   ds:Signature per endorsing token over the Timestamp. An asymmetric endorsing signature also covers wsa:To
 *   (id `_1`; RS WSSecurityOneDotZeroSendSecurityHeader.ShouldSignToHeader), which the receiver requires
 *   (RS ReceiveSecurityHeader: TransportSecuredMessageMissingToHeader / UnsignedToHeaderInTransportSecuredMessage).
 * - reply: just the Timestamp (RS TransportSecurityProtocol.SecureOutgoingMessageAtResponder); none at all
 *   without includeTimestamp.
 *
 * Nothing is encrypted at message level, and there is no primary signature: a message that brings either is
 * refused, as is any token the binding does not ask for.
 *
 * Inside a secure session over such a bootstrap (RS InitiatorSessionSymmetricTransportSecurityProtocol and
 * AcceptorSessionSymmetricTransportSecurityProtocol) the Security Context Token is the one endorsing token:
 * requests carry it and an HMAC-SHA1 signature over the Timestamp made with its own key (requireDerivedKeys is
 * false), replies carry just the Timestamp. The session's RST/SCT/Renew goes over the bootstrap with the SCT as a
 * further endorsing token: its signature, beside the bootstrap's, signs the Timestamp too (verifyEndorsedRequest).
 */
import type { X509Certificate } from 'node:crypto';
import { MessageSecurityException } from '../../channels/CommunicationErrors';
import { FaultException } from '../../channels/FaultException';
import type { Message } from '../../channels/Message';
import type { XmlElement } from '../../xml';
import type { X509CertificateValidator } from '../credentials/X509CertificateValidator';
import type { UserNamePasswordValidator } from '../credentials/UserNamePasswordValidator';
import { MessageSecurityError, SecurityTokenValidationError } from '../MessageSecurityError';
import { UNSECURED_FAULT_RECEIVED } from '../SecurityFaults';
import { SecurityHeaderLayout } from '../SecurityEnumerations';
import { SecurityMessageProperty } from '../SecurityMessageProperty';
import type { SupportingTokenParameters } from '../tokens/SupportingTokenParameters';
import { MessagePartIdGenerator } from '../wss/IdGenerator';
import { validateTimestamp } from '../wss/Timestamp';
import { createSecurityTokenReference, type KeyIdentifierClause } from '../wss/SecurityTokenReference';
import { WSU_NAMESPACE, WSU_PREFIX } from '../wss/WssConstants';
import { createSignature } from '../xmldsig/createSignature';
import { MessageSecurityProtocol, receivedEnvelope } from './MessageSecurityProtocol';
import {
  processSecurityHeader,
  type ProcessedSecurityHeader,
  type ProcessedSignature,
  type ReceiveTokenResolver,
} from './ReceiveSecurityHeader';
import type {
  SecureSessionMessageOptions,
  SessionKey,
  SessionKeyResolver,
  VerifiedSessionMessage,
} from './SecurityContextProtocol';
import type { SecuritySessionProtocol } from './SecuritySessionProtocol';
import type { AdditionalEndorsement, EndorsingSecurityContextToken } from './SessionTokenEndorsement';
import { applySendSecurityHeader, type SigningKey } from './SendSecurityHeader';
import { createOutgoingSupportingTokens, type InitiatorSupportingCredentials } from './SupportingTokens';

export type TransportInitiatorCredentials = InitiatorSupportingCredentials;

export interface TransportRecipientValidators {
  readonly clientCertificate: () => X509CertificateValidator;
  readonly userName: () => UserNamePasswordValidator;
}

export interface VerifiedTransportRequest {
  readonly message: Message;
  readonly security: SecurityMessageProperty;
}

/** What the tokens of a transport binding ask of a received message. */
export interface TransportExpectations {
  /** The one endorsing signature's kind, if the binding has an endorsing token. */
  readonly endorsing: 'none' | 'certificate' | 'securityContextToken';
  /** Whether a UsernameToken must be present. */
  readonly userName: boolean;
}

/** What a binding's supporting tokens expect; Indigo builds at most one endorsing token (checked by the element). */
export function transportExpectations(supporting: SupportingTokenParameters): TransportExpectations {
  const endorsing = [...supporting.endorsing, ...supporting.signedEndorsing][0];
  return {
    endorsing:
      endorsing === undefined
        ? 'none'
        : endorsing.tokenKind === 'SecureConversation'
          ? 'securityContextToken'
          : 'certificate',
    userName: [...supporting.signed, ...supporting.signedEncrypted].some((p) => p.tokenKind === 'UserName'),
  };
}

/** A Security header written for a message, and what the endorsing signatures sign. */
interface WrittenHeader {
  readonly envelope: XmlElement;
  readonly security: XmlElement;
  readonly timestamp: XmlElement | undefined;
  readonly ids: MessagePartIdGenerator;
}

function fail(message: string): never {
  throw new MessageSecurityError(message);
}

export class TransportSecurityProtocol extends MessageSecurityProtocol implements SecuritySessionProtocol {
  private get addressingNamespace(): string {
    return this.settings.messageVersion.addressing.namespace;
  }

  /** The Timestamp and `tokens` in a new Security header, in WCF's order (layout as the binding says). */
  protected writeHeader(message: Message, tokens: readonly XmlElement[]): WrittenHeader {
    const s = this.settings;
    const envelope = message.toEnvelope();
    const ids = new MessagePartIdGenerator();
    const now = s.clock.now();
    const timestamp = s.includeTimestamp
      ? { id: ids.generate(), created: now, expires: now + s.local.timestampValidityDuration }
      : undefined;
    const { security } = applySendSecurityHeader({
      envelope,
      digestAlgorithm: s.suite.defaultDigestAlgorithm,
      layout: s.layout,
      protectionOrder: s.protectionOrder,
      timestamp,
      signHeader: () => false,
      signBody: false,
      encryptBody: false,
      tokens,
      ids,
    });
    return { envelope, security, timestamp: security.element('Timestamp', WSU_NAMESPACE), ids };
  }

  /** The wsa:To headers of an envelope (at most one may be there for a transport-secured message). */
  private toHeaders(envelope: XmlElement): XmlElement[] {
    const ns = this.addressingNamespace;
    if (ns === '') return [];
    const header = envelope.element('Header', this.settings.messageVersion.envelope.namespace);
    return (header?.elements() ?? []).filter((h) => h.localName === 'To' && h.namespaceUri === ns);
  }

  /**
   * One signature per endorsing token over the Timestamp — WCF's supporting signature when there is no
   * primary one — and, for an asymmetric key, over wsa:To too.
   */
  protected endorse(header: WrittenHeader, signers: readonly SigningKey[]): void {
    if (signers.length === 0) return;
    const timestamp =
      header.timestamp ??
      fail('Signing without a primary signature requires a Timestamp (includeTimestamp="true").');
    for (const signer of signers) {
      const references = [{ element: timestamp }];
      if (!(signer.key instanceof Uint8Array) && this.addressingNamespace !== '') {
        const to = this.toHeaders(header.envelope);
        if (to.length !== 1)
          fail('A transport-secured message signed with an asymmetric key needs exactly one wsa:To header.');
        if (to[0].getAttribute('Id', WSU_NAMESPACE) === undefined)
          to[0].setAttribute('Id', header.ids.generate(), WSU_NAMESPACE, WSU_PREFIX);
        references.push({ element: to[0] });
      }
      const { element } = createSignature({
        signatureAlgorithm: signer.algorithm,
        key: signer.key,
        digestAlgorithm: this.settings.suite.defaultDigestAlgorithm,
        references,
        keyInfo: [signer.keyInfo],
      });
      // LaxTimestampLast keeps the Timestamp last; every other layout appends the signatures at the end.
      if (
        this.settings.layout === SecurityHeaderLayout.LaxTimestampLast &&
        timestamp.parent === header.security
      )
        header.security.insertChild(header.security.children.indexOf(timestamp), element);
      else header.security.appendChild(element);
    }
  }

  /** Reads the Security header (none: undefined). Tokens are resolved from the header only. */
  protected readHeader(
    message: Message,
    securityContextToken?: ReceiveTokenResolver['securityContextToken'],
    independentSignatures = false,
  ): { envelope: XmlElement; processed: ProcessedSecurityHeader | undefined } {
    const envelope = receivedEnvelope(message);
    const security = this.findSecurityHeader(envelope);
    if (!security) return { envelope, processed: undefined };
    const s = this.settings;
    const processed = processSecurityHeader({
      security,
      version: s.securityVersion,
      suite: s.suite,
      layout: s.layout,
      protectionOrder: s.protectionOrder,
      quotas: s.readerQuotas,
      resolver: { unwrappingKey: () => undefined, securityContextToken },
      independentSignatures,
    });
    return { envelope, processed };
  }

  /** An endorsing signature signs the Timestamp, and only parts where signed parts go. */
  private checkSignedParts(
    signature: ProcessedSignature,
    processed: ProcessedSecurityHeader,
    envelope: XmlElement,
  ): void {
    const timestamp = processed.timestamp;
    if (!timestamp || !signature.verified.has(timestamp.element))
      fail('The endorsing signature does not sign the Timestamp.');
    const sns = this.settings.messageVersion.envelope.namespace;
    const header = envelope.element('Header', sns);
    for (const e of signature.verified) {
      const placed =
        e === envelope.element('Body', sns) ||
        (header !== undefined && e.parent === header) ||
        e.parent === processed.security;
      if (!placed)
        fail(`A signed element {${e.namespaceUri}}${e.localName} is not in a place signed parts go.`);
    }
  }

  /**
   * The checks of a transport-secured message (RS TransportSecurityProtocol.VerifyIncomingMessageCore with
   * RequireMessageProtection off): nothing encrypted, no primary signature, a fresh Timestamp, exactly the
   * tokens the binding expects; the endorsing signature covers the Timestamp (and wsa:To for a certificate).
   */
  protected checkTransportHeader(
    processed: ProcessedSecurityHeader,
    envelope: XmlElement,
    expect: TransportExpectations,
  ): ProcessedSignature | undefined {
    const s = this.settings;
    if (processed.encryptedKeys.length > 0 || processed.decrypted.length > 0)
      fail('The message is encrypted at message level; over a secure transport nothing is.');
    if (processed.signatureConfirmations.length > 0) fail('The message carries SignatureConfirmation.');
    if (processed.endorsing.length > 0)
      fail('A signature signs another signature; a transport-secured message has no primary signature.');

    const timestamp = processed.timestamp;
    if (timestamp) {
      validateTimestamp(timestamp, {
        now: s.clock.now(),
        maxClockSkewMs: s.local.maxClockSkew,
        replayWindowMs: s.local.replayWindow,
      });
    } else if (s.includeTimestamp) {
      fail('The Security header has no Timestamp.');
    }

    const signature = processed.primary;
    if (expect.endorsing === 'none') {
      if (signature) fail('The message carries a signature the binding does not use.');
    } else {
      if (!signature) fail('The message is not endorsed by the token the binding requires.');
      this.checkSignedParts(signature, processed, envelope);
      if (expect.endorsing === 'certificate') {
        if (!signature.key.certificate || !signature.key.certificateToken)
          fail('The endorsing signature is not made with the certificate of a BinarySecurityToken.');
        if (this.addressingNamespace !== '') {
          const to = this.toHeaders(envelope);
          if (to.length !== 1) fail('A transport-secured message needs exactly one wsa:To header.');
          if (!signature.verified.has(to[0])) fail('The wsa:To header is not signed.');
        }
      } else {
        const origin = signature.key.origin;
        if (!origin || origin.kind !== 'securityContextToken' || signature.key.certificate)
          fail('The message is not endorsed by a security context token.');
      }
    }

    if (processed.usernameTokens.length !== (expect.userName ? 1 : 0)) {
      fail(
        `The message has ${processed.usernameTokens.length} UsernameTokens; the binding requires ${expect.userName ? 1 : 0}.`,
      );
    }
    if (signature && s.nonceCache && !s.nonceCache.tryAdd(signature.value, s.clock.now()))
      fail('A replay was detected: this message (its endorsing signature) was received before.');
    return signature;
  }

  /**
   * Client: a request with the binding's supporting tokens (credentials already checked by the element).
   * `endorsement`: extra endorsing tokens after the binding's (a renewal's SCT, spec §9; RS
   * SecuritySessionSecurityTokenProvider adds it as an endorsing supporting token), each signing the Timestamp.
   */
  secureRequest(
    message: Message,
    credentials: TransportInitiatorCredentials,
    endorsement?: AdditionalEndorsement,
  ): Message {
    const s = this.settings;
    const supporting = createOutgoingSupportingTokens(s.supporting, credentials, s.suite);
    const header = this.writeHeader(message, [
      ...supporting.signedTokens,
      ...supporting.signedEncryptedTokens,
      ...supporting.endorsingTokens,
      ...supporting.signedEndorsingTokens,
      ...(endorsement?.tokens ?? []),
    ]);
    this.endorse(header, [...supporting.endorsingSigners, ...(endorsement?.signers ?? [])]);
    return this.secured(message, header.envelope);
  }

  /** Either side: a reply carries just the Timestamp (nothing without includeTimestamp). */
  secureReply(reply: Message): Message {
    if (!this.settings.includeTimestamp) return reply;
    return this.secured(reply, this.writeHeader(reply, []).envelope);
  }

  /** The checks of a reply: a Timestamp and nothing else. Throws MessageSecurityError. */
  protected checkReply(reply: Message): { message: Message; processed: ProcessedSecurityHeader | undefined } {
    const { envelope, processed } = this.readHeader(reply);
    if (!processed) {
      if (this.settings.includeTimestamp)
        fail('The reply has no Security header: it is not secured as the binding requires.');
      return { message: reply, processed };
    }
    this.checkTransportHeader(processed, envelope, { endorsing: 'none', userName: false });
    return { message: this.verifiedMessage(reply, envelope), processed };
  }

  /** Client: verifies a reply; an unsecured fault becomes a MessageSecurityException carrying it. */
  verifyReply(reply: Message): Message {
    if (reply.isFault && !this.findSecurityHeader(receivedEnvelope(reply))) {
      throw new MessageSecurityException(UNSECURED_FAULT_RECEIVED, {
        cause: FaultException.fromMessageFault(reply.getFault(), reply.action),
      });
    }
    try {
      return this.checkReply(reply).message;
    } catch (err) {
      if (err instanceof MessageSecurityError)
        throw new MessageSecurityException(`The reply did not pass security checks: ${err.message}`, {
          cause: err,
        });
      throw err;
    }
  }

  /** Service: verifies a request and authenticates its sender with the binding's validators. */
  async verifyRequest(
    request: Message,
    validators: TransportRecipientValidators,
  ): Promise<VerifiedTransportRequest> {
    const s = this.settings;
    const expect = transportExpectations(s.supporting);
    const { envelope, processed } = this.readHeader(request);
    if (!processed) {
      // RS: without a Timestamp to add and no token to expect, a request may come without a header.
      if (s.includeTimestamp || expect.endorsing !== 'none' || expect.userName)
        fail('The request has no Security header.');
      return { message: request, security: SecurityMessageProperty.anonymous };
    }
    if (expect.endorsing === 'securityContextToken')
      fail('A session message cannot be verified without its session.');
    const signature = this.checkTransportHeader(processed, envelope, expect);
    return {
      message: this.verifiedMessage(request, envelope),
      security: await this.authenticate(processed, signature, validators),
    };
  }

  /**
   * Service: verifies a request that Security Context Tokens known to `sessionTokens` may endorse beside the
   * binding's own tokens (RST/SCT/Renew, spec §9): each SCT signature signs the Timestamp with the SCT's key (or
   * one derived from it); the rest of the header is checked as verifyRequest checks it. Returns the SCTs that
   * endorsed the request; which one it must be is the authenticator's to say.
   */
  async verifyEndorsedRequest(
    request: Message,
    validators: TransportRecipientValidators,
    sessionTokens: SessionKeyResolver,
  ): Promise<
    VerifiedTransportRequest & { readonly sessionTokens: readonly EndorsingSecurityContextToken[] }
  > {
    const s = this.settings;
    const expect = transportExpectations(s.supporting);
    if (expect.endorsing === 'securityContextToken')
      fail('A session message cannot be verified without its session.');
    const { envelope, processed } = this.readHeader(
      request,
      (reference) => sessionTokens.securityContextToken(reference),
      true,
    );
    if (!processed) fail('The request has no Security header.');
    const endorsedBySession: ProcessedSignature[] = [];
    const own: ProcessedSignature[] = [];
    for (const signature of processed.independent)
      (signature.key.origin?.kind === 'securityContextToken' && !signature.key.certificate
        ? endorsedBySession
        : own
      ).push(signature);
    if (own.length > 1) fail('The message carries more endorsing signatures than the binding uses.');
    // The binding's own checks, on the header without the SCT's signatures.
    const signature = this.checkTransportHeader({ ...processed, primary: own[0] }, envelope, expect);
    const endorsing: EndorsingSecurityContextToken[] = [];
    for (const e of endorsedBySession) {
      this.checkSignedParts(e, processed, envelope);
      if (s.nonceCache && !s.nonceCache.tryAdd(e.value, s.clock.now()))
        fail('A replay was detected: this message (its endorsing signature) was received before.');
      const origin = e.key.origin;
      if (origin?.kind === 'securityContextToken')
        endorsing.push({ contextId: origin.contextId, keyGeneration: origin.keyGeneration });
    }
    return {
      message: this.verifiedMessage(request, envelope),
      security: await this.authenticate(processed, signature, validators),
      sessionTokens: endorsing,
    };
  }

  /** The sender of a checked request, validated: its endorsing certificate, else its user name, else anonymous. */
  private async authenticate(
    processed: ProcessedSecurityHeader,
    signature: ProcessedSignature | undefined,
    validators: TransportRecipientValidators,
  ): Promise<SecurityMessageProperty> {
    let identity: SecurityMessageProperty | undefined;
    if (signature) {
      const certificate: X509Certificate = signature.key.certificate!;
      validators.clientCertificate().validate(certificate, 'signature', this.settings.clock.now());
      identity = SecurityMessageProperty.forCertificate(certificate);
    }
    const user = processed.usernameTokens[0];
    if (user) {
      try {
        await validators.userName().validate(user.token.userName, user.token.password);
      } catch (err) {
        throw new SecurityTokenValidationError(`The user name '${user.token.userName}' was not accepted.`, {
          cause: err,
        });
      }
      identity ??= SecurityMessageProperty.forUserName(user.token.userName);
    }
    return identity ?? SecurityMessageProperty.anonymous;
  }

  // The session's messages (SecuritySessionProtocol).

  private sessionTokenClause(token: SessionKey, included: boolean): KeyIdentifierClause {
    const ns = this.settings.securityVersion.secureConversationNamespace;
    const sct = `${ns}/sct`;
    if (included)
      return {
        kind: 'localId',
        id: token.id,
        valueType: this.settings.securityVersion.basicSecurityProfile ? sct : undefined,
      };
    return {
      kind: 'externalUri',
      uri: token.contextId,
      valueType: sct,
      instance: token.keyGeneration !== undefined ? { value: token.keyGeneration, namespace: ns } : undefined,
    };
  }

  /**
   * A request of the session: the Timestamp, the SCT (when `options.tokenElement` is given, as the session
   * channels always do) and the SCT's endorsing signature over the Timestamp; a reply: the Timestamp.
   */
  secure(
    message: Message,
    token: SessionKey,
    direction: 'request' | 'reply',
    options: SecureSessionMessageOptions = {},
  ): Message {
    if (direction === 'reply') return this.secureReply(message);
    const element = options.tokenElement;
    const header = this.writeHeader(message, element ? [element] : []);
    this.endorse(header, [
      {
        algorithm: this.settings.suite.defaultSymmetricSignatureAlgorithm,
        key: token.key,
        keyInfo: createSecurityTokenReference(this.sessionTokenClause(token, element !== undefined)),
      },
    ]);
    return this.secured(message, header.envelope);
  }

  /**
   * A request must be endorsed by a token `resolver` knows (else BadContextToken) and carry nothing else; a
   * reply carries a Timestamp only and so names no token (TLS told the client who answers).
   */
  verify(
    message: Message,
    resolver: SessionKeyResolver,
    direction: 'request' | 'reply',
  ): VerifiedSessionMessage {
    if (direction === 'reply') {
      const { message: verified, processed } = this.checkReply(message);
      if (!processed) fail('The reply has no Security header.');
      return { message: verified, contextId: '', keyGeneration: undefined, processed };
    }
    const { envelope, processed } = this.readHeader(message, (reference) =>
      resolver.securityContextToken(reference),
    );
    if (!processed) fail('The request has no Security header.');
    const signature = this.checkTransportHeader(processed, envelope, {
      endorsing: 'securityContextToken',
      userName: false,
    })!;
    const origin = signature.key.origin;
    if (origin?.kind !== 'securityContextToken')
      fail('The message is not endorsed by a security context token.');
    return {
      message: this.verifiedMessage(message, envelope),
      contextId: origin.contextId,
      keyGeneration: origin.keyGeneration,
      processed,
    };
  }
}
