/**
 * Breadth: seeded random documents, canonicalized whole and at random subtrees, with random PrefixLists
 * and with/without comments, compared byte for byte with libxml2. A failure names the seed and case.
 */
import {
  canonicalizeToBuffer,
  maxReaderQuotas,
  parseXml,
  type XmlDocument,
  type XmlElement,
} from '../../src/xml';
import { runOracle, selectNode, type OracleCase, type OracleResult } from './oracle/libxml2Oracle';
import { elementPaths, PREFIXES, RandomXml, seededRandom } from './oracle/randomXml';

const SEED = 20261123;
const DOCUMENTS = 60;

function elementAt(doc: XmlDocument, path: readonly number[]): XmlElement {
  let e = doc.root;
  for (const i of path) e = e.elements()[i];
  return e;
}

function buildCases(): OracleCase[] {
  const random = seededRandom(SEED);
  const generator = new RandomXml(random);
  const cases: OracleCase[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const xml = generator.document();
    const doc = parseXml(xml, { quotas: maxReaderQuotas });
    const paths = elementPaths((p) => elementAt(doc, p).elements().length);
    const options = (): Pick<OracleCase, 'withComments' | 'inclusive'> => ({
      withComments: random() < 0.5,
      inclusive: random() < 0.4 ? [...PREFIXES, '#default'].filter(() => random() < 0.3) : [],
    });
    cases.push({ xml, select: { document: true }, ...options() });
    for (let k = 0; k < 3; k++)
      cases.push({ xml, select: { path: paths[Math.floor(random() * paths.length)] }, ...options() });
  }
  return cases;
}

describe('canonicalize on seeded random documents', () => {
  const cases = buildCases();
  let results: OracleResult[] = [];
  beforeAll(() => {
    results = runOracle(cases);
  });

  it(`matches libxml2 byte for byte on ${cases.length} random cases (seed ${SEED})`, () => {
    for (const [i, c] of cases.entries()) {
      const r = results[i];
      if (!r || r.lxml === null) throw new Error(`oracle failed on case ${i}: ${r?.errors.join('; ')}`);
      const doc = parseXml(c.xml, { quotas: maxReaderQuotas });
      const ours = canonicalizeToBuffer(selectNode(doc, c.select), {
        withComments: c.withComments,
        inclusivePrefixes: c.inclusive,
      });
      expect({ case: i, ...c, c14n: ours.toString('utf8') }).toEqual({
        case: i,
        ...c,
        c14n: r.lxml.toString('utf8'),
      });
      expect(ours.equals(r.lxml)).toBe(true);
    }
  });

  it("agrees with libxml2's node-set route on every random case", () => {
    for (const [i, r] of results.entries()) {
      expect({ case: i, nodeset: r.nodeset?.toString('utf8') }).toEqual({
        case: i,
        nodeset: r.lxml?.toString('utf8'),
      });
    }
  });
});
