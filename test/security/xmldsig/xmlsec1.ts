/**
 * xmlsec1 (libxml2's XML Security Library, Debian package `xmlsec1`) as the independent oracle for XML
 * Signature and XML Encryption. Required, not optional: without it the oracle tests fail with the command
 * that installs it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const XMLSEC1_INSTALL_HINT = 'apt-get install -y xmlsec1';

export interface XmlsecResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let checked = false;

/** Throws, naming the package, when xmlsec1 cannot run. */
export function requireXmlsec1(): void {
  if (checked) return;
  const probe = spawnSync('xmlsec1', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `xmlsec1 is not usable (${probe.error?.message ?? probe.stderr}); the XML security oracle tests need it: ` +
        XMLSEC1_INSTALL_HINT,
    );
  }
  checked = true;
}

/** A scratch directory for the files xmlsec1 reads and writes. */
export class XmlsecWorkspace {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indigo-xmlsec-'));

  file(name: string, content: string | Uint8Array): string {
    const file = path.join(this.dir, name);
    fs.writeFileSync(file, content);
    return file;
  }

  run(args: readonly string[]): XmlsecResult {
    requireXmlsec1();
    const r = spawnSync('xmlsec1', args, { encoding: 'utf8', cwd: this.dir });
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  /** Runs xmlsec1 and returns stdout, failing with its diagnostics when it exits non-zero. */
  ok(args: readonly string[]): string {
    const r = this.run(args);
    if (r.status !== 0)
      throw new Error(`xmlsec1 ${args.join(' ')} failed (${r.status}):\n${r.stderr}${r.stdout}`);
    return r.stdout;
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';

/**
 * `--id-attr:Id <node namespace>:<node name>` for each element WCF signs: xmlsec1 has no schema telling it
 * that u:Id / Id are IDs. (It matches the attribute by local name, so `Id` covers `u:Id` too; the namespace
 * given is the *element's*.)
 */
export const WCF_ID_ATTRIBUTES: readonly string[] = [
  ['http://www.w3.org/2003/05/soap-envelope', 'Body'],
  ['http://www.w3.org/2005/08/addressing', 'Action'],
  ['http://www.w3.org/2005/08/addressing', 'MessageID'],
  ['http://www.w3.org/2005/08/addressing', 'ReplyTo'],
  ['http://www.w3.org/2005/08/addressing', 'To'],
  [WSU, 'Timestamp'],
  ['http://www.w3.org/2000/09/xmldsig#', 'Signature'],
].flatMap(([ns, name]) => ['--id-attr:Id', `${ns}:${name}`]);
