/**
 * The service's token issuer for secure sessions (RS SecuritySessionSecurityTokenAuthenticator): reads an
 * RST/SCT the bootstrap verified, checks it against the binding (RequestType, TokenType, KeySize, entropy),
 * makes the context id and the key (CombinedEntropy: P_SHA1 of both entropies), keeps the token in the
 * session-token cache (a DI service) and writes the RSTR; cancels tokens; and resolves the tokens named by
 * session messages — by Identifier and key generation, never by anything the sender could choose freely.
 *
 * In cookie mode (requireCancellation=false; RS AcceleratedTokenAuthenticator with EncryptStateInServiceToken)
 * nothing is kept: the token's state travels in its dnse:Cookie, protected by the service's key ring, and a
 * token is resolved by unprotecting its cookie and checking that it names the same context.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../../channels/Clock';
import { Message } from '../../channels/Message';
import type { MessageVersion } from '../../channels/MessageVersion';
import { computeCombinedKey } from '../../crypto/KeyDerivation';
import {
  readRequestSecurityToken,
  readSecurityContextTokenElement,
  SecurityContextClaims,
  SecurityContextToken,
  validateIssueRequest,
  writeCancelResponse,
  writeIssueResponse,
  writeRenewResponse,
  type TrustDriver,
} from '../conversation';
import type { SecurityContextTokenCache } from '../conversation/SecurityContextTokenCache';
import {
  protectSecurityContextCookie,
  unprotectSecurityContextCookie,
  type SecurityContextCookieState,
  type SecurityContextKeyRing,
} from '../conversation/SecurityContextCookie';
import type { SessionKey } from '../protocol/SecurityContextProtocol';
import type { LocalServiceSecuritySettings } from '../LocalSecuritySettings';
import { MessageSecurityError } from '../MessageSecurityError';
import type { MessageSecurityVersion } from '../MessageSecurityVersion';
import type {
  ResolvedSecurityContextKey,
  SecurityContextTokenReference,
} from '../protocol/ReceiveSecurityHeader';
import type { SecurityAlgorithmSuite } from '../SecurityAlgorithmSuite';
import { SecurityKeyEntropyMode } from '../SecurityEnumerations';
import { SecurityMessageProperty } from '../SecurityMessageProperty';
import { generateUniqueId } from '../wss/IdGenerator';
import { SecureConversationFaultCodes } from '../wss/WssConstants';

export interface AuthenticatorSettings {
  readonly driver: TrustDriver;
  readonly securityVersion: MessageSecurityVersion;
  readonly suite: SecurityAlgorithmSuite;
  readonly keyEntropyMode: SecurityKeyEntropyMode;
  readonly messageVersion: MessageVersion;
  readonly local: LocalServiceSecuritySettings;
  readonly clock: Clock;
  readonly cache: SecurityContextTokenCache;
  /** Cookie mode: the key ring that protects the state carried in each token. */
  readonly cookieKeyRing?: SecurityContextKeyRing;
}

export interface IssuedSession {
  readonly token: SecurityContextToken;
  readonly identity: SecurityMessageProperty;
  /** The RSTR/SCT, to be secured by the bootstrap. */
  readonly response: Message;
}

function replyTo(request: Message, action: string, body: Message['body']): Message {
  const reply = Message.createMessage(request.version, action, body);
  if (request.headers.messageId !== undefined) reply.headers.relatesTo = request.headers.messageId;
  return reply;
}

/** The most parties whose identity sessions share (sharedIdentity); beyond it the least recent is forgotten. */
const SHARED_IDENTITIES = 1000;

interface SharedIdentity {
  readonly identity: SecurityMessageProperty;
  readonly claims: SecurityContextClaims;
}

export class SecuritySessionSecurityTokenAuthenticator {
  /** Issued sessions that have not carried a request yet (WCF's pending sessions). */
  private readonly pending = new Set<string>();
  /** Claims image → the identity and claims every session of that party shares; least recent first. */
  private readonly sharedIdentities = new Map<string, SharedIdentity>();
  /**
   * Cookie mode: the state of the cookie just unprotected by the resolver. Verification is synchronous, so the
   * listener takes it in the same turn, right after verifying; nothing outlives the message.
   */
  private readonly cookieStates = new Map<string, SecurityContextCookieState>();

  constructor(private readonly settings: AuthenticatorSettings) {}

  get securityVersion(): MessageSecurityVersion {
    return this.settings.securityVersion;
  }

  get pendingSessionCount(): number {
    return this.pending.size;
  }

  /** maxPendingSessions: beyond it a new session is refused with ServerTooBusy. */
  checkPendingSessions(): void {
    if (this.pending.size >= this.settings.local.maxPendingSessions) {
      throw new MessageSecurityError(
        `The service has ${this.pending.size} pending secure sessions (maxPendingSessions).`,
        SecureConversationFaultCodes.ServerTooBusy,
      );
    }
  }

  issue(request: Message, identity: SecurityMessageProperty): IssuedSession {
    const { driver, local, clock } = this.settings;
    if (!request.body)
      throw new MessageSecurityError('The RST/SCT has no body.', SecureConversationFaultCodes.InvalidRequest);
    const rst = readRequestSecurityToken(request.body, driver);
    if (rst.kind !== 'issue')
      throw new MessageSecurityError(
        'The RST/SCT does not request issuance.',
        SecureConversationFaultCodes.InvalidRequest,
      );
    const { keySize, key, serverEntropy } = this.makeKey(rst);
    const now = clock.now();
    const shared = this.sharedIdentity(identity);
    const claims = shared.claims;
    const ring = this.settings.cookieKeyRing;
    let token: SecurityContextToken;
    if (ring) {
      // A cookie SCT is valid for issuedCookieLifetime; its state is all the service will ever see of it.
      const state = {
        id: generateUniqueId(),
        contextId: `urn:uuid:${randomUUID()}`,
        key,
        keyGeneration: undefined,
        validFrom: now,
        validTo: now + local.issuedCookieLifetime,
        keyEffectiveTime: now,
        keyExpirationTime: now + local.issuedCookieLifetime,
        claims,
      };
      token = new SecurityContextToken({ ...state, cookie: protectSecurityContextCookie(state, ring) });
    } else {
      this.checkPendingSessions();
      // A session SCT never expires itself; its key does, after sessionKeyRenewalInterval (spec §5).
      token = new SecurityContextToken({
        id: generateUniqueId(),
        contextId: `urn:uuid:${randomUUID()}`,
        keyGeneration: undefined,
        key,
        validFrom: now,
        validTo: Number.MAX_SAFE_INTEGER,
        keyEffectiveTime: now,
        keyExpirationTime: now + local.sessionKeyRenewalInterval,
        cookie: undefined,
        claims,
      });
      if (!this.settings.cache.add(token)) {
        throw new MessageSecurityError(
          'The session-token cache is full.',
          SecureConversationFaultCodes.ServerTooBusy,
        );
      }
      this.pending.add(token.contextId);
    }
    const response = replyTo(
      request,
      driver.actions.issueResponse,
      writeIssueResponse({
        driver,
        token,
        serverEntropy,
        keySize,
        context: rst.context,
        lifetime: { created: now, expires: token.keyExpirationTime },
      }),
    );
    return { token, identity: shared.identity, response };
  }

  /**
   * One identity and claims image per party, shared by its sessions: a session keeps both for its whole life,
   * and a client certificate's claims (subject, thumbprint) are ~300 B that every session of that certificate
   * would otherwise copy. Two properties with the same claims (name, authentication type, certificate
   * thumbprint) name the same party. Bounded: the least recently seen party is forgotten first (its sessions
   * keep their references; a new session of it makes a new entry).
   */
  private sharedIdentity(identity: SecurityMessageProperty): SharedIdentity {
    const claims = SecurityContextClaims.fromSecurityMessageProperty(identity);
    if (!claims.primaryIdentity) return { identity, claims };
    const key = JSON.stringify(claims);
    const known = this.sharedIdentities.get(key);
    if (known) {
      this.sharedIdentities.delete(key);
      this.sharedIdentities.set(key, known);
      return known;
    }
    const entry = { identity, claims };
    this.sharedIdentities.set(key, entry);
    if (this.sharedIdentities.size > SHARED_IDENTITIES)
      this.sharedIdentities.delete(this.sharedIdentities.keys().next().value!);
    return entry;
  }

  /** The key of an issue or renewal request (spec §4–§6): its size, and the issuer's entropy for the RSTR. */
  private makeKey(rst: { readonly keySize?: number; readonly entropy?: Buffer }): {
    keySize: number;
    key: Buffer;
    serverEntropy: Buffer | undefined;
  } {
    const { suite, keyEntropyMode } = this.settings;
    const keySize = validateIssueRequest(rst, { suite, keyEntropyMode });
    if (keyEntropyMode === SecurityKeyEntropyMode.CombinedEntropy) {
      const serverEntropy = randomBytes(keySize / 8);
      return { keySize, key: computeCombinedKey(rst.entropy!, serverEntropy, keySize), serverEntropy };
    }
    if (keyEntropyMode === SecurityKeyEntropyMode.ClientEntropy)
      return { keySize, key: Buffer.from(rst.entropy!), serverEntropy: undefined };
    throw new MessageSecurityError(
      'keyEntropyMode ServerEntropy is not supported.',
      SecureConversationFaultCodes.InvalidRequest,
    );
  }

  /**
   * RST/SCT/Renew (spec §9; RS SecuritySessionSecurityTokenAuthenticator.RenewSessionToken), already verified by
   * the bootstrap (`identity`) and endorsed by `endorsing`: the RenewTarget must name the one SCT that endorsed
   * it, and that must be the session's newest key generation, renewed by the party the session was issued to.
   * The new generation keeps the Identifier and claims, with a new Instance, key and key window; the one it
   * replaces stays usable for sessionKeyRolloverInterval (no longer than its own key), then the cache drops it.
   */
  renew(
    request: Message,
    identity: SecurityMessageProperty,
    endorsing: readonly { readonly contextId: string; readonly keyGeneration: string | undefined }[],
  ): { token: SecurityContextToken; previous: SecurityContextToken; response: Message } {
    const { driver, local, clock } = this.settings;
    if (this.cookieMode)
      throw new MessageSecurityError(
        'Cookie security context tokens are not renewed; the client obtains a new one.',
        SecureConversationFaultCodes.InvalidRequest,
      );
    if (!request.body)
      throw new MessageSecurityError(
        'The RST/SCT/Renew has no body.',
        SecureConversationFaultCodes.InvalidRequest,
      );
    const rst = readRequestSecurityToken(request.body, driver, 'renew');
    if (rst.kind !== 'renew') throw new MessageSecurityError('Not a renewal.');
    if (endorsing.length !== 1)
      throw new MessageSecurityError(
        `The RST/SCT/Renew is endorsed by ${endorsing.length} security context tokens, not the one it renews.`,
        SecureConversationFaultCodes.InvalidRequest,
      );
    const [endorser] = endorsing;
    if (endorser.contextId !== rst.contextId || endorser.keyGeneration !== rst.keyGeneration)
      throw new MessageSecurityError(
        'The RenewTarget does not name the security context token that endorsed the request.',
        SecureConversationFaultCodes.InvalidRequest,
      );
    const current = this.settings.cache.get(rst.contextId, rst.keyGeneration);
    const generations = this.settings.cache.getAll(rst.contextId);
    if (!current)
      throw new MessageSecurityError(
        'Unknown security context token.',
        SecureConversationFaultCodes.BadContextToken,
      );
    if (generations[generations.length - 1] !== current)
      throw new MessageSecurityError(
        'The RenewTarget is not the newest key generation of its security context.',
        SecureConversationFaultCodes.InvalidRequest,
      );
    // The same party renews (RS: the renewal's claims must match the session's).
    const claims = SecurityContextClaims.fromSecurityMessageProperty(identity);
    if (JSON.stringify(claims) !== JSON.stringify(current.claims))
      throw new MessageSecurityError(
        'The RST/SCT/Renew was not sent by the party the security context was issued to.',
        SecureConversationFaultCodes.InvalidRequest,
      );
    const { keySize, key, serverEntropy } = this.makeKey(rst);
    const now = clock.now();
    const token = current.renewed({
      key,
      keyEffectiveTime: now,
      keyExpirationTime: now + local.sessionKeyRenewalInterval,
    });
    const rolloverEnd = now + local.sessionKeyRolloverInterval;
    const previous = new SecurityContextToken({
      ...current,
      key: current.key,
      validTo: Math.max(current.validFrom, rolloverEnd),
      keyExpirationTime: Math.max(current.keyEffectiveTime, Math.min(current.keyExpirationTime, rolloverEnd)),
    });
    // Replacing a generation takes no new slot; the new one may, and a full cache refuses it.
    if (!this.settings.cache.add(token))
      throw new MessageSecurityError(
        'The session-token cache is full.',
        SecureConversationFaultCodes.ServerTooBusy,
      );
    this.settings.cache.add(previous);
    const response = replyTo(
      request,
      driver.actions.renewResponse,
      writeRenewResponse({
        driver,
        token,
        serverEntropy,
        keySize,
        context: rst.context,
        lifetime: { created: now, expires: token.keyExpirationTime },
      }),
    );
    return { token, previous, response };
  }

  /** RST/SCT/Cancel, already verified with the token `signingContextId`: it may cancel only that token. */
  cancel(
    request: Message,
    signingContextId: string,
    signingKeyGeneration?: string,
  ): { token: SecurityContextToken; response: Message } {
    const { driver } = this.settings;
    if (!request.body)
      throw new MessageSecurityError(
        'The RST/SCT/Cancel has no body.',
        SecureConversationFaultCodes.InvalidRequest,
      );
    const rst = readRequestSecurityToken(request.body, driver);
    if (rst.kind !== 'cancel' || rst.contextId !== signingContextId) {
      throw new MessageSecurityError(
        'The RST/SCT/Cancel does not name the token that signed it.',
        SecureConversationFaultCodes.InvalidRequest,
      );
    }
    const token = this.token(signingContextId, signingKeyGeneration);
    if (!token)
      throw new MessageSecurityError(
        'Unknown security context token.',
        SecureConversationFaultCodes.BadContextToken,
      );
    this.remove(signingContextId);
    return {
      token,
      response: replyTo(
        request,
        driver.actions.cancelResponse,
        writeCancelResponse({ driver, context: rst.context }),
      ),
    };
  }

  /**
   * The token held for an Identifier and key generation — also when its key has expired: a message under an
   * expired key is verified with it and answered RenewNeeded (isKeyExpired), not taken for an unknown token.
   */
  token(contextId: string, keyGeneration: string | undefined): SecurityContextToken | undefined {
    return this.settings.cache.get(contextId, keyGeneration);
  }

  /** The key generations held for a context, oldest first (the current one last; two during a rollover). */
  keyGenerations(contextId: string): readonly (string | undefined)[] {
    return this.settings.cache.getAll(contextId).map((t) => t.keyGeneration);
  }

  /** Whether the token's key is past its expiry, with the clock skew the service allows. */
  isKeyExpired(token: SecurityContextToken): boolean {
    return this.settings.clock.now() > token.keyExpirationTime + this.settings.local.maxClockSkew;
  }

  /** Cookie mode: the key and identity inside the cookie of the message just verified. */
  takeCookie(contextId: string): { key: SessionKey; identity: SecurityMessageProperty } | undefined {
    const state = this.cookieStates.get(contextId);
    this.cookieStates.delete(contextId);
    if (!state) return undefined;
    return {
      key: {
        id: state.id ?? '',
        contextId: state.contextId,
        keyGeneration: state.keyGeneration,
        key: state.key,
      },
      identity: SecurityContextClaims.toSecurityMessageProperty(state.claims),
    };
  }

  get cookieMode(): boolean {
    return this.settings.cookieKeyRing !== undefined;
  }

  markUsed(contextId: string): void {
    this.pending.delete(contextId);
  }

  remove(contextId: string): void {
    this.pending.delete(contextId);
    this.settings.cache.remove(contextId);
  }

  /** The receive side's resolver: a token in the header (by its Identifier) or named by reference. */
  securityContextToken(reference: SecurityContextTokenReference): ResolvedSecurityContextKey | undefined {
    let contextId: string;
    let keyGeneration: string | undefined;
    if (reference.kind === 'element') {
      const read = readSecurityContextTokenElement(reference.element, this.settings.driver);
      const ring = this.settings.cookieKeyRing;
      if (ring) {
        if (!read.cookie) return undefined;
        const state = unprotectSecurityContextCookie(read.cookie, ring, this.settings.clock.now(), {
          maxClockSkew: this.settings.local.maxClockSkew,
        });
        // The cookie must be this token's: a cookie moved into another SCT names another context.
        if (state.contextId !== read.contextId || state.keyGeneration !== read.keyGeneration)
          return undefined;
        this.cookieStates.set(state.contextId, state);
        return { key: state.key, contextId: state.contextId, keyGeneration: state.keyGeneration };
      }
      contextId = read.contextId;
      keyGeneration = read.keyGeneration;
    } else {
      contextId = reference.contextId;
      keyGeneration = reference.keyGeneration;
    }
    const token = this.token(contextId, keyGeneration);
    return token && { key: token.key, contextId: token.contextId, keyGeneration: token.keyGeneration };
  }
}
