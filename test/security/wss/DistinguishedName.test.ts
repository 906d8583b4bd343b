import {
  distinguishedNamesEqual,
  formatDistinguishedName,
  parseDistinguishedName,
} from '../../../src/security/x509/DistinguishedName';

const CN = '2.5.4.3';
const O = '2.5.4.10';

describe('DistinguishedName', () => {
  it('parses .NET reversed names, RFC 4514 escapes and .NET quotes', () => {
    expect(parseDistinguishedName('O=wcf-interop-test, CN=WCF Interop Test CA')).toEqual([
      [{ type: O, value: 'wcf-interop-test' }],
      [{ type: CN, value: 'WCF Interop Test CA' }],
    ]);
    expect(parseDistinguishedName('CN=a\\, b,OU=x+O=y')).toEqual([
      [{ type: CN, value: 'a, b' }],
      [
        { type: '2.5.4.11', value: 'x' },
        { type: O, value: 'y' },
      ],
    ]);
    expect(parseDistinguishedName('CN="Doe, John", O=Org')[0]).toEqual([{ type: CN, value: 'Doe, John' }]);
    expect(parseDistinguishedName('OID.2.5.4.3=x, E=a@b.c')).toEqual([
      [{ type: CN, value: 'x' }],
      [{ type: '1.2.840.113549.1.9.1', value: 'a@b.c' }],
    ]);
    expect(parseDistinguishedName('CN=caf\\C3\\A9')[0][0].value).toBe('café');
  });

  it('compares names parsed, in either RDN order, case- and space-insensitively', () => {
    const asn1Order = [
      [{ type: CN, value: 'WCF Interop Test CA' }],
      [{ type: O, value: 'wcf-interop-test' }],
    ];
    expect(
      distinguishedNamesEqual(
        parseDistinguishedName('O=wcf-interop-test, CN=WCF Interop Test CA'),
        asn1Order,
      ),
    ).toBe(true);
    expect(
      distinguishedNamesEqual(
        parseDistinguishedName('CN=wcf  interop test ca,O=WCF-INTEROP-TEST'),
        asn1Order,
      ),
    ).toBe(true);
    expect(distinguishedNamesEqual(parseDistinguishedName('CN=WCF Interop Test CA'), asn1Order)).toBe(false);
    expect(
      distinguishedNamesEqual(parseDistinguishedName('O=other, CN=WCF Interop Test CA'), asn1Order),
    ).toBe(false);
  });

  it('formats as .NET does: most specific RDN first, quoting special values', () => {
    expect(
      formatDistinguishedName([
        [{ type: CN, value: 'WCF Interop Test CA' }],
        [{ type: O, value: 'wcf-interop-test' }],
      ]),
    ).toBe('O=wcf-interop-test, CN=WCF Interop Test CA');
    expect(formatDistinguishedName([[{ type: CN, value: 'Doe, John' }]])).toBe('CN="Doe, John"');
  });
});
