/**
 * The Apache CXF peer (this folder: pom.xml, src/, run-service.sh, run-client.sh) as a test fixture: builds it
 * once through scripts/ensure-cxf-peer.sh (fast when already built; FAILS, never skips, without Java/Maven),
 * makes its certificates with Indigo's `indigo cert create`, and runs its service and client as child processes
 * that are stopped by the PID this file started — never by name.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTestCertificates } from '../../../src/cli/certCommand';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const cxfPeerRoot = __dirname;
const ENSURE_SCRIPT = path.join(repoRoot, 'scripts', 'ensure-cxf-peer.sh');

/** The two flavours the peer serves: wsHttpBinding's (Feb 2005) and ws2007HttpBinding's (1.3). */
export type CxfVersion = 'sc2005' | 'sc13';
export const CXF_VERSIONS: readonly CxfVersion[] = ['sc2005', 'sc13'];

/** The first run builds the peer with Maven (dependencies from Maven Central): minutes, not seconds. */
export const CXF_BUILD_TIMEOUT_MS = 600_000;
/** One interop test: a JVM start for the CXF side, and its exchanges. */
export const CXF_TEST_TIMEOUT_MS = 120_000;
/** Where the exchanges the tests saw are kept for reading (and for docs/interop.md). */
export const CXF_CAPTURE_OUT = path.join(repoRoot, '.interop', 'cxf-captures');

export class CxfPeerUnavailableError extends Error {
  override readonly name = 'CxfPeerUnavailableError';
}

/** Builds the peer unless built from the current sources; throws with Maven's output (or the install hint). */
export function ensureCxfPeerBuilt(): void {
  const build = spawnSync('bash', [ENSURE_SCRIPT], { encoding: 'utf8' });
  if (build.error || build.status !== 0) {
    throw new CxfPeerUnavailableError(
      `scripts/ensure-cxf-peer.sh failed (exit ${build.status}):\n${build.stderr}${build.stdout}` +
        (build.error ? `\n${build.error.message}` : ''),
    );
  }
}

export interface PeerCertificates {
  /** The folder `indigo cert create` wrote: ca.crt, service.pfx/.crt/.key, client.pfx/.crt/.key, stores. */
  readonly dir: string;
  readonly password: string;
}

/**
 * Fresh test certificates for one test file, exactly as `indigo cert create <dir> --password <p>` writes them;
 * the CXF side reads the PFX files as PKCS#12 key stores with that password and trusts ca.crt.
 */
export function createPeerCertificates(password = 'indigo-cxf'): PeerCertificates {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indigo-cxf-certs-'));
  createTestCertificates(dir, { password });
  return { dir, password };
}

/** A scratch folder under the OS temp dir (for captures). */
export function scratchDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `indigo-cxf-${prefix}-`));
}

/** A port that was free a moment ago (bound to port 0 on loopback, then released) for a peer to listen on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The JVM decodes its command line by the locale (sun.jnu.encoding): a UTF-8 one, so that a non-ASCII --text
 * reaches Java intact whatever locale CI runs under.
 */
const PEER_ENV = { ...process.env, LC_ALL: 'C.UTF-8' };

function certArgs(certs: PeerCertificates): string[] {
  return ['--certs', certs.dir, '--password', certs.password];
}

/** A running CXF service (run-service.sh: bash execs java, so the PID is the JVM's). */
export class CxfService {
  private output = '';
  private readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  /** The endpoint of one flavour: `<base>sc2005/calc` or `<base>sc13/calc`. */
  url(version: CxfVersion): string {
    return `${this.baseUrl}${version}/calc`;
  }

  /** Everything the service printed so far (stdout and stderr), for failure messages. */
  get log(): string {
    return this.output;
  }

  /** The operations the service ran (`CALL sc2005 Add 2.0 3.0`, …), in order. */
  calls(): string[] {
    return this.output
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('CALL '));
  }

  /**
   * Starts the service on a free loopback port and resolves once it prints `READY <url>`; rejects with its
   * output if it prints `FAIL`, exits, or stays silent for `timeoutMs`.
   */
  static async start(
    certs: PeerCertificates,
    options: { capture?: string; timeoutMs?: number } = {},
  ): Promise<CxfService> {
    const timeoutMs = options.timeoutMs ?? 60_000;
    const port = await freePort();
    const args = ['--port', String(port), ...certArgs(certs)];
    if (options.capture) args.push('--capture', options.capture);
    const child = spawn('bash', [path.join(cxfPeerRoot, 'run-service.sh'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: PEER_ENV,
    });
    let output = '';
    let pending = '';
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (why: string): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        reject(new Error(`CXF service on port ${port}: ${why}\n----- service output\n${output}`));
      };
      const timer = setTimeout(() => fail(`no READY line within ${timeoutMs} ms`), timeoutMs);
      child.once('error', (err) => fail(`could not start: ${err.message}`));
      child.once('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
      child.stderr.setEncoding('utf8').on('data', (s: string) => (output += s));
      child.stdout.setEncoding('utf8').on('data', (s: string) => {
        output += s;
        pending += s;
        let nl: number;
        while ((nl = pending.indexOf('\n')) >= 0) {
          const line = pending.slice(0, nl).trim();
          pending = pending.slice(nl + 1);
          if (line.startsWith('FAIL')) fail(line);
          const ready = /^READY (\S+)/.exec(line);
          if (ready && !settled) {
            settled = true;
            clearTimeout(timer);
            const service = new CxfService(child, ready[1]);
            service.output = output;
            child.stdout.on('data', (d: string) => (service.output += d));
            child.stderr.on('data', (d: string) => (service.output += d));
            resolve(service);
          }
        }
      });
    });
  }

  /** SIGTERM to this PID, SIGKILL if it has not exited within `graceMs`; resolves once it is gone. */
  async stop(graceMs = 5000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

export interface CxfClientOptions {
  /** The endpoint; with `wsdl`, optional (the published port's address is used). */
  readonly url?: string;
  /**
   * Take the policy and address from this published WSDL (`…?wsdl` or `…?singleWsdl`) instead of the peer's
   * template; the client then also calls WhoAmI and Counter twice (the published contract has them).
   */
  readonly wsdl?: string;
  readonly version: CxfVersion;
  readonly certs: PeerCertificates;
  readonly text?: string;
  /** How the session ends: WCF's Cancel (default), CXF's own STSClient cancel, or none. */
  readonly cancel?: 'wcf' | 'cxf' | 'none';
  readonly capture?: string;
  readonly timeoutMs?: number;
}

export interface CxfClientResult {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly elapsedMs: number;
  /** `ADD 5.0`, `ECHO "…"`, `CANCELLED wcf uuid:…`, `PASS` / `FAIL …`: the client's report lines. */
  readonly lines: readonly string[];
}

/** Runs the CXF client to completion (killed by its PID after `timeoutMs`). */
export function runCxfClient(o: CxfClientOptions): Promise<CxfClientResult> {
  const args = ['--version', o.version, ...certArgs(o.certs)];
  if (o.url !== undefined) args.push('--url', o.url);
  if (o.wsdl !== undefined) args.push('--wsdl', o.wsdl);
  if (o.text !== undefined) args.push('--text', o.text);
  if (o.cancel) args.push('--cancel', o.cancel);
  if (o.capture) args.push('--capture', o.capture);
  const timeoutMs = o.timeoutMs ?? 90_000;
  const started = performance.now();
  const child = spawn('bash', [path.join(cxfPeerRoot, 'run-client.sh'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: PEER_ENV,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stderr += `\n[test] CXF client still running after ${timeoutMs} ms: killed (pid ${child.pid})`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (exitCode) => {
      clearTimeout(timer);
      const lines = stdout
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      resolve({ exitCode, stdout, stderr, elapsedMs: performance.now() - started, lines });
    });
  });
}

/** One message of a capture folder (MessageCapture.java): its index line and the file's text. */
export interface CapturedMessage {
  readonly n: number;
  /** REQ_OUT / RESP_OUT (as sent), REQ_IN / RESP_IN (as received), DECRYPTED_IN (after WS-Security). */
  readonly type: string;
  /** The SOAP action of the HTTP request (Content-Type action parameter), '-' for responses. */
  readonly action: string;
  readonly address: string;
  readonly contentType: string;
  readonly file: string;
  readonly text: string;
}

export function readCaptures(dir: string): CapturedMessage[] {
  const index = path.join(dir, 'index.tsv');
  if (!fs.existsSync(index)) return [];
  return fs
    .readFileSync(index, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [n, type, action, address, contentType] = line.split('\t');
      const file = path.join(dir, `${n}-${type}.xml`);
      return {
        n: Number(n),
        type,
        action,
        address,
        contentType,
        file,
        text: fs.readFileSync(file, 'utf8'),
      };
    });
}

/** The wsa:Action header of a captured envelope (whatever prefix it uses). */
export function wsaAction(envelope: string): string | undefined {
  const m =
    /<(?:\w+:)?Action\b[^>]*xmlns(?::\w+)?="http:\/\/www\.w3\.org\/2005\/08\/addressing"[^>]*>([^<]+)</.exec(
      envelope,
    );
  if (m) return m[1];
  const any = /<(\w+:)?Action\b[^>]*>([^<]+)<\/\1?Action>/.exec(envelope);
  return any?.[2];
}

/**
 * The action of a captured message: the Content-Type's action parameter where the sender wrote one (CXF always
 * does), else the envelope's wsa:Action (WCF, and Indigo, put SOAP 1.2 + WS-Addressing actions only there).
 */
export function actionOf(m: CapturedMessage): string | undefined {
  return m.action !== '-' ? m.action : wsaAction(m.text);
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
