/**
 * Runs test/xml/oracle/c14n_oracle.py (libxml2 through python3-lxml) on a batch of documents: one Python
 * process per batch, each document in its own temp file. The oracle is required, not optional: without it
 * the C14N tests fail with the command that installs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { XmlDocument, XmlElement } from '../../../src/xml';

export type OracleSelect =
  { readonly document: true } | { readonly id: string } | { readonly path: readonly number[] };

export interface OracleCase {
  readonly xml: string;
  readonly select: OracleSelect;
  readonly withComments?: boolean;
  readonly inclusive?: readonly string[];
}

export interface OracleResult {
  /** lxml's etree.tostring(method='c14n', exclusive=True) of the selection. */
  readonly lxml: Buffer | null;
  /** libxml2's xmlC14NDocDumpMemory on the XPath node-set of the selection (ctypes). */
  readonly nodeset: Buffer | null;
  readonly errors: readonly string[];
}

const SCRIPT = join(__dirname, 'c14n_oracle.py');
export const INSTALL_HINT = 'apt-get install -y python3-lxml';

/**
 * The first Python that can import lxml: INDIGO_ORACLE_PYTHON if set, then /usr/bin/python3, where Debian's
 * python3-lxml installs (scripts/ensure-system-deps.sh installs it; its lxml and the ctypes route then use the
 * same system libxml2), then `python3` on PATH (here a pyenv build without lxml).
 */
export function oraclePython(
  candidates: readonly string[] = [process.env.INDIGO_ORACLE_PYTHON, '/usr/bin/python3', 'python3'].filter(
    (p): p is string => !!p,
  ),
): string {
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', 'import lxml.etree'], { encoding: 'utf8' });
    if (probe.status === 0) return python;
  }
  throw new Error(
    `The exclusive C14N oracle needs libxml2 through lxml, and no Python could import it (tried ${candidates.join(', ')}). ` +
      `Install it with: ${INSTALL_HINT}`,
  );
}

export function runOracle(cases: readonly OracleCase[]): OracleResult[] {
  const python = oraclePython();
  const dir = mkdtempSync(join(tmpdir(), 'indigo-c14n-'));
  try {
    const manifest = cases.map((c, i) => {
      const file = join(dir, `case${i}.xml`);
      writeFileSync(file, c.xml, 'utf8');
      return { file, select: c.select, withComments: c.withComments ?? false, inclusive: c.inclusive ?? [] };
    });
    const manifestFile = join(dir, 'manifest.json');
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const run = spawnSync(python, [SCRIPT, manifestFile], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`c14n_oracle.py failed (${run.status}): ${run.stderr}`);
    const parsed = JSON.parse(run.stdout) as {
      lxml: string | null;
      nodeset: string | null;
      errors: string[];
    }[];
    return parsed.map((r) => ({
      lxml: r.lxml === null ? null : Buffer.from(r.lxml, 'base64'),
      nodeset: r.nodeset === null ? null : Buffer.from(r.nodeset, 'base64'),
      errors: r.errors,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ID_NAMES = new Set(['Id', 'id', 'ID']);

/** Our side of an OracleSelect, with the same meaning as in c14n_oracle.py. */
export function selectNode(doc: XmlDocument, select: OracleSelect): XmlDocument | XmlElement {
  if ('document' in select) return doc;
  if ('path' in select) {
    let e = doc.root;
    for (const index of select.path) {
      const next = e.elements()[index];
      if (!next) throw new Error(`no element at path ${select.path.join('/')}`);
      e = next;
    }
    return e;
  }
  const stack: XmlElement[] = [doc.root];
  while (stack.length > 0) {
    const e = stack.shift() as XmlElement;
    if (e.attributes.some((a) => ID_NAMES.has(a.localName) && a.value === select.id)) return e;
    stack.unshift(...e.elements());
  }
  throw new Error(`no element with id ${select.id}`);
}
