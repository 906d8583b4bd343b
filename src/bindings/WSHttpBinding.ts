import type { BindingElement } from '../channels/BindingElement';
import { BindingConfigurationError } from '../channels/CommunicationErrors';
import { MessageVersion } from '../channels/MessageVersion';
import { TransactionFlowBindingElement, TransactionProtocol } from '../transactions/TransactionFlowBindingElement';
import { HttpBindingBase, type HttpBindingOptions } from './HttpBindingBase';
import { HttpClientCredentialType, SecurityMode } from './SecurityModes';

export interface WSHttpSecurity {
  mode: SecurityMode;
  transport: { clientCredentialType: HttpClientCredentialType };
}

export interface WSHttpBindingOptions extends HttpBindingOptions {
  security?: { mode?: SecurityMode; transport?: { clientCredentialType?: HttpClientCredentialType } };
  transactionFlow?: boolean;
}

/**
 * `wsHttpBinding`: transactionFlow (always listed, off) → [security] → text (Soap12WSAddressing10) → http(s)
 * (RS WSHttpBindingBase / WSHttpBinding). WCF's default security mode is Message; message security arrives
 * with the WS-Security work, until then building that stack is a clear error rather than a silent downgrade.
 */
export class WSHttpBinding extends HttpBindingBase {
  readonly security: WSHttpSecurity;
  transactionFlow: boolean;
  protected readonly transactionProtocol: TransactionProtocol = TransactionProtocol.WSAtomicTransactionOctober2004;

  constructor(options: WSHttpBindingOptions | SecurityMode = {}) {
    const o = typeof options === 'string' ? { security: { mode: options } } : options;
    super(o);
    this.security = {
      mode: o.security?.mode ?? SecurityMode.Message,
      // RS WSHttpSecurity.GetDefaultHttpTransportSecurity: Windows for wsHttp.
      transport: { clientCredentialType: o.security?.transport?.clientCredentialType ?? HttpClientCredentialType.Windows },
    };
    this.transactionFlow = o.transactionFlow ?? false;
  }

  override createBindingElements(): BindingElement[] {
    const mode = this.security.mode;
    const transactionFlow = new TransactionFlowBindingElement(this.transactionProtocol);
    transactionFlow.transactionFlow = this.transactionFlow;
    if (mode === SecurityMode.None) {
      return [transactionFlow, this.createEncoding(MessageVersion.Soap12WSAddressing10), this.createTransport(false)];
    }
    if (mode === SecurityMode.Transport) {
      return [
        transactionFlow,
        this.createEncoding(MessageVersion.Soap12WSAddressing10),
        this.createTransport(true, this.security.transport.clientCredentialType),
      ];
    }
    throw new BindingConfigurationError(`${this.name}: security mode '${mode}' is not supported yet; supported: None, Transport.`);
  }
}
