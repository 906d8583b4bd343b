/**
 * The Mono peer's byte-exact captures (../shared/peers/mono/captures, keys in certs/) as test vectors for
 * the primitives: unwrap the EncryptedKey with the service (or client) key, derive the DerivedKeyToken's key
 * with P_SHA1 from the message's nonce, decrypt what the ReferenceLists name, verify the primary HMAC
 * signature and the endorsing RSA signature (client certificate from the BinarySecurityToken), and compare
 * each decrypted message with the harness's own `decrypted/*.decrypted.xml`.
 *
 * Mono is configured here the way a user would: a suite that accepts its RSA-SHA256 endorsing signature
 * (README "Mono quirks"); WCF's strict Basic256 refuses it, which is checked too.
 */
import { X509Certificate, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SecurityAlgorithms as A } from '../../../src/crypto';
import { SecurityAlgorithmSuite } from '../../../src/security/SecurityAlgorithmSuite';
import { XmlSignatureError } from '../../../src/security/xmldsig';
import { canonicalize, parseXml, serializeXml, type XmlElement } from '../../../src/xml';
import { clientParty, monoCertsDir, serviceParty } from '../../crypto/testKeys';
import { walkSecurityHeader, type Conversation, type WalkedMessage } from './monoCaptureWalker';

const CAPTURES = path.resolve(monoCertsDir, '..', 'captures');
const WSSE11 = 'http://docs.oasis-open.org/wss/oasis-wss-wssecurity-secext-1.1.xsd';
const EXCHANGES = ['01-request-Add', '02-request-Echo', '03-request-WhoAmI', '04-request-Counter'];

interface Variant {
  readonly folder: string;
  readonly suite: SecurityAlgorithmSuite;
  readonly shape: 'symmetric' | 'asymmetric';
  readonly keyLength: number;
}

const VARIANTS: readonly Variant[] = [
  {
    folder: 'b-wshttp-cert-nosc-basic256',
    suite: SecurityAlgorithmSuite.Basic256,
    shape: 'symmetric',
    keyLength: 32,
  },
  {
    folder: 'b-wshttp-cert-nosc-basic128',
    suite: SecurityAlgorithmSuite.Basic128,
    shape: 'symmetric',
    keyLength: 16,
  },
  {
    folder: 'b-wshttp-cert-nosc-trust13',
    suite: SecurityAlgorithmSuite.Basic256,
    shape: 'symmetric',
    keyLength: 32,
  },
  { folder: 'e-mutualcert-wss11', suite: SecurityAlgorithmSuite.Basic256, shape: 'symmetric', keyLength: 32 },
  {
    folder: 'e-mutualcert-wss10-asymmetric',
    suite: SecurityAlgorithmSuite.Basic256,
    shape: 'asymmetric',
    keyLength: 32,
  },
];

/** The suite a user configures for Mono: the WCF suite, but with Mono's RSA-SHA256 asymmetric signature. */
function monoSuite(v: Variant): SecurityAlgorithmSuite {
  return v.suite.with({
    name: `${v.suite.name}Mono`,
    defaultAsymmetricSignatureAlgorithm: A.RsaSha256Signature,
  });
}

function conversation(): Conversation {
  return {
    parties: [
      { certificate: serviceParty().certificate, privateKey: serviceParty().privateKey },
      { certificate: clientParty().certificate, privateKey: clientParty().privateKey },
    ],
    encryptedKeys: new Map(),
  };
}

function read(v: Variant, name: string): Buffer {
  return fs.readFileSync(path.join(CAPTURES, v.folder, `${name}.xml`));
}

/** The harness's decrypted file, compared as canonical XML (its comments mark what it decrypted). */
function expectSameAsDecryptedFile(v: Variant, name: string, walked: WalkedMessage): void {
  const file = path.join(CAPTURES, v.folder, 'decrypted', `${name}.decrypted.xml`);
  expect(fs.existsSync(file)).toBe(true);
  const theirs = parseXml(fs.readFileSync(file));
  expect(canonicalize(walked.doc.root)).toBe(canonicalize(theirs.root));
}

const refIds = (walked: WalkedMessage, i: number) =>
  walked.signatures[i].references.map((r) => r.element.localName);

describe.each(VARIANTS.map((v) => [v.folder, v] as const))('Mono capture %s', (_folder, v) => {
  const convo = conversation();

  it.each(EXCHANGES)('%s and its response decrypt and verify with the primitives', (request) => {
    const req = walkSecurityHeader(read(v, request), convo, monoSuite(v));
    expectSameAsDecryptedFile(v, request, req);
    const response = request.replace('request-', 'response-') + 'Response';
    const res = walkSecurityHeader(read(v, response), convo, monoSuite(v));
    expectSameAsDecryptedFile(v, response, res);

    if (v.shape === 'symmetric') {
      // Request: the EncryptedKey for the service (thumbprint), one DerivedKeyToken, body + 2 signatures.
      expect(req.decrypted).toHaveLength(3);
      expect([...req.keys.values()].map((k) => k.length)).toEqual([v.keyLength, v.keyLength]);
      const [primary, endorsing] = req.signatures;
      expect(primary.signature.signatureAlgorithm).toBe(A.HmacSha1Signature);
      expect(refIds(req, 0)).toEqual(['Timestamp', 'Action', 'MessageID', 'ReplyTo', 'To', 'Body']);
      expect(endorsing.signature.signatureAlgorithm).toBe(A.RsaSha256Signature);
      expect(endorsing.elements).toEqual([primary.signature.element]); // it endorses the primary signature node
      // The endorsing key is the client certificate carried in the BinarySecurityToken.
      const [bst] = [...req.binaryTokens.values()];
      expect(bst.fingerprint256).toBe(clientParty().certificate.fingerprint256);
      // Response: DerivedKeyToken over EncryptedKeySHA1 of the request's key; two SignatureConfirmations.
      expect(res.decrypted).toHaveLength(4);
      expect(refIds(res, 0)).toEqual([
        'Timestamp',
        'SignatureConfirmation',
        'SignatureConfirmation',
        'Action',
        'RelatesTo',
        'Body',
      ]);
      const confirmations = res.signatures[0].elements
        .filter((e) => e.localName === 'SignatureConfirmation' && e.namespaceUri === WSSE11)
        .map((e) => e.getAttribute('Value'));
      expect(confirmations).toEqual(
        [endorsing, primary].map((s) => s.signature.signatureValue.toString('base64')),
      );
    } else {
      // WS-Security 1.0: EncryptedKey (issuer/serial) with its own ReferenceList, no derived keys.
      expect(req.decrypted).toHaveLength(2);
      expect(req.signatures).toHaveLength(1);
      expect(req.signatures[0].signature.signatureAlgorithm).toBe(A.RsaSha256Signature);
      expect(refIds(req, 0)).toEqual(['Timestamp', 'Action', 'MessageID', 'ReplyTo', 'To', 'Body']);
      expect(refIds(res, 0)).toEqual(['Timestamp', 'Action', 'RelatesTo', 'Body']);
      // The response is signed by the service key (KeyInfo issuer/serial), encrypted to the client.
      const spki = (key: unknown) =>
        (key as KeyObject).export({ type: 'spki', format: 'der' }).toString('base64');
      expect(spki(res.signatures[0].key)).toBe(spki(serviceParty().publicKey));
      expect(spki(req.signatures[0].key)).toBe(spki(clientParty().publicKey));
    }
    const body = req.signatures[0].elements.find((e) => e.localName === 'Body') as XmlElement;
    expect(body.firstElement()?.namespaceUri).toBe('http://tempuri.org/');
    expect(body.firstElement()?.localName).toBe(request.split('-').pop());
    if (request === '01-request-Add') {
      expect(body.textContent).toBe('23');
      const resBody = res.signatures[0].elements.find((e) => e.localName === 'Body') as XmlElement;
      expect(serializeXml(resBody.firstElement() as XmlElement)).toBe(
        '<AddResponse xmlns="http://tempuri.org/"><AddResult>5</AddResult></AddResponse>',
      );
    }
  });

  it("refuses Mono's RSA-SHA256 signature under WCF's strict suite", () => {
    const strict = walkStrict(v, convo);
    expect(strict).toBeInstanceOf(XmlSignatureError);
    expect((strict as XmlSignatureError).failure).toBe('algorithmNotAllowed');
  });
});

function walkStrict(v: Variant, convo: Conversation): unknown {
  try {
    walkSecurityHeader(read(v, EXCHANGES[0]), convo, v.suite);
  } catch (err) {
    return err;
  }
  return undefined;
}

describe('the capture keys', () => {
  it('are the published test certificates the captures were made with', () => {
    const service = new X509Certificate(fs.readFileSync(path.join(monoCertsDir, 'service.crt')));
    expect(service.subject).toContain('CN=localhost');
    expect(service.checkPrivateKey(serviceParty().privateKey)).toBe(true);
  });
});
