/**
 * Hand-written exclusive C14N cases, each aimed at one rule or at a bug seen in other implementations
 * (node-ecosystem.md §2.2). The expected output is never written here: libxml2 computes it at test time.
 */
import type { OracleCase } from './libxml2Oracle';

export interface NamedCase extends OracleCase {
  readonly name: string;
}

// W3C exc-c14n §2.2: the same n1:elem2 subtree in two different contexts.
export const SPEC_EXAMPLE_1 = `<n0:local xmlns:n0="foo:bar" xmlns:n3="ftp://example.org">
  <n1:elem2 xmlns:n1="http://example.net" xml:lang="en">
    <n3:stuff xmlns:n3="ftp://example.org"/>
  </n1:elem2>
</n0:local>`;

export const SPEC_EXAMPLE_2 = `<n2:pdu xmlns:n1="http://example.com"
           xmlns:n2="http://foo.example"
           xml:lang="fr"
           xml:space="retain">
  <n1:elem2 xmlns:n1="http://example.net" xml:lang="en">
    <n3:stuff xmlns:n3="ftp://example.org"/>
  </n1:elem2>
</n2:pdu>`;

/** exc-c14n §2.2: "the exclusive canonical form of n1:elem2 is the same in both documents". */
export const SPEC_EXAMPLE_ELEM2 = `<n1:elem2 xmlns:n1="http://example.net" xml:lang="en">
    <n3:stuff xmlns:n3="ftp://example.org"></n3:stuff>
  </n1:elem2>`;

const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';
const WSA = 'http://www.w3.org/2005/08/addressing';
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';

export const SOAP_ENVELOPE = `<s:Envelope xmlns:s="${SOAP12}" xmlns:a="${WSA}" xmlns:u="${WSU}">
  <s:Header>
    <a:Action s:mustUnderstand="1" u:Id="_2">http://tempuri.org/ICalculator/Add</a:Action>
    <a:MessageID u:Id="_3">urn:uuid:6a1c7d4e-0b7e-4d7c-9a55-1f2b3c4d5e6f</a:MessageID>
    <a:ReplyTo u:Id="_4"><a:Address>http://www.w3.org/2005/08/addressing/anonymous</a:Address></a:ReplyTo>
    <a:To s:mustUnderstand="1" u:Id="_5">http://127.0.0.1:8080/calc</a:To>
  </s:Header>
  <s:Body u:Id="_1"><Add xmlns="http://tempuri.org/"><a>2</a><b>3</b></Add></s:Body>
</s:Envelope>`;

export const HARD_CASES: readonly NamedCase[] = [
  {
    name: 'W3C exc-c14n §2.2 example 1: n1:elem2 inside n0:local',
    xml: SPEC_EXAMPLE_1,
    select: { path: [0] },
  },
  {
    name: 'W3C exc-c14n §2.2 example 2: n1:elem2 inside n2:pdu (xml:lang, xml:space not inherited)',
    xml: SPEC_EXAMPLE_2,
    select: { path: [0] },
  },
  {
    name: 'W3C exc-c14n §2.2 example 1 with PrefixList n3',
    xml: SPEC_EXAMPLE_1,
    select: { path: [0] },
    inclusive: ['n3'],
  },
  {
    name: 'sorts namespace declarations with mixed-case prefixes by code point (B, C, a)',
    xml: '<r xmlns:B="urn:b" xmlns:a="urn:a" xmlns:C="urn:c"><a:e B:x="1" C:y="2" a:z="3"/></r>',
    select: { path: [0] },
  },
  {
    name: 'sorts mixed-case prefixes on a whole document',
    xml: '<C:r xmlns:C="urn:c" xmlns:a="urn:a" xmlns:B="urn:b" xmlns:b="urn:b2" B:x="1" a:y="2" b:z="3"/>',
    select: { document: true },
  },
  {
    name: 'emits xmlns="" where an element leaves a rendered default namespace',
    xml: '<r xmlns="urn:d"><x xmlns=""><y/></x><z/></r>',
    select: { document: true },
  },
  {
    name: 'omits a superfluous xmlns="" under a prefixed apex',
    xml: '<p:r xmlns:p="urn:p"><x xmlns=""><y/></x></p:r>',
    select: { document: true },
  },
  {
    name: 'omits xmlns="" on an apex whose default namespace is undeclared in context',
    xml: '<r xmlns="urn:d"><x xmlns=""><y/></x></r>',
    select: { path: [0] },
  },
  {
    name: 'renders a default namespace declared on an ancestor of the apex',
    xml: '<r xmlns="urn:d"><x><y/></x></r>',
    select: { path: [0] },
  },
  {
    name: 'omits xmlns="" under a default namespace that only a non-output ancestor declared',
    xml: '<r xmlns="urn:d"><p:x xmlns:p="urn:p"><y xmlns=""/></p:x></r>',
    select: { path: [0] },
  },
  {
    name: 're-renders the default namespace after an xmlns="" gap',
    xml: '<r xmlns="urn:d"><x xmlns=""><y xmlns="urn:d"><z/></y></x></r>',
    select: { document: true },
  },
  {
    name: 'sorts attributes by namespace URI then local name, not by their concatenation',
    xml: '<e xmlns:a="urn:a" xmlns:b="urn:ab" b:a="1" a:z="2" z="3" a:b="4" b:c="5" A="6"/>',
    select: { document: true },
  },
  {
    name: 'sorts attributes whose namespace URIs share a prefix (urn:a + bc vs urn:ab + c)',
    xml: '<e xmlns:p="urn:ab" xmlns:q="urn:a" p:c="1" q:bc="2"/>',
    select: { document: true },
  },
  {
    name: 'sorts astral-plane names after U+FF21 (code points, not UTF-16 units)',
    xml: '<e xmlns:p\u{10000}="urn:1" xmlns:p\uFF21="urn:2" a\u{10000}="1" a\uFF21="2" p\u{10000}:x="3" p\uFF21:x="4"/>',
    select: { document: true },
  },
  {
    name: 'escapes CR from &#xD; in text and keeps LF from CRLF normalisation',
    xml: '<e>a\r\nb\rc&#xD;d&#xA;e&#x9;f</e>',
    select: { document: true },
  },
  {
    name: 'escapes tab, LF and CR character references in attributes',
    xml: '<e a="1&#x9;2&#xA;3&#xD;4" b="x&#13;&#10;y"/>',
    select: { document: true },
  },
  {
    name: 'normalises literal tabs and newlines in attributes to spaces',
    xml: '<e a="1\t2\n3\r\n4\r5"/>',
    select: { document: true },
  },
  {
    name: 'resolves entities and character references in attributes and escapes & < "',
    xml: `<e a="&lt;&gt;&amp;&quot;&apos;&#65;&#x1F600;" b='say "hi" &amp; &apos;bye&apos;'>&lt;&gt;&amp;&quot;&apos;&#x1F600; ]]&gt;</e>`,
    select: { document: true },
  },
  {
    name: 'turns CDATA into escaped text merged with its neighbours',
    xml: '<e>a<![CDATA[<b> & "c" ]]]]><![CDATA[>]]>d<![CDATA[]]></e>',
    select: { document: true },
  },
  {
    name: 'drops comments without WithComments',
    xml: '<!--before--><e><!-- inside --><f/><!--x--></e><!--after-->',
    select: { document: true },
  },
  {
    name: 'keeps comments with WithComments, with LFs around document-level ones',
    xml: '<!--before--><!--again--><e><!-- inside --><f/></e><!--after--><!--end-->',
    select: { document: true },
    withComments: true,
  },
  {
    name: 'keeps comments inside a subtree with WithComments',
    xml: '<r><!--out--><e><!-- in --><f><!--deep--></f></e></r>',
    select: { path: [0] },
    withComments: true,
  },
  {
    name: 'keeps processing instructions, with LFs around document-level ones',
    xml: '<?first data?><?empty?><e><?inner  spaced data ?><f/></e><?last?>',
    select: { document: true },
  },
  {
    name: 'renders a namespace declared on an ancestor where the subtree first uses it',
    xml: '<r xmlns:u="urn:u" xmlns:v="urn:v"><x><y u:id="1"><u:z/></y><w v:q="2"/></x></r>',
    select: { path: [0] },
  },
  {
    name: 'does not repeat a redundant redeclaration',
    xml: '<a:r xmlns:a="urn:a"><a:x xmlns:a="urn:a"><a:y xmlns:a="urn:a" a:k="1"/></a:x></a:r>',
    select: { document: true },
  },
  {
    name: 'renders a prefix again when a descendant rebinds it',
    xml: '<r xmlns:p="urn:1"><p:a><b xmlns:p="urn:2"><p:c/></b><p:d/></p:a></r>',
    select: { path: [0] },
  },
  {
    name: 'renders the same namespace on sibling subtrees independently',
    xml: '<r xmlns:p="urn:p"><x><p:a/><p:b/></x><p:c><p:d/></p:c></r>',
    select: { document: true },
  },
  {
    name: 'drops declarations nothing in the subtree uses',
    xml: '<r xmlns:unused="urn:unused" xmlns="urn:d"><p:x xmlns:p="urn:p" xmlns:q="urn:q"><p:y/></p:x></r>',
    select: { path: [0] },
  },
  {
    name: 'never renders the xml namespace, even when declared',
    xml: '<r xmlns:xml="http://www.w3.org/XML/1998/namespace" xml:lang="de"><e xml:space="preserve" xml:lang="en"/></r>',
    select: { document: true },
  },
  {
    name: 'renders PrefixList prefixes declared only on an ancestor',
    xml: '<r xmlns:inc="urn:inc" xmlns:other="urn:other"><x><y/></x></r>',
    select: { path: [0] },
    inclusive: ['inc'],
  },
  {
    name: 'renders #default from the PrefixList on the apex',
    xml: '<r xmlns="urn:d" xmlns:p="urn:p"><p:x><p:y/><z/></p:x></r>',
    select: { path: [0] },
    inclusive: ['#default'],
  },
  {
    name: 'renders xmlns="" for #default under a rendered default namespace',
    xml: '<r xmlns="urn:d"><p:x xmlns:p="urn:p"><p:y xmlns=""><p:z/></p:y></p:x></r>',
    select: { document: true },
    inclusive: ['#default'],
  },
  {
    name: 'ignores PrefixList prefixes that are not in scope',
    xml: '<r xmlns:p="urn:p"><p:x/></r>',
    select: { path: [0] },
    inclusive: ['nothere', 'p'],
  },
  {
    name: 'renders a rebound PrefixList prefix where it changes',
    xml: '<r xmlns:i="urn:i1"><x><y xmlns:i="urn:i2"><z/></y></x></r>',
    select: { path: [0] },
    inclusive: ['i'],
  },
  {
    name: 'treats a PrefixList prefix that is also visibly used once',
    xml: '<r xmlns:p="urn:p" xmlns:q="urn:q"><p:x q:a="1"><p:y/></p:x></r>',
    select: { path: [0] },
    inclusive: ['p', 'q', '#default'],
  },
  { name: 'SOAP 1.2 envelope: the wsu:Id Body', xml: SOAP_ENVELOPE, select: { id: '_1' } },
  { name: 'SOAP 1.2 envelope: the wsu:Id wsa:Action header', xml: SOAP_ENVELOPE, select: { id: '_2' } },
  { name: 'SOAP 1.2 envelope: the wsa:ReplyTo header', xml: SOAP_ENVELOPE, select: { id: '_4' } },
  { name: 'SOAP 1.2 envelope: the whole document', xml: SOAP_ENVELOPE, select: { document: true } },
  {
    name: 'SOAP 1.2 envelope: the Body with PrefixList "s a"',
    xml: SOAP_ENVELOPE,
    select: { id: '_1' },
    inclusive: ['s', 'a'],
  },
  {
    name: 'keeps whitespace-only text nodes',
    xml: '<r>\n  <e>  </e>\t<f/>\n</r>',
    select: { document: true },
  },
  {
    name: 'writes empty elements as start and end tags',
    xml: '<r><e/><f></f><g a="1"/></r>',
    select: { document: true },
  },
  {
    name: 'handles non-ASCII text, names and namespace URIs',
    xml: '<h\u00e9:r xmlns:h\u00e9="http://example.com/caf%C3%A9">na\u00efve \u4e2d\u6587 \u{1F600}<h\u00e9:x h\u00e9:\u00e5="\u00f8"/></h\u00e9:r>',
    select: { document: true },
  },
];
