import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import { parseXml, serializeXml, XmlElement, XmlText } from '../../../src/xml';
import {
  BadContextTokenError,
  readCancelResponse,
  readIssueResponse,
  readRenewResponse,
  SecurityContextToken,
  SecurityNegotiationError,
  trustDriverFor,
  writeCancelResponse,
  writeIssueResponse,
  writeRenewResponse,
  type TrustDriver,
} from '../../../src/security/conversation';

const FEB2005 = trustDriverFor(MessageSecurityVersion.Default);
const V13 = trustDriverFor(
  MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12,
);
const V13_BSP = trustDriverFor(
  MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10,
);
const DRIVERS = [
  ['February 2005', FEB2005],
  ['1.3', V13],
] as const;
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';

const created = Date.UTC(2024, 0, 2, 3, 4, 5, 678);
const expires = created + 15 * 3600_000;
const serverEntropy = Buffer.alloc(32, 0x5a);

function sessionToken(
  extra: Partial<ConstructorParameters<typeof SecurityContextToken>[0]> = {},
): SecurityContextToken {
  return new SecurityContextToken({
    id: 'uuid-5e1f-7',
    contextId: 'urn:uuid:0b9a0e0c-3c4b-4a5e-8f7a-1d2c3b4a5e6f',
    key: Buffer.alloc(32, 1),
    validFrom: created,
    validTo: Number.MAX_SAFE_INTEGER,
    keyEffectiveTime: created,
    keyExpirationTime: expires,
    ...extra,
  });
}

function issueResponse(
  driver: TrustDriver,
  extra: Partial<Parameters<typeof writeIssueResponse>[0]> = {},
): XmlElement {
  return parseXml(
    serializeXml(
      writeIssueResponse({
        driver,
        token: sessionToken(),
        serverEntropy,
        keySize: 256,
        lifetime: { created, expires },
        ...extra,
      }),
    ),
  ).root;
}

/** The RSTR inside a parsed response body. */
function rstrOf(body: XmlElement, driver: TrustDriver): XmlElement {
  return driver.wrapsResponsesInCollection ? body.elements()[0] : body;
}

function child(rstr: XmlElement, localName: string): XmlElement {
  return rstr.elements().find((e) => e.localName === localName)!;
}

function refused(body: XmlElement, pattern: RegExp, driver: TrustDriver = FEB2005): void {
  const read = (): unknown => readIssueResponse(body, driver);
  expect(read).toThrow(SecurityNegotiationError);
  expect(read).toThrow(pattern);
}

describe('writeIssueResponse', () => {
  it('writes a bare RSTR for February 2005 in WCF order, declaring t and u on it', () => {
    const body = writeIssueResponse({
      driver: FEB2005,
      token: sessionToken(),
      serverEntropy,
      keySize: 256,
      lifetime: { created, expires },
    });
    expect(body.qualifiedName).toBe('t:RequestSecurityTokenResponse');
    expect(body.namespaceDeclarations).toEqual([
      { prefix: 't', uri: FEB2005.trustNamespace },
      { prefix: 'u', uri: WSU },
    ]);
    expect(body.elements().map((e) => e.qualifiedName)).toEqual([
      't:TokenType',
      't:RequestedSecurityToken',
      't:RequestedAttachedReference',
      't:RequestedUnattachedReference',
      't:RequestedProofToken',
      't:Entropy',
      't:Lifetime',
      't:KeySize',
    ]);
    expect(serializeXml(body)).toContain(
      `<t:RequestedProofToken><t:ComputedKey>${FEB2005.computedKeyPsha1}</t:ComputedKey></t:RequestedProofToken>`,
    );
    expect(serializeXml(body)).toContain(
      '<t:Lifetime><u:Created>2024-01-02T03:04:05.678Z</u:Created><u:Expires>2024-01-02T18:04:05.678Z</u:Expires></t:Lifetime>',
    );
    expect(child(body, 'KeySize').textContent).toBe('256');
    expect(child(body, 'RequestedSecurityToken').elements()[0].qualifiedName).toBe('c:SecurityContextToken');
  });

  it('references the token internally by #wsu:Id and externally by urn:uuid with the SCT ValueType', () => {
    const body = writeIssueResponse({
      driver: FEB2005,
      token: sessionToken(),
      serverEntropy,
      keySize: 256,
      lifetime: { created, expires },
    });
    expect(serializeXml(body)).toContain(
      `<t:RequestedAttachedReference><o:SecurityTokenReference xmlns:o="${WSSE}"><o:Reference URI="#uuid-5e1f-7"/></o:SecurityTokenReference></t:RequestedAttachedReference>`,
    );
    expect(serializeXml(body)).toContain(
      `<t:RequestedUnattachedReference><o:SecurityTokenReference xmlns:o="${WSSE}"><o:Reference URI="urn:uuid:0b9a0e0c-3c4b-4a5e-8f7a-1d2c3b4a5e6f" ValueType="${FEB2005.sctTokenType}"/></o:SecurityTokenReference></t:RequestedUnattachedReference>`,
    );
  });

  it('writes the issuer entropy as a Nonce BinarySecret with a uuid wsu:Id, u: already declared on the RSTR', () => {
    const body = writeIssueResponse({
      driver: FEB2005,
      token: sessionToken(),
      serverEntropy,
      keySize: 256,
      lifetime: { created, expires },
    });
    const secret = child(body, 'Entropy').elements()[0];
    expect(secret.namespaceDeclarations).toEqual([]);
    expect(secret.getAttribute('Id', WSU)).toMatch(/^uuid-/);
    expect(secret.getAttribute('Type')).toBe(FEB2005.nonceBinarySecretType);
    expect(secret.textContent).toBe(serverEntropy.toString('base64'));
  });

  it('wraps the RSTR in a RequestSecurityTokenResponseCollection for WS-Trust 1.3, trust: declared once', () => {
    const body = writeIssueResponse({
      driver: V13,
      token: sessionToken(),
      serverEntropy,
      keySize: 256,
      lifetime: { created, expires },
    });
    expect(body.qualifiedName).toBe('trust:RequestSecurityTokenResponseCollection');
    expect(body.namespaceDeclarations).toEqual([{ prefix: 'trust', uri: V13.trustNamespace }]);
    expect(body.elements()).toHaveLength(1);
    const rstr = body.elements()[0];
    expect(rstr.qualifiedName).toBe('trust:RequestSecurityTokenResponse');
    expect(rstr.namespaceDeclarations).toEqual([{ prefix: 'u', uri: WSU }]);
    expect(child(rstr, 'RequestedSecurityToken').elements()[0].qualifiedName).toBe('sc:SecurityContextToken');
  });

  it('adds the ValueType to the attached reference under the Basic Security Profile', () => {
    const body = writeIssueResponse({
      driver: V13_BSP,
      token: sessionToken(),
      serverEntropy,
      keySize: 256,
      lifetime: { created, expires },
    });
    const reference = child(body.elements()[0], 'RequestedAttachedReference').elements()[0].elements()[0];
    expect(reference.attributes.map((a) => a.localName)).toEqual(['ValueType', 'URI']);
  });

  it('echoes the Context, and carries neither proof token nor entropy under ClientEntropy', () => {
    const body = writeIssueResponse({
      driver: FEB2005,
      token: sessionToken(),
      keySize: 256,
      context: 'uuid-9-9',
      lifetime: { created, expires },
    });
    expect(body.getAttribute('Context')).toBe('uuid-9-9');
    expect(body.elements().map((e) => e.localName)).not.toContain('RequestedProofToken');
    expect(body.elements().map((e) => e.localName)).not.toContain('Entropy');
  });

  it('carries the key as a BinarySecret proof token under ServerEntropy', () => {
    const key = Buffer.alloc(32, 3);
    const body = writeIssueResponse({
      driver: FEB2005,
      token: sessionToken(),
      proofKey: key,
      keySize: 256,
      lifetime: { created, expires },
    });
    const proof = child(body, 'RequestedProofToken').elements()[0];
    expect(proof.qualifiedName).toBe('t:BinarySecret');
    expect(proof.getAttribute('Type')).toBeUndefined();
    expect(readIssueResponse(parseXml(serializeXml(body)).root, FEB2005)).toMatchObject({
      proofKey: key,
      computedKey: false,
    });
  });

  it('writes a session token that never expires as WCF’s maximum time', () => {
    const body = writeIssueResponse({
      driver: FEB2005,
      token: sessionToken(),
      keySize: 256,
      lifetime: { created, expires: Number.MAX_SAFE_INTEGER },
    });
    expect(child(body, 'Lifetime').elements()[1].textContent).toBe('9999-12-31T23:59:59.999Z');
  });

  it('is the renewal response too', () => {
    expect(writeRenewResponse).toBe(writeIssueResponse);
    expect(readRenewResponse).toBe(readIssueResponse);
  });
});

describe('readIssueResponse', () => {
  it.each(DRIVERS)('round-trips a CombinedEntropy response (%s)', (_name, driver) => {
    const token = sessionToken({ keyGeneration: 'urn:uuid:gen-1', cookie: Buffer.from('cookie') });
    const body = parseXml(
      serializeXml(
        writeIssueResponse({
          driver,
          token,
          serverEntropy,
          keySize: 256,
          context: 'uuid-c-1',
          lifetime: { created, expires },
        }),
      ),
    ).root;
    const read = readIssueResponse(body, driver);
    expect(read).toEqual({
      token: {
        id: token.id,
        contextId: token.contextId,
        keyGeneration: 'urn:uuid:gen-1',
        cookie: Buffer.from('cookie'),
      },
      tokenElement: child(rstrOf(body, driver), 'RequestedSecurityToken').elements()[0],
      serverEntropy,
      computedKey: true,
      keySize: 256,
      lifetime: { created, expires },
      context: 'uuid-c-1',
      tokenType: driver.sctTokenType,
    });
  });

  it('refuses an RSTRC with two RSTRs', () => {
    const body = issueResponse(V13);
    body.appendChild(body.elements()[0].clone());
    refused(body, /holds 2 elements, not one/, V13);
  });

  it('refuses a bare RSTR for WS-Trust 1.3 and a collection for February 2005', () => {
    refused(rstrOf(issueResponse(V13), V13), /not a RequestSecurityTokenResponseCollection/, V13);
    const collection = new XmlElement('t', 'RequestSecurityTokenResponseCollection', FEB2005.trustNamespace);
    collection.appendChild(issueResponse(FEB2005));
    refused(collection, /not a RequestSecurityTokenResponse of this WS-Trust version/);
  });

  it('refuses a response without RequestedSecurityToken', () => {
    const body = issueResponse(FEB2005);
    body.removeChild(child(body, 'RequestedSecurityToken'));
    refused(body, /no RequestedSecurityToken/);
  });

  it('refuses a wrong TokenType', () => {
    const body = issueResponse(FEB2005);
    child(body, 'TokenType').setText(V13.sctTokenType);
    refused(body, /TokenType .* is not a security context token/);
  });

  it('refuses a token element without Identifier, as a negotiation failure caused by BadContextToken', () => {
    const body = issueResponse(FEB2005);
    const sct = child(body, 'RequestedSecurityToken').elements()[0];
    sct.removeChild(sct.elements()[0]);
    let error: unknown;
    try {
      readIssueResponse(body, FEB2005);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SecurityNegotiationError);
    expect((error as Error).cause).toBeInstanceOf(BadContextTokenError);
  });

  it('refuses another computed key algorithm, or a computed key without issuer entropy', () => {
    const other = issueResponse(FEB2005);
    child(other, 'RequestedProofToken').elements()[0].setText('http://example.org/CK/HMAC');
    refused(other, /computed key algorithm/);
    const noEntropy = issueResponse(FEB2005);
    noEntropy.removeChild(child(noEntropy, 'Entropy'));
    refused(noEntropy, /without the issuer entropy/);
  });

  it('refuses references that do not name the issued token', () => {
    const attached = issueResponse(FEB2005);
    child(attached, 'RequestedAttachedReference').elements()[0].elements()[0].setAttribute('URI', '#other');
    refused(attached, /attached reference does not name/);
    const unattached = issueResponse(FEB2005);
    child(unattached, 'RequestedUnattachedReference')
      .elements()[0]
      .elements()[0]
      .setAttribute('URI', 'urn:uuid:other');
    refused(unattached, /unattached reference does not name/);
  });

  it('refuses oversize issuer entropy and a malformed Lifetime', () => {
    const big = issueResponse(FEB2005);
    child(big, 'Entropy').elements()[0].setText(Buffer.alloc(1025).toString('base64'));
    refused(big, /longer than 1024/);
    const lifetime = issueResponse(FEB2005);
    const [createdElement] = child(lifetime, 'Lifetime').elements();
    createdElement.setText('yesterday');
    refused(lifetime, /Created is not a time/);
    const reversed = issueResponse(FEB2005);
    const [c, e] = child(reversed, 'Lifetime').elements();
    const text = c.textContent;
    c.setText(e.textContent);
    e.setText(text);
    refused(reversed, /Created is after Expires/);
  });

  it('refuses an issue response that says RequestedTokenCancelled, or an element appearing twice', () => {
    const cancelled = issueResponse(FEB2005);
    cancelled.appendChild(new XmlElement('t', 'RequestedTokenCancelled', FEB2005.trustNamespace));
    refused(cancelled, /RequestedTokenCancelled is not expected/);
    const twice = issueResponse(FEB2005);
    twice.appendChild(child(twice, 'KeySize').clone());
    refused(twice, /KeySize appears twice/);
  });

  it('skips elements of other namespaces', () => {
    const body = issueResponse(FEB2005);
    body.appendChild(new XmlElement('x', 'Extension', 'urn:x')).appendChild(new XmlText('ignored'));
    expect(readIssueResponse(body, FEB2005).computedKey).toBe(true);
  });
});

describe('cancel responses', () => {
  it.each(DRIVERS)('write RequestedTokenCancelled and read back with the Context (%s)', (_name, driver) => {
    const body = writeCancelResponse({ driver, context: 'uuid-c-2' });
    const rstr = rstrOf(body, driver);
    expect(rstr.elements().map((e) => e.qualifiedName)).toEqual([
      `${driver.trustPrefix}:RequestedTokenCancelled`,
    ]);
    expect(body.localName).toBe(
      driver.wrapsResponsesInCollection
        ? 'RequestSecurityTokenResponseCollection'
        : 'RequestSecurityTokenResponse',
    );
    expect(readCancelResponse(parseXml(serializeXml(body)).root, driver)).toEqual({ context: 'uuid-c-2' });
    expect(readCancelResponse(parseXml(serializeXml(writeCancelResponse({ driver }))).root, driver)).toEqual(
      {},
    );
  });

  it('refuses a cancel response without RequestedTokenCancelled', () => {
    const body = parseXml(serializeXml(writeCancelResponse({ driver: FEB2005 }))).root;
    body.removeChild(body.elements()[0]);
    expect(() => readCancelResponse(body, FEB2005)).toThrow(/does not say RequestedTokenCancelled/);
  });

  it('refuses a cancel response that carries a token', () => {
    const body = issueResponse(FEB2005);
    body.appendChild(new XmlElement('t', 'RequestedTokenCancelled', FEB2005.trustNamespace));
    expect(() => readCancelResponse(body, FEB2005)).toThrow(
      /RequestedSecurityToken is not expected in a cancel response/,
    );
  });
});
