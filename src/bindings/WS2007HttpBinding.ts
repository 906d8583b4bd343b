import { MessageSecurityVersion } from '../security/MessageSecurityVersion';
import { TransactionProtocol } from '../transactions/TransactionFlowBindingElement';
import { WSHttpBinding } from './WSHttpBinding';

/**
 * `ws2007HttpBinding`: wsHttpBinding with the 2007 protocol versions (RS WS2007HttpBinding) — WS-AtomicTransaction
 * 1.1 for the transactionFlow element; WS-Security 1.1 with WS-Trust 1.3 / WS-SecureConversation 1.3 and the Basic
 * Security Profile for message security.
 */
export class WS2007HttpBinding extends WSHttpBinding {
  protected override readonly transactionProtocol: TransactionProtocol =
    TransactionProtocol.WSAtomicTransaction11;
  protected override readonly messageSecurityVersion: MessageSecurityVersion =
    MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10;
}
