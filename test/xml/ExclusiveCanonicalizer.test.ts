import {
  canonicalize,
  canonicalizeToBuffer,
  compareCodePoints,
  EXC_C14N_ALGORITHM,
  EXC_C14N_WITH_COMMENTS_ALGORITHM,
  parseXml,
  XmlElement,
  XML_NAMESPACE,
} from '../../src/xml';
import { SPEC_EXAMPLE_1, SPEC_EXAMPLE_2, SPEC_EXAMPLE_ELEM2 } from './oracle/c14nCases';
import { INSTALL_HINT, oraclePython } from './oracle/libxml2Oracle';

describe('canonicalize', () => {
  it('gives n1:elem2 the same form in both W3C exc-c14n §2.2 documents, as the spec prints it', () => {
    for (const xml of [SPEC_EXAMPLE_1, SPEC_EXAMPLE_2]) {
      expect(canonicalize(parseXml(xml).root.elements()[0])).toBe(SPEC_EXAMPLE_ELEM2);
    }
  });

  it('names the algorithms by their W3C URIs', () => {
    expect([EXC_C14N_ALGORITHM, EXC_C14N_WITH_COMMENTS_ALGORITHM]).toEqual([
      'http://www.w3.org/2001/10/xml-exc-c14n#',
      'http://www.w3.org/2001/10/xml-exc-c14n#WithComments',
    ]);
  });

  it('renders namespaces of a tree built in code from the element and attribute URIs', () => {
    const body = new XmlElement('s', 'Body', 'urn:s').setAttribute('Id', '_1', 'urn:u', 'u');
    body.appendChild(new XmlElement('', 'Add', 'urn:t')).setAttribute('lang', 'en', XML_NAMESPACE, 'xml');
    expect(canonicalize(body)).toBe(
      '<s:Body xmlns:s="urn:s" xmlns:u="urn:u" u:Id="_1"><Add xmlns="urn:t" xml:lang="en"></Add></s:Body>',
    );
  });

  it('orders namespace nodes by prefix and attributes by URI, then local name, element after element', () => {
    const xml =
      '<z:e xmlns:z="urn:z" xmlns:b="urn:b" xmlns:a="urn:a" xmlns="urn:d" b:y="1" a:y="2" x="3" a:x="4" w="5">' +
      '<c xmlns:q="urn:q" q:k="1" a:k="2"/><z:c b:k="1" a:k="2" k="3"/></z:e>';
    expect(canonicalize(parseXml(xml))).toBe(
      '<z:e xmlns:a="urn:a" xmlns:b="urn:b" xmlns:z="urn:z" w="5" x="3" a:x="4" a:y="2" b:y="1">' +
        '<c xmlns="urn:d" xmlns:q="urn:q" a:k="2" q:k="1"></c><z:c k="3" a:k="2" b:k="1"></z:c></z:e>',
    );
  });

  it('ignores xml in the PrefixList', () => {
    const doc = parseXml('<r xmlns:xml="http://www.w3.org/XML/1998/namespace"><e/></r>');
    expect(canonicalize(doc, { inclusivePrefixes: ['xml'] })).toBe('<r><e></e></r>');
  });

  it('canonicalizes relative namespace URIs, which libxml2 refuses (C14N 1.0 asks for a failure)', () => {
    expect(canonicalize(parseXml('<a xmlns="relative/uri"><b/></a>'))).toBe(
      '<a xmlns="relative/uri"><b></b></a>',
    );
  });

  it('returns UTF-8 bytes from canonicalizeToBuffer', () => {
    const doc = parseXml('<a>\u00e9\u{1F600}</a>');
    expect(canonicalizeToBuffer(doc).equals(Buffer.from('<a>\u00e9\u{1F600}</a>', 'utf8'))).toBe(true);
  });
});

describe('compareCodePoints', () => {
  it('orders an astral character after U+FF21, unlike UTF-16 code-unit order', () => {
    expect('\u{10000}' < '\uFF21').toBe(true);
    expect(compareCodePoints('\u{10000}', '\uFF21')).toBeGreaterThan(0);
  });

  it('orders upper case before lower case (code points, not locale)', () => {
    expect(['a', 'C', 'B', '', 'b'].sort(compareCodePoints)).toEqual(['', 'B', 'C', 'a', 'b']);
  });

  it('orders a prefix before its extensions', () => {
    expect(compareCodePoints('urn:a', 'urn:ab')).toBeLessThan(0);
  });
});

describe('the libxml2 oracle', () => {
  it('fails, naming the package to install, when no Python can import lxml', () => {
    expect(() => oraclePython(['/nonexistent/python3'])).toThrow(INSTALL_HINT);
  });
});
