/**
 * WCF's MessageSecurityVersion: which WS-Security, WS-Trust, WS-SecureConversation and WS-SecurityPolicy
 * versions a security binding speaks, and whether it emits the Basic Security Profile attributes (RS
 * MessageSecurityVersion.cs; spec/config-schema.md §3.1). The names are WCF's config values.
 */
import { WSC_13_NAMESPACE, WSC_FEB2005_NAMESPACE } from './wss/WssConstants';

export type SecurityVersion = 'WSSecurity10' | 'WSSecurity11';
export type TrustVersion = 'WSTrustFeb2005' | 'WSTrust13';
export type SecureConversationVersion = 'WSSecureConversationFeb2005' | 'WSSecureConversation13';

export class MessageSecurityVersion {
  private constructor(
    /** The config name (`messageSecurityVersion="…"`). */
    readonly name: string,
    readonly securityVersion: SecurityVersion,
    readonly trustVersion: TrustVersion,
    readonly secureConversationVersion: SecureConversationVersion,
    readonly securityPolicyVersion: 'WSSecurityPolicy11' | 'WSSecurityPolicy12',
    /**
     * Basic Security Profile 1.0: ValueType on every token Reference and wsse11:TokenType on references to an
     * EncryptedKey (spec/secure-conversation.md §7.2).
     */
    readonly basicSecurityProfile: boolean,
  ) {}

  get isWss11(): boolean {
    return this.securityVersion === 'WSSecurity11';
  }

  /** The namespace of DerivedKeyToken (and, with issue 5, of the SecurityContextToken). */
  get secureConversationNamespace(): string {
    return this.secureConversationVersion === 'WSSecureConversation13'
      ? WSC_13_NAMESPACE
      : WSC_FEB2005_NAMESPACE;
  }

  toString(): string {
    return this.name;
  }

  static readonly WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11 =
    new MessageSecurityVersion(
      'WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11',
      'WSSecurity11',
      'WSTrustFeb2005',
      'WSSecureConversationFeb2005',
      'WSSecurityPolicy11',
      false,
    );
  static readonly WSSecurity10WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10 =
    new MessageSecurityVersion(
      'WSSecurity10WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10',
      'WSSecurity10',
      'WSTrustFeb2005',
      'WSSecureConversationFeb2005',
      'WSSecurityPolicy11',
      true,
    );
  static readonly WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10 =
    new MessageSecurityVersion(
      'WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10',
      'WSSecurity11',
      'WSTrustFeb2005',
      'WSSecureConversationFeb2005',
      'WSSecurityPolicy11',
      true,
    );
  static readonly WSSecurity10WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10 =
    new MessageSecurityVersion(
      'WSSecurity10WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10',
      'WSSecurity10',
      'WSTrust13',
      'WSSecureConversation13',
      'WSSecurityPolicy12',
      true,
    );
  static readonly WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12 = new MessageSecurityVersion(
    'WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12',
    'WSSecurity11',
    'WSTrust13',
    'WSSecureConversation13',
    'WSSecurityPolicy12',
    false,
  );
  static readonly WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10 =
    new MessageSecurityVersion(
      'WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10',
      'WSSecurity11',
      'WSTrust13',
      'WSSecureConversation13',
      'WSSecurityPolicy12',
      true,
    );

  /** WCF's MessageSecurityVersion.Default. */
  static readonly Default =
    MessageSecurityVersion.WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11;

  static readonly all: readonly MessageSecurityVersion[] = [
    MessageSecurityVersion.WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11,
    MessageSecurityVersion.WSSecurity10WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10,
    MessageSecurityVersion.WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10,
    MessageSecurityVersion.WSSecurity10WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10,
    MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12,
    MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10,
  ];

  /** The version for a config value (`Default` included), as WCF's MessageSecurityVersionConverter reads it. */
  static fromName(name: string): MessageSecurityVersion | undefined {
    if (name === 'Default') return MessageSecurityVersion.Default;
    return MessageSecurityVersion.all.find((v) => v.name === name);
  }
}
