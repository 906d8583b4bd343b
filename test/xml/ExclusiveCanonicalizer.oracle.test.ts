/**
 * Exclusive C14N checked byte for byte against libxml2 (python3-lxml), computed at test time.
 * If the oracle is missing these tests fail, naming the package to install.
 */
import { canonicalizeToBuffer, maxReaderQuotas, parseXml } from '../../src/xml';
import { HARD_CASES, type NamedCase } from './oracle/c14nCases';
import { runOracle, selectNode, type OracleResult } from './oracle/libxml2Oracle';

function ours(c: NamedCase): Buffer {
  const doc = parseXml(c.xml, { quotas: maxReaderQuotas });
  return canonicalizeToBuffer(selectNode(doc, c.select), {
    withComments: c.withComments,
    inclusivePrefixes: c.inclusive,
  });
}

function theirs(result: OracleResult | undefined): Buffer {
  if (!result) throw new Error('the oracle did not run');
  if (result.lxml === null) throw new Error(`libxml2 (lxml) failed: ${result.errors.join('; ')}`);
  return result.lxml;
}

describe('canonicalize (exclusive C14N) against libxml2', () => {
  let results: OracleResult[] = [];
  beforeAll(() => {
    results = runOracle(HARD_CASES);
  });

  it.each(HARD_CASES.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const expected = theirs(results[i]);
    const actual = ours(HARD_CASES[i]);
    expect(actual.toString('utf8')).toBe(expected.toString('utf8'));
    expect(actual.equals(expected)).toBe(true);
  });

  it("agrees with libxml2's node-set route, so lxml's copied-root subtree stands for the in-context subtree", () => {
    for (const [i, r] of results.entries()) {
      expect({ name: HARD_CASES[i].name, nodeset: r.nodeset?.toString('utf8') }).toEqual({
        name: HARD_CASES[i].name,
        nodeset: theirs(r).toString('utf8'),
      });
    }
  });
});
