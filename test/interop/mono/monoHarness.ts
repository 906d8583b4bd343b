/**
 * The Mono WCF peer (`../shared/peers/mono`) as a test fixture: finds the shared folder, checks that Mono is
 * installed, builds the harness once into a git-ignored cache, and runs its Client.exe / Service.exe as child
 * processes that are stopped by the PID this file started — never by name.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
/** CI lays the shared folder beside the clone. */
export const sharedRoot = path.resolve(repoRoot, '..', 'shared');
export const monoPeerRoot = path.join(sharedRoot, 'peers', 'mono');
export const monoCerts = path.join(monoPeerRoot, 'certs');
/** Git-ignored (`.interop/` in .gitignore); the shared folder itself is read-only. */
export const monoBinCache = path.join(repoRoot, '.interop', 'mono-bin');

const INSTALL_HINT = 'apt-get install -y mono-complete';

export class MonoPeerUnavailableError extends Error {
  override readonly name = 'MonoPeerUnavailableError';
}

/** Fails (never skips) when the peer cannot run: a missing peer is a broken interop test, not a passing one. */
export function requireMonoPeer(): void {
  if (!fs.existsSync(path.join(monoPeerRoot, 'build.sh'))) {
    throw new MonoPeerUnavailableError(
      `The Mono peer harness is not at ${monoPeerRoot}: the shared folder must sit beside the clone (../shared).`,
    );
  }
  for (const tool of ['mono', 'mcs']) {
    const probe = spawnSync(tool, ['--version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      const why = probe.error ? probe.error.message : `exit ${probe.status}: ${probe.stderr}`;
      throw new MonoPeerUnavailableError(
        `'${tool}' is not usable (${why}). The Mono interop test needs Mono 6.8: ${INSTALL_HINT}`,
      );
    }
  }
}

/** Every file the build reads: sources, app.config files and the build script itself. */
function harnessSources(): string[] {
  const files = [path.join(monoPeerRoot, 'build.sh')];
  for (const dir of ['src', 'config']) {
    const full = path.join(monoPeerRoot, dir);
    for (const name of fs.readdirSync(full)) files.push(path.join(full, name));
  }
  return files;
}

const OUTPUTS = ['Client.exe', 'Service.exe', 'Client.exe.config', 'Service.exe.config'];

function isUpToDate(): boolean {
  const outputs = OUTPUTS.map((f) => path.join(monoBinCache, f));
  if (!outputs.every((f) => fs.existsSync(f))) return false;
  const oldestOutput = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  const newestSource = Math.max(...harnessSources().map((f) => fs.statSync(f).mtimeMs));
  return oldestOutput >= newestSource;
}

/**
 * Builds Client.exe and Service.exe into `.interop/mono-bin/` unless they are newer than every harness
 * source. The build goes to a scratch folder first and is moved into place, so an interrupted build never
 * leaves a half-built cache that looks fresh.
 */
export function ensureMonoHarnessBuilt(): string {
  if (isUpToDate()) return monoBinCache;
  const scratch = `${monoBinCache}.build-${process.pid}`;
  fs.rmSync(scratch, { recursive: true, force: true });
  const build = spawnSync('bash', [path.join(monoPeerRoot, 'build.sh'), scratch], { encoding: 'utf8' });
  if (build.error || build.status !== 0) {
    fs.rmSync(scratch, { recursive: true, force: true });
    throw new MonoPeerUnavailableError(
      `Building the Mono harness failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}${build.error ? `\n${build.error.message}` : ''}`,
    );
  }
  fs.rmSync(monoBinCache, { recursive: true, force: true });
  fs.renameSync(scratch, monoBinCache);
  return monoBinCache;
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

export interface MonoRunResult {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly elapsedMs: number;
}

/** Runs `mono --debug <bin>/Client.exe args…` to completion (killed by its PID after `timeoutMs`). */
export function runMonoClient(
  binDir: string,
  args: readonly string[],
  timeoutMs: number,
): Promise<MonoRunResult> {
  const started = performance.now();
  const child = spawn('mono', ['--debug', path.join(binDir, 'Client.exe'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stderr += `\n[test] Client.exe still running after ${timeoutMs} ms: killed (pid ${child.pid})`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, stdout, stderr, elapsedMs: performance.now() - started });
    });
  });
}

/** A running `Service.exe`; `stop()` ends exactly the process this object started. */
export class MonoService {
  private output = '';
  private exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  /** Everything the service printed so far (stdout and stderr), for failure messages. */
  get log(): string {
    return this.output;
  }

  /**
   * Starts `mono --debug <bin>/Service.exe args…` and resolves once it prints `LISTENING <url>`; rejects
   * with its output if it prints `FAIL`, exits, or stays silent for `timeoutMs`.
   */
  static start(binDir: string, args: readonly string[], timeoutMs: number): Promise<MonoService> {
    const child = spawn('mono', ['--debug', path.join(binDir, 'Service.exe'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let stdoutLine = '';
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (why: string): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        reject(new Error(`Mono Service.exe ${args.join(' ')}: ${why}\n----- service output\n${output}`));
      };
      const timer = setTimeout(() => fail(`no LISTENING line within ${timeoutMs} ms`), timeoutMs);
      child.once('error', (err) => fail(`could not start: ${err.message}`));
      child.once('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
      child.stderr.setEncoding('utf8').on('data', (s: string) => (output += s));
      child.stdout.setEncoding('utf8').on('data', (s: string) => {
        output += s;
        stdoutLine += s;
        let nl: number;
        while ((nl = stdoutLine.indexOf('\n')) >= 0) {
          const line = stdoutLine.slice(0, nl).trim();
          stdoutLine = stdoutLine.slice(nl + 1);
          if (line.startsWith('FAIL')) fail(line);
          const listening = /^LISTENING (\S+)/.exec(line);
          if (listening && !settled) {
            settled = true;
            clearTimeout(timer);
            const service = new MonoService(child, listening[1]);
            // Keep collecting output for diagnostics after start-up.
            child.stdout.on('data', (d: string) => (service.output += d));
            child.stderr.on('data', (d: string) => (service.output += d));
            service.output = output;
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
