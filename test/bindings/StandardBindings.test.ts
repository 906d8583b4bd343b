/**
 * The standard bindings as recipes (RS BasicHttpBinding / WSHttpBinding / HttpBindingBase): what their
 * settings become on the elements they return, and clear errors for settings Indigo does not carry out yet.
 */
import { BasicHttpBinding } from '../../src/bindings/BasicHttpBinding';
import { CustomBinding } from '../../src/bindings/CustomBinding';
import {
  BasicHttpSecurityMode,
  HttpClientCredentialType,
  SecurityMode,
  WSMessageEncoding,
} from '../../src/bindings/SecurityModes';
import { WSHttpBinding } from '../../src/bindings/WSHttpBinding';
import { BindingConfigurationError } from '../../src/channels/CommunicationErrors';
import { MessageVersion } from '../../src/channels/MessageVersion';
import { TextEncoding } from '../../src/encoders/text/TextEncoding';
import { TextMessageEncodingBindingElement } from '../../src/encoders/text/TextMessageEncodingBindingElement';
import { HttpsTransportBindingElement } from '../../src/transports/http/HttpsTransportBindingElement';
import { HttpTransportBindingElement } from '../../src/transports/http/HttpTransportBindingElement';

function parts(elements: ReturnType<BasicHttpBinding['createBindingElements']>): {
  encoder: TextMessageEncodingBindingElement;
  transport: HttpTransportBindingElement;
} {
  const encoder = elements.find(
    (e): e is TextMessageEncodingBindingElement => e instanceof TextMessageEncodingBindingElement,
  );
  const transport = elements.find(
    (e): e is HttpTransportBindingElement => e instanceof HttpTransportBindingElement,
  );
  if (!encoder || !transport) throw new Error('missing encoder or transport');
  return { encoder, transport };
}

describe('BasicHttpBinding', () => {
  it("has WCF's defaults: Soap11, utf-8, 64 KB, the default reader quotas, one-minute send timeout", () => {
    const binding = new BasicHttpBinding();
    const { encoder, transport } = parts(binding.createBindingElements());
    expect(encoder.messageVersion).toBe(MessageVersion.Soap11);
    expect(encoder.writeEncoding).toBe(TextEncoding.utf8);
    expect(encoder.readerQuotas).toEqual({
      maxDepth: 32,
      maxStringContentLength: 8192,
      maxArrayLength: 16384,
      maxBytesPerRead: 4096,
      maxNameTableCharCount: 16384,
    });
    expect(transport.describe()).toMatchObject({
      maxReceivedMessageSize: 65536,
      maxBufferSize: 65536,
      maxBufferPoolSize: 524288,
      transferMode: 'Buffered',
    });
    expect([binding.openTimeout, binding.closeTimeout, binding.sendTimeout, binding.receiveTimeout]).toEqual([
      60_000, 60_000, 60_000, 600_000,
    ]);
    expect(binding.name).toBe('BasicHttpBinding');
    expect(binding.namespace).toBe('http://tempuri.org/');
  });

  it('carries its size, quota, encoding and timeout settings to the elements', () => {
    const binding = new BasicHttpBinding({
      maxReceivedMessageSize: 1_000_000,
      readerQuotas: { maxDepth: 64 },
      textEncoding: TextEncoding.utf16LE,
      sendTimeout: 5_000,
    });
    const { encoder, transport } = parts(binding.createBindingElements());
    expect(transport.maxReceivedMessageSize).toBe(1_000_000);
    expect(transport.maxBufferSize).toBe(1_000_000);
    expect(encoder.readerQuotas.maxDepth).toBe(64);
    expect(encoder.readerQuotas.maxStringContentLength).toBe(8192);
    expect(encoder.writeEncoding).toBe(TextEncoding.utf16LE);
    expect(binding.sendTimeout).toBe(5_000);
  });

  it('uses httpsTransport for security mode Transport, requiring a client certificate for clientCredentialType Certificate', () => {
    const none = parts(
      new BasicHttpBinding(BasicHttpSecurityMode.Transport).createBindingElements(),
    ).transport;
    expect(none).toBeInstanceOf(HttpsTransportBindingElement);
    expect(none.requiresClientCertificate).toBe(false);
    const certificate = new BasicHttpBinding({
      security: {
        mode: BasicHttpSecurityMode.Transport,
        transport: { clientCredentialType: HttpClientCredentialType.Certificate },
      },
    });
    expect(parts(certificate.createBindingElements()).transport.requiresClientCertificate).toBe(true);
    expect(certificate.scheme).toBe('https');
  });

  it('refuses to build with a maxBufferSize other than maxReceivedMessageSize in Buffered mode, as WCF does', () => {
    const binding = new BasicHttpBinding({ maxReceivedMessageSize: 100_000, maxBufferSize: 50_000 });
    expect(() => binding.buildChannelFactory('IRequestChannel')).toThrow(
      "httpTransport: for transferMode 'Buffered', maxReceivedMessageSize (100000) and maxBufferSize (50000) must be the same value.",
    );
  });

  it.each([
    [
      'security mode Message',
      () => new BasicHttpBinding(BasicHttpSecurityMode.Message),
      "BasicHttpBinding: security mode 'Message' is not supported yet; supported: None, Transport.",
    ],
    [
      'messageEncoding Mtom',
      () => new BasicHttpBinding({ messageEncoding: WSMessageEncoding.Mtom }),
      "BasicHttpBinding: messageEncoding 'Mtom' is not supported yet; use 'Text'.",
    ],
    [
      'allowCookies',
      () => new BasicHttpBinding({ allowCookies: true }),
      'BasicHttpBinding: allowCookies="true" is not supported yet.',
    ],
    [
      'transport clientCredentialType Basic',
      () =>
        new BasicHttpBinding({
          security: {
            mode: BasicHttpSecurityMode.Transport,
            transport: { clientCredentialType: HttpClientCredentialType.Basic },
          },
        }),
      "BasicHttpBinding: transport clientCredentialType 'Basic' is not supported yet; use 'None' or 'Certificate'.",
    ],
  ])('refuses %s with an error naming the setting, never a silent downgrade', (_what, make, message) => {
    expect(() => make().createBindingElements()).toThrow(new BindingConfigurationError(message));
  });
});

describe('WSHttpBinding', () => {
  it("defaults to security mode Message and transport clientCredentialType Windows, as WCF's wsHttpBinding does", () => {
    const binding = new WSHttpBinding();
    expect(binding.security).toMatchObject({
      mode: SecurityMode.Message,
      transport: { clientCredentialType: HttpClientCredentialType.Windows },
    });
    expect(binding.transactionFlow).toBe(false);
  });

  it('builds transactionFlow (off) → text Soap12WSAddressing10 → httpsTransport for security mode Transport with Certificate', () => {
    const binding = new WSHttpBinding({
      security: {
        mode: SecurityMode.Transport,
        transport: { clientCredentialType: HttpClientCredentialType.Certificate },
      },
    });
    expect(binding.createBindingElements().map((e) => e.configurationName)).toEqual([
      'transactionFlow',
      'textMessageEncoding',
      'httpsTransport',
    ]);
    expect(binding.createBindingElements()[0].describe()).toEqual({
      transactionFlow: false,
      transactionProtocol: 'WSAtomicTransactionOctober2004',
    });
  });

  it('refuses its default transport credential (Windows) over Transport until Windows authentication exists', () => {
    expect(() => new WSHttpBinding(SecurityMode.Transport).createBindingElements()).toThrow(
      "WSHttpBinding: transport clientCredentialType 'Windows' is not supported yet; use 'None' or 'Certificate'.",
    );
  });

  it('refuses transactionFlow="true" when the stack is built', () => {
    const binding = new WSHttpBinding({ security: { mode: SecurityMode.None }, transactionFlow: true });
    expect(() => binding.buildChannelFactory('IRequestChannel')).toThrow(
      'transactionFlow="true" is not supported: Indigo does not flow WS-AtomicTransaction contexts.',
    );
  });

  it('builds the same stack as the equivalent custom binding', () => {
    const ws = new WSHttpBinding(SecurityMode.None);
    const custom = new CustomBinding(ws.createBindingElements());
    expect(custom.createBindingElements().map((e) => [e.configurationName, e.describe()])).toEqual(
      ws.createBindingElements().map((e) => [e.configurationName, e.describe()]),
    );
  });
});
