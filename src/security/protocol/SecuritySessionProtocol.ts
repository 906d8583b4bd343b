/**
 * What the secure-session channels (src/security/sessions) need of the protocol that protects a session's
 * messages with its Security Context Token. Two shapes implement it (RS InitiatorSessionSymmetric… and
 * AcceptorSessionSymmetric… protocols):
 *
 * - SecurityContextProtocol — message security: the SCT is the protection token, keys derived from it sign
 *   and encrypt every message in both directions;
 * - TransportSecurityProtocol — mixed mode: TLS protects; requests carry the SCT and one HMAC-SHA1 signature
 *   over the Timestamp keyed by the SCT's own key, replies just a Timestamp.
 */
import type { Message } from '../../channels/Message';
import type { ProtectionLevel } from '../SecurityEnumerations';
import type {
  SecureSessionMessageOptions,
  SessionKey,
  SessionKeyResolver,
  VerifiedSessionMessage,
} from './SecurityContextProtocol';

export interface SecuritySessionProtocol {
  /** Secures a message of the session, in either direction. */
  secure(
    message: Message,
    token: SessionKey,
    direction: 'request' | 'reply',
    options?: SecureSessionMessageOptions,
  ): Message;

  /**
   * Verifies a message of the session; `resolver` knows the tokens. Throws MessageSecurityError (an unknown
   * token: BadContextToken).
   */
  verify(
    message: Message,
    resolver: SessionKeyResolver,
    direction: 'request' | 'reply',
    protectionOverride?: ProtectionLevel,
  ): VerifiedSessionMessage;
}
