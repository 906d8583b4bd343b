import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import { SecurityAlgorithmSuite } from '../../../src/security/SecurityAlgorithmSuite';
import { SecurityKeyEntropyMode } from '../../../src/security/SecurityEnumerations';
import { securityFaultNamespace } from '../../../src/security/SecurityFaults';
import { parseXml, serializeXml, XmlElement } from '../../../src/xml';
import {
  InvalidTrustRequestError,
  readRequestSecurityToken,
  trustDriverFor,
  validateIssueRequest,
  writeCancelRequest,
  writeIssueRequest,
  writeRenewRequest,
  type TrustDriver,
} from '../../../src/security/conversation';

const FEB2005 = trustDriverFor(MessageSecurityVersion.Default);
const V13 = trustDriverFor(
  MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12,
);
const DRIVERS = [
  ['February 2005', FEB2005],
  ['1.3', V13],
] as const;
const T = FEB2005.trustNamespace;
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const SCT = FEB2005.sctTokenType;
const CONTEXT_ID = 'urn:uuid:0b9a0e0c-3c4b-4a5e-8f7a-1d2c3b4a5e6f';
const entropy = Buffer.alloc(32, 0xa5);

function reparse(e: XmlElement): XmlElement {
  return parseXml(serializeXml(e)).root;
}

/** An RST of the February 2005 vocabulary with these children. */
function rst(inner: string, attributes = ''): XmlElement {
  return parseXml(
    `<t:RequestSecurityToken xmlns:t="${T}" xmlns:o="${WSSE}" xmlns:u="${WSU}"${attributes}>${inner}</t:RequestSecurityToken>`,
  ).root;
}

const el = (name: string, text: string): string => `<t:${name}>${text}</t:${name}>`;
const tokenType = el('TokenType', SCT);
const issueType = el('RequestType', `${T}/Issue`);
const keySize = (bits: number | string): string => el('KeySize', String(bits));
const entropyXml = (bytes: Buffer, type = `${T}/Nonce`): string =>
  `<t:Entropy><t:BinarySecret Type="${type}">${bytes.toString('base64')}</t:BinarySecret></t:Entropy>`;
const target = (
  name: 'CancelTarget' | 'RenewTarget',
  reference = `<o:Reference URI="${CONTEXT_ID}" ValueType="${SCT}"/>`,
): string => `<t:${name}><o:SecurityTokenReference>${reference}</o:SecurityTokenReference></t:${name}>`;

function refused(body: XmlElement, pattern: RegExp, driver: TrustDriver = FEB2005): void {
  const read = (): unknown => readRequestSecurityToken(body, driver);
  expect(read).toThrow(InvalidTrustRequestError);
  expect(read).toThrow(pattern);
}

describe('writeIssueRequest', () => {
  it('writes WCF order: TokenType, RequestType Issue, Entropy (Nonce BinarySecret with a uuid wsu:Id), KeySize', () => {
    const e = writeIssueRequest({ driver: FEB2005, keySize: 256, entropy });
    expect(e.qualifiedName).toBe('t:RequestSecurityToken');
    expect(e.namespaceDeclarations).toEqual([{ prefix: 't', uri: T }]);
    expect(e.attributes).toEqual([]);
    expect(e.elements().map((c) => c.qualifiedName)).toEqual([
      't:TokenType',
      't:RequestType',
      't:Entropy',
      't:KeySize',
    ]);
    expect(e.elements()[0].textContent).toBe(SCT);
    expect(e.elements()[1].textContent).toBe(`${T}/Issue`);
    expect(e.elements()[3].textContent).toBe('256');
    const secret = e.elements()[2].elements()[0];
    expect(secret.qualifiedName).toBe('t:BinarySecret');
    expect(secret.namespaceDeclarations).toEqual([{ prefix: 'u', uri: WSU }]);
    expect(secret.attributes.map((a) => a.localName)).toEqual(['Id', 'Type']);
    expect(secret.getAttribute('Id', WSU)).toMatch(/^uuid-[0-9a-f-]{36}-\d+$/);
    expect(secret.getAttribute('Type')).toBe(`${T}/Nonce`);
    expect(secret.textContent).toBe(entropy.toString('base64'));
  });

  it('writes the cookie-mode Context attribute, and no Entropy (ServerEntropy) or KeySize 0', () => {
    const e = writeIssueRequest({ driver: FEB2005, keySize: 0, context: 'uuid-42-1' });
    expect(serializeXml(e)).toBe(
      `<t:RequestSecurityToken xmlns:t="${T}" Context="uuid-42-1">${tokenType}${issueType}</t:RequestSecurityToken>`,
    );
  });

  it('uses trust: and the 1.3 URIs for WS-Trust 1.3', () => {
    const e = writeIssueRequest({ driver: V13, keySize: 256, entropy });
    expect(e.qualifiedName).toBe('trust:RequestSecurityToken');
    expect(e.elements()[0].textContent).toBe(V13.sctTokenType);
    expect(e.elements()[1].textContent).toBe('http://docs.oasis-open.org/ws-sx/ws-trust/200512/Issue');
    expect(e.elements()[2].elements()[0].getAttribute('Type')).toBe(V13.nonceBinarySecretType);
  });

  it('refuses to write empty or oversize entropy', () => {
    expect(() => writeIssueRequest({ driver: FEB2005, keySize: 256, entropy: Buffer.alloc(0) })).toThrow(
      RangeError,
    );
    expect(() => writeIssueRequest({ driver: FEB2005, keySize: 256, entropy: Buffer.alloc(1025) })).toThrow(
      RangeError,
    );
  });
});

describe('writeCancelRequest / writeRenewRequest', () => {
  it('writes a cancel as RequestType Cancel and a CancelTarget with the external reference, nothing else', () => {
    const e = writeCancelRequest({ driver: FEB2005, contextId: CONTEXT_ID });
    expect(serializeXml(e)).toBe(
      `<t:RequestSecurityToken xmlns:t="${T}">${el('RequestType', `${T}/Cancel`)}<t:CancelTarget>` +
        `<o:SecurityTokenReference xmlns:o="${WSSE}"><o:Reference URI="${CONTEXT_ID}" ValueType="${SCT}"/>` +
        '</o:SecurityTokenReference></t:CancelTarget></t:RequestSecurityToken>',
    );
  });

  it('writes a renewal as TokenType, RequestType Renew, Entropy, KeySize, then the RenewTarget with the generation', () => {
    const e = writeRenewRequest({
      driver: V13,
      contextId: CONTEXT_ID,
      keyGeneration: 'urn:uuid:g1',
      keySize: 256,
      entropy,
    });
    expect(e.elements().map((c) => c.localName)).toEqual([
      'TokenType',
      'RequestType',
      'Entropy',
      'KeySize',
      'RenewTarget',
    ]);
    expect(e.elements()[1].textContent).toBe(V13.requestTypes.renew);
    const reference = e.elements()[4].elements()[0].elements()[0];
    expect(reference.getAttribute('Instance', V13.secureConversationNamespace)).toBe('urn:uuid:g1');
  });
});

describe('readRequestSecurityToken', () => {
  describe.each(DRIVERS)('round trips (%s)', (_name, driver) => {
    it('reads back an issue request', () => {
      const e = reparse(writeIssueRequest({ driver, keySize: 256, entropy, context: 'uuid-1-1' }));
      expect(readRequestSecurityToken(e, driver)).toEqual({
        kind: 'issue',
        tokenType: driver.sctTokenType,
        keySize: 256,
        entropy,
        context: 'uuid-1-1',
      });
    });

    it('reads back a cancel request', () => {
      const e = reparse(writeCancelRequest({ driver, contextId: CONTEXT_ID, keyGeneration: 'urn:uuid:g1' }));
      expect(readRequestSecurityToken(e, driver, 'cancel')).toEqual({
        kind: 'cancel',
        contextId: CONTEXT_ID,
        keyGeneration: 'urn:uuid:g1',
      });
    });

    it('reads back a renewal request', () => {
      const e = reparse(writeRenewRequest({ driver, contextId: CONTEXT_ID, keySize: 256, entropy }));
      expect(readRequestSecurityToken(e, driver, 'renew')).toEqual({
        kind: 'renew',
        contextId: CONTEXT_ID,
        tokenType: driver.sctTokenType,
        keySize: 256,
        entropy,
      });
    });
  });

  it('takes a request without RequestType as the kind its action asks for, or as an issue', () => {
    expect(readRequestSecurityToken(rst(tokenType), FEB2005)).toEqual({ kind: 'issue', tokenType: SCT });
    expect(readRequestSecurityToken(rst(target('CancelTarget')), FEB2005)).toMatchObject({ kind: 'cancel' });
    expect(readRequestSecurityToken(rst(target('CancelTarget')), FEB2005, 'cancel')).toMatchObject({
      kind: 'cancel',
    });
  });

  it('reads KeySize 0 as no key size, and skips elements of other namespaces such as wsp:AppliesTo', () => {
    const appliesTo =
      '<wsp:AppliesTo xmlns:wsp="http://schemas.xmlsoap.org/ws/2004/09/policy"><a:EndpointReference xmlns:a="http://www.w3.org/2005/08/addressing"><a:Address>http://x/</a:Address></a:EndpointReference></wsp:AppliesTo>';
    expect(readRequestSecurityToken(rst(tokenType + issueType + appliesTo + keySize(0)), FEB2005)).toEqual({
      kind: 'issue',
      tokenType: SCT,
    });
  });

  it('accepts what other WS-Trust clients add: KeyType SymmetricKey, ComputedKeyAlgorithm CK/PSHA1, a Lifetime', () => {
    const extras =
      el('KeyType', `${T}/SymmetricKey`) +
      el('ComputedKeyAlgorithm', `${T}/CK/PSHA1`) +
      `<t:Lifetime><u:Created>2024-01-01T00:00:00Z</u:Created><u:Expires>2024-01-02T00:00:00Z</u:Expires></t:Lifetime>`;
    expect(readRequestSecurityToken(rst(issueType + extras + entropyXml(entropy)), FEB2005)).toEqual({
      kind: 'issue',
      entropy,
    });
  });

  it('refuses a wrong TokenType', () => {
    refused(
      rst(el('TokenType', 'urn:oasis:names:tc:SAML:1.0:assertion') + issueType),
      /TokenType .* is not a security context token/,
    );
  });

  it('refuses the other version’s SCT TokenType', () => {
    refused(rst(el('TokenType', V13.sctTokenType) + issueType), /TokenType/);
  });

  it('refuses a wrong RequestType', () => {
    refused(rst(tokenType + el('RequestType', `${T}/Validate`)), /RequestType .* is not supported/);
  });

  it('refuses the other version’s RequestType URI', () => {
    refused(rst(tokenType + el('RequestType', V13.requestTypes.issue)), /RequestType/);
  });

  it('refuses a RequestType that does not match the action', () => {
    const read = (): unknown => readRequestSecurityToken(rst(tokenType + issueType), FEB2005, 'cancel');
    expect(read).toThrow(/does not match the action/);
  });

  it('refuses an RST in the other WS-Trust namespace', () => {
    refused(
      reparse(writeIssueRequest({ driver: V13, keySize: 256, entropy })),
      /not a RequestSecurityToken of this WS-Trust version/,
    );
  });

  it('refuses entropy over 1024 octets, and accepts 1024', () => {
    refused(rst(tokenType + issueType + entropyXml(Buffer.alloc(1025, 1))), /longer than 1024 octets/);
    expect(
      readRequestSecurityToken(rst(tokenType + issueType + entropyXml(Buffer.alloc(1024, 1))), FEB2005),
    ).toMatchObject({
      entropy: Buffer.alloc(1024, 1),
    });
  });

  it('refuses entropy that is empty, not base64, of another BinarySecret Type, or not one BinarySecret', () => {
    refused(rst(issueType + '<t:Entropy><t:BinarySecret/></t:Entropy>'), /BinarySecret is empty/);
    refused(rst(issueType + '<t:Entropy><t:BinarySecret>!!!!</t:BinarySecret></t:Entropy>'), /not base64/);
    refused(rst(issueType + entropyXml(entropy, `${T}/AsymmetricKey`)), /Type .* is not accepted/);
    refused(rst(issueType + '<t:Entropy/>'), /exactly one BinarySecret/);
    refused(
      rst(
        issueType +
          `<t:Entropy><t:BinarySecret>AA==</t:BinarySecret><t:BinarySecret>AA==</t:BinarySecret></t:Entropy>`,
      ),
      /exactly one/,
    );
  });

  it('refuses a KeySize that is not a non-negative integer', () => {
    refused(rst(issueType + keySize('256.0')), /KeySize is not a non-negative integer/);
    refused(rst(issueType + keySize('-256')), /KeySize/);
  });

  it('refuses an element that appears twice', () => {
    refused(rst(tokenType + tokenType + issueType), /TokenType appears twice/);
  });

  it('refuses WS-Trust elements this exchange does not use', () => {
    refused(rst(issueType + el('OnBehalfOf', 'x')), /OnBehalfOf is not supported/);
    refused(rst(issueType + el('KeyType', `${T}/PublicKey`)), /KeyType .* is not a symmetric key/);
    refused(rst(issueType + el('ComputedKeyAlgorithm', 'urn:other')), /ComputedKeyAlgorithm/);
  });

  it('refuses a cancel request without a CancelTarget', () => {
    refused(rst(el('RequestType', `${T}/Cancel`)), /no CancelTarget/);
  });

  it('refuses a cancel request that carries key material', () => {
    refused(
      rst(el('RequestType', `${T}/Cancel`) + target('CancelTarget') + entropyXml(entropy)),
      /key material/,
    );
  });

  it('refuses a renewal request without a RenewTarget, or without a RequestType', () => {
    refused(rst(tokenType + el('RequestType', `${T}/Renew`) + entropyXml(entropy)), /no RenewTarget/);
    const read = (): unknown =>
      readRequestSecurityToken(rst(tokenType + target('RenewTarget')), FEB2005, 'renew');
    expect(read).toThrow(/renewal request has no RequestType/);
  });

  it('refuses an issue request that names a target', () => {
    refused(rst(tokenType + issueType + target('CancelTarget')), /names a target/);
  });

  it('refuses a malformed CancelTarget reference', () => {
    const cancel = el('RequestType', `${T}/Cancel`);
    refused(
      rst(cancel + target('CancelTarget', '<o:Reference URI="#uuid-1"/>')),
      /CancelTarget is not valid.*inside the message/,
    );
    refused(
      rst(
        cancel + target('CancelTarget', `<o:Reference URI="${CONTEXT_ID}" ValueType="${V13.sctTokenType}"/>`),
      ),
      /ValueType/,
    );
    refused(
      rst(cancel + target('CancelTarget', `<o:KeyIdentifier>AAAA</o:KeyIdentifier>`)),
      /exactly one Reference/,
    );
    refused(rst(cancel + `<t:CancelTarget>${CONTEXT_ID}</t:CancelTarget>`), /character content/);
    refused(
      rst(
        cancel +
          `<t:CancelTarget><o:SecurityTokenReference><o:Reference URI="${CONTEXT_ID}"/></o:SecurityTokenReference><o:SecurityTokenReference/></t:CancelTarget>`,
      ),
      /exactly one SecurityTokenReference/,
    );
  });

  it('refuses an empty or over-long Context', () => {
    refused(rst(issueType, ' Context=""'), /Context is empty or too long/);
    refused(rst(issueType, ` Context="${'x'.repeat(257)}"`), /Context/);
  });

  it('maps every refusal to the WS-Trust InvalidRequest fault in the WS-Trust February 2005 namespace, whatever the binding’s version', () => {
    let error: unknown;
    try {
      readRequestSecurityToken(rst(el('RequestType', 'urn:bad')), FEB2005);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InvalidTrustRequestError);
    const code = (error as InvalidTrustRequestError).faultCode;
    expect(code).toBe('InvalidRequest');
    expect(securityFaultNamespace(code, MessageSecurityVersion.Default)).toBe(T);
    // As WCF's SecuritySessionSecurityTokenAuthenticator.CreateFault writes it (TrustFeb2005Strings.Namespace).
    expect(securityFaultNamespace(code, V13.messageSecurityVersion)).toBe(T);
  });
});

describe('validateIssueRequest', () => {
  const combined = {
    suite: SecurityAlgorithmSuite.Basic256,
    keyEntropyMode: SecurityKeyEntropyMode.CombinedEntropy,
  };

  it('issues the requested 256-bit key, or the suite default when none is requested (Basic256)', () => {
    expect(validateIssueRequest({ keySize: 256, entropy }, combined)).toBe(256);
    expect(validateIssueRequest({ entropy }, combined)).toBe(256);
    expect(validateIssueRequest({ keySize: 0, entropy }, combined)).toBe(256);
  });

  it('refuses a key size Basic256 does not accept', () => {
    expect(() => validateIssueRequest({ keySize: 128, entropy }, combined)).toThrow(InvalidTrustRequestError);
    expect(() => validateIssueRequest({ keySize: 512, entropy }, combined)).toThrow(
      /does not accept a 512-bit key/,
    );
  });

  it('refuses a key size that is not whole octets', () => {
    const basic128 = { ...combined, suite: SecurityAlgorithmSuite.Basic128 };
    expect(validateIssueRequest({ keySize: 192, entropy }, basic128)).toBe(192);
    expect(() => validateIssueRequest({ keySize: 200 + 1, entropy }, basic128)).toThrow(/201-bit/);
  });

  it('refuses a request without entropy under CombinedEntropy and ClientEntropy', () => {
    expect(() => validateIssueRequest({ keySize: 256 }, combined)).toThrow(
      /CombinedEntropy requires the requestor entropy/,
    );
    expect(() =>
      validateIssueRequest({}, { ...combined, keyEntropyMode: SecurityKeyEntropyMode.ClientEntropy }),
    ).toThrow(/ClientEntropy requires/);
  });

  it('refuses entropy under ServerEntropy and issues the default size without it', () => {
    const server = { ...combined, keyEntropyMode: SecurityKeyEntropyMode.ServerEntropy };
    expect(() => validateIssueRequest({ entropy }, server)).toThrow(/ServerEntropy does not take/);
    expect(validateIssueRequest({}, server)).toBe(256);
  });

  it('takes the entropy as the key under ClientEntropy, so its length must suit the suite', () => {
    const client = { ...combined, keyEntropyMode: SecurityKeyEntropyMode.ClientEntropy };
    expect(validateIssueRequest({ entropy, keySize: 128 }, client)).toBe(256);
    expect(() => validateIssueRequest({ entropy: Buffer.alloc(16) }, client)).toThrow(/128-bit key/);
  });
});
