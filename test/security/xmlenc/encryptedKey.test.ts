import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { CryptoKeyError, DecryptionError, SecurityAlgorithms as A } from '../../../src/crypto';
import { SecurityAlgorithmSuite } from '../../../src/security/SecurityAlgorithmSuite';
import {
  createEncryptedKey,
  createReferenceList,
  readEncryptedKey,
  readReferenceList,
  unwrapEncryptedKey,
  XMLENC_NAMESPACE,
  XmlEncryptionError,
} from '../../../src/security/xmlenc';
import { parseXml, serializeXml, XmlElement } from '../../../src/xml';
import { serviceParty } from '../../crypto/testKeys';

const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';

function wire(e: XmlElement): XmlElement {
  return parseXml(serializeXml(e)).root;
}

function encFailure(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    if (err instanceof XmlEncryptionError) return err.failure;
    throw err;
  }
  return 'none';
}

describe('EncryptedKey', () => {
  it('wraps with RSA-OAEP as WCF writes it (e: prefix, ds:DigestMethod SHA-1, KeyInfo, CipherData)', () => {
    const key = randomBytes(32);
    const str = new XmlElement('o', 'SecurityTokenReference', WSSE).declareNamespace('o', WSSE);
    const { element, cipherValue } = createEncryptedKey({
      algorithm: A.RsaOaepKeyWrap,
      key,
      wrappingKey: serviceParty().publicKey,
      id: 'uuid-2db1acf2-f7aa-4ebb-92d4-feae4920f90f-2',
      keyInfo: [str],
    });
    const xml = serializeXml(element);
    expect(xml).toBe(
      '<e:EncryptedKey xmlns:e="http://www.w3.org/2001/04/xmlenc#" Id="uuid-2db1acf2-f7aa-4ebb-92d4-feae4920f90f-2">' +
        '<e:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p">' +
        '<DigestMethod xmlns="http://www.w3.org/2000/09/xmldsig#" Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/>' +
        '</e:EncryptionMethod><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">' +
        `<o:SecurityTokenReference xmlns:o="${WSSE}"/></KeyInfo>` +
        `<e:CipherData><e:CipherValue>${cipherValue.toString('base64')}</e:CipherValue></e:CipherData></e:EncryptedKey>`,
    );
    const d = readEncryptedKey(wire(element));
    expect(d.encryptionMethod).toMatchObject({ algorithm: A.RsaOaepKeyWrap, digestAlgorithm: A.Sha1Digest });
    expect(unwrapEncryptedKey(d, serviceParty().privateKey, { expectedKeyLength: 32 }).equals(key)).toBe(
      true,
    );
    expect(unwrapEncryptedKey(wire(element), serviceParty().privateKey).equals(key)).toBe(true);
  });

  it.each([
    [A.RsaV15KeyWrap, () => serviceParty().publicKey, () => serviceParty().privateKey, 32],
    [A.Aes128KeyWrap, () => Buffer.alloc(16, 1), () => Buffer.alloc(16, 1), 16],
    [A.Aes256KeyWrap, () => Buffer.alloc(32, 2), () => Buffer.alloc(32, 2), 32],
    [A.TripleDesKeyWrap, () => Buffer.alloc(24, 3), () => Buffer.alloc(24, 3), 24],
  ] as const)('round-trips %s', (algorithm, wrapping, unwrapping, length) => {
    const key = randomBytes(length);
    const { element } = createEncryptedKey({ algorithm, key, wrappingKey: wrapping() });
    expect(element.element('EncryptionMethod', XMLENC_NAMESPACE)?.children).toHaveLength(0);
    expect(unwrapEncryptedKey(wire(element), unwrapping(), { expectedKeyLength: length }).equals(key)).toBe(
      true,
    );
  });

  it("carries a ReferenceList inside (WS-Security 1.0's asymmetric shape)", () => {
    const { element } = createEncryptedKey({
      algorithm: A.RsaOaepKeyWrap,
      key: randomBytes(32),
      wrappingKey: serviceParty().publicKey,
      referenceList: ['_6', '_7'],
    });
    const xml = serializeXml(element);
    expect(xml).toContain(
      '<e:ReferenceList><e:DataReference URI="#_6"/><e:DataReference URI="#_7"/></e:ReferenceList></e:EncryptedKey>',
    );
    expect(readEncryptedKey(wire(element)).referenceList?.map((r) => r.id)).toEqual(['_6', '_7']);
  });

  it('fails to unwrap with the one DecryptionError (RSA-OAEP, key wrap) or a random key (RSA-1_5)', () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const oaep = createEncryptedKey({
      algorithm: A.RsaOaepKeyWrap,
      key: randomBytes(32),
      wrappingKey: serviceParty().publicKey,
    });
    expect(() => unwrapEncryptedKey(oaep.element, other.privateKey)).toThrow(DecryptionError);
    const kw = createEncryptedKey({
      algorithm: A.Aes256KeyWrap,
      key: randomBytes(32),
      wrappingKey: Buffer.alloc(32, 1),
    });
    expect(() => unwrapEncryptedKey(kw.element, Buffer.alloc(32, 2))).toThrow(DecryptionError);
    const key = randomBytes(32);
    const v15 = createEncryptedKey({
      algorithm: A.RsaV15KeyWrap,
      key,
      wrappingKey: serviceParty().publicKey,
    });
    const unwrapped = unwrapEncryptedKey(v15.element, other.privateKey, { expectedKeyLength: 32 });
    expect(unwrapped).toHaveLength(32);
    expect(unwrapped.equals(key)).toBe(false);
    expect(() => unwrapEncryptedKey(v15.element, serviceParty().privateKey)).toThrow(CryptoKeyError);
  });

  it('checks the KeySize it states', () => {
    const kw = createEncryptedKey({
      algorithm: A.Aes256KeyWrap,
      key: randomBytes(32),
      wrappingKey: Buffer.alloc(32, 1),
    });
    const method = kw.element.element('EncryptionMethod', XMLENC_NAMESPACE) as XmlElement;
    method.appendChild(new XmlElement('e', 'KeySize', XMLENC_NAMESPACE)).setText('128');
    expect(() => unwrapEncryptedKey(wire(kw.element), Buffer.alloc(32, 1))).toThrow(DecryptionError);
  });

  it('refuses, before using any key, other OAEP digests, parameters that do not apply, and out-of-suite algorithms', () => {
    const oaep = createEncryptedKey({
      algorithm: A.RsaOaepKeyWrap,
      key: randomBytes(32),
      wrappingKey: serviceParty().publicKey,
    });
    const sha256 = serializeXml(oaep.element).replace('xmldsig#sha1', 'xmlenc#sha256');
    expect(encFailure(() => unwrapEncryptedKey(parseXml(sha256).root, serviceParty().privateKey))).toBe(
      'unsupportedAlgorithm',
    );
    const v15 = createEncryptedKey({
      algorithm: A.RsaV15KeyWrap,
      key: randomBytes(32),
      wrappingKey: serviceParty().publicKey,
    });
    const withDigest = serializeXml(v15.element).replace(
      'rsa-1_5"/>',
      'rsa-1_5"><DigestMethod xmlns="http://www.w3.org/2000/09/xmldsig#" Algorithm="x"/></e:EncryptionMethod>',
    );
    expect(
      encFailure(() =>
        unwrapEncryptedKey(parseXml(withDigest).root, serviceParty().privateKey, { expectedKeyLength: 32 }),
      ),
    ).toBe('malformed');
    expect(
      encFailure(() =>
        unwrapEncryptedKey(v15.element, serviceParty().privateKey, {
          expectedKeyLength: 32,
          policy: SecurityAlgorithmSuite.Basic256,
        }),
      ),
    ).toBe('algorithmNotAllowed');
    expect(
      unwrapEncryptedKey(v15.element, serviceParty().privateKey, {
        expectedKeyLength: 32,
        policy: SecurityAlgorithmSuite.Basic256Rsa15,
      }),
    ).toHaveLength(32);
    const kw = createEncryptedKey({
      algorithm: A.Aes128KeyWrap,
      key: randomBytes(16),
      wrappingKey: Buffer.alloc(16, 1),
    });
    expect(
      encFailure(() =>
        unwrapEncryptedKey(kw.element, Buffer.alloc(16, 1), { policy: SecurityAlgorithmSuite.Basic256 }),
      ),
    ).toBe('algorithmNotAllowed');
    const unknown = serializeXml(kw.element).replace('kw-aes128', 'kw-camellia128');
    expect(encFailure(() => unwrapEncryptedKey(parseXml(unknown).root, Buffer.alloc(16, 1)))).toBe(
      'unsupportedAlgorithm',
    );
  });

  it('reads strictly: no CipherData, unknown children, EncryptedData in place of EncryptedKey', () => {
    const e = (inner: string, name = 'EncryptedKey') =>
      parseXml(`<${name} xmlns="${XMLENC_NAMESPACE}">${inner}</${name}>`).root;
    const method = `<EncryptionMethod Algorithm="${A.RsaOaepKeyWrap}"/>`;
    const cipher = '<CipherData><CipherValue>AAAA</CipherValue></CipherData>';
    expect(encFailure(() => readEncryptedKey(e(method)))).toBe('malformed');
    expect(encFailure(() => readEncryptedKey(e(method + cipher + '<Other/>')))).toBe('malformed');
    expect(encFailure(() => readEncryptedKey(e(method + cipher, 'EncryptedData')))).toBe('malformed');
    expect(
      encFailure(() =>
        readEncryptedKey(
          e(`<EncryptionMethod Algorithm="${A.RsaOaepKeyWrap}"><Junk/></EncryptionMethod>${cipher}`),
        ),
      ),
    ).toBe('malformed');
    expect(readEncryptedKey(e(method + cipher + '<CarriedKeyName>k</CarriedKeyName>')).carriedKeyName).toBe(
      'k',
    );
  });
});

describe('ReferenceList', () => {
  it("writes WCF's header ReferenceList and reads it back", () => {
    const list = createReferenceList(['_8', '_9', '_10']);
    expect(serializeXml(list)).toBe(
      '<ReferenceList xmlns="http://www.w3.org/2001/04/xmlenc#"><DataReference URI="#_8"/><DataReference URI="#_9"/><DataReference URI="#_10"/></ReferenceList>',
    );
    expect(readReferenceList(wire(list))).toEqual([
      { kind: 'DataReference', uri: '#_8', id: '_8' },
      { kind: 'DataReference', uri: '#_9', id: '_9' },
      { kind: 'DataReference', uri: '#_10', id: '_10' },
    ]);
  });

  it('reads KeyReference and refuses external URIs, transforms, other content and an empty list', () => {
    const list = (inner: string) =>
      parseXml(`<ReferenceList xmlns="${XMLENC_NAMESPACE}">${inner}</ReferenceList>`).root;
    expect(readReferenceList(list('<KeyReference URI="#k"/>'))[0].kind).toBe('KeyReference');
    for (const bad of [
      '<DataReference URI="http://x/y"/>',
      '<DataReference URI=""/>',
      '<DataReference/>',
      '<DataReference URI="#a"><Transforms/></DataReference>',
      '<Other URI="#a"/>',
      '',
      'text',
    ]) {
      expect(encFailure(() => readReferenceList(list(bad)))).toBe('malformed');
    }
  });
});
