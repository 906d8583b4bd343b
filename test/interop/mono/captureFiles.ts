/**
 * The byte-exact wire captures the Mono harness recorded for case d (Mono client → Mono service through a
 * logging proxy): `NN-request-<Op>.xml` / `.http.txt` and `NN-response-<Op>Response.xml` / `.http.txt`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { monoPeerRoot } from './monoHarness';

export const caseDCaptures = path.join(monoPeerRoot, 'captures', 'd-basichttp');

export interface CapturedHttp {
  /** `POST /case-d HTTP/1.1` or `HTTP/1.1 200 OK`. */
  readonly startLine: string;
  /** Header names as captured, in order. */
  readonly headers: readonly (readonly [string, string])[];
  /** The body, byte-exact. */
  readonly body: Buffer;
}

export interface CapturedExchange {
  /** The operation name (`Add`, `Echo`, …). */
  readonly operation: string;
  readonly request: CapturedHttp;
  readonly response: CapturedHttp;
}

export function header(http: CapturedHttp, name: string): string | undefined {
  return http.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
}

function readCaptured(base: string): CapturedHttp {
  const lines = fs
    .readFileSync(`${base}.http.txt`, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l !== '');
  const headers = lines.slice(1).map((l): [string, string] => {
    const colon = l.indexOf(':');
    return [l.slice(0, colon).trim(), l.slice(colon + 1).trim()];
  });
  return { startLine: lines[0], headers, body: fs.readFileSync(`${base}.xml`) };
}

/** The captured exchanges in the order the client made them. */
export function readCaseDExchanges(): CapturedExchange[] {
  const names = fs.readdirSync(caseDCaptures);
  const requests = names.filter((n) => /^\d\d-request-\w+\.xml$/.test(n)).sort();
  return requests.map((file) => {
    const [, seq, operation] = /^(\d\d)-request-(\w+)\.xml$/.exec(file)!;
    const response = names.find((n) => n === `${seq}-response-${operation}Response.xml`);
    if (!response) throw new Error(`No captured response for ${file} in ${caseDCaptures}`);
    return {
      operation,
      request: readCaptured(path.join(caseDCaptures, file.replace(/\.xml$/, ''))),
      response: readCaptured(path.join(caseDCaptures, response.replace(/\.xml$/, ''))),
    };
  });
}
