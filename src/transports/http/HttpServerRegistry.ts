import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { ServiceToken } from '../../channels/BindingParameters';
import { CommunicationException } from '../../channels/CommunicationErrors';

export type HttpRequestHandler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export interface TlsServerOptions {
  readonly key: string;
  readonly cert: string;
  readonly requestCert?: boolean;
  readonly ca?: string[];
}

/** A registration of one path on a shared server; dispose() removes it and closes the server when empty. */
export interface HttpRegistration {
  /** The port actually bound (differs from the requested one when it was 0). */
  readonly port: number;
  dispose(): Promise<void>;
}

/**
 * Shares one node:http(s) server between every endpoint on the same scheme, host and port, the way http.sys
 * shares a port between WCF endpoints; requests are routed by path. A service in the DI container, so a host
 * can be given another implementation (e.g. to sit behind an existing server).
 */
export abstract class HttpServerRegistry {
  static readonly token = new ServiceToken<HttpServerRegistry>('HttpServerRegistry');
  /**
   * Routes the requests of a path to `handler`. With `method: 'GET'` the handler takes only that path's GETs
   * (published metadata, as http.sys lets a ServiceMetadataBehavior share an endpoint's address): the path's
   * other requests still go to the endpoint registered there, and a path with only a GET handler answers
   * other methods with 405.
   */
  abstract register(
    uri: URL,
    handler: HttpRequestHandler,
    tls?: TlsServerOptions,
    options?: { readonly method?: 'GET' },
  ): Promise<HttpRegistration>;
}

/** The handlers of one path: the endpoint's (every method), and a GET-only one. */
interface Route {
  any?: HttpRequestHandler;
  get?: HttpRequestHandler;
}

interface SharedServer {
  readonly server: http.Server;
  readonly routes: Map<string, Route>;
  /** Responses not yet finished: closing lets them complete, on connections that then close. */
  readonly exchanges: Set<http.ServerResponse>;
  closing: boolean;
  port: number;
  readonly key: string;
  ready: Promise<void>;
}

/** The default registry: real sockets, keep-alive on, routes matched case-insensitively on the path. */
export class NodeHttpServerRegistry extends HttpServerRegistry {
  /** The process-wide registry used when no DI container is handed to the stack. */
  static readonly shared = new NodeHttpServerRegistry();
  private readonly servers = new Map<string, SharedServer>();

  override async register(
    uri: URL,
    handler: HttpRequestHandler,
    tls?: TlsServerOptions,
    options: { readonly method?: 'GET' } = {},
  ): Promise<HttpRegistration> {
    const secure = uri.protocol === 'https:';
    if (secure && !tls) {
      throw new CommunicationException(
        `An https listener at ${uri} needs a service certificate (credentials.serviceCertificate).`,
      );
    }
    const path = routeKey(uri.pathname);
    if (path === undefined)
      throw new CommunicationException(`The listen address ${uri} has a path that cannot be decoded.`);
    const host = uri.hostname.replace(/^\[|\]$/g, '');
    const requestedPort = Number(uri.port || (secure ? 443 : 80));
    let shared =
      requestedPort === 0 ? undefined : this.servers.get(`${uri.protocol}//${host}:${requestedPort}`);
    if (!shared) shared = await this.createServer(uri.protocol, host, requestedPort, tls);
    else await shared.ready;
    const kind = options.method === 'GET' ? 'get' : 'any';
    const route = shared.routes.get(path) ?? {};
    if (route[kind]) {
      throw new CommunicationException(
        kind === 'get'
          ? `Metadata is already published at ${uri.protocol}//${host}:${shared.port}${uri.pathname}.`
          : `Another endpoint already listens at ${uri.protocol}//${host}:${shared.port}${uri.pathname}.`,
      );
    }
    route[kind] = handler;
    shared.routes.set(path, route);
    const s = shared;
    return {
      port: s.port,
      dispose: async () => {
        delete route[kind];
        if (!route.any && !route.get) s.routes.delete(path);
        if (s.routes.size === 0) {
          this.servers.delete(s.key);
          await closeGracefully(s);
        }
      },
    };
  }

  private async createServer(
    protocol: string,
    host: string,
    port: number,
    tls?: TlsServerOptions,
  ): Promise<SharedServer> {
    const routes = new Map<string, Route>();
    const exchanges = new Set<http.ServerResponse>();
    const dispatch: HttpRequestHandler = (req, res) => {
      exchanges.add(res);
      res.once('close', () => exchanges.delete(res));
      // A keep-alive connection may bring a request after closing began: answer it, then close the connection.
      if (shared.closing) res.setHeader('Connection', 'close');
      const path = routeKey(req.url ?? '/');
      if (path === undefined) {
        // http.sys answers a request target it cannot decode with 400; a URIError must not reach the process.
        req.resume();
        res.writeHead(400, 'Bad Request', { 'Content-Length': '0' }).end();
        return;
      }
      const route = routes.get(path);
      const handler = route && (req.method === 'GET' && route.get ? route.get : route.any);
      if (handler) handler(req, res);
      else if (route) {
        // Only metadata is published here.
        req.resume();
        res.writeHead(405, 'Method Not Allowed', { Allow: 'GET', 'Content-Length': '0' }).end();
      } else {
        // WCF/http.sys: no endpoint at this address.
        req.resume();
        res.writeHead(404, 'Not Found', { 'Content-Length': '0' }).end();
      }
    };
    const server =
      protocol === 'https:' && tls
        ? https.createServer(
            {
              key: tls.key,
              cert: tls.cert,
              requestCert: tls.requestCert ?? false,
              rejectUnauthorized: false,
              ca: tls.ca,
              keepAlive: true,
            },
            dispatch,
          )
        : http.createServer({ keepAlive: true }, dispatch);
    // Node's default 5 s keep-alive is shorter than a WCF client's idle reuse; http.sys keeps 2 minutes.
    server.keepAliveTimeout = 120_000;
    const shared: SharedServer = {
      server,
      routes,
      exchanges,
      closing: false,
      port,
      key: `${protocol}//${host}:${port}`,
      ready: Promise.resolve(),
    };
    // Registered before listening, so a second endpoint on the same port waits for this server, not a new one.
    if (port !== 0) this.servers.set(shared.key, shared);
    shared.ready = new Promise<void>((resolve, reject) => {
      server.once('error', (err) => {
        this.servers.delete(shared.key);
        reject(err);
      });
      server.listen(port, host, () => {
        shared.port = (server.address() as AddressInfo).port;
        resolve();
      });
    });
    await shared.ready;
    if (port === 0) {
      (shared as { key: string }).key = `${protocol}//${host}:${shared.port}`;
      this.servers.set(shared.key, shared);
    }
    return shared;
  }
}

/** The route of a request target or listen path: decoded, lower-cased, no trailing slash; undefined when malformed. */
function routeKey(target: string): string | undefined {
  let p: string;
  try {
    p = decodeURIComponent(new URL(target, 'http://x').pathname).toLowerCase();
  } catch {
    return undefined;
  }
  return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}

/**
 * Stops listening and lets the exchanges in progress finish (WCF's graceful close). node's server.close() waits
 * for every connection to end, and a client's keep-alive connection would hold it open for as long as the
 * client keeps it; so each response still to be sent says `Connection: close`, and connections that are idle
 * (now, or once their response is out) are closed.
 */
function closeGracefully(s: SharedServer): Promise<void> {
  s.closing = true;
  return new Promise<void>((resolve) => {
    s.server.close(() => resolve());
    for (const res of s.exchanges) {
      if (!res.headersSent) res.setHeader('Connection', 'close');
      else res.once('close', () => s.server.closeIdleConnections());
    }
    s.server.closeIdleConnections();
  });
}
