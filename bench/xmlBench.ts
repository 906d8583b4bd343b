/**
 * The XML layer's costs on a WCF-shaped ~4 KB SOAP 1.2 message (WS-Addressing headers, a wsse:Security
 * header with a Timestamp, a data-contract body): our saxes-based parse against fast-xml-parser (the
 * candidate the survey looked at), and our exclusive C14N of the Body against xml-crypto's (over an
 * @xmldom/xmldom document, as xml-crypto uses it). Both sides run here, on the same input. Then the long
 * bodies of the secure-session bench (1 MiB of markup-laden text, a 1.4 MB base64 CipherValue): escape, parse
 * and the sender's C14N + serialize of one text node.
 */
import { DOMParser } from '@xmldom/xmldom';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { ExclusiveCanonicalization } from 'xml-crypto';
import { canonicalize, escapeText, maxReaderQuotas, parseXml, serializeXml, XmlElement } from '../src/xml';
import { measure, ratioRow, round, type BenchRow } from './harness';

const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';
const WSA = 'http://www.w3.org/2005/08/addressing';
const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecext-1.0.xsd';
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';

/** A reply as WCF writes it for a data-contract operation (GetOrder returning an Order with lines). */
export function wcfEnvelope(lines = 11): string {
  let orderLines = '';
  for (let i = 1; i <= lines; i++) {
    orderLines +=
      `<b:OrderLine><b:LineNumber>${i}</b:LineNumber><b:ProductCode>SKU-${1000 + i}</b:ProductCode>` +
      `<b:Description>Widget model ${i} &amp; accessories</b:Description><b:Quantity>${i * 2}</b:Quantity>` +
      `<b:UnitPrice>${(9.99 * i).toFixed(2)}</b:UnitPrice><b:Discount i:nil="true"/></b:OrderLine>`;
  }
  return (
    `<s:Envelope xmlns:s="${SOAP12}" xmlns:a="${WSA}" xmlns:u="${WSU}">` +
    '<s:Header>' +
    `<a:Action s:mustUnderstand="1" u:Id="_2">http://tempuri.org/IOrderService/GetOrderResponse</a:Action>` +
    '<a:RelatesTo u:Id="_3">urn:uuid:6a1c7d4e-0b7e-4d7c-9a55-1f2b3c4d5e6f</a:RelatesTo>' +
    `<a:To s:mustUnderstand="1" u:Id="_4">http://www.w3.org/2005/08/addressing/anonymous</a:To>` +
    `<o:Security s:mustUnderstand="1" xmlns:o="${WSSE}">` +
    '<u:Timestamp u:Id="_0"><u:Created>2026-11-23T10:15:30.123Z</u:Created>' +
    '<u:Expires>2026-11-23T10:20:30.123Z</u:Expires></u:Timestamp>' +
    '</o:Security>' +
    '</s:Header>' +
    '<s:Body u:Id="_1"><GetOrderResponse xmlns="http://tempuri.org/">' +
    '<GetOrderResult xmlns:b="http://schemas.datacontract.org/2004/07/Contoso.Orders" ' +
    'xmlns:i="http://www.w3.org/2001/XMLSchema-instance">' +
    '<b:Customer><b:City>Redmond</b:City><b:Email>jane.doe@contoso.example</b:Email><b:Name>Jane Doe</b:Name></b:Customer>' +
    `<b:Lines>${orderLines}</b:Lines>` +
    '<b:OrderDate>2026-11-23T10:15:29.8765432Z</b:OrderDate><b:OrderId>4711</b:OrderId><b:Status>Shipped</b:Status>' +
    '</GetOrderResult></GetOrderResponse></s:Body>' +
    '</s:Envelope>'
  );
}

function bodyOf(root: XmlElement): XmlElement {
  const body = root.element('Body', SOAP12);
  if (!body) throw new Error('no Body');
  return body;
}

export async function run(): Promise<BenchRow[]> {
  const xml = wcfEnvelope();
  const size = `${Buffer.byteLength(xml)} B envelope`;

  // fast-xml-parser configured to keep what XML-DSig needs (node-ecosystem.md §2.1).
  const fxp = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
  });

  // xml-crypto's exclusive C14N over @xmldom/xmldom, the DOM it is built on.
  const dom = new DOMParser().parseFromString(xml, 'text/xml');
  const domBody = dom.getElementsByTagNameNS(SOAP12, 'Body')[0];
  const xmlCrypto = new ExclusiveCanonicalization();
  const theirsC14n = (): string =>
    xmlCrypto.process(domBody as unknown as Parameters<typeof xmlCrypto.process>[0], {});

  const body = bodyOf(parseXml(xml).root);
  const oursC14n = (): string => canonicalize(body);
  // Both must produce the same bytes, or the comparison means nothing.
  if (oursC14n() !== theirsC14n()) throw new Error('xml-crypto and Indigo disagree on the Body');

  // The floor under our parse: saxes' namespace-aware event pass with no-op handlers and no tree.
  const saxesEvents = (): void => {
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', () => undefined);
    parser.on('text', () => undefined);
    parser.on('closetag', () => undefined);
    parser.write(xml).close();
  };

  const events = await measure(saxesEvents);
  const parseOurs = await measure(() => parseXml(xml));
  const parseFxp = await measure(() => fxp.parse(xml));
  const parseAndC14n = await measure(() => canonicalize(bodyOf(parseXml(xml).root)));
  const c14nOurs = await measure(oursC14n);
  const c14nTheirs = await measure(theirsC14n);

  // The secure session's long bodies (bench/sessionProfile.ts `markup` and `1m`): 1 MiB of the 1 KB Echo's
  // markup-laden text and the base64 of an encrypted 1 MiB body, escaped, parsed back and canonicalized.
  const unit = `<order id="42" note='fish & chips'>a < b && c > d</order>\n`;
  const markup = unit.repeat(Math.ceil(1048576 / unit.length)).slice(0, 1048576);
  // Cipher text looks random: a repeated byte would give a periodic base64 that regex scans skip through.
  const cipher = Buffer.alloc(1048576 + 16);
  for (let i = 0, x = 0x9e3779b9; i < cipher.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    cipher[i] = x & 0xff;
  }
  const base64 = cipher.toString('base64');
  const markupXml = serializeXml(new XmlElement('', 'text', 'urn:t').setText(markup));
  const large = { quotas: maxReaderQuotas, maxSize: Infinity };
  const escapeMarkup = await measure(() => escapeText(markup), { rounds: 3 });
  const escapeBase64 = await measure(() => escapeText(base64), { rounds: 3 });
  const parseMarkup = await measure(() => parseXml(markupXml, large), { rounds: 3 });
  // A body built in code, as a sender signs it: C14N (escapes), then the serializer (for encryption).
  const signAndSerialize = await measure(
    () => {
      const e = new XmlElement('', 'text', 'urn:t').setText(markup);
      return serializeXml(e).length + canonicalize(e).length;
    },
    { rounds: 3 },
  );

  const us = (m: { microsPerOp: number }): number => round(m.microsPerOp, 1);
  const ms = (m: { microsPerOp: number }): number => round(m.microsPerOp / 1000, 2);
  return [
    {
      name: 'saxes event pass (no tree)',
      value: us(events),
      unit: 'µs',
      note: `floor under our parse: namespace-aware events, no-op handlers, ${size}`,
    },
    {
      name: 'parse saxes-based (ours)',
      value: us(parseOurs),
      unit: 'µs',
      note: `parseXml to the infoset tree, ${size}`,
    },
    {
      name: 'parse fast-xml-parser',
      value: us(parseFxp),
      unit: 'µs',
      note: `candidate: preserveOrder tree, no namespaces, ${size}`,
    },
    {
      name: 'parse+c14n 4KB envelope',
      value: us(parseAndC14n),
      unit: 'µs',
      note: 'ours: parseXml, then exclusive C14N of the Body',
    },
    { name: 'c14n Body (ours)', value: us(c14nOurs), unit: 'µs', note: 'exclusive C14N of the parsed Body' },
    {
      name: 'c14n xml-crypto',
      value: us(c14nTheirs),
      unit: 'µs',
      note: 'xml-crypto ExclusiveCanonicalization of the same Body (@xmldom/xmldom DOM)',
    },
    {
      name: 'escape 1 MiB markup',
      value: ms(escapeMarkup),
      unit: 'ms',
      note: 'escapeText of 1 MiB of the Echo text',
    },
    {
      name: 'escape 1.4 MB base64',
      value: ms(escapeBase64),
      unit: 'ms',
      note: 'escapeText of the base64 of 1 MiB (a CipherValue): nothing to escape, only the scan',
    },
    {
      name: 'parse 1 MiB markup',
      value: ms(parseMarkup),
      unit: 'ms',
      note: 'parseXml of one element holding 1 MiB of escaped Echo text',
    },
    {
      name: 'c14n+serialize 1 MiB markup',
      value: ms(signAndSerialize),
      unit: 'ms',
      note: 'a built body with 1 MiB of Echo text: C14N then serializeXml (the escape is shared)',
    },
    ratioRow(
      'c14n',
      'xml-crypto',
      c14nOurs.opsPerSecond,
      c14nTheirs.opsPerSecond,
      'xml-crypto µs / our µs for the Body C14N; >1 means ours is faster',
    ),
  ];
}
