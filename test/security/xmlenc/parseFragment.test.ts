import { parseFragment } from '../../../src/security/xmlenc/parseFragment';
import {
  maxReaderQuotas,
  parseXml,
  XmlElement,
  XmlParseError,
  XmlQuotaExceededError,
  type XmlNode,
} from '../../../src/xml';
import { parseXmlWithSaxes } from '../../../src/xml/XmlParser';
import { infosetOf } from '../../xml/infoset';
import { RandomXml, seededRandom } from '../../xml/oracle/randomXml';

/** A place to decrypt into: Envelope (s, u, default urn:outer) › Body (default undeclared) › the element. */
function place(): XmlElement {
  const doc = parseXml(
    '<s:Envelope xmlns:s="urn:s" xmlns:u="urn:u" xmlns="urn:outer"><s:Body xmlns=""><Holder xmlns:a="urn:a"/></s:Body></s:Envelope>',
  );
  return doc.root.elements()[0].elements()[0];
}

/** What the full parser makes of `text` inside an element declaring the place's namespaces. */
function reference(text: string): unknown[] {
  const wrapped = `<w xmlns:s="urn:s" xmlns:u="urn:u" xmlns:a="urn:a">${text}</w>`;
  return parseXmlWithSaxes(wrapped, maxReaderQuotas).root.children.map(infosetOf);
}

const parse = (text: string, context = place()): XmlNode[] =>
  parseFragment(text, context, { quotas: maxReaderQuotas, maxSize: 1e7 });

describe('decrypted XML read in the namespace context of its place', () => {
  it.each([
    ['an element in a namespace the place declares', '<s:Body u:Id="_1"><a:x>1</a:x></s:Body>'],
    ['text around elements, with references', 'lead <a:b>x &amp; y &lt; z</a:b> tail&#xD;'],
    ['an unprefixed element in no namespace (the place undeclares its default)', '<Echo>hi</Echo>'],
    ['an element declaring its own default namespace', '<Echo xmlns="urn:tempuri"><r>2</r></Echo>'],
    ['text alone', 'plain text'],
    ['nothing', ''],
    ['a comment and CDATA (the full parser reads those)', '<a:x><!--c--><![CDATA[<y>]]></a:x>'],
    ['a long ASCII text', `<a:x>${'QUJD'.repeat(4096)}</a:x>`],
  ])('reads %s as the full parser does', (_, text) => {
    expect(parse(text).map(infosetOf)).toEqual(reference(text));
  });

  it('returns the nodes detached, resolving their names through the place once inserted', () => {
    const nodes = parse('<a:x/>');
    expect(nodes[0].parent).toBeNull();
    expect((nodes[0] as XmlElement).namespaceUri).toBe('urn:a');
  });

  it.each([
    ['an unclosed element', '<a:x>'],
    ['an end tag with no start tag', 'text</a:x>'],
    ['an end tag naming the wrapper the full parser uses', '</indigo-decrypted><indigo-decrypted>'],
    ['an XML declaration', '<?xml version="1.0"?><a:x/>'],
    ['a DOCTYPE', '<!DOCTYPE x><a:x/>'],
    ['an undeclared prefix', '<q:x/>'],
    ['a forbidden control character', `<a:x>${'A'.repeat(2000)}\u0001</a:x>`],
  ])('refuses %s', (_, text) => {
    expect(() => parse(text)).toThrow(XmlParseError);
  });

  it('counts the depth from the place, as a plain message would', () => {
    const deep = '<a:x>'.repeat(60) + '</a:x>'.repeat(60);
    expect(() => parseFragment(deep, place(), { quotas: { maxDepth: 32 }, maxSize: 1e7 })).toThrow(
      XmlQuotaExceededError,
    );
    expect(() => parseFragment('<a:x/>', place(), { quotas: { maxDepth: 32 }, maxSize: 1e7 })).not.toThrow();
  });

  it('reads 300 random documents as content exactly as the full parser reads them', () => {
    const random = new RandomXml(seededRandom(20261204));
    for (let i = 0; i < 300; i++) {
      const text = `t${i}${random.document()}`;
      let expected: unknown[] | Error;
      try {
        expected = reference(text);
      } catch (err) {
        expected = err as Error;
      }
      if (expected instanceof Error) expect(() => parse(text)).toThrow(XmlParseError);
      else expect([i, parse(text).map(infosetOf)]).toEqual([i, expected]);
    }
  });
});
