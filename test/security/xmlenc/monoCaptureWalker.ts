/**
 * A deliberately small, test-only walk of a captured wsse:Security header, using the primitives alone
 * (the real WS-Security header processor is part B of issue 4): unwrap EncryptedKeys, derive
 * DerivedKeyTokens with P_SHA1, decrypt what the ReferenceLists name, then verify every ds:Signature
 * with the key its SecurityTokenReference names. It understands exactly the token references Mono writes
 * (peers/mono/README.md): Reference URI to an EncryptedKey, DerivedKeyToken or BinarySecurityToken;
 * KeyIdentifier ThumbprintSHA1 / EncryptedKeySHA1; X509IssuerSerial.
 */
import { createHash, X509Certificate, type KeyObject } from 'node:crypto';
import { decodeBase64, deriveKey, type SignatureKey } from '../../../src/crypto';
import {
  verifySignature,
  XMLDSIG_NAMESPACE,
  XmlIdIndex,
  WSU_NAMESPACE,
  type SignatureAlgorithmPolicy,
  type VerifiedSignature,
} from '../../../src/security/xmldsig';
import {
  decryptEncryptedData,
  readEncryptedKey,
  readReferenceList,
  unwrapEncryptedKey,
  XMLENC_NAMESPACE,
} from '../../../src/security/xmlenc';
import { parseXml, type XmlDocument, type XmlElement } from '../../../src/xml';

const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';
const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const WSC = 'http://schemas.xmlsoap.org/ws/2005/02/sc';
const THUMBPRINT_SHA1 = 'http://docs.oasis-open.org/wss/oasis-wss-soap-message-security-1.1#ThumbprintSHA1';
const ENCRYPTED_KEY_SHA1 =
  'http://docs.oasis-open.org/wss/oasis-wss-soap-message-security-1.1#EncryptedKeySHA1';

export interface Party {
  readonly certificate: X509Certificate;
  readonly privateKey: KeyObject;
}

export interface Conversation {
  readonly parties: readonly Party[];
  /** EncryptedKeySHA1 (base64) → key, filled from requests, used by responses. */
  readonly encryptedKeys: Map<string, Buffer>;
}

export interface WalkedMessage {
  readonly doc: XmlDocument;
  readonly security: XmlElement;
  /** Every verified signature, in header order. */
  readonly signatures: readonly VerifiedSignature[];
  /** Symmetric keys by token id: EncryptedKeys and DerivedKeyTokens. */
  readonly keys: ReadonlyMap<string, Buffer>;
  /** The certificates of the BinarySecurityTokens, by id. */
  readonly binaryTokens: ReadonlyMap<string, X509Certificate>;
  /** EncryptedData ids, in the order they were decrypted. */
  readonly decrypted: readonly string[];
}

function child(e: XmlElement | undefined, localName: string, ns: string): XmlElement | undefined {
  return e?.element(localName, ns);
}

function wsuId(e: XmlElement): string | undefined {
  return e.getAttribute('Id', WSU_NAMESPACE) ?? e.getAttribute('Id');
}

export function walkSecurityHeader(
  message: Buffer,
  conversation: Conversation,
  signaturePolicy?: SignatureAlgorithmPolicy,
): WalkedMessage {
  const doc = parseXml(message);
  const security = child(child(doc.root, 'Header', SOAP12), 'Security', WSSE);
  if (!security) throw new Error('no wsse:Security header');
  const keys = new Map<string, Buffer>();
  const binaryTokens = new Map<string, X509Certificate>();
  const decrypted: string[] = [];

  const partyByThumbprint = (b64: string) =>
    conversation.parties.find((p) => createHash('sha1').update(p.certificate.raw).digest('base64') === b64);
  const partyBySerial = (decimal: string) =>
    conversation.parties.find((p) => BigInt(`0x${p.certificate.serialNumber}`) === BigInt(decimal));

  /** What a SecurityTokenReference names: a symmetric key, a certificate, or a party (for its private key). */
  function resolve(str: XmlElement): { key?: Buffer; certificate?: X509Certificate; party?: Party } {
    const reference = child(str, 'Reference', WSSE);
    if (reference) {
      const id = (reference.getAttribute('URI') ?? '').replace(/^#/, '');
      if (keys.has(id)) return { key: keys.get(id) };
      if (binaryTokens.has(id)) return { certificate: binaryTokens.get(id) };
      throw new Error(`unresolved token reference #${id}`);
    }
    const identifier = child(str, 'KeyIdentifier', WSSE);
    if (identifier?.getAttribute('ValueType') === ENCRYPTED_KEY_SHA1) {
      const key = conversation.encryptedKeys.get(identifier.textContent.trim());
      if (!key) throw new Error('unknown EncryptedKeySHA1');
      return { key };
    }
    if (identifier?.getAttribute('ValueType') === THUMBPRINT_SHA1) {
      return { party: partyByThumbprint(identifier.textContent.trim()) };
    }
    const serial = child(
      child(child(str, 'X509Data', XMLDSIG_NAMESPACE), 'X509IssuerSerial', XMLDSIG_NAMESPACE),
      'X509SerialNumber',
      XMLDSIG_NAMESPACE,
    );
    if (serial) {
      const party = partyBySerial(serial.textContent.trim());
      return { party, certificate: party?.certificate };
    }
    throw new Error('unsupported SecurityTokenReference');
  }

  const strOf = (keyInfo: XmlElement | undefined): XmlElement => {
    const str = child(keyInfo, 'SecurityTokenReference', WSSE);
    if (!str) throw new Error('KeyInfo without a SecurityTokenReference');
    return str;
  };

  function decryptReferences(ids: readonly string[], key?: Buffer): void {
    const index = XmlIdIndex.build(doc.root);
    for (const id of ids) {
      const encryptedData = index.get(id);
      if (!encryptedData) throw new Error(`EncryptedData #${id} not found`);
      const keyInfo = child(encryptedData, 'KeyInfo', XMLDSIG_NAMESPACE);
      const dataKey = key ?? resolve(strOf(keyInfo)).key;
      if (!dataKey) throw new Error(`no key for EncryptedData #${id}`);
      decryptEncryptedData(encryptedData, dataKey);
      decrypted.push(id);
    }
  }

  // Walk the header in order, as WCF processes it (tokens before what uses them).
  for (const e of [...security.elements()]) {
    if (e.localName === 'EncryptedKey' && e.namespaceUri === XMLENC_NAMESPACE) {
      const d = readEncryptedKey(e);
      const party = resolve(strOf(d.keyInfo)).party;
      if (!party) throw new Error('EncryptedKey for an unknown certificate');
      const key = unwrapEncryptedKey(d, party.privateKey);
      keys.set(d.id as string, key);
      conversation.encryptedKeys.set(createHash('sha1').update(d.cipherValue).digest('base64'), key);
      // WS-Security 1.0 shape: the EncryptedKey names what it encrypted directly.
      if (d.referenceList)
        decryptReferences(
          d.referenceList.map((r) => r.id),
          key,
        );
    } else if (e.localName === 'DerivedKeyToken' && e.namespaceUri === WSC) {
      const source = resolve(strOf(e)).key;
      if (!source) throw new Error('DerivedKeyToken over an unknown key');
      const text = (name: string) => child(e, name, WSC)?.textContent.trim();
      const nonce = decodeBase64(text('Nonce') ?? '');
      if (!nonce) throw new Error('DerivedKeyToken without Nonce');
      const length = text('Length');
      const offset = text('Offset');
      const generation = text('Generation');
      keys.set(
        wsuId(e) as string,
        deriveKey({
          secret: source,
          nonce,
          length: length === undefined ? undefined : Number(length),
          offset: offset === undefined ? undefined : Number(offset),
          generation: generation === undefined ? undefined : Number(generation),
          label: text('Label'),
        }),
      );
    } else if (e.localName === 'ReferenceList' && e.namespaceUri === XMLENC_NAMESPACE) {
      decryptReferences(readReferenceList(e).map((r) => r.id));
    } else if (e.localName === 'BinarySecurityToken' && e.namespaceUri === WSSE) {
      binaryTokens.set(wsuId(e) as string, new X509Certificate(decodeBase64(e.textContent) as Buffer));
    }
  }

  const signatures = security
    .elements()
    .filter((e) => e.localName === 'Signature' && e.namespaceUri === XMLDSIG_NAMESPACE);
  const verified = signatures.map((signature) =>
    verifySignature(signature, {
      policy: signaturePolicy,
      resolveKey: (keyInfo): SignatureKey => {
        const resolved = resolve(strOf(keyInfo));
        const key = resolved.key ?? resolved.certificate?.publicKey;
        if (!key) throw new Error('no key for the signature');
        return key;
      },
    }),
  );
  return { doc, security, signatures: verified, keys, binaryTokens, decrypted };
}
