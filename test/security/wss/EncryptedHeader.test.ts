import { randomBytes } from 'node:crypto';
import { SecurityAlgorithms } from '../../../src/crypto/SecurityAlgorithms';
import {
  encryptedDataOfHeader,
  isEncryptedHeader,
  unwrapDecryptedHeader,
  wrapInEncryptedHeader,
} from '../../../src/security/wss/EncryptedHeader';
import { decryptEncryptedData, encryptElement } from '../../../src/security/xmlenc/EncryptedData';
import { canonicalize, parseXml, serializeXml } from '../../../src/xml';

const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';

describe('EncryptedHeader (WS-Security 1.1 §9.3)', () => {
  it('wraps an encrypted header with its SOAP attributes, and unwraps it after decryption', () => {
    const doc = parseXml(
      `<s:Envelope xmlns:s="${SOAP12}"><s:Header><h:Secret xmlns:h="urn:h" s:mustUnderstand="1" s:role="urn:r">pin 1234</h:Secret></s:Header><s:Body/></s:Envelope>`,
    );
    const header = doc.root.element('Header', SOAP12)!;
    const secret = header.elements()[0];
    const before = canonicalize(secret);
    const key = randomBytes(32);
    const encryptedData = encryptElement(secret, {
      algorithm: SecurityAlgorithms.Aes256Encryption,
      key,
      id: '_1',
      prefix: 'e',
    });
    const wrapper = wrapInEncryptedHeader(encryptedData, secret, SOAP12, '_2');
    const xml = serializeXml(doc.root);
    expect(xml).not.toContain('1234');
    expect(xml).toMatch(
      /<k:EncryptedHeader xmlns:k="[^"]+" u:Id="_2" s:mustUnderstand="1" s:role="urn:r"|<k:EncryptedHeader[^>]*s:mustUnderstand="1"/,
    );

    const received = parseXml(xml).root.element('Header', SOAP12)!.elements()[0];
    expect(isEncryptedHeader(received)).toBe(true);
    const decrypted = decryptEncryptedData(encryptedDataOfHeader(received), key);
    const restored = unwrapDecryptedHeader(received, decrypted.element!);
    expect(canonicalize(restored)).toBe(before);
    expect(restored.parent?.localName).toBe('Header');
    expect(wrapper.localName).toBe('EncryptedHeader');
  });
});
