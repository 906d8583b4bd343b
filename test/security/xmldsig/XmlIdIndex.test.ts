import { DEFAULT_ID_ATTRIBUTES, elementId, XmlIdIndex, WSU_NAMESPACE } from '../../../src/security/xmldsig';
import { maxReaderQuotas, parseXml } from '../../../src/xml';

const U = `xmlns:u="${WSU_NAMESPACE}"`;

describe('XmlIdIndex', () => {
  it('indexes wsu:Id and unqualified Id, and nothing else (ID, id, other namespaces)', () => {
    const doc = parseXml(
      `<r ${U} xmlns:x="urn:x"><a u:Id="one"/><b Id="two"/><c ID="three"/><d id="four"/><e x:Id="five"/></r>`,
    );
    const index = XmlIdIndex.build(doc.root);
    expect(index.get('one')?.localName).toBe('a');
    expect(index.get('two')?.localName).toBe('b');
    for (const id of ['three', 'four', 'five']) expect(index.find(id)).toEqual({ status: 'missing' });
    expect(DEFAULT_ID_ATTRIBUTES).toHaveLength(2);
  });

  it('marks an id carried by two elements as ambiguous, whichever attribute they use', () => {
    const doc = parseXml(`<r ${U}><a u:Id="x"/><b><c Id="x"/></b><d u:Id="y"/><e u:Id="y"/></r>`);
    const index = XmlIdIndex.build(doc.root);
    expect(index.find('x')).toEqual({ status: 'ambiguous' });
    expect(index.find('y')).toEqual({ status: 'ambiguous' });
    expect(index.get('x')).toBeUndefined();
  });

  it('does not count one element carrying the same id as wsu:Id and as Id twice', () => {
    const doc = parseXml(`<r ${U}><a u:Id="x" Id="x"/></r>`);
    expect(XmlIdIndex.build(doc.root).find('x').status).toBe('found');
  });

  it('accepts ids that are not NCNames (Mono writes u:Id="uuid:…" on its BinarySecurityToken)', () => {
    const doc = parseXml(`<r ${U}><t u:Id="uuid:9885fd6e-0fc5-4c46-a1da-0c6e30977f4a"/></r>`);
    expect(XmlIdIndex.build(doc.root).get('uuid:9885fd6e-0fc5-4c46-a1da-0c6e30977f4a')?.localName).toBe('t');
  });

  it('walks deep documents without recursion', () => {
    const depth = 20000;
    const doc = parseXml('<a>'.repeat(depth) + '<b Id="deep"/>' + '</a>'.repeat(depth), {
      quotas: maxReaderQuotas,
      maxSize: 1 << 20,
    });
    expect(XmlIdIndex.build(doc.root).get('deep')?.localName).toBe('b');
  });

  it('elementId reads wsu:Id first, then Id', () => {
    const doc = parseXml(`<r ${U}><a u:Id="w" Id="p"/><b Id="p2"/><c/></r>`);
    const [a, b, c] = doc.root.elements();
    expect([elementId(a), elementId(b), elementId(c)]).toEqual(['w', 'p2', undefined]);
  });
});
