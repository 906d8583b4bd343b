import { deriveKey } from '../../../src/crypto/KeyDerivation';
import { parseXml, serializeXml } from '../../../src/xml';
import { SecurityTokenError } from '../../../src/security/MessageSecurityError';
import {
  createDerivedKeyToken,
  deriveReceivedKey,
  readDerivedKeyToken,
} from '../../../src/security/wss/DerivedKeyToken';
import { createSecurityTokenReference } from '../../../src/security/wss/SecurityTokenReference';
import { WSC_13_NAMESPACE, WSC_FEB2005_NAMESPACE } from '../../../src/security/wss/WssConstants';

const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';

function dkt(
  inner: string,
  ns = WSC_FEB2005_NAMESPACE,
  attributes = '',
): ReturnType<typeof parseXml>['root'] {
  return parseXml(
    `<c:DerivedKeyToken xmlns:c="${ns}" xmlns:o="${WSSE}" xmlns:u="${WSU}" u:Id="_1"${attributes}><o:SecurityTokenReference><o:Reference URI="#ek"/></o:SecurityTokenReference>${inner}</c:DerivedKeyToken>`,
  ).root;
}

describe('DerivedKeyToken', () => {
  const secret = Buffer.alloc(32, 0x42);

  it('derives a 24-byte signing key with the default label, writing Offset 0 / Length 24', () => {
    const source = createSecurityTokenReference({ kind: 'localId', id: 'ek' });
    source.declareNamespace('o', WSSE);
    const nonce = Buffer.alloc(16, 9);
    const created = createDerivedKeyToken({
      id: '_1',
      namespace: WSC_FEB2005_NAMESPACE,
      secret,
      source,
      length: 24,
      nonce,
    });
    expect(created.key).toEqual(deriveKey({ secret, nonce, length: 24 }));
    const xml = serializeXml(created.element);
    expect(xml).toContain(
      '<c:Offset>0</c:Offset><c:Length>24</c:Length><c:Nonce>CQkJCQkJCQkJCQkJCQkJCQ==</c:Nonce>',
    );
    const read = readDerivedKeyToken(parseXml(xml).root, WSC_FEB2005_NAMESPACE);
    expect(read).toMatchObject({ id: '_1', length: 24, offset: 0, source: { kind: 'localId', id: 'ek' } });
    expect(deriveReceivedKey(read, secret)).toEqual(created.key);
  });

  it.each([
    [WSC_FEB2005_NAMESPACE, 'c'],
    [WSC_13_NAMESPACE, 'sc'],
  ])("writes WCF's prefix for the version (%s: %s)", (namespace, prefix) => {
    const source = createSecurityTokenReference({ kind: 'localId', id: 'ek' });
    const created = createDerivedKeyToken({ id: '_3', namespace, secret, source, length: 24 });
    const xml = serializeXml(created.element);
    expect(xml.startsWith(`<${prefix}:DerivedKeyToken xmlns:${prefix}="${namespace}"`)).toBe(true);
    expect(xml).toContain(`<${prefix}:Length>24</${prefix}:Length>`);
    expect(xml).toContain(`<${prefix}:Nonce>`);
  });

  it('omits Offset and Length for the default 32 octets (the encryption key)', () => {
    const source = createSecurityTokenReference({ kind: 'localId', id: 'ek' });
    const created = createDerivedKeyToken({
      id: '_2',
      namespace: WSC_13_NAMESPACE,
      secret,
      source,
      length: 32,
    });
    const xml = serializeXml(created.element);
    expect(xml).not.toContain('Length');
    expect(created.element.namespaceUri).toBe(WSC_13_NAMESPACE);
  });

  it('reads Generation as generation × length, and a Label', () => {
    const nonce = 'AAECAwQFBgcICQoLDA0ODw==';
    const read = readDerivedKeyToken(
      dkt(
        `<c:Generation>1</c:Generation><c:Length>16</c:Length><c:Label>L</c:Label><c:Nonce>${nonce}</c:Nonce>`,
      ),
      WSC_FEB2005_NAMESPACE,
    );
    expect(read.offset).toBe(16);
    expect(deriveReceivedKey(read, secret)).toEqual(
      deriveKey({ secret, nonce: Buffer.from(nonce, 'base64'), length: 16, offset: 16, label: 'L' }),
    );
  });

  it.each([
    ['no Nonce', '<c:Length>32</c:Length>'],
    ['Offset and Generation', '<c:Generation>0</c:Generation><c:Offset>0</c:Offset><c:Nonce>AA==</c:Nonce>'],
    ['an offset beyond 64', '<c:Offset>65</c:Offset><c:Nonce>AA==</c:Nonce>'],
    ['a long nonce', `<c:Nonce>${Buffer.alloc(129).toString('base64')}</c:Nonce>`],
    ['Properties', '<c:Properties/><c:Nonce>AA==</c:Nonce>'],
    ['a length of 0', '<c:Length>0</c:Length><c:Nonce>AA==</c:Nonce>'],
    ['elements out of order', '<c:Nonce>AA==</c:Nonce><c:Length>16</c:Length>'],
  ])('refuses %s', (_what, inner) => {
    expect(() => readDerivedKeyToken(dkt(inner), WSC_FEB2005_NAMESPACE)).toThrow(SecurityTokenError);
  });

  it('refuses another derivation algorithm and another WS-SecureConversation version', () => {
    expect(() =>
      readDerivedKeyToken(
        dkt('<c:Nonce>AA==</c:Nonce>', WSC_FEB2005_NAMESPACE, ' Algorithm="urn:x"'),
        WSC_FEB2005_NAMESPACE,
      ),
    ).toThrow(/derivation algorithm/);
    expect(() => readDerivedKeyToken(dkt('<c:Nonce>AA==</c:Nonce>'), WSC_13_NAMESPACE)).toThrow(
      SecurityTokenError,
    );
  });
});
