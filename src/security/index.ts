/**
 * Layer 3, message security: WS-Security 1.0/1.1 with X.509 certificates and user names — the security binding
 * elements, their settings and credentials, and the header model they are built from. Part A's primitives (XML
 * Signature, XML Encryption, algorithm suites) are exported from their own modules.
 */
export * from './SecurityBindingElement';
export * from './SymmetricSecurityBindingElement';
export * from './AsymmetricSecurityBindingElement';
export * from './TransportSecurityBindingElement';
export * from './MessageSecurityVersion';
export * from './SecurityEnumerations';
export * from './LocalSecuritySettings';
export * from './ChannelProtectionRequirements';
export * from './SecurityMessageProperty';
export * from './MessageSecurityError';
export * from './SecurityFaults';
export * from './NonceCache';
export * from './tokens/SecurityTokenParameters';
export * from './tokens/SupportingTokenParameters';
export * from './tokens/SecureConversationSecurityTokenParameters';
export * from './credentials/SecurityCredentials';
export * from './credentials/X509CertificateAuthentication';
export * from './credentials/X509CertificateValidator';
export * from './credentials/UserNamePasswordValidator';
export * from './conversation';
