/**
 * The client's side of the RST/SCT exchange (RS SecuritySessionSecurityTokenProvider, AcceleratedTokenProvider):
 * sends RST/SCT over the bootstrap security to the service's own address, checks the RSTR, and computes the
 * session key from both entropies (CombinedEntropy, WCF's default); renews it with RST/SCT/Renew over the
 * bootstrap, endorsed by the token; cancels a token with RST/SCT/Cancel protected by the token itself
 * (spec/secure-conversation.md §3–§6, §9).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { AddressingVersion } from '../../channels/AddressingVersion';
import type { IRequestChannel } from '../../channels/Channels';
import { MessageSecurityException, ProtocolException } from '../../channels/CommunicationErrors';
import type { EndpointAddress } from '../../channels/EndpointAddress';
import { FaultException } from '../../channels/FaultException';
import { Message } from '../../channels/Message';
import type { MessageVersion } from '../../channels/MessageVersion';
import { computeCombinedKey } from '../../crypto/KeyDerivation';
import { parseXml, serializeXml, type XmlElement } from '../../xml';
import { maxReaderQuotas } from '../../xml/XmlDictionaryReaderQuotas';
import type { InitiatorChannelSecurity } from '../channels/MessageSecuritySides';
import {
  readCancelResponse,
  readIssueResponse,
  writeIssueRequest,
  writeCancelRequest,
  writeRenewRequest,
} from '../conversation';
import type { TrustDriver } from '../conversation';
import { MessageSecurityError } from '../MessageSecurityError';
import { ProtectionLevel, SecurityKeyEntropyMode } from '../SecurityEnumerations';
import type { SessionKey } from '../protocol/SecurityContextProtocol';
import type { SecuritySessionProtocol } from '../protocol/SecuritySessionProtocol';
import type { AdditionalEndorsement } from '../protocol/SessionTokenEndorsement';
import { UNSECURED_FAULT_RECEIVED } from '../SecurityFaults';

/** A token the client holds: the key, and the SCT element to carry in its requests. */
export interface ClientSecurityContextToken extends SessionKey {
  readonly element: XmlElement;
  /** The key's window as the RSTR's Lifetime gives it (for a session SCT: when the service expires the key). */
  readonly validFrom?: number;
  readonly validTo: number;
}

export interface TokenProviderSettings {
  readonly driver: TrustDriver;
  readonly messageVersion: MessageVersion;
  /** The suite's default symmetric key length, in bits. */
  readonly keySize: number;
  readonly keyEntropyMode: SecurityKeyEntropyMode;
  /** Cookie mode: the RST carries a Context the RSTR must echo. */
  readonly cookieMode: boolean;
  /** How the current SCT endorses RST/SCT/Renew (spec §9); no renewal without it. */
  readonly endorsement?: (token: ClientSecurityContextToken) => AdditionalEndorsement;
}

/** A request as WCF's client writes it: Action, MessageID, ReplyTo anonymous, To. */
export function createTrustRequest(
  version: MessageVersion,
  action: string,
  body: XmlElement,
  target: EndpointAddress,
): Message {
  const message = Message.createMessage(version, action, body);
  if (version.addressing !== AddressingVersion.None) {
    message.headers.messageId = `urn:uuid:${randomUUID()}`;
    message.headers.replyTo = version.addressing.anonymousUri;
    message.headers.to = target.toString();
  }
  return message;
}

function faultOf(reply: Message, what: string): never {
  throw new MessageSecurityException(`${what}: the service answered with a fault.`, {
    cause: FaultException.fromMessageFault(reply.getFault(), reply.action),
  });
}

export class SecuritySessionSecurityTokenProvider {
  constructor(private readonly settings: TokenProviderSettings) {}

  /** RST/SCT → RSTR/SCT over the bootstrap; the token with the key both sides now hold. */
  async issue(
    inner: IRequestChannel,
    bootstrap: InitiatorChannelSecurity,
    target: EndpointAddress,
    timeoutMs?: number,
  ): Promise<ClientSecurityContextToken> {
    const { driver, keySize } = this.settings;
    const entropy =
      this.settings.keyEntropyMode === SecurityKeyEntropyMode.ServerEntropy
        ? undefined
        : randomBytes(keySize / 8);
    const context = this.settings.cookieMode ? `uuid-${randomUUID()}` : undefined;
    const rst = createTrustRequest(
      this.settings.messageVersion,
      driver.actions.issue,
      writeIssueRequest({ driver, keySize, entropy, context }),
      target,
    );
    const { message: secured, state } = bootstrap.secureRequest(rst);
    const reply = await inner.request(secured, timeoutMs);
    if (!reply) throw new ProtocolException('The service sent no reply to the RST/SCT request.');
    const verified = bootstrap.verifyReply(reply, state);
    if (verified.isFault) faultOf(verified, 'The security context token was not issued');
    if (verified.action !== driver.actions.issueResponse)
      throw new ProtocolException(`The reply to RST/SCT has the action '${verified.action ?? ''}'.`);
    if (!verified.body) throw new ProtocolException('The RSTR/SCT has no body.');
    return this.tokenOf(verified.body, entropy, context, 'RSTR/SCT');
  }

  /**
   * RST/SCT/Renew (spec §9; RS SecuritySessionSecurityTokenProvider.CreateRenewRequest): RequestType Renew, a
   * RenewTarget naming `token`, fresh entropy; secured by the bootstrap and endorsed by `token` itself. The
   * RSTR/SCT/Renew must carry the same Identifier under a new key generation; the key is computed as at issue.
   */
  async renew(
    inner: IRequestChannel,
    bootstrap: InitiatorChannelSecurity,
    token: ClientSecurityContextToken,
    target: EndpointAddress,
    timeoutMs?: number,
  ): Promise<ClientSecurityContextToken> {
    const { driver, keySize } = this.settings;
    const endorsement = this.settings.endorsement;
    if (!endorsement || !bootstrap.secureEndorsedRequest || this.settings.cookieMode)
      throw new MessageSecurityException('The security context token cannot be renewed over this binding.');
    const entropy =
      this.settings.keyEntropyMode === SecurityKeyEntropyMode.ServerEntropy
        ? undefined
        : randomBytes(keySize / 8);
    const rst = createTrustRequest(
      this.settings.messageVersion,
      driver.actions.renew,
      writeRenewRequest({
        driver,
        contextId: token.contextId,
        keyGeneration: token.keyGeneration,
        keySize,
        entropy,
      }),
      target,
    );
    const { message: secured, state } = bootstrap.secureEndorsedRequest(rst, endorsement(token));
    const reply = await inner.request(secured, timeoutMs);
    if (!reply) throw new ProtocolException('The service sent no reply to the RST/SCT/Renew request.');
    const verified = bootstrap.verifyReply(reply, state);
    if (verified.isFault) faultOf(verified, 'The security context token was not renewed');
    if (verified.action !== driver.actions.renewResponse)
      throw new ProtocolException(`The reply to RST/SCT/Renew has the action '${verified.action ?? ''}'.`);
    if (!verified.body) throw new ProtocolException('The RSTR/SCT/Renew has no body.');
    const renewed = this.tokenOf(verified.body, entropy, undefined, 'RSTR/SCT/Renew');
    if (
      renewed.contextId !== token.contextId ||
      renewed.keyGeneration === undefined ||
      renewed.keyGeneration === token.keyGeneration
    ) {
      throw new MessageSecurityException(
        'The RSTR/SCT/Renew is not acceptable: it does not carry a new key generation of the same security context.',
      );
    }
    return renewed;
  }

  /** The token of an RSTR/SCT or RSTR/SCT/Renew, with the key computed per keyEntropyMode. */
  private tokenOf(
    body: XmlElement,
    entropy: Buffer | undefined,
    context: string | undefined,
    what: string,
  ): ClientSecurityContextToken {
    const { driver, keySize } = this.settings;
    try {
      const rstr = readIssueResponse(body, driver);
      if (context !== undefined && rstr.context !== context)
        throw new MessageSecurityError('The RSTR does not echo the request Context.');
      const size = rstr.keySize ?? keySize;
      let key: Buffer;
      if (this.settings.keyEntropyMode === SecurityKeyEntropyMode.CombinedEntropy) {
        if (!rstr.computedKey || !rstr.serverEntropy || !entropy)
          throw new MessageSecurityError(
            'The RSTR has no computed key and issuer entropy (CombinedEntropy).',
          );
        key = computeCombinedKey(entropy, rstr.serverEntropy, size);
      } else if (this.settings.keyEntropyMode === SecurityKeyEntropyMode.ClientEntropy) {
        if (rstr.computedKey || rstr.serverEntropy)
          throw new MessageSecurityError('The RSTR has a proof token, but the client provided the key.');
        key = entropy!;
      } else {
        throw new MessageSecurityError('keyEntropyMode ServerEntropy is not supported by this client.');
      }
      return {
        id: rstr.token.id ?? rstr.tokenElement.getAttribute('Id') ?? '',
        contextId: rstr.token.contextId,
        keyGeneration: rstr.token.keyGeneration,
        key: ownCopy(key),
        element: detached(rstr.tokenElement),
        ...(rstr.lifetime && { validFrom: rstr.lifetime.created }),
        validTo: rstr.lifetime?.expires ?? Number.MAX_SAFE_INTEGER,
      };
    } catch (err) {
      if (err instanceof MessageSecurityError)
        throw new MessageSecurityException(`The ${what} is not acceptable: ${err.message}`, { cause: err });
      throw err;
    }
  }

  /** RST/SCT/Cancel protected by the token (body signed, not encrypted); resolves when the service confirms. */
  async cancel(
    inner: IRequestChannel,
    protocol: SecuritySessionProtocol,
    token: ClientSecurityContextToken,
    target: EndpointAddress,
    timeoutMs?: number,
  ): Promise<void> {
    const { driver } = this.settings;
    const rst = createTrustRequest(
      this.settings.messageVersion,
      driver.actions.cancel,
      writeCancelRequest({ driver, contextId: token.contextId, keyGeneration: token.keyGeneration }),
      target,
    );
    const secured = protocol.secure(rst, token, 'request', {
      tokenElement: token.element.clone(),
      protection: ProtectionLevel.Sign,
    });
    const reply = await inner.request(secured, timeoutMs);
    if (!reply) throw new ProtocolException('The service sent no reply to the RST/SCT/Cancel request.');
    const verified = verifySessionReply(protocol, reply, token, ProtectionLevel.Sign);
    if (verified.isFault) faultOf(verified, 'The security context token was not cancelled');
    if (verified.action !== driver.actions.cancelResponse || !verified.body)
      throw new ProtocolException(`The reply to RST/SCT/Cancel has the action '${verified.action ?? ''}'.`);
    readCancelResponse(verified.body, driver);
  }
}

/**
 * A reply inside the session: secured by the token, or — when the service refuses the token — an unsecured
 * fault, reported as WCF reports it (MessageSecurityException carrying the FaultException).
 */
export function verifySessionReply(
  protocol: SecuritySessionProtocol,
  reply: Message,
  token: ClientSecurityContextToken,
  protection?: ProtectionLevel,
): Message {
  const envelope = reply.envelope ?? reply.toEnvelope();
  const header = envelope.element('Header', reply.version.envelope.namespace);
  const secured = header?.elements().some((h) => h.localName === 'Security') ?? false;
  if (!secured && reply.isFault) {
    throw new MessageSecurityException(UNSECURED_FAULT_RECEIVED, {
      cause: FaultException.fromMessageFault(reply.getFault(), reply.action),
    });
  }
  try {
    return protocol.verify(
      reply,
      {
        securityContextToken: (reference) => {
          const contextId = reference.kind === 'external' ? reference.contextId : undefined;
          if (contextId !== token.contextId) return undefined;
          if (reference.kind === 'external' && reference.keyGeneration !== token.keyGeneration)
            return undefined;
          return { key: token.key, contextId: token.contextId, keyGeneration: token.keyGeneration };
        },
      },
      'reply',
      protection,
    ).message;
  } catch (err) {
    if (err instanceof MessageSecurityError)
      throw new MessageSecurityException(`The reply did not pass security checks: ${err.message}`, {
        cause: err,
      });
    throw err;
  }
}

/**
 * The SCT element as a document of its own. A parsed element holds its parent, so the whole RSTR, and its
 * strings are slices of the whole response's text: a client keeping it for the session kept ~60 KB per session
 * (bench 'session', client side). Written out and read again (what is sent is a copy written out anyway), it
 * holds its own few hundred bytes.
 */
function detached(element: XmlElement): XmlElement {
  const text = serializeXml(element.clone());
  return parseXml(text, { maxSize: Buffer.byteLength(text), quotas: maxReaderQuotas }).root;
}

/** A key in memory of its own: a small Buffer is a slice of Node's 8 KB pool, which a kept slice keeps alive. */
function ownCopy(key: Buffer): Buffer {
  const own = Buffer.allocUnsafeSlow(key.length);
  key.copy(own);
  return own;
}
