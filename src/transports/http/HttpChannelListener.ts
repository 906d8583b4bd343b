import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { BindingContext } from '../../channels/BindingContext';
import { ServiceResolver } from '../../channels/BindingParameters';
import type { IChannelListener, IReplyChannel } from '../../channels/Channels';
import { ProtocolException, QuotaExceededException } from '../../channels/CommunicationErrors';
import { CommunicationObject } from '../../channels/CommunicationObject';
import { EndpointAddress } from '../../channels/EndpointAddress';
import { EnvelopeVersionMismatchError, Message } from '../../channels/Message';
import type { MessageEncoder } from '../../channels/MessageEncoder';
import { FaultCode, MessageFault } from '../../channels/MessageFault';
import { AddressingVersion } from '../../channels/AddressingVersion';
import { EnvelopeVersion } from '../../channels/EnvelopeVersion';
import { HttpRequestContext } from './HttpRequestContext';
import { HttpReplyChannel } from './HttpReplyChannel';
import { HttpServerRegistry, type HttpRegistration, NodeHttpServerRegistry } from './HttpServerRegistry';
import { HttpStatus } from './HttpStatus';
import { HttpsListenerCredentials } from './HttpsCredentials';
import type { HttpTransportBindingElement } from './HttpTransportBindingElement';
import {
  type TransportSecurityProperty,
  TransportSecurityPropertyName,
} from '../../channels/TransportSecurity';
import { MaxReceivedMessageSizeExceededException, readBody } from './readBody';

/**
 * Listens on one URI and turns each POST into a RequestContext on its single reply channel. Everything that
 * can be refused before the message reaches the dispatcher is refused here, with WCF's HTTP answers: 405 for
 * a method other than POST, 415 for a content type the encoder does not read, 413 past
 * maxReceivedMessageSize (while reading), 400 for XML that does not parse or breaks a reader quota, 500 with
 * a VersionMismatch fault for an envelope of the other SOAP version.
 */
export class HttpChannelListener extends CommunicationObject implements IChannelListener<IReplyChannel> {
  private registration: HttpRegistration | undefined;
  private channel: HttpReplyChannel | undefined;
  private accepted = false;
  private readonly pendingExchanges = new Set<ServerResponse>();
  private currentUri: URL;
  private readonly registry: HttpServerRegistry;
  private readonly tls: HttpsListenerCredentials | undefined;
  private closedWaiters: (() => void)[] = [];

  constructor(
    private readonly element: HttpTransportBindingElement,
    private readonly encoder: MessageEncoder,
    context: BindingContext,
  ) {
    super(context.binding.openTimeout, context.binding.closeTimeout);
    this.currentUri = new URL(context.listenUri!.toString());
    this.registry =
      context.bindingParameters.find(ServiceResolver)?.get(HttpServerRegistry.token) ??
      NodeHttpServerRegistry.shared;
    this.tls = context.bindingParameters.find(HttpsListenerCredentials);
  }

  /** The URI listened on; after open it carries the real port when port 0 was asked for. */
  get uri(): URL {
    return this.currentUri;
  }

  acceptChannel(): Promise<IReplyChannel | null> {
    this.throwIfNotOpened();
    if (!this.accepted && this.channel) {
      this.accepted = true;
      return Promise.resolve(this.channel);
    }
    // A datagram listener has one channel; later accepts wait for the listener to close.
    return new Promise((resolve) => this.closedWaiters.push(() => resolve(null)));
  }

  /** httpsTransport requireClientCertificate (basicHttp/wsHttp transport clientCredentialType Certificate). */
  private get requireClientCertificate(): boolean {
    return this.element.requiresClientCertificate;
  }

  protected async onOpen(): Promise<void> {
    // The TLS handshake asks for a certificate whenever one is required or CAs are configured for it; whether a
    // request may pass without a trusted one is decided per request (onRequest), because endpoints with
    // different requirements can share one server.
    const requestCert = this.requireClientCertificate || !!this.tls?.clientCertificateAuthorities;
    this.registration = await this.registry.register(
      this.currentUri,
      (req, res) => this.onRequest(req, res),
      this.tls && {
        key: this.tls.key,
        cert: this.tls.cert,
        requestCert,
        ca: this.tls.clientCertificateAuthorities,
      },
    );
    if (Number(this.currentUri.port) !== this.registration.port)
      this.currentUri.port = String(this.registration.port);
    this.channel = new HttpReplyChannel(new EndpointAddress(this.currentUri));
    await this.channel.open();
  }

  protected async onClose(): Promise<void> {
    await this.registration?.dispose();
    await this.channel?.close();
    this.release();
  }

  protected onAbort(): void {
    void this.registration?.dispose();
    this.channel?.abort();
    for (const res of this.pendingExchanges) res.destroy();
    this.release();
  }

  private release(): void {
    for (const waiter of this.closedWaiters.splice(0)) waiter();
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    if (this.requireClientCertificate && !(req.socket as TLSSocket).authorized) {
      // No client certificate, or one no configured authority vouches for: refused before the body is read, as
      // http.sys refuses it for an endpoint whose transport clientCredentialType is Certificate.
      req.resume();
      res.writeHead(HttpStatus.forbidden.code, HttpStatus.forbidden.reason, { 'Content-Length': '0' }).end();
      return;
    }
    if (req.method !== 'POST') {
      req.resume();
      res
        .writeHead(HttpStatus.methodNotAllowed.code, HttpStatus.methodNotAllowed.reason, {
          Allow: 'POST',
          'Content-Length': '0',
        })
        .end();
      return;
    }
    const contentType = req.headers['content-type'] ?? '';
    if (!this.encoder.isContentTypeSupported(contentType)) {
      req.resume();
      const reason = `Cannot process the message because the content type '${contentType}' was not the expected type '${this.encoder.contentType}'.`;
      res.writeHead(HttpStatus.unsupportedMediaType.code, reason, { 'Content-Length': '0' }).end();
      return;
    }
    this.pendingExchanges.add(res);
    res.once('close', () => this.pendingExchanges.delete(res));
    readBody(req, this.element.maxReceivedMessageSize).then(
      (body) => this.onBody(req, res, body, contentType),
      (err: unknown) => this.refuse(req, res, err),
    );
  }

  private onBody(req: IncomingMessage, res: ServerResponse, body: Buffer, contentType: string): void {
    let message: Message;
    try {
      message = this.encoder.readMessage(body, contentType);
    } catch (err) {
      this.refuse(req, res, err);
      return;
    }
    const version = this.encoder.messageVersion;
    if (
      version.envelope === EnvelopeVersion.Soap11 &&
      version.addressing === AddressingVersion.None &&
      message.headers.action === undefined
    ) {
      // SOAP 1.1 without WS-Addressing: the action travels in the SOAPAction HTTP header (quoted).
      const soapAction = req.headers['soapaction'];
      if (typeof soapAction === 'string') message.headers.action = soapAction.replace(/^"(.*)"$/, '$1');
    }
    if (version.addressing === AddressingVersion.None && message.headers.to === undefined) {
      message.headers.to = this.currentUri.toString();
    }
    message.properties.set('httpRequest', {
      method: req.method,
      headers: req.headers,
      remoteAddress: req.socket.remoteAddress,
    });
    const socket = req.socket as Partial<TLSSocket>;
    if (socket.encrypted && socket.authorized) {
      // Only a certificate the handshake verified names the caller; an unverified one proves nothing.
      const clientCertificate = socket.getPeerX509Certificate?.();
      if (clientCertificate)
        message.properties.set(TransportSecurityPropertyName, {
          clientCertificate,
        } satisfies TransportSecurityProperty);
    }
    const context = new HttpRequestContext(message, req, res, this.encoder, () =>
      this.pendingExchanges.delete(res),
    );
    if (!this.channel || !this.channel.enqueue(context)) {
      res
        .writeHead(HttpStatus.serviceUnavailable.code, HttpStatus.serviceUnavailable.reason, {
          'Content-Length': '0',
        })
        .end();
    }
  }

  private refuse(req: IncomingMessage, res: ServerResponse, err: unknown): void {
    if (res.headersSent) return;
    if (err instanceof MaxReceivedMessageSizeExceededException) {
      // The size quota: refused while reading; the connection is closed so the rest is never read.
      res.writeHead(HttpStatus.requestEntityTooLarge.code, HttpStatus.requestEntityTooLarge.reason, {
        'Content-Length': '0',
        Connection: 'close',
      });
      res.end(() => req.destroy());
      return;
    }
    if (err instanceof EnvelopeVersionMismatchError) {
      const version = this.encoder.messageVersion;
      const fault = new MessageFault(new FaultCode('VersionMismatch'), err.message);
      const message = Message.createFaultMessage(version, fault, version.addressing.faultAction || undefined);
      const body = this.encoder.writeMessage(message);
      res.writeHead(HttpStatus.internalServerError.code, HttpStatus.internalServerError.reason, {
        'Content-Type': this.encoder.contentTypeFor(message),
        'Content-Length': String(body.length),
      });
      res.end(body);
      return;
    }
    if (err instanceof ProtocolException || err instanceof QuotaExceededException) {
      res
        .writeHead(HttpStatus.badRequest.code, HttpStatus.badRequest.reason, { 'Content-Length': '0' })
        .end();
      return;
    }
    res
      .writeHead(HttpStatus.internalServerError.code, HttpStatus.internalServerError.reason, {
        'Content-Length': '0',
      })
      .end();
  }
}
