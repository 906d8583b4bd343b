/** basicHttpBinding's `security/@mode` (RS BasicHttpSecurityMode). */
export const BasicHttpSecurityMode = {
  None: 'None',
  Transport: 'Transport',
  Message: 'Message',
  TransportWithMessageCredential: 'TransportWithMessageCredential',
  TransportCredentialOnly: 'TransportCredentialOnly',
} as const;
export type BasicHttpSecurityMode = (typeof BasicHttpSecurityMode)[keyof typeof BasicHttpSecurityMode];

/** wsHttpBinding's `security/@mode` (RS SecurityMode). WCF's default for wsHttpBinding is Message. */
export const SecurityMode = {
  None: 'None',
  Transport: 'Transport',
  Message: 'Message',
  TransportWithMessageCredential: 'TransportWithMessageCredential',
} as const;
export type SecurityMode = (typeof SecurityMode)[keyof typeof SecurityMode];

/** `security/transport/@clientCredentialType` for the HTTP bindings (RS HttpClientCredentialType). */
export const HttpClientCredentialType = {
  None: 'None',
  Basic: 'Basic',
  Digest: 'Digest',
  Ntlm: 'Ntlm',
  Windows: 'Windows',
  Certificate: 'Certificate',
  InheritedFromHost: 'InheritedFromHost',
} as const;
export type HttpClientCredentialType =
  (typeof HttpClientCredentialType)[keyof typeof HttpClientCredentialType];

/** `messageEncoding` of the HTTP standard bindings. */
export const WSMessageEncoding = { Text: 'Text', Mtom: 'Mtom' } as const;
export type WSMessageEncoding = (typeof WSMessageEncoding)[keyof typeof WSMessageEncoding];

/** `security/message/@clientCredentialType` (RS MessageCredentialType). WCF's default for wsHttpBinding is Windows. */
export const MessageCredentialType = {
  None: 'None',
  Windows: 'Windows',
  UserName: 'UserName',
  Certificate: 'Certificate',
  IssuedToken: 'IssuedToken',
} as const;
export type MessageCredentialType = (typeof MessageCredentialType)[keyof typeof MessageCredentialType];
