/**
 * WS-SecureConversation's wire pieces (spec/secure-conversation.md): the Trust/SC vocabulary per version, the
 * Security Context Token and its references, the RST/RSTR bodies of issue, renew and cancel, cookie protection
 * and the session-token cache. Pure functions and small classes; the session channels build on them.
 */
export * from './TrustDriver';
export * from './SecureConversationErrors';
export * from './SecurityContextToken';
export * from './SecurityContextTokenReference';
export * from './RequestSecurityToken';
export * from './RequestSecurityTokenResponse';
export { MAX_ENTROPY_LENGTH, MAX_LIFETIME_TIME, formatLifetimeTime } from './trustXml';
export * from './SecurityContextCookie';
export * from './SecurityContextTokenCache';
