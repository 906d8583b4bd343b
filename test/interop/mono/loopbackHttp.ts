/**
 * Plain node:http on loopback for the capture checks: replay a captured request (headers and body as Mono
 * sent them, `Expect: 100-continue` included) and stand in for a Mono service that answers with its captured
 * bytes while recording what the caller sent.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CapturedHttp } from './captureFiles';

export interface HttpExchangeResult {
  readonly status: number;
  readonly statusMessage: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
  /** Whether the server sent `100 Continue` before the body went out. */
  readonly sawContinue: boolean;
}

/** How long to hold the body back waiting for `100 Continue`; .NET's HttpWebRequest waits 350 ms. */
const CONTINUE_WAIT_MS = 2000;

/**
 * POSTs a captured request to `url` with its captured headers (Host excepted: it names the capture's port).
 * With `Expect: 100-continue` the body is sent only after the server's interim 100 — or, like .NET, after
 * a wait, in which case `sawContinue` is false.
 */
export function replayRequest(
  url: URL,
  captured: CapturedHttp,
  agent: http.Agent,
): Promise<HttpExchangeResult> {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of captured.headers) if (name.toLowerCase() !== 'host') headers[name] = value;
  const expectsContinue = /100-continue/i.test(String(headers['Expect'] ?? ''));
  return new Promise((resolve, reject) => {
    let sawContinue = false;
    let sent = false;
    const sendBody = (): void => {
      if (sent) return;
      sent = true;
      req.end(captured.body);
    };
    const req = http.request(url, { method: 'POST', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (b: Buffer) => chunks.push(b));
      res.once('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          statusMessage: res.statusMessage ?? '',
          headers: res.headers,
          body: Buffer.concat(chunks),
          sawContinue,
        }),
      );
      res.once('error', reject);
    });
    req.once('error', reject);
    if (expectsContinue) {
      // Node sends the headers at once when an Expect header is set, and emits 'continue' on the 100.
      req.once('continue', () => {
        sawContinue = true;
        sendBody();
      });
      const timer = setTimeout(sendBody, CONTINUE_WAIT_MS);
      req.once('close', () => clearTimeout(timer));
    } else {
      sendBody();
    }
  });
}

export interface RecordedRequest {
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface CapturedReplyServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * A stand-in for the Mono service: records each request and answers with the captured response whose
 * request carried the same SOAPAction (status, Content-Type and body exactly as captured).
 */
export function startCapturedReplyServer(
  exchanges: readonly { request: CapturedHttp; response: CapturedHttp; soapAction: string }[],
  path: string,
): Promise<CapturedReplyServer> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (b: Buffer) => chunks.push(b));
    req.once('end', () => {
      requests.push({ url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      const match = exchanges.find((e) => e.soapAction === req.headers['soapaction']);
      if (!match) {
        res.writeHead(400, { 'Content-Length': '0' }).end();
        return;
      }
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(match.response.startLine)?.[1] ?? 500);
      const contentType = match.response.headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1] ?? '';
      res.writeHead(status, {
        'Content-Type': contentType,
        'Content-Length': String(match.response.body.length),
      });
      res.end(match.response.body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}${path}`,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
