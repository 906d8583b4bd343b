import { randomBytes } from 'node:crypto';
import { base64Text } from '../../../src/security/xmldsig/xmlElements';
import { canonicalize, serializeXml, XmlElement, XmlText } from '../../../src/xml';

describe('base64Text', () => {
  function holder(text: XmlText): XmlElement {
    const e = new XmlElement('e', 'CipherValue', 'http://www.w3.org/2001/04/xmlenc#');
    e.declareNamespace('e', 'http://www.w3.org/2001/04/xmlenc#');
    e.appendChild(text);
    return e;
  }

  it.each([0, 1, 2, 3, 511, 512, 4096, 1 << 20])(
    'serializes and canonicalizes %i octets exactly as a plain text node of their base64',
    (length) => {
      const octets = randomBytes(length);
      const marked = holder(base64Text(octets));
      const plain = holder(new XmlText(octets.toString('base64')));
      expect(serializeXml(marked)).toBe(serializeXml(plain));
      expect(canonicalize(marked)).toBe(canonicalize(plain));
    },
  );

  it('encodes a view into a larger buffer, not the whole buffer', () => {
    const whole = randomBytes(64);
    expect(base64Text(whole.subarray(10, 40)).value).toBe(whole.subarray(10, 40).toString('base64'));
  });
});
