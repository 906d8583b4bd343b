import http from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { urlToHttpOptions } from 'node:url';
import type { IRequestChannel } from '../../channels/Channels';
import {
  CommunicationException,
  EndpointNotFoundException,
  MessageSecurityException,
  ProtocolException,
  QuotaExceededException,
  SecurityNegotiationException,
  ServerTooBusyException,
  TimeoutException,
} from '../../channels/CommunicationErrors';
import { CommunicationObject } from '../../channels/CommunicationObject';
import type { EndpointAddress } from '../../channels/EndpointAddress';
import { ensureOutgoingIdentity } from '../../channels/IdentityVerifier';
import { EnvelopeVersion } from '../../channels/EnvelopeVersion';
import type { Message } from '../../channels/Message';
import { formatTimeSpan } from '../../channels/Timeouts';
import type { HttpChannelFactory } from './HttpChannelFactory';
import { readBody } from './readBody';

/** OpenSSL's verdicts on a server certificate the client does not trust (node's TLS error codes). */
const TLS_TRUST_ERRORS = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * A request channel: one POST per request, the reply read from the response. The response is held to
 * maxReceivedMessageSize like any received message; 202 means "accepted, no reply" (one-way).
 */
export class HttpRequestChannel extends CommunicationObject implements IRequestChannel {
  private readonly inFlight = new Set<http.ClientRequest>();
  /**
   * `via` as request options, converted once: given the URL, http.request converts it on every call (a few
   * microseconds of each round trip).
   */
  private readonly target: http.RequestOptions;

  constructor(
    private readonly factory: HttpChannelFactory,
    readonly remoteAddress: EndpointAddress,
    readonly via: URL,
  ) {
    super();
    this.target = urlToHttpOptions(via);
  }

  async request(message: Message, timeoutMs: number = this.factory.sendTimeout): Promise<Message | null> {
    await this.ensureOpened();
    const encoder = this.factory.encoder;
    const body = encoder.writeMessage(message);
    const headers: http.OutgoingHttpHeaders = {
      'Content-Type': encoder.contentTypeFor(message),
      'Content-Length': body.length,
    };
    if (encoder.messageVersion.envelope === EnvelopeVersion.Soap11) {
      // SOAP 1.1 §6.1.1: SOAPAction is always sent, quoted; WCF sends "" when the action is empty.
      headers['SOAPAction'] = `"${message.action ?? ''}"`;
    }
    const lib = this.via.protocol === 'https:' ? https : http;
    const attempt = (mayRetry: boolean): Promise<Message | null> =>
      new Promise<Message | null>((resolve, reject) => {
        let settled = false;
        const fail = (err: Error): void => {
          if (settled) return;
          settled = true;
          reject(err);
        };
        const { protocol, hostname, port, path, auth } = this.target;
        const options = {
          protocol,
          hostname,
          port,
          path,
          auth,
          method: 'POST',
          headers,
          agent: this.factory.agent,
        };
        const req = lib.request(options, (res) => {
          this.onResponse(res).then(
            (reply) => {
              if (settled) return;
              settled = true;
              resolve(reply);
            },
            (err: Error) => fail(err),
          );
        });
        this.inFlight.add(req);
        req.once('close', () => this.inFlight.delete(req));
        if (Number.isFinite(timeoutMs)) {
          const timer = setTimeout(() => {
            req.destroy();
            fail(
              new TimeoutException(
                `The HTTP request to '${this.via}' has exceeded the allotted timeout of ${formatTimeSpan(timeoutMs)}. The time allotted to this operation may have been a portion of a longer timeout.`,
              ),
            );
          }, timeoutMs);
          req.once('close', () => clearTimeout(timer));
        }
        req.once('error', (err: NodeJS.ErrnoException) => {
          // A kept-alive connection the server closed while it was idle (a host restarted, an idle timeout):
          // the request never reached a server, so it is sent once more on a new connection (Node's documented
          // pattern for reusedSocket + ECONNRESET).
          if (mayRetry && req.reusedSocket && err.code === 'ECONNRESET' && !settled) {
            settled = true;
            resolve(attempt(false));
            return;
          }
          if (err.code === 'ECONNREFUSED' || err.code === 'ENOTFOUND') {
            fail(
              new EndpointNotFoundException(
                `There was no endpoint listening at ${this.via} that could accept the message (${err.code}).`,
                { cause: err },
              ),
            );
          } else if (err.code !== undefined && TLS_TRUST_ERRORS.has(err.code)) {
            fail(
              new SecurityNegotiationException(
                `Could not establish trust relationship for the SSL/TLS secure channel with authority '${this.via.host}' (${err.code}: ${err.message}).`,
                { cause: err },
              ),
            );
          } else {
            fail(
              new CommunicationException(
                `An error occurred while making the HTTP request to ${this.via}: ${err.message}`,
                { cause: err },
              ),
            );
          }
        });
        this.sendWhenServerIdentityHolds(req, body, fail);
      });
    return attempt(true);
  }

  /**
   * Writes the request. Over HTTPS to an address with an explicit identity, only once the server's certificate
   * (already trusted by TLS) satisfies that identity — WCF's HttpsChannelFactory runs the same identity check
   * on the server certificate — so that nothing, not even the request line, reaches a server that fails it.
   * Checked per request: a kept-alive connection may have been opened for another channel of the factory.
   */
  private sendWhenServerIdentityHolds(
    req: http.ClientRequest,
    body: Buffer,
    fail: (err: Error) => void,
  ): void {
    if (!this.remoteAddress.identity || this.via.protocol !== 'https:') {
      req.end(body);
      return;
    }
    req.once('socket', (socket) => {
      const tlsSocket = socket as TLSSocket;
      const check = (certificate = tlsSocket.getPeerX509Certificate()): void => {
        try {
          if (!certificate)
            throw new MessageSecurityException(
              `The server at '${this.via}' presented no certificate, so the identity '${this.remoteAddress.identity}' cannot be checked.`,
            );
          ensureOutgoingIdentity(this.remoteAddress, certificate);
        } catch (err) {
          req.destroy();
          fail(err as Error);
          return;
        }
        req.end(body);
      };
      // A kept-alive socket has its peer's certificate already (parsed once here); a new one after its handshake.
      const known = tlsSocket.getPeerX509Certificate();
      if (known) check(known);
      else tlsSocket.once('secureConnect', () => check());
    });
  }

  private async onResponse(res: http.IncomingMessage): Promise<Message | null> {
    const status = res.statusCode ?? 0;
    const encoder = this.factory.encoder;
    const contentType = res.headers['content-type'];
    if (
      status === 202 ||
      ((status === 200 || status === 500) && !contentType && res.headers['content-length'] === '0')
    ) {
      res.resume();
      return null;
    }
    if ((status === 200 || status === 500) && contentType && encoder.isContentTypeSupported(contentType)) {
      let body: Buffer;
      try {
        body = await readBody(res, this.factory.element.maxReceivedMessageSize);
      } catch (err) {
        res.destroy();
        throw err instanceof QuotaExceededException
          ? err
          : new CommunicationException('The reply could not be read.', { cause: err });
      }
      if (body.length === 0 && status === 200) return null;
      return encoder.readMessage(body, contentType);
    }
    res.resume();
    const detail = `${status} ${res.statusMessage ?? ''}`.trim();
    if (status === 404)
      throw new EndpointNotFoundException(
        `There was no endpoint listening at ${this.via} that could accept the message (HTTP ${detail}).`,
      );
    if (status === 503)
      throw new ServerTooBusyException(
        `The HTTP service located at ${this.via} is unavailable (HTTP ${detail}).`,
      );
    if (status === 403) {
      // WCF reports a 403 from an HTTPS endpoint that wants a client certificate as a MessageSecurityException.
      throw new MessageSecurityException(
        `The HTTP request was forbidden with client authentication scheme 'Anonymous' (HTTP ${detail}).`,
      );
    }
    if (status === 413)
      throw new ProtocolException(
        `The remote server returned an unexpected response: (413) Request Entity Too Large.`,
      );
    if (status === 200 || status === 500) {
      throw new ProtocolException(
        `The content type ${contentType ?? '(none)'} of the response message does not match the content type of the binding (${encoder.contentType}).`,
      );
    }
    throw new ProtocolException(
      `The remote server returned an unexpected response: (${status}) ${res.statusMessage ?? ''}.`,
    );
  }

  protected async onOpen(): Promise<void> {}

  protected async onClose(): Promise<void> {
    // Requests in flight finish on their own; nothing else holds resources per channel.
  }

  protected onAbort(): void {
    for (const req of this.inFlight) req.destroy();
  }
}
