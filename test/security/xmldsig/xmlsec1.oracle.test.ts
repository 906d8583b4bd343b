/**
 * XML Signature interop with xmlsec1 (an independent implementation, on libxml2 and OpenSSL), both ways:
 * signatures Indigo makes verify with `xmlsec1 --verify`, and signatures `xmlsec1 --sign` makes from a
 * template verify in Indigo. RSA with the Mono peer's service key/certificate, HMAC with `--hmackey`.
 */
import { SecurityAlgorithms as A, type SignatureKey } from '../../../src/crypto';
import {
  createSignature,
  verifySignature,
  XMLDSIG_NAMESPACE,
  XmlSignatureError,
} from '../../../src/security/xmldsig';
import { parseXml, serializeXml, type XmlElement } from '../../../src/xml';
import { serviceParty } from '../../crypto/testKeys';
import { SOAP12, WSSE, wcfRequest, wcfRequestXml } from './wcfEnvelope';
import { requireXmlsec1, WCF_ID_ATTRIBUTES, XmlsecWorkspace } from './xmlsec1';

const HMAC_KEY = Buffer.from('00112233445566778899aabbccddeeff0011223344556677', 'hex');
const C14N = A.ExclusiveC14n;

const CASES = [
  ['RSA-SHA1 / SHA-1', A.RsaSha1Signature, A.Sha1Digest],
  ['RSA-SHA256 / SHA-256', A.RsaSha256Signature, A.Sha256Digest],
  ["RSA-SHA256 / SHA-1 (Mono's endorsing signature)", A.RsaSha256Signature, A.Sha1Digest],
  ['HMAC-SHA1 / SHA-1', A.HmacSha1Signature, A.Sha1Digest],
  ['HMAC-SHA256 / SHA-256', A.HmacSha256Signature, A.Sha256Digest],
] as const;

const isRsa = (uri: string) => uri.includes('rsa');

describe('XML Signature against xmlsec1', () => {
  let ws: XmlsecWorkspace;
  let keyArgs: (uri: string, sign: boolean) => string[];
  beforeAll(() => {
    requireXmlsec1();
    ws = new XmlsecWorkspace();
    const hmacKey = ws.file('hmac.key', HMAC_KEY);
    const { keyPath, certPath } = serviceParty();
    keyArgs = (uri, sign) =>
      isRsa(uri)
        ? sign
          ? ['--privkey-pem', keyPath]
          : ['--pubkey-cert-pem', certPath]
        : ['--hmackey', hmacKey];
  });
  afterAll(() => ws?.dispose());

  const indigoKey = (uri: string, sign: boolean): SignatureKey =>
    isRsa(uri) ? (sign ? serviceParty().privateKey : serviceParty().publicKey) : HMAC_KEY;

  describe('Indigo signs, xmlsec1 verifies', () => {
    it.each(CASES)('%s over the six WCF parts', (name, signatureAlgorithm, digestAlgorithm) => {
      const req = wcfRequest();
      const { element } = createSignature({
        signatureAlgorithm,
        digestAlgorithm,
        key: indigoKey(signatureAlgorithm, true),
        id: '_7',
        references: req.signedParts.map((part) => ({ element: part })),
      });
      req.security.appendChild(element);
      const file = ws.file(`indigo-${CASES.findIndex((c) => c[0] === name)}.xml`, serializeXml(req.doc));
      const r = ws.run(['--verify', ...keyArgs(signatureAlgorithm, false), ...WCF_ID_ATTRIBUTES, file]);
      expect(r.stderr).toContain('SignedInfo References (ok/all): 6/6');
      expect(r.status).toBe(0);
    });

    it('with a ds: prefix and an InclusiveNamespaces PrefixList', () => {
      const req = wcfRequest(
        wcfRequestXml('<Add xmlns="http://tempuri.org/" xmlns:q="urn:q"><a>q:2</a></Add>'),
      );
      const { element } = createSignature({
        signatureAlgorithm: A.RsaSha1Signature,
        key: serviceParty().privateKey,
        prefix: 'ds',
        references: [
          { element: req.body, inclusivePrefixes: ['s', 'u', '#default'] },
          { element: req.signedParts[0] },
        ],
      });
      req.security.appendChild(element);
      const file = ws.file('indigo-prefixes.xml', serializeXml(req.doc));
      const r = ws.run(['--verify', ...keyArgs(A.RsaSha1Signature, false), ...WCF_ID_ATTRIBUTES, file]);
      expect(r.stderr).toContain('SignedInfo References (ok/all): 2/2');
      expect(r.status).toBe(0);
    });

    it('and xmlsec1 rejects it once a signed part is changed (the oracle is not a rubber stamp)', () => {
      const req = wcfRequest();
      const { element } = createSignature({
        signatureAlgorithm: A.HmacSha1Signature,
        key: HMAC_KEY,
        references: req.signedParts.map((part) => ({ element: part })),
      });
      req.security.appendChild(element);
      const xml = serializeXml(req.doc).replace('<b>3</b>', '<b>4</b>');
      const r = ws.run([
        '--verify',
        ...keyArgs(A.HmacSha1Signature, false),
        ...WCF_ID_ATTRIBUTES,
        ws.file('tampered.xml', xml),
      ]);
      expect(r.status).not.toBe(0);
    });
  });

  describe('xmlsec1 signs, Indigo verifies', () => {
    function template(
      signatureAlgorithm: string,
      digestAlgorithm: string,
      ids: readonly string[],
      prefixList?: string,
    ): string {
      const inclusive = prefixList ? `<InclusiveNamespaces xmlns="${C14N}" PrefixList="${prefixList}"/>` : '';
      const references = ids
        .map(
          (id) =>
            `<Reference URI="#${id}"><Transforms><Transform Algorithm="${C14N}">${inclusive}</Transform></Transforms>` +
            `<DigestMethod Algorithm="${digestAlgorithm}"/><DigestValue></DigestValue></Reference>`,
        )
        .join('');
      const signature =
        `<Signature xmlns="${XMLDSIG_NAMESPACE}" Id="_7"><SignedInfo><CanonicalizationMethod Algorithm="${C14N}"/>` +
        `<SignatureMethod Algorithm="${signatureAlgorithm}"/>${references}</SignedInfo>` +
        '<SignatureValue></SignatureValue></Signature>';
      return wcfRequestXml().replace('</o:Security>', `${signature}</o:Security>`);
    }
    const IDS = ['uuid-2db1acf2-f7aa-4ebb-92d4-feae4920f90f-1', '_2', '_3', '_4', '_5', '_6'];

    function signatureOf(xml: string): XmlElement {
      const doc = parseXml(xml);
      const header = doc.root.element('Header', SOAP12) as XmlElement;
      return (header.element('Security', WSSE) as XmlElement).element(
        'Signature',
        XMLDSIG_NAMESPACE,
      ) as XmlElement;
    }

    it.each(CASES)('%s over the six WCF parts', (name, signatureAlgorithm, digestAlgorithm) => {
      const file = ws.file(
        `template-${CASES.findIndex((c) => c[0] === name)}.xml`,
        template(signatureAlgorithm, digestAlgorithm, IDS),
      );
      const signed = ws.ok(['--sign', ...keyArgs(signatureAlgorithm, true), ...WCF_ID_ATTRIBUTES, file]);
      const verified = verifySignature(signatureOf(signed), {
        resolveKey: () => indigoKey(signatureAlgorithm, false),
      });
      expect(verified.references.map((r) => r.reference.targetId)).toEqual(IDS);
      expect(verified.elements[5].localName).toBe('Body');
    });

    it('with an InclusiveNamespaces PrefixList', () => {
      const file = ws.file(
        'template-prefixes.xml',
        template(A.RsaSha1Signature, A.Sha1Digest, IDS, 's a #default'),
      );
      const signed = ws.ok(['--sign', ...keyArgs(A.RsaSha1Signature, true), ...WCF_ID_ATTRIBUTES, file]);
      const verified = verifySignature(signatureOf(signed), { resolveKey: () => serviceParty().publicKey });
      expect(verified.signature.references[0].transforms[0].inclusivePrefixes).toEqual([
        's',
        'a',
        '#default',
      ]);
    });

    it('and Indigo rejects it once a signed part is changed', () => {
      const file = ws.file('template-tamper.xml', template(A.HmacSha1Signature, A.Sha1Digest, IDS));
      const signed = ws.ok(['--sign', ...keyArgs(A.HmacSha1Signature, true), ...WCF_ID_ATTRIBUTES, file]);
      const tampered = signed.replace('<b>3</b>', '<b>4</b>');
      expect(() => verifySignature(signatureOf(tampered), { resolveKey: () => HMAC_KEY })).toThrow(
        XmlSignatureError,
      );
    });
  });
});
