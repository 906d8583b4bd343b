/**
 * createSignature / verifySignature on WCF-shaped messages: round trips over the wire form, and every way
 * verification must fail closed. (Interop with an independent implementation: xmlsec1.oracle.test.ts.)
 */
import { createHmac, randomBytes } from 'node:crypto';
import { SecurityAlgorithms as A, type SignatureKey } from '../../../src/crypto';
import { SecurityAlgorithmSuite } from '../../../src/security/SecurityAlgorithmSuite';
import {
  createSignature,
  readSignature,
  verifySignature,
  XMLDSIG_NAMESPACE,
  XmlIdIndex,
  XmlSignatureError,
  type XmlSignatureFailure,
  type VerifySignatureOptions,
} from '../../../src/security/xmldsig';
import {
  canonicalizeToBuffer,
  parseXml,
  serializeXml,
  XmlElement,
  XmlText,
  type XmlDocument,
} from '../../../src/xml';
import { clientParty, serviceParty } from '../../crypto/testKeys';
import { SOAP12, WSA, WSU, wcfRequest, wcfRequestXml, type WcfRequest } from './wcfEnvelope';

const HMAC_KEY = Buffer.from('f6a1b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708', 'hex'); // a 24-byte DK

/** Signs the request's parts and puts the signature last in the Security header; returns the wire text. */
function signedXml(
  signatureAlgorithm: string,
  key: SignatureKey,
  options: { digestAlgorithm?: string; prefix?: string; xml?: string } = {},
): string {
  const req = wcfRequest(options.xml);
  const { element } = createSignature({
    signatureAlgorithm,
    key,
    digestAlgorithm: options.digestAlgorithm,
    prefix: options.prefix,
    id: '_7',
    references: req.signedParts.map((part) => ({ element: part })),
  });
  req.security.appendChild(element);
  return serializeXml(req.doc);
}

function signatureIn(doc: XmlDocument): XmlElement {
  const header = doc.root.element('Header', SOAP12) as XmlElement;
  const security = header.elements().find((e) => e.localName === 'Security') as XmlElement;
  return security.element('Signature', XMLDSIG_NAMESPACE) as XmlElement;
}

function verify(doc: XmlDocument, key: SignatureKey, options: Partial<VerifySignatureOptions> = {}) {
  return verifySignature(signatureIn(doc), { resolveKey: () => key, ...options });
}

function failure(f: () => unknown): XmlSignatureFailure {
  try {
    f();
  } catch (err) {
    if (err instanceof XmlSignatureError) return err.failure;
    throw err;
  }
  throw new Error('verification did not fail');
}

function elementById(doc: XmlDocument, id: string): XmlElement {
  return XmlIdIndex.build(doc.root).get(id) as XmlElement;
}

describe('createSignature + verifySignature', () => {
  it.each([
    ['RSA-SHA1', A.RsaSha1Signature, A.Sha1Digest],
    ['RSA-SHA256', A.RsaSha256Signature, A.Sha256Digest],
    ['HMAC-SHA1', A.HmacSha1Signature, A.Sha1Digest],
    ['HMAC-SHA256', A.HmacSha256Signature, A.Sha256Digest],
  ])('%s: signs the six WCF parts and verifies them from the wire text', (_name, algorithm, digest) => {
    const rsa = algorithm.includes('rsa');
    const xml = signedXml(algorithm, rsa ? serviceParty().privateKey : HMAC_KEY, { digestAlgorithm: digest });
    const doc = parseXml(xml);
    const verified = verify(doc, rsa ? serviceParty().publicKey : HMAC_KEY);
    expect(verified.references.map((r) => r.reference.uri)).toEqual([
      '#uuid-2db1acf2-f7aa-4ebb-92d4-feae4920f90f-1',
      '#_2',
      '#_3',
      '#_4',
      '#_5',
      '#_6',
    ]);
    // The very nodes of the parsed message, in Reference order.
    const body = doc.root.element('Body', SOAP12);
    expect(verified.elements[5]).toBe(body);
    expect(verified.elements[1]).toBe(doc.root.element('Header', SOAP12)?.element('Action', WSA));
    expect(verified.signature.signatureAlgorithm).toBe(algorithm);
  });

  it('writes the signature as WCF does: default-namespace ds, exc-C14N everywhere, Id on Signature', () => {
    const xml = signedXml(A.HmacSha1Signature, HMAC_KEY);
    const signature = xml.slice(xml.indexOf('<Signature'), xml.indexOf('</Signature>') + 12);
    expect(signature).toMatch(
      /^<Signature xmlns="http:\/\/www.w3.org\/2000\/09\/xmldsig#" Id="_7"><SignedInfo>/,
    );
    expect(signature).toContain(
      '<CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>' +
        '<SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#hmac-sha1"/>' +
        '<Reference URI="#uuid-2db1acf2-f7aa-4ebb-92d4-feae4920f90f-1"><Transforms>' +
        '<Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></Transforms>' +
        '<DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/><DigestValue>',
    );
  });

  it('signs with a ds: prefix too, and with KeyInfo content', () => {
    const req = wcfRequest();
    const str = new XmlElement('o', 'SecurityTokenReference', 'urn:test');
    const { element, signatureValue } = createSignature({
      signatureAlgorithm: A.RsaSha1Signature,
      key: clientParty().privateKey,
      references: [{ element: req.body }],
      prefix: 'ds',
      keyInfo: [str],
    });
    req.security.appendChild(element);
    const doc = parseXml(serializeXml(req.doc));
    const signature = signatureIn(doc);
    expect(signature.qualifiedName).toBe('ds:Signature');
    let seen: XmlElement | undefined;
    const verified = verifySignature(signature, {
      resolveKey: (keyInfo) => {
        seen = keyInfo;
        return clientParty().publicKey;
      },
    });
    expect(seen?.firstElement()?.localName).toBe('SecurityTokenReference');
    expect(verified.signature.signatureValue.equals(signatureValue)).toBe(true);
  });

  it('carries an InclusiveNamespaces PrefixList and canonicalizes with it', () => {
    const req = wcfRequest(
      wcfRequestXml('<Add xmlns="http://tempuri.org/" xmlns:x="urn:x"><a>x:2</a></Add>'),
    );
    const { element } = createSignature({
      signatureAlgorithm: A.HmacSha1Signature,
      key: HMAC_KEY,
      references: [{ element: req.body, inclusivePrefixes: ['s', '#default', 'a'] }],
    });
    req.security.appendChild(element);
    const xml = serializeXml(req.doc);
    expect(xml).toContain(
      '<ec:InclusiveNamespaces xmlns:ec="http://www.w3.org/2001/10/xml-exc-c14n#" PrefixList="s #default a"/>',
    );
    const doc = parseXml(xml);
    const d = readSignature(signatureIn(doc));
    expect(d.references[0].transforms[0].inclusivePrefixes).toEqual(['s', '#default', 'a']);
    expect(verify(doc, HMAC_KEY).elements).toHaveLength(1);
    // a: is in scope on the Body only through the Envelope: with the PrefixList its declaration is signed.
    doc.root.namespaceDeclarations.splice(
      doc.root.namespaceDeclarations.findIndex((d) => d.prefix === 'a'),
      1,
      { prefix: 'a', uri: 'urn:changed' },
    );
    expect(failure(() => verify(doc, HMAC_KEY))).toBe('digestMismatch');
  });

  // createSignature writes the canonical SignedInfo from its values where it can: the value it signs must be
  // exactly the C14N of the SignedInfo it puts in the tree, for WCF's shape and for each fallback.
  it.each([
    ['WCF shape', '', 'plain', undefined],
    ['ds: prefix', 'ds', 'plain', undefined],
    ['an id needing escapes', '', 'odd&"<>\'id', undefined],
    ['a non-ASCII id', 'ds', 'idé€', undefined],
    ['InclusiveNamespaces', '', 'plain', ['s', '#default']],
  ] as const)('signs the exclusive C14N of the SignedInfo it writes: %s', (_name, prefix, id, inclusive) => {
    const req = wcfRequest();
    req.body.setAttribute('Id', id, WSU, 'u');
    for (const [algorithm, digest] of [
      [A.HmacSha1Signature, A.Sha1Digest],
      [A.HmacSha256Signature, A.Sha256Digest],
    ]) {
      const { element, signatureValue } = createSignature({
        signatureAlgorithm: algorithm,
        key: HMAC_KEY,
        digestAlgorithm: digest,
        prefix,
        references: [
          ...req.signedParts.slice(0, 2).map((part) => ({ element: part })),
          { element: req.body, inclusivePrefixes: inclusive },
        ],
      });
      const signedInfo = element.element('SignedInfo', XMLDSIG_NAMESPACE) as XmlElement;
      const hash = algorithm === A.HmacSha1Signature ? 'sha1' : 'sha256';
      expect(signatureValue).toEqual(
        createHmac(hash, HMAC_KEY).update(canonicalizeToBuffer(signedInfo)).digest(),
      );
      req.security.appendChild(element);
      expect(verify(parseXml(serializeXml(req.doc)), HMAC_KEY).elements).toHaveLength(3);
      req.security.removeChild(element);
    }
  });

  it('verifies with a policy: the algorithm suite accepts its own and refuses others', () => {
    const doc = parseXml(signedXml(A.RsaSha256Signature, serviceParty().privateKey));
    expect(
      failure(() => verify(doc, serviceParty().publicKey, { policy: SecurityAlgorithmSuite.Basic256 })),
    ).toBe('algorithmNotAllowed');
    const mono = SecurityAlgorithmSuite.Basic256.with({
      name: 'Basic256MonoEndorsing',
      defaultAsymmetricSignatureAlgorithm: A.RsaSha256Signature,
    });
    expect(verify(doc, serviceParty().publicKey, { policy: mono }).elements).toHaveLength(6);
    const sha256 = parseXml(signedXml(A.HmacSha1Signature, HMAC_KEY, { digestAlgorithm: A.Sha256Digest }));
    expect(failure(() => verify(sha256, HMAC_KEY, { policy: SecurityAlgorithmSuite.Basic256 }))).toBe(
      'algorithmNotAllowed',
    );
    expect(
      verify(sha256, HMAC_KEY, {
        policy: SecurityAlgorithmSuite.Basic256.with({ name: 'x', defaultDigestAlgorithm: A.Sha256Digest }),
      }).elements,
    ).toHaveLength(6);
  });
});

describe('verifySignature fails closed', () => {
  const good = () => parseXml(signedXml(A.HmacSha1Signature, HMAC_KEY));

  it.each(['uuid-2db1acf2-f7aa-4ebb-92d4-feae4920f90f-1', '_2', '_3', '_4', '_5', '_6'])(
    'when the signed part %s is changed (digest mismatch)',
    (id) => {
      const doc = good();
      const part = elementById(doc, id);
      part.appendChild(new XmlText(' '));
      expect(failure(() => verify(doc, HMAC_KEY))).toBe('digestMismatch');
    },
  );

  it('when an attribute of a signed part changes', () => {
    const doc = good();
    elementById(doc, '_5').setAttribute('mustUnderstand', '0', SOAP12, 's');
    expect(failure(() => verify(doc, HMAC_KEY))).toBe('digestMismatch');
  });

  it('when the SignedInfo or the SignatureValue changes, or the key is wrong', () => {
    let doc = good();
    const ref = readSignature(signatureIn(doc)).references[0].element;
    ref.setAttribute('Type', 'urn:x');
    expect(failure(() => verify(doc, HMAC_KEY))).toBe('signatureMismatch');
    doc = good();
    const value = signatureIn(doc).element('SignatureValue', XMLDSIG_NAMESPACE) as XmlElement;
    const bytes = Buffer.from(value.textContent, 'base64');
    bytes[0] ^= 1;
    value.setText(bytes.toString('base64'));
    expect(failure(() => verify(doc, HMAC_KEY))).toBe('signatureMismatch');
    expect(failure(() => verify(good(), randomBytes(24)))).toBe('signatureMismatch');
    const rsa = parseXml(signedXml(A.RsaSha1Signature, serviceParty().privateKey));
    expect(failure(() => verify(rsa, clientParty().publicKey))).toBe('signatureMismatch');
  });

  it('when the key is of the wrong kind: an RSA public key offered for an HMAC (key confusion)', () => {
    expect(failure(() => verify(good(), serviceParty().publicKey))).toBe('invalidKey');
    const rsa = parseXml(signedXml(A.RsaSha1Signature, serviceParty().privateKey));
    expect(failure(() => verify(rsa, HMAC_KEY))).toBe('invalidKey');
  });

  describe('signature wrapping', () => {
    it('duplicate Body: a second element with the signed Id makes the reference ambiguous', () => {
      const doc = good();
      const body = doc.root.element('Body', SOAP12) as XmlElement;
      const evil = body.clone();
      (evil.firstElement() as XmlElement).setText('evil');
      doc.root.appendChild(evil);
      expect(failure(() => verify(doc, HMAC_KEY))).toBe('ambiguousReference');
    });

    it('original Body wrapped in a header, a forged Body in its place with the same Id: ambiguous', () => {
      const doc = good();
      const body = doc.root.element('Body', SOAP12) as XmlElement;
      const header = doc.root.element('Header', SOAP12) as XmlElement;
      const wrapper = new XmlElement('w', 'Wrapper', 'urn:evil').declareNamespace('w', 'urn:evil');
      header.appendChild(wrapper);
      const forged = body.clone();
      (forged.firstElement() as XmlElement).setText('forged');
      doc.root.insertChild(doc.root.children.indexOf(body), forged);
      wrapper.appendChild(body);
      expect(failure(() => verify(doc, HMAC_KEY))).toBe('ambiguousReference');
    });

    it('original Body moved into a header and the forged Body without an Id: the verified node is the moved one', () => {
      const doc = good();
      const body = doc.root.element('Body', SOAP12) as XmlElement;
      const header = doc.root.element('Header', SOAP12) as XmlElement;
      const forged = new XmlElement('s', 'Body', SOAP12);
      forged.appendChild(new XmlElement('', 'Evil', 'urn:evil').declareNamespace('', 'urn:evil'));
      doc.root.insertChild(doc.root.children.indexOf(body), forged);
      header.appendChild(body);
      // exc-C14N does not depend on the position, so the digest still matches — and the verifier says
      // exactly which node it checked, which is not the Body the dispatcher would read.
      const verified = verify(doc, HMAC_KEY);
      expect(verified.elements[5]).toBe(body);
      expect(verified.elements[5]).not.toBe(doc.root.element('Body', SOAP12));
      expect(verified.elements[5].parent).toBe(header);
    });

    it('an Id moved to another element (same value as wsu:Id elsewhere as plain Id): ambiguous', () => {
      const doc = good();
      const header = doc.root.element('Header', SOAP12) as XmlElement;
      header.appendChild(
        new XmlElement('x', 'Extra', 'urn:x').declareNamespace('x', 'urn:x').setAttribute('Id', '_6'),
      );
      expect(failure(() => verify(doc, HMAC_KEY))).toBe('ambiguousReference');
    });

    it('the signed element removed: the reference is not found', () => {
      const doc = good();
      const to = elementById(doc, '_5');
      (to.parent as XmlElement).removeChild(to);
      expect(failure(() => verify(doc, HMAC_KEY))).toBe('referenceNotFound');
    });

    it('the signed element renamed to another id: not found', () => {
      const doc = good();
      elementById(doc, '_3').setAttribute('Id', '_33', WSU, 'u');
      expect(failure(() => verify(doc, HMAC_KEY))).toBe('referenceNotFound');
    });

    it('references resolved only through the index given (here, of another message)', () => {
      const doc = good();
      const other = wcfRequest(wcfRequestXml('<Add xmlns="http://tempuri.org/"><a>4</a><b>5</b></Add>'));
      expect(failure(() => verify(doc, HMAC_KEY, { idIndex: XmlIdIndex.build(other.doc.root) }))).toBe(
        'digestMismatch',
      );
    });

    it("a second copy of the Timestamp with the same Id inside the Signature's KeyInfo: ambiguous", () => {
      const doc = good();
      const signature = signatureIn(doc);
      const ts = elementById(doc, 'uuid-2db1acf2-f7aa-4ebb-92d4-feae4920f90f-1');
      const keyInfo = new XmlElement('', 'KeyInfo', XMLDSIG_NAMESPACE);
      keyInfo.appendChild(ts.clone());
      signature.appendChild(keyInfo);
      expect(failure(() => verify(doc, HMAC_KEY))).toBe('ambiguousReference');
    });
  });

  /** Rewrites the signature's XML text and re-parses: the structure attacks. */
  function tampered(edit: (signatureXml: string) => string): XmlDocument {
    const xml = signedXml(A.HmacSha1Signature, HMAC_KEY);
    const start = xml.indexOf('<Signature');
    const end = xml.indexOf('</Signature>') + '</Signature>'.length;
    return parseXml(xml.slice(0, start) + edit(xml.slice(start, end)) + xml.slice(end));
  }
  const C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';

  it.each([
    [
      'an unknown transform',
      (s: string) => s.replace(`<Transform Algorithm="${C14N}"/>`, '<Transform Algorithm="urn:unknown"/>'),
      'unsupportedAlgorithm',
    ],
    [
      'the enveloped-signature transform',
      (s: string) =>
        s.replace(
          `<Transform Algorithm="${C14N}"/>`,
          `<Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/><Transform Algorithm="${C14N}"/>`,
        ),
      'unsupportedAlgorithm',
    ],
    [
      'no transform at all (inclusive C14N implied)',
      (s: string) => s.replace(/<Transforms>.*?<\/Transforms>/, ''),
      'unsupportedAlgorithm',
    ],
    [
      'an empty Transforms',
      (s: string) => s.replace(/<Transforms>.*?<\/Transforms>/, '<Transforms></Transforms>'),
      'malformed',
    ],
    [
      'C14N with comments as CanonicalizationMethod',
      (s: string) =>
        s.replace(
          `<CanonicalizationMethod Algorithm="${C14N}"/>`,
          `<CanonicalizationMethod Algorithm="${C14N}WithComments"/>`,
        ),
      'unsupportedAlgorithm',
    ],
    [
      'inclusive C14N as CanonicalizationMethod',
      (s: string) =>
        s.replace(
          `<CanonicalizationMethod Algorithm="${C14N}"/>`,
          '<CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>',
        ),
      'unsupportedAlgorithm',
    ],
    [
      'an unknown digest',
      (s: string) => s.replace('xmldsig#sha1', 'xmldsig-more#md5'),
      'unsupportedAlgorithm',
    ],
    [
      'an unknown signature method',
      (s: string) => s.replace('xmldsig#hmac-sha1', 'xmldsig-more#hmac-md5'),
      'unsupportedAlgorithm',
    ],
    [
      'a truncated HMAC (HMACOutputLength 80)',
      (s: string) =>
        s.replace('hmac-sha1"/>', 'hmac-sha1"><HMACOutputLength>80</HMACOutputLength></SignatureMethod>'),
      'malformed',
    ],
    [
      'a same-document XPointer URI',
      (s: string) => s.replace('URI="#_2"', 'URI="#xpointer(id(\'_2\'))"'),
      'malformed',
    ],
    ['the whole-document URI ""', (s: string) => s.replace('URI="#_2"', 'URI=""'), 'malformed'],
    ['an external URI', (s: string) => s.replace('URI="#_2"', 'URI="http://example.com/x"'), 'malformed'],
    ['a Reference without URI', (s: string) => s.replace('URI="#_2"', ''), 'malformed'],
    [
      'a ds:Object',
      (s: string) => s.replace('</Signature>', '<Object><x/></Object></Signature>'),
      'malformed',
    ],
    ['text inside SignedInfo', (s: string) => s.replace('<SignedInfo>', '<SignedInfo>junk'), 'malformed'],
    [
      'a DigestValue that is not base64',
      (s: string) => s.replace(/<DigestValue>[^<]*/, '<DigestValue>!!!!'),
      'malformed',
    ],
    [
      'a SignedInfo without Reference',
      (s: string) => s.replace(/<Reference .*<\/Reference>/, ''),
      'malformed',
    ],
    [
      'elements out of order',
      (s: string) => s.replace(/(<CanonicalizationMethod[^>]*>)(<SignatureMethod[^>]*>)/, '$2$1'),
      'malformed',
    ],
  ] as const)('on %s', (_name, edit, expected) => {
    const doc = tampered((s) => {
      const edited = edit(s);
      expect(edited).not.toBe(s);
      return edited;
    });
    expect(failure(() => verify(doc, HMAC_KEY))).toBe(expected);
  });

  it('accepts HMACOutputLength equal to the full length', () => {
    const doc = tampered((s) =>
      s.replace('hmac-sha1"/>', 'hmac-sha1"><HMACOutputLength>160</HMACOutputLength></SignatureMethod>'),
    );
    // The SignedInfo changed, so the MAC no longer matches, but the length itself was accepted.
    expect(failure(() => verify(doc, HMAC_KEY))).toBe('signatureMismatch');
  });

  it('beyond maxReferences', () => {
    expect(failure(() => verify(good(), HMAC_KEY, { maxReferences: 5 }))).toBe('malformed');
    expect(verify(good(), HMAC_KEY, { maxReferences: 6 }).elements).toHaveLength(6);
  });

  it('checks every algorithm before asking for a key', () => {
    const doc = tampered((s) =>
      s.replace(`<Transform Algorithm="${C14N}"/>`, '<Transform Algorithm="urn:unknown"/>'),
    );
    const resolveKey = jest.fn(() => HMAC_KEY);
    expect(() => verifySignature(signatureIn(doc), { resolveKey })).toThrow(XmlSignatureError);
    expect(resolveKey).not.toHaveBeenCalled();
  });
});

describe('createSignature refuses what it cannot sign', () => {
  it('an element without an id, an id the element does not carry, no references, an unknown algorithm', () => {
    const req: WcfRequest = wcfRequest();
    const noId = new XmlElement('', 'x', '');
    req.security.appendChild(noId);
    const sign = (o: Partial<Parameters<typeof createSignature>[0]>) =>
      createSignature({
        signatureAlgorithm: A.HmacSha1Signature,
        key: HMAC_KEY,
        references: [{ element: req.body }],
        ...o,
      });
    expect(() => sign({ references: [{ element: noId }] })).toThrow(/has no wsu:Id or Id/);
    expect(() => sign({ references: [{ element: req.body, id: '_99' }] })).toThrow(/does not carry/);
    expect(() => sign({ references: [] })).toThrow(RangeError);
    expect(() => sign({ signatureAlgorithm: 'urn:x' })).toThrow(/not supported/);
    expect(() => sign({ digestAlgorithm: 'urn:x' })).toThrow(/not supported/);
  });
});
