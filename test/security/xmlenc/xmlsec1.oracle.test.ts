/**
 * XML Encryption interop with xmlsec1 (an independent implementation, on libxml2 and OpenSSL), both ways:
 * what Indigo encrypts `xmlsec1 --decrypt` decrypts, and what `xmlsec1 --encrypt` makes from a template
 * Indigo decrypts — Body content and whole header elements, every block cipher of the suites, the session
 * key in an EncryptedKey wrapped with RSA-OAEP, RSA-1_5, AES key wrap or Triple-DES key wrap.
 */
import { randomBytes, type KeyObject } from 'node:crypto';
import { SecurityAlgorithms as A } from '../../../src/crypto';
import { XMLDSIG_NAMESPACE } from '../../../src/security/xmldsig';
import {
  createEncryptedKey,
  decryptEncryptedData,
  encryptContent,
  encryptElement,
  ENCRYPTED_CONTENT_TYPE,
  ENCRYPTED_ELEMENT_TYPE,
  unwrapEncryptedKey,
  XMLENC_NAMESPACE,
} from '../../../src/security/xmlenc';
import { canonicalize, parseXml, serializeXml, type XmlDocument, type XmlElement } from '../../../src/xml';
import { serviceParty } from '../../crypto/testKeys';
import { SOAP12, WSA, wcfRequest, wcfRequestXml } from '../xmldsig/wcfEnvelope';
import { requireXmlsec1, XmlsecWorkspace } from '../xmldsig/xmlsec1';

type Target = 'Content' | 'Element';

interface Case {
  readonly name: string;
  readonly encryption: string;
  readonly keyLength: number;
  /** xmlsec1's --session-key value. */
  readonly session: string;
  readonly keyWrap: string;
  readonly target: Target;
}

const CASES: readonly Case[] = [
  {
    name: 'Basic256: AES-256-CBC body, RSA-OAEP key',
    encryption: A.Aes256Encryption,
    keyLength: 32,
    session: 'aes-256',
    keyWrap: A.RsaOaepKeyWrap,
    target: 'Content',
  },
  {
    name: 'Basic192: AES-192-CBC header element, RSA-OAEP key',
    encryption: A.Aes192Encryption,
    keyLength: 24,
    session: 'aes-192',
    keyWrap: A.RsaOaepKeyWrap,
    target: 'Element',
  },
  {
    name: 'Basic128Rsa15: AES-128-CBC body, RSA-1_5 key',
    encryption: A.Aes128Encryption,
    keyLength: 16,
    session: 'aes-128',
    keyWrap: A.RsaV15KeyWrap,
    target: 'Content',
  },
  {
    name: 'TripleDes: 3DES-CBC header element, RSA-OAEP key',
    encryption: A.TripleDesEncryption,
    keyLength: 24,
    session: 'des-192',
    keyWrap: A.RsaOaepKeyWrap,
    target: 'Element',
  },
  {
    name: 'AES-128-CBC body, kw-aes256 key',
    encryption: A.Aes128Encryption,
    keyLength: 16,
    session: 'aes-128',
    keyWrap: A.Aes256KeyWrap,
    target: 'Content',
  },
  {
    name: 'AES-256-CBC header element, kw-aes128 key',
    encryption: A.Aes256Encryption,
    keyLength: 32,
    session: 'aes-256',
    keyWrap: A.Aes128KeyWrap,
    target: 'Element',
  },
  {
    name: 'TripleDes: 3DES-CBC body, kw-tripledes key',
    encryption: A.TripleDesEncryption,
    keyLength: 24,
    session: 'des-192',
    keyWrap: A.TripleDesKeyWrap,
    target: 'Content',
  },
];

const KEK: Record<string, Buffer> = {
  [A.Aes128KeyWrap]: Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex'),
  [A.Aes256KeyWrap]: Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex'),
  [A.TripleDesKeyWrap]: Buffer.from('0123456789abcdeffedcba987654321089abcdef01234567', 'hex'),
};

function replyTo(doc: XmlDocument): XmlElement {
  return (doc.root.element('Header', SOAP12) as XmlElement).element('ReplyTo', WSA) as XmlElement;
}

/** Where the EncryptedData of a case sits after encryption. */
function encryptedDataOf(doc: XmlDocument, target: Target): XmlElement {
  const parent =
    target === 'Content'
      ? (doc.root.element('Body', SOAP12) as XmlElement)
      : (doc.root.element('Header', SOAP12) as XmlElement);
  return parent.element('EncryptedData', XMLENC_NAMESPACE) as XmlElement;
}

describe('XML Encryption against xmlsec1', () => {
  let ws: XmlsecWorkspace;
  /** xmlsec1's key options for a key wrap: the private key to decrypt, the certificate to encrypt. */
  let keyArgs: (keyWrap: string, decrypt: boolean) => string[];
  beforeAll(() => {
    requireXmlsec1();
    ws = new XmlsecWorkspace();
    const { keyPath, certPath } = serviceParty();
    const aes128 = ws.file('kek128.bin', KEK[A.Aes128KeyWrap]);
    const aes256 = ws.file('kek256.bin', KEK[A.Aes256KeyWrap]);
    const des = ws.file('kek-des.bin', KEK[A.TripleDesKeyWrap]);
    keyArgs = (keyWrap, decrypt) => {
      switch (keyWrap) {
        case A.RsaOaepKeyWrap:
        case A.RsaV15KeyWrap:
          return decrypt ? ['--privkey-pem', keyPath] : ['--pubkey-cert-pem', certPath];
        case A.Aes128KeyWrap:
          return ['--aeskey', aes128];
        case A.Aes256KeyWrap:
          return ['--aeskey', aes256];
        default:
          return ['--deskey', des];
      }
    };
  });
  afterAll(() => ws?.dispose());

  const wrappingKey = (c: Case): KeyObject | Buffer =>
    c.keyWrap.includes('rsa') ? serviceParty().publicKey : KEK[c.keyWrap];
  const unwrappingKey = (c: Case): KeyObject | Buffer =>
    c.keyWrap.includes('rsa') ? serviceParty().privateKey : KEK[c.keyWrap];

  describe('Indigo encrypts, xmlsec1 decrypts', () => {
    it.each(CASES.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
      const c = CASES[i];
      const req = wcfRequest();
      const original = canonicalize(req.doc.root);
      const sessionKey = randomBytes(c.keyLength);
      const encryptedKey = createEncryptedKey({
        algorithm: c.keyWrap,
        key: sessionKey,
        wrappingKey: wrappingKey(c),
      });
      const options = { algorithm: c.encryption, key: sessionKey, keyInfo: [encryptedKey.element], id: '_8' };
      if (c.target === 'Content') encryptContent(req.body, options);
      else encryptElement(replyTo(req.doc), options);
      const xml = serializeXml(req.doc);
      expect(xml).not.toContain(c.target === 'Content' ? '<a>2</a>' : '<a:ReplyTo');
      const decrypted = ws.ok(['--decrypt', ...keyArgs(c.keyWrap, true), ws.file(`indigo-${i}.xml`, xml)]);
      expect(canonicalize(parseXml(decrypted).root)).toBe(original);
    });
  });

  describe('xmlsec1 encrypts, Indigo decrypts', () => {
    function template(c: Case): string {
      const type = c.target === 'Content' ? ENCRYPTED_CONTENT_TYPE : ENCRYPTED_ELEMENT_TYPE;
      return (
        `<EncryptedData xmlns="${XMLENC_NAMESPACE}" Type="${type}" Id="_8"><EncryptionMethod Algorithm="${c.encryption}"/>` +
        `<KeyInfo xmlns="${XMLDSIG_NAMESPACE}"><EncryptedKey xmlns="${XMLENC_NAMESPACE}"><EncryptionMethod Algorithm="${c.keyWrap}"/>` +
        '<CipherData><CipherValue/></CipherData></EncryptedKey></KeyInfo><CipherData><CipherValue/></CipherData></EncryptedData>'
      );
    }

    it.each(CASES.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
      const c = CASES[i];
      const plain = wcfRequestXml();
      const node = c.target === 'Content' ? `${SOAP12}:Body` : `${WSA}:ReplyTo`;
      const encrypted = ws.ok([
        '--encrypt',
        ...keyArgs(c.keyWrap, false),
        '--session-key',
        c.session,
        '--xml-data',
        ws.file(`plain-${i}.xml`, plain),
        '--node-name',
        node,
        ws.file(`template-${i}.xml`, template(c)),
      ]);
      const doc = parseXml(encrypted);
      const encryptedData = encryptedDataOf(doc, c.target);
      const encryptedKey = (encryptedData.element('KeyInfo', XMLDSIG_NAMESPACE) as XmlElement).element(
        'EncryptedKey',
        XMLENC_NAMESPACE,
      ) as XmlElement;
      const key = unwrapEncryptedKey(encryptedKey, unwrappingKey(c), { expectedKeyLength: c.keyLength });
      const decrypted = decryptEncryptedData(encryptedData, key);
      if (c.target === 'Element') expect(decrypted.element?.localName).toBe('ReplyTo');
      expect(canonicalize(doc.root)).toBe(canonicalize(parseXml(plain).root));
    });
  });
});
