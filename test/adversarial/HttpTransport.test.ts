/**
 * Hostile HTTP against a live host: everything the transport must refuse before the dispatcher sees it, with
 * WCF's HTTP answers (405, 404, 415, 413, 400), without expanding entities, without buffering an oversized
 * body, and without being disturbed — each test ends with a good request that is answered.
 */
import net from 'node:net';
import http from 'node:http';
import { bindingCases, type BindingCase } from '../integration/fixtures/bindingCases';
import { openedPerTest, sleep } from '../integration/fixtures/hosting';
import { rawRequest, type RawResponse } from '../integration/fixtures/rawHttp';
import { TEST_NAMESPACE } from '../integration/fixtures/TestService';
import {
  envelope,
  expectStillServing,
  postEnvelope,
  request,
  startTarget,
  type Target,
} from './fixtures/hostile';

const TEN_MB = 10 * 1024 * 1024;

interface Streamed {
  response?: RawResponse;
  error?: Error;
  /** Bytes the client managed to hand to its socket before the answer (or the reset). */
  written: number;
}

/** Streams `total` bytes of XML-ish filler with backpressure, in one reused 16 KB chunk, until answered. */
function streamBody(url: string, headers: Record<string, string>, total: number): Promise<Streamed> {
  const chunk = Buffer.alloc(16 * 1024, 'x');
  return new Promise<Streamed>((resolve) => {
    let written = 0;
    let answered = false;
    const request = http.request(url, { method: 'POST', agent: false, headers }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({
          response: {
            status: response.statusCode ?? 0,
            statusMessage: response.statusMessage ?? '',
            headers: response.headers,
            body,
            text: body.toString(),
          },
          written,
        });
      });
      response.on('error', (error) => resolve({ error, written }));
    });
    request.on('error', (error) => {
      if (!answered) resolve({ error, written });
    });
    const pump = (): void => {
      while (written < total && !answered && !request.destroyed) {
        written += chunk.length;
        if (!request.write(chunk)) {
          request.once('drain', pump);
          return;
        }
      }
      if (!answered && !request.destroyed) request.end();
    };
    request.write('<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><Echo><text>');
    pump();
  });
}

/** Samples the process's memory while `work` runs; returns the largest growth seen over the baseline. */
async function peakGrowth<T>(
  work: () => Promise<T>,
): Promise<{ result: T; rss: number; arrayBuffers: number }> {
  const baseline = process.memoryUsage();
  let rss = 0;
  let arrayBuffers = 0;
  const sample = (): void => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss - baseline.rss);
    arrayBuffers = Math.max(arrayBuffers, now.arrayBuffers - baseline.arrayBuffers);
  };
  const timer = setInterval(sample, 1);
  try {
    const result = await work();
    sample();
    return { result, rss, arrayBuffers };
  } finally {
    clearInterval(timer);
  }
}

const httpCases = bindingCases.filter((c) => c.scheme === 'http' && c.writeEncoding === 'utf-8').slice(0, 2);

describe.each(httpCases.map((c) => [c.name, c] as const))('HttpTransport on %s', (_name, c: BindingCase) => {
  const opened = openedPerTest();
  let target: Target;
  const ns = c.messageVersion.envelope.namespace;
  beforeEach(async () => {
    target = await startTarget(opened, c);
  });

  it('answers 405 Method Not Allowed, with Allow: POST, to a GET', async () => {
    const response = await rawRequest(target.url, { method: 'GET' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
    await expectStillServing(c, target);
  });

  it('answers 404 Not Found to a path no endpoint listens at', async () => {
    const response = await postEnvelope(
      c,
      { ...target, url: new URL('/nowhere', target.url).toString() },
      envelope(ns, '<x/>'),
    );
    expect(response.status).toBe(404);
    await expectStillServing(c, target);
  });

  it('answers 400 Bad Request to a request target whose percent-encoding is malformed', async () => {
    const response = await postEnvelope(c, { ...target, url: `${target.url}%zz` }, envelope(ns, '<x/>'));
    expect(response.status).toBe(400);
    await expectStillServing(c, target);
  });

  it('answers 415 to application/json, naming the type it expected', async () => {
    const response = await rawRequest(target.url, {
      headers: { 'Content-Type': 'application/json' },
      body: '{"a":2,"b":3}',
    });
    expect(response.status).toBe(415);
    expect(response.statusMessage).toBe(
      `Cannot process the message because the content type 'application/json' was not the expected type '${c.messageVersion.envelope.mediaType}; charset=utf-8'.`,
    );
    await expectStillServing(c, target);
  });

  it("answers 415 to the other SOAP version's media type", async () => {
    const other =
      c.messageVersion.envelope.mediaType === 'text/xml'
        ? 'application/soap+xml; charset=utf-8'
        : 'text/xml; charset=utf-8';
    const response = await postEnvelope(c, target, envelope(ns, '<x/>'), { 'Content-Type': other });
    expect(response.status).toBe(415);
    await expectStillServing(c, target);
  });

  it('answers 415 to a request without a Content-Type, and to a charset the text encoder does not read', async () => {
    expect((await rawRequest(target.url, { body: envelope(ns, '<x/>') })).status).toBe(415);
    const latin = await postEnvelope(c, target, envelope(ns, '<x/>'), {
      'Content-Type': `${c.messageVersion.envelope.mediaType}; charset=iso-8859-5`,
    });
    expect(latin.status).toBe(415);
    await expectStillServing(c, target);
  });

  it('answers 400 to malformed XML', async () => {
    const response = await postEnvelope(
      c,
      target,
      `<s:Envelope xmlns:s="${ns}"><s:Body><Add xmlns="${TEST_NAMESPACE}"><a>2</b></Add></s:Body>`,
    );
    expect(response.status).toBe(400);
    expect(response.body.length).toBe(0);
    await expectStillServing(c, target);
  });

  it('answers 400 to an empty body and to bytes that are not text', async () => {
    expect((await postEnvelope(c, target, '')).status).toBe(400);
    expect((await postEnvelope(c, target, Buffer.from([0x3c, 0xff, 0xfe, 0x00, 0xc3, 0x28]))).status).toBe(
      400,
    );
    await expectStillServing(c, target);
  });

  it('answers 400 to a DTD with an entity expansion bomb, quickly and without expanding it', async () => {
    const entities = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const bomb = `<?xml version="1.0"?><!DOCTYPE s:Envelope [${entities.join('')}]>${envelope(ns, `<Echo xmlns="${TEST_NAMESPACE}"><text>&lol9;</text></Echo>`)}`;
    const started = Date.now();
    const response = await postEnvelope(c, target, bomb);
    expect(response.status).toBe(400);
    expect(response.text).not.toContain('lol');
    expect(Date.now() - started).toBeLessThan(1000);
    await expectStillServing(c, target);
  });

  it('answers 400 to an external entity and discloses nothing of the file it names', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${envelope(ns, `<Echo xmlns="${TEST_NAMESPACE}"><text>&xxe;</text></Echo>`)}`;
    const response = await postEnvelope(c, target, xxe);
    expect(response.status).toBe(400);
    expect(response.text).not.toContain('root:');
    await expectStillServing(c, target);
  });

  it('answers 400 to a string longer than maxStringContentLength (8192), and accepts one of exactly 8192', async () => {
    const echo = (text: string): string => `<Echo xmlns="${TEST_NAMESPACE}"><text>${text}</text></Echo>`;
    const tooLong = await postEnvelope(c, target, envelope(ns, echo('x'.repeat(8193))));
    expect(tooLong.status).toBe(400);
    const justRight = request(c, target, `${TEST_NAMESPACE}ITestService/Echo`, echo('x'.repeat(8192)));
    const response = await rawRequest(target.url, { headers: justRight.headers, body: justRight.body });
    expect(response.status).toBe(200);
    expect(response.text).toContain(`<EchoResult>${'x'.repeat(8192)}</EchoResult>`);
    await expectStillServing(c, target);
  });

  it('answers 400 to elements nested deeper than maxDepth (32)', async () => {
    const deep = `${'<d>'.repeat(40)}${'</d>'.repeat(40)}`;
    const response = await postEnvelope(c, target, envelope(ns, deep));
    expect(response.status).toBe(400);
    await expectStillServing(c, target);
  });

  it('answers 413 to a 10 MB body declared in Content-Length before reading it', async () => {
    const streamed = await streamBody(
      target.url,
      {
        'Content-Type': `${c.messageVersion.envelope.mediaType}; charset=utf-8`,
        'Content-Length': String(TEN_MB),
      },
      TEN_MB,
    );
    expect(streamed.response?.status).toBe(413);
    expect(streamed.response?.headers.connection).toBe('close');
    expect(streamed.written).toBeLessThan(TEN_MB);
    await expectStillServing(c, target);
  });

  it('answers 413 to a 10 MB chunked body while reading it, and memory stays flat', async () => {
    const {
      result: streamed,
      arrayBuffers,
      rss,
    } = await peakGrowth(() =>
      streamBody(
        target.url,
        {
          'Content-Type': `${c.messageVersion.envelope.mediaType}; charset=utf-8`,
          'Transfer-Encoding': 'chunked',
        },
        TEN_MB,
      ),
    );
    expect(streamed.response?.status).toBe(413);
    expect(streamed.written).toBeLessThan(TEN_MB);
    // The host holds at most maxReceivedMessageSize (64 KB) of it; 10 MB buffered would show here.
    expect(arrayBuffers).toBeLessThan(2 * 1024 * 1024);
    expect(rss).toBeLessThan(8 * 1024 * 1024);
    await expectStillServing(c, target);
  });

  it('is not disturbed by a client that disconnects in the middle of the body', async () => {
    const url = new URL(target.url);
    for (let i = 0; i < 3; i++) {
      const socket = net.connect(Number(url.port), url.hostname);
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(
        `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: ${c.messageVersion.envelope.mediaType}; charset=utf-8\r\nContent-Length: 5000\r\n\r\n<s:Envelope xmlns:s="${ns}"><s:Body>`,
      );
      await sleep(20);
      socket.destroy();
    }
    await sleep(50);
    await expectStillServing(c, target);
    const closing = Date.now();
    await target.host.close();
    expect(Date.now() - closing).toBeLessThan(2000);
  });
});
