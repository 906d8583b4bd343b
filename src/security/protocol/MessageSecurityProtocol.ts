/**
 * What the symmetric and asymmetric protocols share: preparing an envelope to secure (which parts, the
 * Timestamp), finding the Security header of a received message, and — after the header processor has verified
 * what it could — the checks that make verification mean something (RS ReceiveSecurityHeader and
 * MessageSecurityProtocol.VerifyIncomingMessage):
 *
 * - the Timestamp is present when required, signed, and fresh (clock skew, replay window);
 * - every WS-Addressing header and (per protection level) the Body is covered by the primary signature, each
 *   appears once, and every signed element is where WS-Security puts signed parts — the Body itself, a direct
 *   child of s:Header, a direct child of the Security header — which defeats signature wrapping;
 * - what must be encrypted was decrypted, with the key that signed;
 * - with SignBeforeEncryptAndEncryptSignature the signatures arrived encrypted;
 * - the primary signature's value is not a replay.
 */
import { Message } from '../../channels/Message';
import type { XmlElement } from '../../xml';
import { MessageSecurityError } from '../MessageSecurityError';
import { MessageProtectionOrder, ProtectionLevel } from '../SecurityEnumerations';
import { generateUniqueId, MessagePartIdGenerator } from '../wss/IdGenerator';
import { validateTimestamp } from '../wss/Timestamp';
import { WSSE_NAMESPACE } from '../wss/WssConstants';
import type { KeyOrigin, ProcessedSecurityHeader } from './ReceiveSecurityHeader';
import type { SecurityProtocolSettings } from './SecurityProtocolSettings';

/** What a received message must show, from the binding and the message's protection level. */
export interface ReceiveRequirements {
  readonly protection: ProtectionLevel;
}

export interface PreparedEnvelope {
  readonly envelope: XmlElement;
  readonly ids: MessagePartIdGenerator;
  readonly protection: ProtectionLevel;
  readonly timestamp: { readonly id: string; readonly created: number; readonly expires: number } | undefined;
}

/** The envelope a received message was read from: the very nodes that get verified and then dispatched. */
export function receivedEnvelope(message: Message): XmlElement {
  return message.envelope ?? message.toEnvelope();
}

export function sameOrigin(a: KeyOrigin | undefined, b: KeyOrigin | undefined): boolean {
  if (!a || !b) return false;
  if (a.kind === 'encryptedKey' && b.kind === 'encryptedKey') return a.element === b.element;
  if (a.kind === 'encryptedKeySha1' && b.kind === 'encryptedKeySha1') return a.value === b.value;
  if (a.kind === 'securityContextToken' && b.kind === 'securityContextToken')
    return a.contextId === b.contextId && a.keyGeneration === b.keyGeneration;
  return false;
}

export abstract class MessageSecurityProtocol {
  constructor(readonly settings: SecurityProtocolSettings) {}

  /** Whether `header` is a WS-Addressing header of the binding's addressing version (WCF signs all of them). */
  protected isAddressingHeader(header: XmlElement): boolean {
    const ns = this.settings.messageVersion.addressing.namespace;
    return ns !== '' && header.namespaceUri === ns;
  }

  protected prepare(message: Message, direction: 'request' | 'reply'): PreparedEnvelope {
    const envelope = message.toEnvelope();
    const protection = this.settings.protectionLevel(message.action, direction);
    const now = this.settings.clock.now();
    const timestamp = this.settings.includeTimestamp
      ? { id: generateUniqueId(), created: now, expires: now + this.settings.local.timestampValidityDuration }
      : undefined;
    return { envelope, ids: new MessagePartIdGenerator(), protection, timestamp };
  }

  protected secured(original: Message, envelope: XmlElement): Message {
    const message = Message.fromSecuredEnvelope(envelope, this.settings.messageVersion, original.isFault);
    for (const [k, v] of original.properties) message.properties.set(k, v);
    return message;
  }

  /** The Security header meant for this node: exactly one (no actor/role, or the ultimate receiver's). */
  protected findSecurityHeader(envelope: XmlElement): XmlElement | undefined {
    const version = this.settings.messageVersion.envelope;
    const header = envelope.element('Header', version.namespace);
    if (!header) return undefined;
    const ours = header.elements().filter((h) => {
      if (h.localName !== 'Security' || h.namespaceUri !== WSSE_NAMESPACE) return false;
      const actor = h.getAttribute(version.actorAttributeName, version.namespace) ?? '';
      return actor === '' || actor === 'http://www.w3.org/2003/05/soap-envelope/role/ultimateReceiver';
    });
    if (ours.length > 1)
      throw new MessageSecurityError('The message has more than one Security header for this node.');
    return ours[0];
  }

  /** The message the dispatcher (or the proxy) gets: the same, now decrypted, infoset. */
  protected verifiedMessage(received: Message, envelope: XmlElement): Message {
    const message = Message.fromEnvelope(envelope, this.settings.messageVersion);
    message.headers.markUnderstood('Security', WSSE_NAMESPACE);
    for (const [k, v] of received.properties) message.properties.set(k, v);
    return message;
  }

  /** The checks of the file comment; `expectedOrigin`: the key every symmetric operation must share. */
  protected checkRequirements(
    processed: ProcessedSecurityHeader,
    envelope: XmlElement,
    requirements: ReceiveRequirements,
    expectedOrigin: KeyOrigin | undefined,
  ): void {
    const s = this.settings;
    const sns = s.messageVersion.envelope.namespace;
    const header = envelope.element('Header', sns);
    const body = envelope.element('Body', sns);
    const primary = processed.primary;
    if (!primary) throw new MessageSecurityError('The message is not signed.');
    const signed = primary.verified;

    // Signature wrapping: a signed element counts only in the place WS-Security puts it.
    for (const e of signed) {
      const placed =
        e === body || (header !== undefined && e.parent === header) || e.parent === processed.security;
      if (!placed)
        throw new MessageSecurityError(
          `A signed element {${e.namespaceUri}}${e.localName} is not in a place signed parts go.`,
        );
    }

    if (processed.timestamp) {
      if (!signed.has(processed.timestamp.element))
        throw new MessageSecurityError('The Timestamp is not signed.');
      validateTimestamp(processed.timestamp, {
        now: s.clock.now(),
        maxClockSkewMs: s.local.maxClockSkew,
        replayWindowMs: s.local.replayWindow,
      });
    } else if (s.includeTimestamp) {
      throw new MessageSecurityError('The Security header has no Timestamp.');
    }

    const seen = new Set<string>();
    for (const h of header?.elements() ?? []) {
      if (!this.isAddressingHeader(h)) continue;
      if (seen.has(h.localName))
        throw new MessageSecurityError(`The message has more than one ${h.localName} header.`);
      seen.add(h.localName);
      if (!signed.has(h)) throw new MessageSecurityError(`The ${h.localName} header is not signed.`);
    }
    if (requirements.protection !== ProtectionLevel.None && (!body || !signed.has(body))) {
      throw new MessageSecurityError('The Body is not signed.');
    }
    for (const c of processed.signatureConfirmations) {
      if (!signed.has(c.element)) throw new MessageSecurityError('A SignatureConfirmation is not signed.');
    }
    for (const u of processed.usernameTokens) {
      if (!signed.has(u.element)) throw new MessageSecurityError('The UsernameToken is not signed.');
    }

    const bodyDecryption = processed.decrypted.find((d) => d.kind === 'bodyContent');
    if (
      requirements.protection === ProtectionLevel.EncryptAndSign &&
      body &&
      body.elements().length > 0 &&
      !bodyDecryption
    ) {
      throw new MessageSecurityError('The Body is not encrypted.');
    }
    if (expectedOrigin) {
      if (!sameOrigin(primary.key.origin, expectedOrigin)) {
        throw new MessageSecurityError('The primary signature is not made with the protection token.');
      }
      for (const d of processed.decrypted) {
        if (!sameOrigin(d.origin, expectedOrigin))
          throw new MessageSecurityError('A part is encrypted with another key.');
      }
    }
    if (s.protectionOrder === MessageProtectionOrder.SignBeforeEncryptAndEncryptSignature && bodyDecryption) {
      if (!primary.wasEncrypted || processed.endorsing.some((e) => !e.wasEncrypted)) {
        throw new MessageSecurityError('The signature must be encrypted.');
      }
    }

    if (s.nonceCache && !s.nonceCache.tryAdd(primary.value, s.clock.now())) {
      throw new MessageSecurityError(
        'A replay was detected: this message (its primary signature) was received before.',
      );
    }
  }
}
