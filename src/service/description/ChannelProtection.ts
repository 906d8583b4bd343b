/**
 * The protection levels of contracts as the binding parameter message security reads (WCF's
 * ChannelProtectionRequirements built by the contract behaviors): per request action and reply action, the
 * operation's level, else its contract's, else EncryptAndSign (WCF's default when nothing states a level).
 * Messages whose action no operation names (faults) take the strongest level of the contracts.
 */
import { ChannelProtectionRequirements } from '../../security/ChannelProtectionRequirements';
import { ProtectionLevel } from '../../security/SecurityEnumerations';
import type { ContractDescription } from './ContractDescription';

const RANK: Readonly<Record<ProtectionLevel, number>> = { None: 0, Sign: 1, EncryptAndSign: 2 };

export function channelProtectionRequirements(
  contracts: readonly ContractDescription[],
): ChannelProtectionRequirements {
  let strongest: ProtectionLevel | undefined;
  const requirements = new ChannelProtectionRequirements();
  for (const contract of contracts) {
    for (const op of contract.operations) {
      const level = op.protectionLevel ?? contract.protectionLevel ?? ProtectionLevel.EncryptAndSign;
      requirements.requests.set(op.action, level);
      if (op.replyAction !== undefined) requirements.replies.set(op.replyAction, level);
      if (strongest === undefined || RANK[level] > RANK[strongest]) strongest = level;
    }
  }
  requirements.defaultProtectionLevel = strongest ?? ProtectionLevel.EncryptAndSign;
  return requirements;
}
