/**
 * How much of each message's body is protected (WCF's ChannelProtectionRequirements, built from the contract's
 * ProtectionLevel). A binding parameter: when a ChannelFactory or ServiceHost adds one, the security element
 * uses it; without one every body is signed and encrypted, WCF's default (ProtectionLevel.EncryptAndSign).
 * The WS-Addressing headers are always signed, whatever the level (RS TransportBindingElement's addressing
 * protection requirements).
 */
import { ProtectionLevel } from './SecurityEnumerations';

export class ChannelProtectionRequirements {
  /** Per action, for requests (input to the service) and replies (output). */
  readonly requests = new Map<string, ProtectionLevel>();
  readonly replies = new Map<string, ProtectionLevel>();

  constructor(public defaultProtectionLevel: ProtectionLevel = ProtectionLevel.EncryptAndSign) {}

  protectionLevel(action: string | undefined, direction: 'request' | 'reply'): ProtectionLevel {
    const byAction = direction === 'request' ? this.requests : this.replies;
    return (action !== undefined ? byAction.get(action) : undefined) ?? this.defaultProtectionLevel;
  }
}
