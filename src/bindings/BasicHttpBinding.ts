import type { BindingElement } from '../channels/BindingElement';
import { BindingConfigurationError } from '../channels/CommunicationErrors';
import { MessageVersion } from '../channels/MessageVersion';
import { HttpBindingBase, type HttpBindingOptions } from './HttpBindingBase';
import { BasicHttpSecurityMode, HttpClientCredentialType } from './SecurityModes';

export interface BasicHttpSecurity {
  mode: BasicHttpSecurityMode;
  transport: { clientCredentialType: HttpClientCredentialType };
}

export interface BasicHttpBindingOptions extends HttpBindingOptions {
  security?: {
    mode?: BasicHttpSecurityMode;
    transport?: { clientCredentialType?: HttpClientCredentialType };
  };
}

/**
 * `basicHttpBinding`: SOAP 1.1 without WS-Addressing, text, HTTP (or HTTPS with security mode Transport)
 * — RS BasicHttpBinding.CreateBindingElements.
 */
export class BasicHttpBinding extends HttpBindingBase {
  readonly security: BasicHttpSecurity;

  constructor(options: BasicHttpBindingOptions | BasicHttpSecurityMode = {}) {
    const o = typeof options === 'string' ? { security: { mode: options } } : options;
    super(o);
    this.security = {
      mode: o.security?.mode ?? BasicHttpSecurityMode.None,
      transport: {
        clientCredentialType: o.security?.transport?.clientCredentialType ?? HttpClientCredentialType.None,
      },
    };
  }

  override createBindingElements(): BindingElement[] {
    const mode = this.security.mode;
    if (mode !== BasicHttpSecurityMode.None && mode !== BasicHttpSecurityMode.Transport) {
      throw new BindingConfigurationError(
        `${this.name}: security mode '${mode}' is not supported yet; supported: None, Transport.`,
      );
    }
    return [
      this.createEncoding(MessageVersion.Soap11),
      this.createTransport(
        mode === BasicHttpSecurityMode.Transport,
        this.security.transport.clientCredentialType,
      ),
    ];
  }
}
