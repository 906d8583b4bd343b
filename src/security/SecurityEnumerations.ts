/**
 * The enumerations of WCF's security binding elements and token parameters, as const objects whose values
 * are WCF's config strings (RS System.ServiceModel.Security / .Channels / .Security.Tokens).
 */

/** The order of the Security header's children (RS SecurityHeaderLayout; spec/secure-conversation.md §8). */
export const SecurityHeaderLayout = {
  /** WCF's order: tokens before their use, Timestamp first. */
  Strict: 'Strict',
  /** Any order. */
  Lax: 'Lax',
  /** Any order, Timestamp first. */
  LaxTimestampFirst: 'LaxTimestampFirst',
  /** Any order, Timestamp last. */
  LaxTimestampLast: 'LaxTimestampLast',
} as const;
export type SecurityHeaderLayout = (typeof SecurityHeaderLayout)[keyof typeof SecurityHeaderLayout];

/** RS MessageProtectionOrder. */
export const MessageProtectionOrder = {
  SignBeforeEncrypt: 'SignBeforeEncrypt',
  /** WCF's default: sign, encrypt, and encrypt the signature too. */
  SignBeforeEncryptAndEncryptSignature: 'SignBeforeEncryptAndEncryptSignature',
  EncryptBeforeSign: 'EncryptBeforeSign',
} as const;
export type MessageProtectionOrder = (typeof MessageProtectionOrder)[keyof typeof MessageProtectionOrder];

/** System.Net.Security.ProtectionLevel, as contracts and operations state it. */
export const ProtectionLevel = {
  None: 'None',
  Sign: 'Sign',
  EncryptAndSign: 'EncryptAndSign',
} as const;
export type ProtectionLevel = (typeof ProtectionLevel)[keyof typeof ProtectionLevel];

/** When a token is put into the message (RS SecurityTokenInclusionMode). */
export const SecurityTokenInclusionMode = {
  AlwaysToRecipient: 'AlwaysToRecipient',
  Never: 'Never',
  Once: 'Once',
  AlwaysToInitiator: 'AlwaysToInitiator',
} as const;
export type SecurityTokenInclusionMode =
  (typeof SecurityTokenInclusionMode)[keyof typeof SecurityTokenInclusionMode];

/** Whether a token is referenced in the message (Internal: `#id`) or from outside it (RS SecurityTokenReferenceStyle). */
export const SecurityTokenReferenceStyle = { Internal: 'Internal', External: 'External' } as const;
export type SecurityTokenReferenceStyle =
  (typeof SecurityTokenReferenceStyle)[keyof typeof SecurityTokenReferenceStyle];

/**
 * How an X.509 token that is not in the message is named (RS X509KeyIdentifierClauseType). `Any` lets the
 * serializer choose: WCF writes issuer and serial number for it.
 */
export const X509KeyIdentifierClauseType = {
  Any: 'Any',
  Thumbprint: 'Thumbprint',
  IssuerSerial: 'IssuerSerial',
  SubjectKeyIdentifier: 'SubjectKeyIdentifier',
  RawDataKeyIdentifier: 'RawDataKeyIdentifier',
} as const;
export type X509KeyIdentifierClauseType =
  (typeof X509KeyIdentifierClauseType)[keyof typeof X509KeyIdentifierClauseType];

/** RS SecurityKeyEntropyMode (used by secure conversation, issue 5). */
export const SecurityKeyEntropyMode = {
  ClientEntropy: 'ClientEntropy',
  ServerEntropy: 'ServerEntropy',
  CombinedEntropy: 'CombinedEntropy',
} as const;
export type SecurityKeyEntropyMode = (typeof SecurityKeyEntropyMode)[keyof typeof SecurityKeyEntropyMode];

/** The `authenticationMode` values of `<security>` (spec/config-schema.md §3.2). */
export const AuthenticationMode = {
  AnonymousForCertificate: 'AnonymousForCertificate',
  AnonymousForSslNegotiated: 'AnonymousForSslNegotiated',
  CertificateOverTransport: 'CertificateOverTransport',
  IssuedToken: 'IssuedToken',
  IssuedTokenForCertificate: 'IssuedTokenForCertificate',
  IssuedTokenForSslNegotiated: 'IssuedTokenForSslNegotiated',
  IssuedTokenOverTransport: 'IssuedTokenOverTransport',
  Kerberos: 'Kerberos',
  KerberosOverTransport: 'KerberosOverTransport',
  MutualCertificate: 'MutualCertificate',
  MutualCertificateDuplex: 'MutualCertificateDuplex',
  MutualSslNegotiated: 'MutualSslNegotiated',
  SecureConversation: 'SecureConversation',
  SspiNegotiated: 'SspiNegotiated',
  SspiNegotiatedOverTransport: 'SspiNegotiatedOverTransport',
  UserNameForCertificate: 'UserNameForCertificate',
  UserNameForSslNegotiated: 'UserNameForSslNegotiated',
  UserNameOverTransport: 'UserNameOverTransport',
} as const;
export type AuthenticationMode = (typeof AuthenticationMode)[keyof typeof AuthenticationMode];
