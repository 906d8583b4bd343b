/**
 * A wiretap for the samples: the HTTP server registry every Indigo HTTP listener registers with (a DI service,
 * HttpServerRegistry.token), wrapped so that each exchange's bytes are recorded as they pass — the request body
 * as the listener reads it off the socket, the reply body as the listener hands it to the socket. Nothing is
 * changed on the way and the bindings are not touched: the same host, from code or from config, with this
 * registry in its DI container.
 *
 *   const tap = new WireTap();
 *   const container = createIndigoContainer();
 *   container.rebindSync(serviceId(HttpServerRegistry.token)).toConstantValue(tap);
 *   new ServiceHost(CalculatorService, { services: new ContainerServiceResolver(container), … });
 *
 * What a message *is* (action, protection) is read from the recorded bytes by describeMessage.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  HttpServerRegistry,
  NodeHttpServerRegistry,
  type HttpRegistration,
  type HttpRequestHandler,
  type TlsServerOptions,
} from '../../../src/transports/http/HttpServerRegistry';
import { describeMessage, type MessageSummary } from './describeMessage';

export interface WireRecord extends MessageSummary {
  /** 'request': client → service; 'reply': service → client. */
  readonly direction: 'request' | 'reply';
  /** The URL path the exchange was posted to. */
  readonly path: string;
  /** The HTTP status of a reply. */
  readonly status?: number;
  /** The body's size on the wire, in bytes (HTTP headers not counted). */
  readonly bytes: number;
}

type Chunk = string | Uint8Array;

function toBuffer(chunk: Chunk, encoding?: BufferEncoding): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk);
}

export class WireTap extends HttpServerRegistry {
  private readonly records: WireRecord[] = [];

  constructor(private readonly inner: HttpServerRegistry = NodeHttpServerRegistry.shared) {
    super();
  }

  override register(
    uri: URL,
    handler: HttpRequestHandler,
    tls?: TlsServerOptions,
  ): Promise<HttpRegistration> {
    return this.inner.register(
      uri,
      (req, res) => {
        this.tapRequest(req);
        this.tapReply(req, res);
        handler(req, res);
      },
      tls,
    );
  }

  /** The records made since the last call, oldest first. */
  take(): WireRecord[] {
    return this.records.splice(0);
  }

  /**
   * The request body. The listener attaches its own 'data' listener in the same tick (readBody), so both see
   * every chunk; 'end' fires here first, so a request is recorded before anything answers it.
   */
  private tapRequest(req: IncomingMessage): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => {
      const body = Buffer.concat(chunks);
      this.records.push({
        direction: 'request',
        path: req.url ?? '/',
        bytes: body.length,
        ...describeMessage(body),
      });
    });
  }

  /** The reply body, as the listener writes it (writeHead + end(body)); recorded before it leaves. */
  private tapReply(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((chunk: Chunk, ...rest: unknown[]) => {
      chunks.push(toBuffer(chunk, typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined));
      return write(chunk, ...rest);
    }) as ServerResponse['write'];
    res.end = ((...args: unknown[]) => {
      const [chunk, encoding] = args;
      if (typeof chunk === 'string' || chunk instanceof Uint8Array)
        chunks.push(toBuffer(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined));
      const body = Buffer.concat(chunks);
      this.records.push({
        direction: 'reply',
        path: req.url ?? '/',
        status: res.statusCode,
        bytes: body.length,
        ...describeMessage(body),
      });
      return end(...args);
    }) as ServerResponse['end'];
  }
}
