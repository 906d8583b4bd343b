/**
 * The 'crypto' suite: the XML-security primitives' costs (the per-message crypto floor), P_SHA1 of
 * src/crypto/PSha1.ts (node:crypto's createHmac until it got its own SHA-1 compression with the key's pad blocks
 * compressed once: 12–27 µs → ≈ 6 µs per 32-byte key) against @noble/hashes (the noble version lives only here), and sign / verify of a ~2.6 KB WCF-shaped envelope (5 references, exclusive
 * C14N, SHA-1 digests, RSA-SHA1) with Indigo against xml-crypto — string in, string out on both sides, each
 * checked to verify the other's signature before anything is timed.
 */
import { DOMParser } from '@xmldom/xmldom';
import { hmac } from '@noble/hashes/hmac';
import { sha1 } from '@noble/hashes/legacy';
import { createHmac, createPublicKey, randomBytes, type KeyObject } from 'node:crypto';
import { SignedXml } from 'xml-crypto';
import * as xpath from 'xpath';
import {
  createSelfSignedCertificate,
  decryptBlock,
  deriveKey,
  encryptBlock,
  getSignatureAlgorithm,
  pSha1,
  SecurityAlgorithms as A,
  unwrapKey,
  wrapKey,
} from '../src/crypto';
import { createSignature, verifySignature, XMLDSIG_NAMESPACE } from '../src/security/xmldsig';
import { parseXml, serializeXml, type XmlElement } from '../src/xml';
import { measure, ratioRow, round, type BenchRow, type Measurement } from './harness';

const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';
const WSA = 'http://www.w3.org/2005/08/addressing';
const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';

/** P_SHA1 on @noble/hashes 1.8 (hmac + legacy sha1), the alternative src/crypto/PSha1.ts was measured against. */
function pSha1Noble(secret: Uint8Array, seed: Uint8Array, length: number, offset = 0): Uint8Array {
  const end = offset + length;
  const out = new Uint8Array(end + 20);
  const keyed = hmac.create(sha1, secret);
  let a: Uint8Array = seed;
  for (let produced = 0; produced < end; produced += 20) {
    a = keyed.clone().update(a).digest();
    out.set(keyed.clone().update(a).update(seed).digest(), produced);
  }
  return out.slice(offset, end);
}

/** A WCF-shaped request, ~2.6 KB unsigned: addressing headers and Timestamp with u:Id, a data-contract body. */
export function signableEnvelope(lines = 6): string {
  let items = '';
  for (let i = 1; i <= lines; i++) {
    items +=
      `<b:OrderLine><b:LineNumber>${i}</b:LineNumber><b:ProductCode>SKU-${1000 + i}</b:ProductCode>` +
      `<b:Description>Widget model ${i} &amp; accessories</b:Description><b:Quantity>${i * 2}</b:Quantity>` +
      `<b:UnitPrice>${(9.99 * i).toFixed(2)}</b:UnitPrice></b:OrderLine>`;
  }
  return (
    `<s:Envelope xmlns:s="${SOAP12}" xmlns:a="${WSA}" xmlns:u="${WSU}"><s:Header>` +
    `<a:Action s:mustUnderstand="1" u:Id="_2">http://tempuri.org/IOrderService/SubmitOrder</a:Action>` +
    '<a:MessageID u:Id="_3">urn:uuid:6a1c7d4e-0b7e-4d7c-9a55-1f2b3c4d5e6f</a:MessageID>' +
    '<a:ReplyTo><a:Address>http://www.w3.org/2005/08/addressing/anonymous</a:Address></a:ReplyTo>' +
    `<a:To s:mustUnderstand="1" u:Id="_4">http://127.0.0.1:8080/orders</a:To>` +
    `<o:Security s:mustUnderstand="1" xmlns:o="${WSSE}">` +
    '<u:Timestamp u:Id="_0"><u:Created>2026-11-23T10:15:30.123Z</u:Created>' +
    '<u:Expires>2026-11-23T10:20:30.123Z</u:Expires></u:Timestamp></o:Security></s:Header>' +
    '<s:Body u:Id="_1"><SubmitOrder xmlns="http://tempuri.org/">' +
    '<order xmlns:b="http://schemas.datacontract.org/2004/07/Contoso.Orders" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">' +
    '<b:Customer><b:City>Redmond</b:City><b:Email>jane.doe@contoso.example</b:Email><b:Name>Jane Doe</b:Name></b:Customer>' +
    `<b:Lines>${items}</b:Lines><b:OrderDate>2026-11-23T10:15:29.8765432Z</b:OrderDate><b:OrderId>4711</b:OrderId>` +
    '</order></SubmitOrder></s:Body></s:Envelope>'
  );
}

/** The five parts WCF would sign here: Timestamp, Action, MessageID, To, Body. */
const SIGNED_IDS = ['_0', '_2', '_3', '_4', '_1'];

function signedParts(root: XmlElement): XmlElement[] {
  const header = root.element('Header', SOAP12) as XmlElement;
  const timestamp = (header.element('Security', WSSE) as XmlElement).element('Timestamp', WSU) as XmlElement;
  return [
    timestamp,
    header.element('Action', WSA) as XmlElement,
    header.element('MessageID', WSA) as XmlElement,
    header.element('To', WSA) as XmlElement,
    root.element('Body', SOAP12) as XmlElement,
  ];
}

function security(root: XmlElement): XmlElement {
  return (root.element('Header', SOAP12) as XmlElement).element('Security', WSSE) as XmlElement;
}

/** Indigo, string in → string out: parse, sign the five parts, append the signature, serialize. */
function indigoSign(xml: string, signatureAlgorithm: string, key: KeyObject | Buffer): string {
  const doc = parseXml(xml);
  const { element } = createSignature({
    signatureAlgorithm,
    key,
    references: signedParts(doc.root).map((part) => ({ element: part })),
  });
  security(doc.root).appendChild(element);
  return serializeXml(doc);
}

/** Indigo, string in: parse, find the signature in the header, verify; returns the verified element count. */
function indigoVerify(xml: string, key: KeyObject | Buffer): number {
  const doc = parseXml(xml);
  const signature = security(doc.root).element('Signature', XMLDSIG_NAMESPACE) as XmlElement;
  return verifySignature(signature, { resolveKey: () => key }).elements.length;
}

function xmlCryptoSign(xml: string, privateKey: KeyObject): string {
  const sig = new SignedXml({
    privateKey: privateKey as unknown as Buffer,
    signatureAlgorithm: A.RsaSha1Signature,
    canonicalizationAlgorithm: A.ExclusiveC14n,
    idMode: 'wssecurity',
  });
  for (const id of SIGNED_IDS) {
    sig.addReference({
      xpath: `//*[@*[local-name(.)='Id']='${id}']`,
      digestAlgorithm: A.Sha1Digest,
      transforms: [A.ExclusiveC14n],
    });
  }
  sig.computeSignature(xml, { location: { reference: "//*[local-name(.)='Security']", action: 'append' } });
  return sig.getSignedXml();
}

/** xml-crypto's README verification: @xmldom/xmldom parse, xpath for the Signature, checkSignature. */
function xmlCryptoVerify(xml: string, certificatePem: string): boolean {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const signature = xpath.select1(
    "//*[local-name(.)='Signature' and namespace-uri(.)='http://www.w3.org/2000/09/xmldsig#']",
    doc as unknown as Node,
  );
  const sig = new SignedXml({ publicCert: certificatePem, getCertFromKeyInfo: () => null });
  sig.loadSignature(signature as unknown as Node);
  return sig.checkSignature(xml);
}

/** A fresh RSA-2048 key and self-signed certificate (node:crypto key pair; the bench needs no files). */
function loadKeys(): { privateKey: KeyObject; publicKey: KeyObject; certificatePem: string; source: string } {
  const certificate = createSelfSignedCertificate({ commonName: 'bench' });
  const privateKey = certificate.privateKey as KeyObject;
  return {
    privateKey,
    publicKey: createPublicKey(privateKey),
    certificatePem: certificate.pem,
    source: 'RSA-2048',
  };
}

export async function run(): Promise<BenchRow[]> {
  const { privateKey, publicKey, certificatePem, source } = loadKeys();
  const rows: BenchRow[] = [];
  const us = (m: Measurement): number => round(m.microsPerOp, 1);
  const row = (name: string, m: Measurement, note: string): void => {
    rows.push({ name, value: us(m), unit: 'µs', note: `${note}; ${Math.round(m.opsPerSecond)} ops/s` });
  };

  // P_SHA1: WCF's derivations (label ‖ 16-byte nonce), both implementations checked equal first.
  const secret = randomBytes(32);
  const seed = Buffer.concat([Buffer.from('WS-SecureConversationWS-SecureConversation'), randomBytes(16)]);
  for (const length of [24, 32]) {
    if (!Buffer.from(pSha1Noble(secret, seed, length)).equals(pSha1(secret, seed, length))) {
      throw new Error('Indigo and @noble/hashes disagree on P_SHA1');
    }
  }
  const nonce = seed.subarray(seed.length - 16);
  const nodeDk = await measure(() => deriveKey({ secret, nonce, length: 32 }));
  const nodeDk24 = await measure(() => pSha1(secret, seed, 24));
  const nobleDk = await measure(() => pSha1Noble(secret, seed, 32));
  const nobleDk24 = await measure(() => pSha1Noble(secret, seed, 24));
  row(
    'P_SHA1 32 B key (Indigo)',
    nodeDk,
    'deriveKey: WS-SC encryption key, default label + 16-byte nonce (src/crypto/PSha1.ts: own SHA-1 compression)',
  );
  row(
    'P_SHA1 32 B key (@noble/hashes)',
    nobleDk,
    '@noble/hashes 1.8 hmac + legacy sha1, same derivation (bench only)',
  );
  row('P_SHA1 24 B key (Indigo)', nodeDk24, 'Basic256 signature key');
  row('P_SHA1 24 B key (@noble/hashes)', nobleDk24, 'Basic256 signature key');
  rows.push(
    ratioRow(
      'P_SHA1 Indigo',
      'noble',
      nodeDk.opsPerSecond,
      nobleDk.opsPerSecond,
      'Indigo / @noble/hashes ops/s for the 32-byte key; >1: Indigo faster',
    ),
  );

  // The per-message crypto floor.
  const signedInfo = randomBytes(700);
  const rsaSha1 = getSignatureAlgorithm(A.RsaSha1Signature);
  const hmacSha1 = getSignatureAlgorithm(A.HmacSha1Signature);
  const rsaSignature = rsaSha1.sign(privateKey, signedInfo);
  row(
    'RSA-SHA1 sign 700 B',
    await measure(() => rsaSha1.sign(privateKey, signedInfo)),
    `${source}, KeyObject, a SignedInfo-sized input`,
  );
  row(
    'RSA-SHA1 verify 700 B',
    await measure(() => rsaSha1.verify(publicKey, signedInfo, rsaSignature)),
    'public KeyObject',
  );
  const sessionKey = randomBytes(32);
  const wrapped = wrapKey(A.RsaOaepKeyWrap, sessionKey, publicKey);
  row(
    'RSA-OAEP wrap 32 B key',
    await measure(() => wrapKey(A.RsaOaepKeyWrap, sessionKey, publicKey)),
    'rsa-oaep-mgf1p, public key',
  );
  row(
    'RSA-OAEP unwrap 32 B key',
    await measure(() => unwrapKey(A.RsaOaepKeyWrap, wrapped, privateKey)),
    'private key',
  );
  const bulk = randomBytes(2048);
  const encrypted = encryptBlock(A.Aes256Encryption, sessionKey, bulk);
  row(
    'AES-256-CBC encrypt 2 KB',
    await measure(() => encryptBlock(A.Aes256Encryption, sessionKey, bulk)),
    'fresh random IV + ISO 10126 padding each time',
  );
  row(
    'AES-256-CBC decrypt 2 KB',
    await measure(() => decryptBlock(A.Aes256Encryption, sessionKey, encrypted)),
    'IV prefix, padding checked',
  );
  const macKey = randomBytes(24);
  row(
    'HMAC-SHA1 2 KB',
    await measure(() => hmacSha1.sign(macKey, bulk)),
    '24-byte key (Basic256 signature DK)',
  );
  row(
    'HMAC-SHA1 2 KB (createHmac)',
    await measure(() => createHmac('sha1', macKey).update(bulk).digest()),
    'bare node:crypto, the floor under the line above',
  );

  // Sign and verify a WCF-shaped envelope, Indigo vs xml-crypto, RSA-SHA1, string in / string out.
  const xml = signableEnvelope();
  const oursSigned = indigoSign(xml, A.RsaSha1Signature, privateKey);
  const theirsSigned = xmlCryptoSign(xml, privateKey);
  // Each side must accept the other's signature, or the comparison means nothing.
  if (indigoVerify(theirsSigned, publicKey) !== 5)
    throw new Error("Indigo does not verify xml-crypto's signature");
  if (!xmlCryptoVerify(oursSigned, certificatePem))
    throw new Error("xml-crypto does not verify Indigo's signature");
  if (!xmlCryptoVerify(theirsSigned, certificatePem) || indigoVerify(oursSigned, publicKey) !== 5) {
    throw new Error('a side does not verify its own signature');
  }
  const size = `${Buffer.byteLength(xml)} B envelope`;
  const signOurs = await measure(() => indigoSign(xml, A.RsaSha1Signature, privateKey));
  const signTheirs = await measure(() => xmlCryptoSign(xml, privateKey));
  const verifyOurs = await measure(() => indigoVerify(oursSigned, publicKey));
  const verifyTheirs = await measure(() => xmlCryptoVerify(oursSigned, certificatePem));
  const hmacSigned = indigoSign(xml, A.HmacSha1Signature, macKey);
  const signed = (s: string): string => `${Buffer.byteLength(s)} B signed`;
  const hmacSignOurs = await measure(() => indigoSign(xml, A.HmacSha1Signature, macKey));
  const hmacVerifyOurs = await measure(() => indigoVerify(hmacSigned, macKey));
  const what = `5 references, exc-C14N, SHA-1, ${size}`;
  row(
    'sign envelope RSA-SHA1 (Indigo)',
    signOurs,
    `parse + createSignature + serialize; ${what}, ${signed(oursSigned)}`,
  );
  row(
    'sign envelope RSA-SHA1 (xml-crypto)',
    signTheirs,
    `xml-crypto 6.3.2 computeSignature + getSignedXml, idMode wssecurity, KeyObject key; ${what}, ${signed(theirsSigned)}`,
  );
  row(
    'verify envelope RSA-SHA1 (Indigo)',
    verifyOurs,
    `parse + verifySignature (Id index, 5 C14N + digests, RSA); ${what}`,
  );
  row(
    'verify envelope RSA-SHA1 (xml-crypto)',
    verifyTheirs,
    `its README route: @xmldom/xmldom + xpath + checkSignature; ${what}`,
  );
  row(
    'sign envelope HMAC-SHA1 (Indigo)',
    hmacSignOurs,
    `WS-SC steady state shape; ${what}, ${signed(hmacSigned)}`,
  );
  row('verify envelope HMAC-SHA1 (Indigo)', hmacVerifyOurs, `WS-SC steady state shape; ${what}`);
  rows.push(
    ratioRow(
      'sign',
      'xml-crypto',
      signOurs.opsPerSecond,
      signTheirs.opsPerSecond,
      'Indigo / xml-crypto ops/s, RSA-SHA1 envelope signing, string in / string out',
    ),
  );
  rows.push(
    ratioRow(
      'verify',
      'xml-crypto',
      verifyOurs.opsPerSecond,
      verifyTheirs.opsPerSecond,
      'Indigo / xml-crypto ops/s, RSA-SHA1 envelope verification from the string; issue 4 target ≥ 20',
    ),
  );
  return rows;
}
