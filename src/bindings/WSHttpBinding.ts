import type { BindingElement } from '../channels/BindingElement';
import { BindingConfigurationError } from '../channels/CommunicationErrors';
import { MessageVersion } from '../channels/MessageVersion';
import {
  TransactionFlowBindingElement,
  TransactionProtocol,
} from '../transactions/TransactionFlowBindingElement';
import { MessageSecurityVersion } from '../security/MessageSecurityVersion';
import { SecurityAlgorithmSuite } from '../security/SecurityAlgorithmSuite';
import type { SecurityBindingElement } from '../security/SecurityBindingElement';
import { HttpBindingBase, type HttpBindingOptions } from './HttpBindingBase';
import { messageSecurityElement } from './MessageSecurityOverHttp';
import { HttpClientCredentialType, MessageCredentialType, SecurityMode } from './SecurityModes';

/** `security/message` of wsHttpBinding (RS NonDualMessageSecurityOverHttp), with WCF's defaults. */
export interface NonDualMessageSecurityOverHttp {
  clientCredentialType: MessageCredentialType;
  negotiateServiceCredential: boolean;
  establishSecurityContext: boolean;
  algorithmSuite: SecurityAlgorithmSuite;
}

export interface WSHttpSecurity {
  mode: SecurityMode;
  transport: { clientCredentialType: HttpClientCredentialType };
  message: NonDualMessageSecurityOverHttp;
}

export interface WSHttpBindingOptions extends HttpBindingOptions {
  security?: {
    mode?: SecurityMode;
    transport?: { clientCredentialType?: HttpClientCredentialType };
    message?: Partial<NonDualMessageSecurityOverHttp>;
  };
  transactionFlow?: boolean;
}

/**
 * `wsHttpBinding`: transactionFlow (always listed, off) → [security] → text (Soap12WSAddressing10) → http(s)
 * (RS WSHttpBindingBase / WSHttpBinding). WCF's default security mode is Message, with Windows credentials,
 * service credential negotiation and a security context: Indigo builds Message security for Certificate,
 * UserName and None credentials without negotiation (spec/bindings.md §6), TransportWithMessageCredential for
 * Certificate and UserName over HTTPS, and refuses the rest with an error naming the settings to change.
 */
export class WSHttpBinding extends HttpBindingBase {
  readonly security: WSHttpSecurity;
  transactionFlow: boolean;
  protected readonly transactionProtocol: TransactionProtocol =
    TransactionProtocol.WSAtomicTransactionOctober2004;
  /** RS WSHttpBinding: WS-Security 1.1, WS-Trust/SC February 2005, Basic Security Profile. */
  protected readonly messageSecurityVersion: MessageSecurityVersion =
    MessageSecurityVersion.WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10;

  constructor(options: WSHttpBindingOptions | SecurityMode = {}) {
    const o = typeof options === 'string' ? { security: { mode: options } } : options;
    super(o);
    this.security = {
      mode: o.security?.mode ?? SecurityMode.Message,
      // RS WSHttpSecurity.GetDefaultHttpTransportSecurity: Windows for wsHttp.
      transport: {
        clientCredentialType: o.security?.transport?.clientCredentialType ?? HttpClientCredentialType.Windows,
      },
      // RS MessageSecurityOverHttp / NonDualMessageSecurityOverHttp defaults.
      message: {
        clientCredentialType: o.security?.message?.clientCredentialType ?? MessageCredentialType.Windows,
        negotiateServiceCredential: o.security?.message?.negotiateServiceCredential ?? true,
        establishSecurityContext: o.security?.message?.establishSecurityContext ?? true,
        algorithmSuite: o.security?.message?.algorithmSuite ?? SecurityAlgorithmSuite.Default,
      },
    };
    this.transactionFlow = o.transactionFlow ?? false;
  }

  override createBindingElements(): BindingElement[] {
    const mode = this.security.mode;
    const transactionFlow = new TransactionFlowBindingElement(this.transactionProtocol);
    transactionFlow.transactionFlow = this.transactionFlow;
    if (mode === SecurityMode.None) {
      return [
        transactionFlow,
        this.createEncoding(MessageVersion.Soap12WSAddressing10),
        this.createTransport(false),
      ];
    }
    if (mode === SecurityMode.Transport) {
      return [
        transactionFlow,
        this.createEncoding(MessageVersion.Soap12WSAddressing10),
        this.createTransport(true, this.security.transport.clientCredentialType),
      ];
    }
    if (mode === SecurityMode.Message) {
      return [
        transactionFlow,
        this.createMessageSecurity(),
        this.createEncoding(MessageVersion.Soap12WSAddressing10),
        this.createTransport(false),
      ];
    }
    if (mode === SecurityMode.TransportWithMessageCredential) {
      // RS WSHttpSecurity.ApplyTransportSecurity: TLS protects only (ConfigureTransportProtectionOnly); the
      // caller is authenticated by the message credential, so transport clientCredentialType does not apply.
      return [
        transactionFlow,
        this.createMessageSecurity(true),
        this.createEncoding(MessageVersion.Soap12WSAddressing10),
        this.createTransport(true),
      ];
    }
    throw new BindingConfigurationError(
      `${this.name}: security mode '${mode}' is not supported yet; supported: None, Transport, Message, TransportWithMessageCredential.`,
    );
  }

  /** The security element WCF's MessageSecurityOverHttp.CreateSecurityBindingElement makes (spec/bindings.md §6). */
  protected createMessageSecurity(secureTransport = false): SecurityBindingElement {
    return messageSecurityElement(
      this.name,
      this.security.message,
      this.messageSecurityVersion,
      secureTransport,
    );
  }
}
