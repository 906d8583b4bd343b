/**
 * EncryptedData #Element / #Content in place on WCF-shaped messages: round trips over the wire text, the
 * namespace context of the decrypted fragment, quotas, and the one DecryptionError for every failure after
 * the key is used. (Interop with an independent implementation: xmlsec1.oracle.test.ts.)
 */
import { randomBytes } from 'node:crypto';
import { DecryptionError, decryptBlock, encryptBlock, SecurityAlgorithms as A } from '../../../src/crypto';
import { SecurityAlgorithmSuite } from '../../../src/security/SecurityAlgorithmSuite';
import {
  decryptEncryptedData,
  encryptContent,
  encryptElement,
  ENCRYPTED_CONTENT_TYPE,
  ENCRYPTED_ELEMENT_TYPE,
  readEncryptedData,
  XMLENC_NAMESPACE,
  XmlEncryptionError,
  type DecryptOptions,
} from '../../../src/security/xmlenc';
import { canonicalize, parseXml, serializeXml, XmlElement, type XmlDocument } from '../../../src/xml';
import { SOAP12, WSA, WSSE, wcfRequest, wcfRequestXml } from '../xmldsig/wcfEnvelope';

const KEY = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');

function bodyOf(doc: XmlDocument): XmlElement {
  return doc.root.element('Body', SOAP12) as XmlElement;
}

function encryptedDataIn(e: XmlElement): XmlElement {
  return e.element('EncryptedData', XMLENC_NAMESPACE) as XmlElement;
}

/** Asserts the one DecryptionError: same class, same message, no cause. */
function expectDecryptionError(f: () => unknown): void {
  let caught: unknown;
  try {
    f();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(DecryptionError);
  expect((caught as Error).message).toBe(DecryptionError.MESSAGE);
  expect((caught as Error).cause).toBeUndefined();
}

/** An EncryptedData whose CipherValue is `plaintext` encrypted with KEY, placed in a Body. */
function craftedBody(
  plaintext: Buffer | string,
  type = ENCRYPTED_CONTENT_TYPE,
  algorithm: string = A.Aes256Encryption,
): XmlDocument {
  const cipher = encryptBlock(algorithm, KEY, Buffer.from(plaintext));
  return parseXml(
    wcfRequestXml(
      `<EncryptedData Id="_8" Type="${type}" xmlns="${XMLENC_NAMESPACE}"><EncryptionMethod Algorithm="${algorithm}"/>` +
        `<CipherData><CipherValue>${cipher.toString('base64')}</CipherValue></CipherData></EncryptedData>`,
    ),
  );
}

describe("encryptContent / decryptEncryptedData (#Content, WCF's Body)", () => {
  it.each([A.Aes128Encryption, A.Aes192Encryption, A.Aes256Encryption, A.TripleDesEncryption])(
    '%s: the Body content comes back identical through the wire text',
    (algorithm) => {
      const key = KEY.subarray(0, algorithm.includes('128') ? 16 : algorithm.includes('256') ? 32 : 24);
      const req = wcfRequest();
      const before = canonicalize(req.body);
      const encryptedData = encryptContent(req.body, { algorithm, key, id: '_8' });
      expect(req.body.children).toEqual([encryptedData]);
      const doc = parseXml(serializeXml(req.doc));
      const decrypted = decryptEncryptedData(encryptedDataIn(bodyOf(doc)), key);
      expect(decrypted.type).toBe(ENCRYPTED_CONTENT_TYPE);
      expect(decrypted.element).toBeUndefined();
      expect(canonicalize(bodyOf(doc))).toBe(before);
      expect(bodyOf(doc).children).toEqual(decrypted.nodes);
    },
  );

  it('writes the EncryptedData as WCF does', () => {
    const req = wcfRequest();
    const keyInfo = new XmlElement('o', 'SecurityTokenReference', WSSE).declareNamespace('o', WSSE);
    encryptContent(req.body, { algorithm: A.Aes256Encryption, key: KEY, id: '_8', keyInfo: [keyInfo] });
    const xml = serializeXml(req.body);
    expect(xml).toMatch(
      new RegExp(
        '<s:Body [^>]+><EncryptedData xmlns="http://www.w3.org/2001/04/xmlenc#" ' +
          'Id="_8" Type="http://www.w3.org/2001/04/xmlenc#Content"><EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc"/>' +
          '<KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><o:SecurityTokenReference xmlns:o="[^"]+"/></KeyInfo>' +
          '<CipherData><CipherValue>[A-Za-z0-9+/=]+</CipherValue></CipherData></EncryptedData></s:Body>$',
      ),
    );
    const d = readEncryptedData(encryptedDataIn(req.body));
    expect(d).toMatchObject({
      id: '_8',
      type: ENCRYPTED_CONTENT_TYPE,
      encryptionMethod: { algorithm: A.Aes256Encryption },
    });
    expect(d.keyInfo?.firstElement()?.localName).toBe('SecurityTokenReference');
  });

  it('keeps mixed content: text, comments, several elements', () => {
    const doc = parseXml(
      wcfRequestXml('text <a xmlns="urn:a">1</a><!-- note --><b:b xmlns:b="urn:b" b:x="y"/> tail &amp; more'),
    );
    const before = canonicalize(bodyOf(doc), { withComments: true });
    encryptContent(bodyOf(doc), { algorithm: A.Aes128Encryption, key: KEY.subarray(0, 16) });
    const wire = parseXml(serializeXml(doc));
    decryptEncryptedData(encryptedDataIn(bodyOf(wire)), KEY.subarray(0, 16));
    expect(canonicalize(bodyOf(wire), { withComments: true })).toBe(before);
  });

  // ASCII plaintext is encoded and decoded as Latin-1 (the same octets, faster); anything else as UTF-8.
  it.each([
    ['ASCII', 'plain text & <markup>'],
    ['Latin-1 letters', 'café crème à la façon'],
    ['the BMP beyond Latin-1', '€ ≤ 日本語'],
    ['astral characters', '𝄞 and 😀'],
  ])(
    'a plaintext of %s comes back as the same characters, encrypted as their UTF-8 octets',
    (_name, text) => {
      const doc = parseXml(
        wcfRequestXml(`<a xmlns="urn:a">${text.replace('&', '&amp;').replace('<', '&lt;')}</a>`),
      );
      const a = bodyOf(doc).firstElement() as XmlElement;
      const expected = `<a xmlns="urn:a">${a.textContent.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</a>`;
      const d = readEncryptedData(encryptContent(bodyOf(doc), { algorithm: A.Aes256Encryption, key: KEY }));
      expect(decryptBlock(A.Aes256Encryption, KEY, d.cipherValue)).toEqual(Buffer.from(expected, 'utf8'));
      const wire = parseXml(serializeXml(doc));
      decryptEncryptedData(encryptedDataIn(bodyOf(wire)), KEY);
      expect(bodyOf(wire).firstElement()?.textContent).toBe(text);
    },
  );

  it('uses a fresh IV for every EncryptedData, even with the same key and plaintext (Mono reuses one)', () => {
    const ivs = new Set<string>();
    for (let i = 0; i < 10; i++) {
      const req = wcfRequest();
      const d = readEncryptedData(encryptContent(req.body, { algorithm: A.Aes256Encryption, key: KEY }));
      ivs.add(d.cipherValue.subarray(0, 16).toString('hex'));
    }
    expect(ivs.size).toBe(10);
  });
});

describe("encryptElement / decryptEncryptedData (#Element, WCF's signatures and headers)", () => {
  it('replaces the element in place and restores it in place, returning the restored node', () => {
    const req = wcfRequest();
    const replyTo = req.header.element('ReplyTo', WSA) as XmlElement;
    const before = canonicalize(req.doc.root);
    const index = req.header.children.indexOf(replyTo);
    const encryptedData = encryptElement(replyTo, { algorithm: A.Aes256Encryption, key: KEY, id: '_9' });
    expect(req.header.children[index]).toBe(encryptedData);
    expect(replyTo.parent).toBeNull();
    const doc = parseXml(serializeXml(req.doc));
    const header = doc.root.element('Header', SOAP12) as XmlElement;
    const decrypted = decryptEncryptedData(header.children[index] as XmlElement, KEY);
    expect(decrypted.type).toBe(ENCRYPTED_ELEMENT_TYPE);
    expect(decrypted.element?.localName).toBe('ReplyTo');
    expect(header.children[index]).toBe(decrypted.element);
    expect(canonicalize(doc.root)).toBe(before);
  });

  it("the plaintext declares what its names use, and QNames in content resolve in the place's context", () => {
    // b: is declared only on the Envelope and used only inside an attribute value (xsi:type-style QName).
    const xml = wcfRequestXml(
      '<Item xmlns="urn:items" kind="b:Widget"><x:n xmlns:x="urn:x">1</x:n></Item>',
    ).replace('<s:Envelope ', '<s:Envelope xmlns:b="urn:b" ');
    const doc = parseXml(xml);
    const item = bodyOf(doc).firstElement() as XmlElement;
    const before = canonicalize(item);
    encryptElement(item, { algorithm: A.Aes256Encryption, key: KEY });
    const wire = parseXml(serializeXml(doc));
    const { element } = decryptEncryptedData(encryptedDataIn(bodyOf(wire)), KEY);
    expect(canonicalize(element as XmlElement)).toBe(before);
    expect(element?.lookupNamespaceUri('b')).toBe('urn:b');
    expect(element?.namespaceUri).toBe('urn:items');
  });

  it('an element in no namespace under a default namespace stays in no namespace', () => {
    const doc = parseXml('<r xmlns="urn:default"><p><q xmlns="">plain</q></p></r>');
    const p = doc.root.firstElement() as XmlElement;
    const q = p.firstElement() as XmlElement;
    // Built in code the way a writer would: no xmlns="" stored on the element itself.
    q.namespaceDeclarations.length = 0;
    const before = canonicalize(q);
    encryptElement(q, { algorithm: A.Aes256Encryption, key: KEY });
    const { element } = decryptEncryptedData(p.firstElement() as XmlElement, KEY);
    expect(element?.namespaceUri).toBe('');
    expect(canonicalize(element as XmlElement)).toBe(before);
  });

  it('drops a leading byte order mark from the plaintext', () => {
    const doc = craftedBody(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<a xmlns="urn:a"/>')]),
      ENCRYPTED_ELEMENT_TYPE,
    );
    const { element } = decryptEncryptedData(encryptedDataIn(bodyOf(doc)), KEY);
    expect(bodyOf(doc).children).toEqual([element]);
  });

  it('refuses to encrypt an element that is not in a document', () => {
    expect(() =>
      encryptElement(new XmlElement('', 'x', ''), { algorithm: A.Aes256Encryption, key: KEY }),
    ).toThrow(RangeError);
  });
});

describe('every failure after the key is used is the one DecryptionError', () => {
  const decrypt = (doc: XmlDocument, key: Buffer = KEY, options?: DecryptOptions) =>
    decryptEncryptedData(encryptedDataIn(bodyOf(doc)), key, options);

  it('a wrong key (bad padding or garbage XML, whichever it happens to produce)', () => {
    for (let i = 0; i < 32; i++) {
      const req = wcfRequest();
      encryptContent(req.body, { algorithm: A.Aes256Encryption, key: KEY });
      expectDecryptionError(() => decrypt(req.doc, randomBytes(32)));
    }
  });

  it('corrupted or truncated cipher text, and a key of the wrong length', () => {
    const req = wcfRequest();
    const encryptedData = encryptContent(req.body, { algorithm: A.Aes256Encryption, key: KEY });
    const value = encryptedData
      .element('CipherData', XMLENC_NAMESPACE)
      ?.element('CipherValue', XMLENC_NAMESPACE) as XmlElement;
    const cipher = Buffer.from(value.textContent, 'base64');
    for (const bad of [
      Buffer.concat([cipher.subarray(0, cipher.length - 16)]),
      cipher.subarray(0, cipher.length - 1),
      Buffer.concat([cipher.subarray(0, cipher.length - 1), Buffer.from([cipher[cipher.length - 1] ^ 0x55])]),
    ]) {
      const doc = parseXml(serializeXml(req.doc).replace(value.textContent, bad.toString('base64')));
      expectDecryptionError(() => decrypt(doc));
    }
    expectDecryptionError(() => decrypt(parseXml(serializeXml(req.doc)), KEY.subarray(0, 16)));
  });

  it.each([
    ['not well-formed XML', '<a><b></a>'],
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['an undefined entity', '<a>&nbsp;</a>'],
    ['closing the context element', '</indigo-decrypted><evil/>'],
    ['an unbound prefix', '<p:a/>'],
  ])('a plaintext that is %s', (_name, plaintext) => {
    expectDecryptionError(() => decrypt(craftedBody(plaintext)));
  });

  it('a plaintext that is not UTF-8', () => {
    expectDecryptionError(() =>
      decrypt(craftedBody(Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]))),
    );
  });

  it.each([
    ['two elements', '<a/><b/>'],
    ['text only', 'hello'],
    ['nothing', ''],
    ['an element with text beside it', '<a/> '],
  ])('an #Element plaintext that is %s', (_name, plaintext) => {
    expectDecryptionError(() => decrypt(craftedBody(plaintext, ENCRYPTED_ELEMENT_TYPE)));
  });

  it('a plaintext beyond the reader quotas, counted from its real depth', () => {
    // The Body is at depth 2: maxDepth 5 leaves room for 3 levels of content.
    expect(decrypt(craftedBody('<a><b><c/></b></a>'), KEY, { quotas: { maxDepth: 5 } }).nodes).toHaveLength(
      1,
    );
    expectDecryptionError(() =>
      decrypt(craftedBody('<a><b><c><d/></c></b></a>'), KEY, { quotas: { maxDepth: 5 } }),
    );
    expectDecryptionError(() =>
      decrypt(craftedBody(`<a>${'x'.repeat(100)}</a>`), KEY, { quotas: { maxStringContentLength: 50 } }),
    );
    expectDecryptionError(() => decrypt(craftedBody(`<a>${'x'.repeat(100)}</a>`), KEY, { maxSize: 64 }));
  });

  it('applies the quotas an options object holds now, when the same object is used again with other values', () => {
    const quotas: { maxDepth: number } = { maxDepth: 5 };
    expect(decrypt(craftedBody('<a><b><c/></b></a>'), KEY, { quotas }).nodes).toHaveLength(1);
    quotas.maxDepth = 4;
    expectDecryptionError(() => decrypt(craftedBody('<a><b><c/></b></a>'), KEY, { quotas }));
    quotas.maxDepth = 5;
    expect(decrypt(craftedBody('<a><b><c/></b></a>'), KEY, { quotas }).nodes).toHaveLength(1);
  });

  it('leaves the document untouched when decryption fails', () => {
    const doc = craftedBody('<a><b></a>');
    const before = serializeXml(doc);
    expectDecryptionError(() => decrypt(doc));
    expect(serializeXml(doc)).toBe(before);
  });
});

describe('what is refused before any key is used (XmlEncryptionError)', () => {
  const failure = (xml: string, options?: DecryptOptions): string => {
    const doc = parseXml(wcfRequestXml(xml));
    try {
      decryptEncryptedData(encryptedDataIn(bodyOf(doc)), KEY, options);
    } catch (err) {
      if (err instanceof XmlEncryptionError) return err.failure;
      throw err;
    }
    return 'decrypted';
  };
  const ed = (inner: string, type = ENCRYPTED_CONTENT_TYPE) =>
    `<EncryptedData Type="${type}" xmlns="${XMLENC_NAMESPACE}">${inner}</EncryptedData>`;
  const method = (uri: string) => `<EncryptionMethod Algorithm="${uri}"/>`;
  const cipher =
    '<CipherData><CipherValue>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=</CipherValue></CipherData>';

  it.each([
    ['no EncryptionMethod', ed(cipher), 'malformed'],
    [
      'a CipherReference',
      ed(`${method(A.Aes256Encryption)}<CipherData><CipherReference URI="http://x"/></CipherData>`),
      'malformed',
    ],
    [
      'a CipherValue that is not base64',
      ed(`${method(A.Aes256Encryption)}<CipherData><CipherValue>**</CipherValue></CipherData>`),
      'malformed',
    ],
    [
      'no Type',
      `<EncryptedData xmlns="${XMLENC_NAMESPACE}">${method(A.Aes256Encryption)}${cipher}</EncryptedData>`,
      'malformed',
    ],
    ['an unknown Type', ed(method(A.Aes256Encryption) + cipher, 'urn:octets'), 'malformed'],
    [
      'EncryptionProperties',
      ed(`${method(A.Aes256Encryption)}${cipher}<EncryptionProperties/>`),
      'malformed',
    ],
    [
      'an unknown algorithm',
      ed(method('http://www.w3.org/2009/xmlenc11#aes256-gcm') + cipher),
      'unsupportedAlgorithm',
    ],
  ])('%s', (_name, xml, expected) => {
    expect(failure(xml)).toBe(expected);
  });

  it("an algorithm outside the caller's suite", () => {
    const xml = ed(method(A.Aes128Encryption) + cipher);
    expect(failure(xml, { policy: SecurityAlgorithmSuite.Basic256 })).toBe('algorithmNotAllowed');
  });
});
