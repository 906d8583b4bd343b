import { X509Certificate } from 'node:crypto';
import { parseXml, serializeXml, type XmlElement } from '../../../src/xml';
import { SecurityTokenError } from '../../../src/security/MessageSecurityError';
import { X509KeyIdentifierClauseType } from '../../../src/security/SecurityEnumerations';
import {
  createSecurityTokenReference,
  readSecurityTokenReference,
  type KeyIdentifierClause,
} from '../../../src/security/wss/SecurityTokenReference';
import {
  clauseMatchesCertificate,
  createX509KeyIdentifierClause,
} from '../../../src/security/x509/X509KeyIdentifier';
import { x509Info } from '../../../src/security/x509/X509CertificateInfo';
import { clientParty, serviceParty } from '../../crypto/testKeys';

const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const DS = 'http://www.w3.org/2000/09/xmldsig#';

/** An STR as it would sit in a Security header (which declares `o`), serialized and parsed back. */
function roundTrip(
  clause: KeyIdentifierClause,
  tokenType?: string,
): { xml: string; read: KeyIdentifierClause } {
  const str = createSecurityTokenReference(clause, { tokenType });
  const xml = serializeXml(str);
  return { xml, read: readSecurityTokenReference(parseXml(xml).root) };
}

function str(inner: string): XmlElement {
  return parseXml(`<o:SecurityTokenReference xmlns:o="${WSSE}">${inner}</o:SecurityTokenReference>`).root;
}

describe('SecurityTokenReference', () => {
  const service = serviceParty().certificate;
  const client = clientParty().certificate;

  it('writes and reads every form WCF uses', () => {
    const forms: KeyIdentifierClause[] = [
      {
        kind: 'localId',
        id: 'uuid-1-2',
        valueType: 'http://docs.oasis-open.org/wss/oasis-wss-soap-message-security-1.1#EncryptedKey',
      },
      { kind: 'localId', id: '_1' },
      { kind: 'externalUri', uri: 'urn:uuid:abc', valueType: 'http://schemas.xmlsoap.org/ws/2005/02/sc/sct' },
      { kind: 'thumbprint', value: x509Info(service).thumbprintSha1 },
      { kind: 'subjectKeyIdentifier', value: x509Info(service).subjectKeyIdentifier! },
      { kind: 'encryptedKeySha1', value: Buffer.alloc(20, 7) },
      {
        kind: 'issuerSerial',
        issuerName: 'O=wcf-interop-test, CN=WCF Interop Test CA',
        serialNumber: 123456789012345678901234567890n,
      },
      { kind: 'rawData', certificate: service.raw },
    ];
    for (const clause of forms) {
      const { read } = roundTrip(clause);
      const expected = clause.kind === 'localId' ? { ...clause, tokenType: undefined } : clause;
      expect(read).toEqual(expected);
    }
  });

  it('writes the ThumbprintSHA1 KeyIdentifier as in the Mono capture', () => {
    const { xml } = roundTrip(createX509KeyIdentifierClause(service, X509KeyIdentifierClauseType.Thumbprint));
    expect(xml).toBe(
      `<o:SecurityTokenReference xmlns:o="${WSSE}"><o:KeyIdentifier ValueType="http://docs.oasis-open.org/wss/oasis-wss-soap-message-security-1.1#ThumbprintSHA1" EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">kxHfLDxygcO+wsoLstUnva7TI+0=</o:KeyIdentifier></o:SecurityTokenReference>`,
    );
  });

  it('puts wsse11:TokenType on an EncryptedKeySHA1 reference, as WCF does', () => {
    const { xml, read } = roundTrip({ kind: 'encryptedKeySha1', value: Buffer.alloc(20, 1) });
    expect(xml).toContain(
      'k:TokenType="http://docs.oasis-open.org/wss/oasis-wss-soap-message-security-1.1#EncryptedKey"',
    );
    expect(read.kind).toBe('encryptedKeySha1');
  });

  it('matches X509IssuerSerial by parsed issuer name, in .NET order or ASN.1 order', () => {
    const serial = x509Info(service).serialNumber;
    const dotNet = {
      kind: 'issuerSerial' as const,
      issuerName: 'O=wcf-interop-test, CN=WCF Interop Test CA',
      serialNumber: serial,
    };
    const rfc = { ...dotNet, issuerName: 'CN=WCF Interop Test CA,O=wcf-interop-test' };
    expect(clauseMatchesCertificate(dotNet, service)).toBe(true);
    expect(clauseMatchesCertificate(rfc, service)).toBe(true);
    expect(clauseMatchesCertificate({ ...dotNet, serialNumber: serial + 1n }, service)).toBe(false);
    expect(
      clauseMatchesCertificate({ ...dotNet, issuerName: 'O=other, CN=WCF Interop Test CA' }, service),
    ).toBe(false);
    expect(
      clauseMatchesCertificate(
        createX509KeyIdentifierClause(service, X509KeyIdentifierClauseType.Any),
        service,
      ),
    ).toBe(true);
    expect(
      clauseMatchesCertificate(
        createX509KeyIdentifierClause(client, X509KeyIdentifierClauseType.Thumbprint),
        service,
      ),
    ).toBe(false);
    expect(
      clauseMatchesCertificate(
        createX509KeyIdentifierClause(service, X509KeyIdentifierClauseType.SubjectKeyIdentifier),
        service,
      ),
    ).toBe(true);
  });

  it('reads the X509IssuerSerial Mono writes (serial in decimal, issuer reversed)', () => {
    const clause = readSecurityTokenReference(
      str(
        `<X509Data xmlns="${DS}"><X509IssuerSerial><X509IssuerName>O=wcf-interop-test, CN=WCF Interop Test CA</X509IssuerName><X509SerialNumber>${x509Info(client).serialNumber}</X509SerialNumber></X509IssuerSerial></X509Data>`,
      ),
    );
    expect(clauseMatchesCertificate(clause, client)).toBe(true);
  });

  it.each([
    ['two references', `<o:Reference URI="#a"/><o:Reference URI="#b"/>`],
    ['an empty reference', `<o:Reference URI="#"/>`],
    ['an unknown KeyIdentifier type', `<o:KeyIdentifier ValueType="urn:x">AAAA</o:KeyIdentifier>`],
    [
      'a thumbprint of the wrong length',
      `<o:KeyIdentifier ValueType="http://docs.oasis-open.org/wss/oasis-wss-soap-message-security-1.1#ThumbprintSHA1">AAAA</o:KeyIdentifier>`,
    ],
    [
      'a hex encoding',
      `<o:KeyIdentifier ValueType="urn:x" EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#HexBinary">00</o:KeyIdentifier>`,
    ],
    ['character content', `text`],
    ['an unknown element', `<o:Embedded/>`],
    [
      'a non-integer serial',
      `<X509Data xmlns="${DS}"><X509IssuerSerial><X509IssuerName>CN=a</X509IssuerName><X509SerialNumber>0x1</X509SerialNumber></X509IssuerSerial></X509Data>`,
    ],
  ])('refuses %s', (_what, inner) => {
    expect(() => readSecurityTokenReference(str(inner))).toThrow(SecurityTokenError);
  });

  it('knows the certificates it reads', () => {
    expect(new X509Certificate(service.raw).subject).toContain('CN=localhost');
  });
});
