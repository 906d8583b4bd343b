/**
 * Everything a message security protocol needs, resolved once when the channel stack is built: the binding
 * element's settings, the credentials, the clock and the encoder's reader quotas. Protocols are pure over these
 * settings plus the message, which is what makes them testable without a transport.
 */
import type { Clock } from '../../channels/Clock';
import type { MessageVersion } from '../../channels/MessageVersion';
import type { XmlDictionaryReaderQuotas } from '../../xml';
import type { LocalClientSecuritySettings, LocalServiceSecuritySettings } from '../LocalSecuritySettings';
import type { MessageSecurityVersion } from '../MessageSecurityVersion';
import type { NonceCache } from '../NonceCache';
import type { SecurityAlgorithmSuite } from '../SecurityAlgorithmSuite';
import type { MessageProtectionOrder, ProtectionLevel, SecurityHeaderLayout } from '../SecurityEnumerations';
import type { SupportingTokenParameters } from '../tokens/SupportingTokenParameters';

/** How much of a message's body is protected, by action (WCF's ChannelProtectionRequirements, per operation). */
export type ProtectionLevelResolver = (
  action: string | undefined,
  direction: 'request' | 'reply',
) => ProtectionLevel;

export interface SecurityProtocolSettings {
  readonly messageVersion: MessageVersion;
  readonly securityVersion: MessageSecurityVersion;
  readonly suite: SecurityAlgorithmSuite;
  readonly layout: SecurityHeaderLayout;
  readonly includeTimestamp: boolean;
  readonly protectionOrder: MessageProtectionOrder;
  readonly requireSignatureConfirmation: boolean;
  readonly supporting: SupportingTokenParameters;
  readonly protectionLevel: ProtectionLevelResolver;
  readonly local: LocalClientSecuritySettings | LocalServiceSecuritySettings;
  readonly clock: Clock;
  /** The replay cache when `local.detectReplays`. */
  readonly nonceCache: NonceCache | undefined;
  readonly readerQuotas: XmlDictionaryReaderQuotas | undefined;
}
