import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import { SecurityMessageProperty } from '../../../src/security/SecurityMessageProperty';
import { createSecurityFault } from '../../../src/security/SecurityFaults';
import { MessageVersion } from '../../../src/channels/MessageVersion';
import { maxReaderQuotas, parseXml, serializeXml, type XmlElement } from '../../../src/xml';
import {
  BadContextTokenError,
  readLocalSecurityContextTokenReference,
  readSecurityContextTokenElement,
  readSecurityContextTokenReference,
  SecurityContextClaims,
  SecurityContextToken,
  trustDriverFor,
  writeLocalSecurityContextTokenReference,
  writeSecurityContextTokenElement,
  writeSecurityContextTokenReference,
} from '../../../src/security/conversation';
import { SecurityTokenError } from '../../../src/security/MessageSecurityError';
import { testCertificates } from '../fixtures/testCertificates';

const FEB2005 = trustDriverFor(MessageSecurityVersion.Default);
const V13 = trustDriverFor(
  MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12,
);
const V13_BSP = trustDriverFor(
  MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10,
);
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const DNSE = 'http://schemas.microsoft.com/ws/2006/05/security';
const SC_FEB = 'http://schemas.xmlsoap.org/ws/2005/02/sc';
const SC_13 = 'http://docs.oasis-open.org/ws-sx/ws-secureconversation/200512';

function token(
  extra: Partial<ConstructorParameters<typeof SecurityContextToken>[0]> = {},
): SecurityContextToken {
  return new SecurityContextToken({
    id: 'uuid-7b1c-1',
    contextId: 'urn:uuid:0b9a0e0c-3c4b-4a5e-8f7a-1d2c3b4a5e6f',
    key: Buffer.alloc(32, 7),
    validFrom: 1_000,
    validTo: 2_000,
    ...extra,
  });
}

function sct(inner: string, ns = SC_FEB, attributes = ' u:Id="uuid-1"'): XmlElement {
  return parseXml(
    `<c:SecurityContextToken xmlns:c="${ns}" xmlns:u="${WSU}"${attributes}>${inner}</c:SecurityContextToken>`,
    { maxSize: 1 << 20, quotas: maxReaderQuotas },
  ).root;
}

describe('SecurityContextToken', () => {
  it('gives a new token a uuid-…-n wsu:Id and a urn:uuid: Identifier, and its key window the token window', () => {
    const t = new SecurityContextToken({ key: Buffer.alloc(32, 1), validFrom: 10, validTo: 20 });
    expect(t.id).toMatch(/^uuid-[0-9a-f-]{36}-\d+$/);
    expect(t.contextId).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(t.keyGeneration).toBeUndefined();
    expect([t.keyEffectiveTime, t.keyExpirationTime]).toEqual([10, 20]);
    expect(t.claims.primaryIdentity).toBeUndefined();
    expect(t.isCookieMode).toBe(false);
  });

  it('is valid and keyed inside its windows only', () => {
    const t = token({ keyEffectiveTime: 1_200, keyExpirationTime: 1_500 });
    expect(t.isValidAt(999)).toBe(false);
    expect(t.isValidAt(1_000)).toBe(true);
    expect(t.isValidAt(2_000)).toBe(false);
    expect(t.isKeyValidAt(1_100)).toBe(false);
    expect(t.isKeyValidAt(1_499)).toBe(true);
    expect(t.isKeyValidAt(1_500)).toBe(false);
    expect(t.expiresAt).toBe(1_500);
  });

  it('refuses a token without a key or with windows that end before they start', () => {
    expect(() => token({ key: Buffer.alloc(0) })).toThrow(RangeError);
    expect(() => token({ validFrom: 3_000 })).toThrow(RangeError);
    expect(() => token({ keyEffectiveTime: 1_900, keyExpirationTime: 1_800 })).toThrow(RangeError);
    expect(() => token({ validTo: Number.NaN })).toThrow(RangeError);
  });

  it('keeps its key to itself: every octet value, a copy of its own each time, never a slice of the shared pool', () => {
    const octets = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const t = token({ key: octets });
    octets.fill(0);
    const key = t.key;
    expect(key).toEqual(Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
    expect(key.buffer.byteLength).toBe(256);
    key.fill(1);
    expect(t.key[255]).toBe(255);
    expect(t.withCookie(Buffer.from('c')).key).toEqual(t.key);
  });

  it('keeps the Identifier and claims across a renewal, with a new key, generation and wsu:Id', () => {
    const t = token({ claims: { primaryIdentity: { name: 'alice', authenticationType: 'X509' } } });
    const r = t.renewed({ key: Buffer.alloc(32, 9), keyEffectiveTime: 1_500, keyExpirationTime: 1_900 });
    expect(r.contextId).toBe(t.contextId);
    expect(r.claims).toBe(t.claims);
    expect(r.keyGeneration).toMatch(/^urn:uuid:/);
    expect(r.id).not.toBe(t.id);
    expect(r.key).toEqual(Buffer.alloc(32, 9));
    expect(t.withCookie(Buffer.from('c')).cookie).toEqual(Buffer.from('c'));
  });

  describe('claims', () => {
    it('keeps the name, authentication type and certificate thumbprint of a certificate-authenticated client', () => {
      const cert = testCertificates().client.x509;
      const claims = SecurityContextToken.claimsOf(SecurityMessageProperty.forCertificate(cert));
      expect(claims.primaryIdentity?.authenticationType).toBe('X509');
      expect(claims.primaryIdentity?.name).toContain('CN=wcf-test-client');
      expect(claims.primaryIdentity?.certificateThumbprint).toBe(cert.fingerprint.replace(/:/g, ''));
      const property = SecurityContextClaims.toSecurityMessageProperty(claims);
      expect(property.primaryIdentity).toEqual({
        name: claims.primaryIdentity?.name,
        authenticationType: 'X509',
        isAuthenticated: true,
      });
      expect(property.isAnonymous).toBe(false);
    });

    it('images an anonymous client as no primary identity, and back to the anonymous property', () => {
      const claims = SecurityContextClaims.fromSecurityMessageProperty(SecurityMessageProperty.anonymous);
      expect(claims.primaryIdentity).toBeUndefined();
      expect(token({ claims }).toSecurityMessageProperty()).toBe(SecurityMessageProperty.anonymous);
    });

    it('survives JSON (a cookie or a distributed cache carries it)', () => {
      const claims = SecurityContextClaims.fromSecurityMessageProperty(
        SecurityMessageProperty.forUserName('bob'),
      );
      expect(JSON.parse(JSON.stringify(claims))).toEqual(claims);
    });
  });
});

describe('writeSecurityContextTokenElement', () => {
  it('writes WCF February 2005 shape: c:SecurityContextToken u:Id with c:Identifier only', () => {
    const e = writeSecurityContextTokenElement(token(), FEB2005);
    expect(e.qualifiedName).toBe('c:SecurityContextToken');
    expect(e.namespaceUri).toBe(SC_FEB);
    expect(e.attributes).toEqual([{ prefix: 'u', localName: 'Id', namespaceUri: WSU, value: 'uuid-7b1c-1' }]);
    expect(serializeXml(e)).toBe(
      `<c:SecurityContextToken xmlns:c="${SC_FEB}" xmlns:u="${WSU}" u:Id="uuid-7b1c-1">` +
        '<c:Identifier>urn:uuid:0b9a0e0c-3c4b-4a5e-8f7a-1d2c3b4a5e6f</c:Identifier></c:SecurityContextToken>',
    );
  });

  it('adds Instance after a renewal and dnse:Cookie in cookie mode, in that order, with sc: for 1.3', () => {
    const e = writeSecurityContextTokenElement(
      token({ keyGeneration: 'urn:uuid:gen-2', cookie: Buffer.from('state') }),
      V13,
    );
    expect(e.elements().map((c) => `{${c.namespaceUri}}${c.qualifiedName}`)).toEqual([
      `{${SC_13}}sc:Identifier`,
      `{${SC_13}}sc:Instance`,
      `{${DNSE}}dnse:Cookie`,
    ]);
    expect(e.elements()[1].textContent).toBe('urn:uuid:gen-2');
    expect(e.elements()[2].textContent).toBe(Buffer.from('state').toString('base64'));
  });

  it.each([
    ['February 2005', FEB2005],
    ['1.3', V13],
  ])('round-trips through the reader (%s)', (_name, driver) => {
    const t = token({ keyGeneration: 'urn:uuid:gen-2', cookie: Buffer.from('state') });
    const parsed = parseXml(serializeXml(writeSecurityContextTokenElement(t, driver))).root;
    expect(readSecurityContextTokenElement(parsed, driver)).toEqual({
      id: t.id,
      contextId: t.contextId,
      keyGeneration: 'urn:uuid:gen-2',
      cookie: Buffer.from('state'),
    });
  });
});

describe('readSecurityContextTokenElement', () => {
  it('reads a token without Id, Instance or Cookie', () => {
    expect(
      readSecurityContextTokenElement(sct('<c:Identifier> urn:uuid:1 </c:Identifier>', SC_FEB, ''), FEB2005),
    ).toEqual({
      contextId: 'urn:uuid:1',
    });
  });

  it('refuses a token without Identifier with BadContextToken', () => {
    const read = (): unknown =>
      readSecurityContextTokenElement(sct('<c:Instance>urn:uuid:2</c:Instance>'), FEB2005);
    expect(read).toThrow(BadContextTokenError);
    expect(read).toThrow(/no Identifier/);
  });

  it('refuses a token of the other WS-SecureConversation version', () => {
    expect(() =>
      readSecurityContextTokenElement(sct('<c:Identifier>urn:uuid:1</c:Identifier>', SC_13), FEB2005),
    ).toThrow(/not a SecurityContextToken of this version/);
    expect(() =>
      readSecurityContextTokenElement(sct('<c:Identifier>urn:uuid:1</c:Identifier>'), V13),
    ).toThrow(BadContextTokenError);
  });

  it('refuses an Identifier in another namespace', () => {
    const e = parseXml(
      `<c:SecurityContextToken xmlns:c="${SC_FEB}" xmlns:x="urn:x"><x:Identifier>urn:uuid:1</x:Identifier></c:SecurityContextToken>`,
    ).root;
    expect(() => readSecurityContextTokenElement(e, FEB2005)).toThrow(/no Identifier/);
  });

  it('refuses children out of WCF order or unknown', () => {
    const cookie = `<dnse:Cookie xmlns:dnse="${DNSE}">AAAA</dnse:Cookie>`;
    expect(() =>
      readSecurityContextTokenElement(
        sct(`<c:Identifier>urn:uuid:1</c:Identifier>${cookie}<c:Instance>urn:uuid:2</c:Instance>`),
        FEB2005,
      ),
    ).toThrow(/unexpected element c:Instance/);
    expect(() =>
      readSecurityContextTokenElement(sct('<c:Identifier>urn:uuid:1</c:Identifier><c:Extra/>'), FEB2005),
    ).toThrow(/unexpected element/);
    expect(() =>
      readSecurityContextTokenElement(sct('<c:Identifier>urn:uuid:1</c:Identifier>text'), FEB2005),
    ).toThrow(/character content/);
  });

  it('refuses an empty, over-long or spaced Identifier', () => {
    for (const id of ['', ' ', 'urn:uuid:' + 'a'.repeat(300), 'urn:uuid:a b']) {
      expect(() =>
        readSecurityContextTokenElement(sct(`<c:Identifier>${id}</c:Identifier>`), FEB2005),
      ).toThrow(BadContextTokenError);
    }
  });

  it('refuses a Cookie that is not base64 or larger than 64 KiB', () => {
    const withCookie = (b64: string): XmlElement =>
      sct(`<c:Identifier>urn:uuid:1</c:Identifier><dnse:Cookie xmlns:dnse="${DNSE}">${b64}</dnse:Cookie>`);
    expect(() => readSecurityContextTokenElement(withCookie('not base64!'), FEB2005)).toThrow(/not base64/);
    expect(() =>
      readSecurityContextTokenElement(withCookie(Buffer.alloc(65537).toString('base64')), FEB2005),
    ).toThrow(/longer than|too long/);
    expect(
      readSecurityContextTokenElement(withCookie(Buffer.alloc(65536, 1).toString('base64')), FEB2005).cookie,
    ).toHaveLength(65536);
  });

  it('maps to the BadContextToken fault in the WS-SecureConversation namespace of the binding', () => {
    let error: unknown;
    try {
      readSecurityContextTokenElement(sct(''), FEB2005);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(BadContextTokenError);
    const code = (error as BadContextTokenError).faultCode;
    expect(code).toBe('BadContextToken');
    for (const [version, ns] of [
      [MessageSecurityVersion.Default, SC_FEB],
      [MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12, SC_13],
    ] as const) {
      const envelope = parseXml(
        serializeXml(
          createSecurityFault(MessageVersion.Soap12WSAddressing10, code, undefined, version).toEnvelope(),
        ),
      ).root;
      const value = envelope.elements()[1].firstElement()!.firstElement()!.elements()[1].firstElement()!;
      const [prefix, name] = value.textContent.split(':');
      expect(name).toBe('BadContextToken');
      expect(value.lookupNamespaceUri(prefix)).toBe(ns);
    }
  });
});

describe('SecurityContextToken references', () => {
  it('writes the external reference as WCF: URI, Instance (SC namespace), ValueType, o: declared on the STR', () => {
    const str = writeSecurityContextTokenReference(FEB2005, {
      contextId: 'urn:uuid:1',
      keyGeneration: 'urn:uuid:2',
    });
    expect(str.namespaceDeclarations).toEqual([{ prefix: 'o', uri: WSSE }]);
    const reference = str.elements()[0];
    expect(
      reference.attributes.map(
        (a) => `${a.namespaceUri ? `{${a.namespaceUri}}` : ''}${a.localName}=${a.value}`,
      ),
    ).toEqual(['URI=urn:uuid:1', `{${SC_FEB}}Instance=urn:uuid:2`, `ValueType=${SC_FEB}/sct`]);
    expect(
      writeSecurityContextTokenReference(V13, { contextId: 'urn:uuid:1' }).elements()[0].attributes,
    ).toHaveLength(2);
  });

  it('writes the internal reference with ValueType only under the Basic Security Profile', () => {
    expect(serializeXml(writeLocalSecurityContextTokenReference(V13, 'uuid-1'))).toBe(
      `<o:SecurityTokenReference xmlns:o="${WSSE}"><o:Reference URI="#uuid-1"/></o:SecurityTokenReference>`,
    );
    expect(serializeXml(writeLocalSecurityContextTokenReference(V13_BSP, 'uuid-1'))).toBe(
      `<o:SecurityTokenReference xmlns:o="${WSSE}"><o:Reference ValueType="${SC_13}/sct" URI="#uuid-1"/></o:SecurityTokenReference>`,
    );
  });

  it.each([
    ['February 2005', FEB2005],
    ['1.3', V13],
  ])('round-trips both reference forms (%s)', (_name, driver) => {
    const external = parseXml(
      serializeXml(
        writeSecurityContextTokenReference(driver, { contextId: 'urn:uuid:1', keyGeneration: 'urn:uuid:2' }),
      ),
    ).root;
    expect(readSecurityContextTokenReference(external, driver)).toEqual({
      contextId: 'urn:uuid:1',
      keyGeneration: 'urn:uuid:2',
    });
    const local = parseXml(serializeXml(writeLocalSecurityContextTokenReference(driver, 'uuid-9'))).root;
    expect(readLocalSecurityContextTokenReference(local, driver)).toBe('uuid-9');
  });

  it('refuses a reference to another token type, a local reference where an external one is due, or two references', () => {
    const str = (inner: string): XmlElement =>
      parseXml(`<o:SecurityTokenReference xmlns:o="${WSSE}">${inner}</o:SecurityTokenReference>`).root;
    expect(() =>
      readSecurityContextTokenReference(
        str(`<o:Reference URI="urn:uuid:1" ValueType="${SC_13}/sct"/>`),
        FEB2005,
      ),
    ).toThrow(SecurityTokenError);
    expect(() => readSecurityContextTokenReference(str('<o:Reference URI="#uuid-1"/>'), FEB2005)).toThrow(
      /inside the message/,
    );
    expect(() =>
      readSecurityContextTokenReference(
        str('<o:Reference URI="urn:uuid:1"/><o:Reference URI="urn:uuid:2"/>'),
        FEB2005,
      ),
    ).toThrow(/exactly one Reference/);
    expect(() => readSecurityContextTokenReference(str('<o:Reference/>'), FEB2005)).toThrow(/no URI/);
    expect(() =>
      readLocalSecurityContextTokenReference(str('<o:Reference URI="urn:uuid:1"/>'), FEB2005),
    ).toThrow(/does not refer to a token inside/);
  });
});
