/**
 * The vocabulary of WS-Security 1.0/1.1 and its token profiles as WCF writes it: namespaces with WCF's
 * prefixes, token and key-identifier value types, and the fault codes (spec/algorithms.md §3,
 * spec/secure-conversation.md §1, §7.2). The XML Signature / Encryption namespaces live with part A's
 * xmldsig/xmlenc modules.
 */

/** WS-Security 1.0 secext (`o:`): the Security header itself and every token but the 1.1 additions. */
export const WSSE_NAMESPACE =
  'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
export const WSSE_PREFIX = 'o';

/** WS-Security utility (`u:`): Timestamp and the wsu:Id of every signed part. */
export const WSU_NAMESPACE =
  'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
export const WSU_PREFIX = 'u';

/** WS-Security 1.1 secext (`k:` in WCF's output): SignatureConfirmation, EncryptedHeader, TokenType. */
export const WSSE11_NAMESPACE = 'http://docs.oasis-open.org/wss/oasis-wss-wssecurity-secext-1.1.xsd';
export const WSSE11_PREFIX = 'k';

/** XML Encryption's prefix in WCF's header (`e:EncryptedKey`, `e:EncryptedData`, `e:ReferenceList`). */
export const XMLENC_PREFIX = 'e';

/** WS-SecureConversation February 2005 and 1.3 (`c:`): where DerivedKeyToken lives. */
export const WSC_FEB2005_NAMESPACE = 'http://schemas.xmlsoap.org/ws/2005/02/sc';
export const WSC_13_NAMESPACE = 'http://docs.oasis-open.org/ws-sx/ws-secureconversation/200512';
export const WSC_PREFIX = 'c';

const SOAP_MESSAGE_SECURITY_10 =
  'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0';
const SOAP_MESSAGE_SECURITY_11 = 'http://docs.oasis-open.org/wss/oasis-wss-soap-message-security-1.1';
const X509_TOKEN_PROFILE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0';
const USERNAME_TOKEN_PROFILE =
  'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0';

/** ValueType / TokenType URIs (WSS 1.0/1.1 and the X.509 and UsernameToken profiles). */
export const WssValueTypes = {
  X509v3: `${X509_TOKEN_PROFILE}#X509v3`,
  X509SubjectKeyIdentifier: `${X509_TOKEN_PROFILE}#X509SubjectKeyIdentifier`,
  ThumbprintSha1: `${SOAP_MESSAGE_SECURITY_11}#ThumbprintSHA1`,
  EncryptedKeySha1: `${SOAP_MESSAGE_SECURITY_11}#EncryptedKeySHA1`,
  EncryptedKey: `${SOAP_MESSAGE_SECURITY_11}#EncryptedKey`,
  UsernameToken: `${USERNAME_TOKEN_PROFILE}#UsernameToken`,
} as const;

/** BinarySecurityToken / KeyIdentifier EncodingType. */
export const WssEncodingTypes = {
  Base64Binary: `${SOAP_MESSAGE_SECURITY_10}#Base64Binary`,
  HexBinary: `${SOAP_MESSAGE_SECURITY_10}#HexBinary`,
} as const;

/** UsernameToken Password Type: WCF sends and accepts only the clear-text password (over message security). */
export const PASSWORD_TEXT_TYPE = `${USERNAME_TOKEN_PROFILE}#PasswordText`;
export const PASSWORD_DIGEST_TYPE = `${USERNAME_TOKEN_PROFILE}#PasswordDigest`;

/** A DerivedKeyToken's TokenType / STR ValueType per WS-SecureConversation version. */
export function derivedKeyTokenType(scNamespace: string): string {
  return `${scNamespace}/dk`;
}

/**
 * The fault subcodes WCF sends for security failures, in the WS-Security namespace (RS SecurityVersion,
 * SecurityUtils.CreateSecurityMessageFault). WCF does not tell the sender which check failed: everything that is
 * not a token problem is InvalidSecurity.
 */
export const WssFaultCodes = {
  InvalidSecurity: 'InvalidSecurity',
  InvalidSecurityToken: 'InvalidSecurityToken',
  FailedAuthentication: 'FailedAuthentication',
} as const;
export type WssFaultCode = (typeof WssFaultCodes)[keyof typeof WssFaultCodes];

/**
 * The subcodes of secure conversation's faults (spec/secure-conversation.md §2): BadContextToken and
 * RenewNeeded in the WS-SecureConversation namespace of the binding's version, InvalidRequest in its WS-Trust
 * namespace, ServerTooBusy and SecureConversationCancellationNotAllowed in WCF's own namespace.
 */
export const SecureConversationFaultCodes = {
  BadContextToken: 'BadContextToken',
  RenewNeeded: 'RenewNeeded',
  InvalidRequest: 'InvalidRequest',
  ServerTooBusy: 'ServerTooBusy',
  SecureConversationCancellationNotAllowed: 'SecureConversationCancellationNotAllowed',
} as const;
export type SecureConversationFaultCode =
  (typeof SecureConversationFaultCodes)[keyof typeof SecureConversationFaultCodes];

/** Every subcode a security fault can carry. */
export type SecurityFaultCode = WssFaultCode | SecureConversationFaultCode;

/** WCF's namespace for its own security faults and the SCT cookie (`dnse`). */
export const DOTNET_SECURITY_NAMESPACE = 'http://schemas.microsoft.com/ws/2006/05/security';
