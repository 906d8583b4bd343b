import { HttpTransportBindingElement, type HttpTransportOptions } from './HttpTransportBindingElement';

export interface HttpsTransportOptions extends HttpTransportOptions {
  requireClientCertificate?: boolean;
}

/** `<httpsTransport>`: the HTTP transport over TLS; `requireClientCertificate` asks clients for a certificate. */
export class HttpsTransportBindingElement extends HttpTransportBindingElement {
  override readonly configurationName: string = 'httpsTransport';
  requireClientCertificate = false;

  constructor(options: HttpsTransportOptions = {}) {
    super(options);
    if (options.requireClientCertificate !== undefined)
      this.requireClientCertificate = options.requireClientCertificate;
  }

  override get scheme(): string {
    return 'https';
  }

  override get requiresClientCertificate(): boolean {
    return this.requireClientCertificate;
  }

  override clone(): HttpsTransportBindingElement {
    const copy = new HttpsTransportBindingElement({
      requireClientCertificate: this.requireClientCertificate,
    });
    this.copyHttpSettingsTo(copy);
    return copy;
  }

  override describe(): Readonly<Record<string, unknown>> {
    return { ...super.describe(), requireClientCertificate: this.requireClientCertificate };
  }
}
