import { createHash } from 'node:crypto';
import { hashOctets } from '../../src/crypto/DigestAlgorithm';
import {
  canonicalize,
  canonicalizePieces,
  canonicalizeToBuffer,
  joinPieces,
  maxReaderQuotas,
  parseXml,
  serializeXml,
  serializeXmlPieces,
  serializeXmlToBuffer,
  utf8OctetsOfPieces,
  XmlElement,
} from '../../src/xml';
import { LONG_TEXT_PIECE } from '../../src/xml/TextPieces';

const longAscii = 'The quick brown fox. '.repeat(LONG_TEXT_PIECE / 10);
const longAccented = 'Über Äpfel & Birnen — ça va. '.repeat(LONG_TEXT_PIECE / 10);

function envelope(): XmlElement {
  const root = new XmlElement('s', 'Envelope', 'urn:s').declareNamespace('s', 'urn:s');
  root.appendChild(new XmlElement('', 'Short', 'urn:b').setText('é < 1'));
  root.appendChild(new XmlElement('', 'Long', 'urn:b').setText(longAscii));
  root.appendChild(new XmlElement('', 'LongAccented', 'urn:b').setText(longAccented));
  return root;
}

describe('XML text written in pieces', () => {
  it('keeps each long text as a piece of its own, between the markup around it', () => {
    const pieces = serializeXmlPieces(envelope());
    expect(pieces).toContain(longAscii);
    expect(pieces.length).toBe(5);
  });

  it('joins to exactly what the serializer writes as one string', () => {
    const root = envelope();
    expect(joinPieces(serializeXmlPieces(root))).toBe(serializeXml(root));
    const reparsed = parseXml(serializeXml(root), { quotas: maxReaderQuotas, maxSize: 1e7 }).root;
    expect((reparsed.children[2] as XmlElement).textContent).toBe(longAccented);
  });

  it('encodes ASCII and non-ASCII pieces alike as the UTF-8 of the whole', () => {
    const pieces = ['<a>', longAscii, 'é', longAccented, '</a>', '€'];
    expect(utf8OctetsOfPieces(pieces).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    expect(serializeXmlToBuffer(envelope()).equals(Buffer.from(serializeXml(envelope()), 'utf8'))).toBe(true);
  });

  it('gives the canonical form in pieces that join to canonicalize', () => {
    const root = envelope();
    expect(joinPieces(canonicalizePieces(root))).toBe(canonicalize(root));
    expect(canonicalizeToBuffer(root).equals(Buffer.from(canonicalize(root), 'utf8'))).toBe(true);
  });

  it('digests pieces as the UTF-8 of their concatenation', () => {
    const pieces = canonicalizePieces(envelope());
    const expected = createHash('sha1')
      .update(Buffer.from(pieces.join(''), 'utf8'))
      .digest();
    expect(hashOctets('sha1', pieces).equals(expected)).toBe(true);
    expect(hashOctets('sha256', ['only']).equals(createHash('sha256').update('only').digest())).toBe(true);
  });

  it('writes an empty list as no text', () => {
    expect(utf8OctetsOfPieces([]).length).toBe(0);
    expect(joinPieces([''])).toBe('');
  });
});
