/**
 * One line about a SOAP message as it travelled: its wsa:Action and how it was protected, read from the
 * envelope's bytes alone (the wiretap's view: nothing is decrypted or verified here). What it looks at:
 *
 * - the body: `xenc:EncryptedData` (encrypted) or readable; a SOAP Fault, and its subcode (wsc:BadContextToken…);
 * - the wsse:Security header: `ds:Signature` in the clear, or `xenc:EncryptedData` beside a ReferenceList — the
 *   signature encrypted, as WCF's default protection order (SignBeforeEncryptAndEncryptSignature) writes it;
 * - where the keys come from: an `xenc:EncryptedKey` (a fresh key wrapped for the service certificate) and a
 *   `wsse:BinarySecurityToken` (the client certificate) — the X.509 bootstrap of RST/SCT; derived keys whose
 *   reference is an EncryptedKeySHA1 — the bootstrap's reply; a `wsc:SecurityContextToken`, or derived keys
 *   that name one by its `urn:uuid:` Identifier — the session's Security Context Token.
 */
import { maxReaderQuotas, parseXml, type XmlElement } from '../../../src/xml';

export interface MessageSummary {
  /** The wsa:Action header ('' when there is none). */
  readonly action: string;
  /** E.g. "signed+encrypted, SCT derived keys (SCT carried)". */
  readonly protection: string;
}

const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const XENC = 'http://www.w3.org/2001/04/xmlenc#';
const DSIG = 'http://www.w3.org/2000/09/xmldsig#';
/** WS-SecureConversation February 2005 and 1.3. */
const WSC = [
  'http://schemas.xmlsoap.org/ws/2005/02/sc',
  'http://docs.oasis-open.org/ws-sx/ws-secureconversation/200512',
];

const child = (e: XmlElement | undefined, localName: string, ns?: string): XmlElement | undefined =>
  e?.elements().find((c) => c.localName === localName && (ns === undefined || c.namespaceUri === ns));

function* descendants(e: XmlElement): Generator<XmlElement> {
  for (const c of e.elements()) {
    yield c;
    yield* descendants(c);
  }
}

/** Where the message's keys come from. */
function keySource(security: XmlElement): string {
  const top = security.elements();
  const has = (localName: string, ns: string | string[]): boolean =>
    top.some((e) => e.localName === localName && [ns].flat().includes(e.namespaceUri));
  const derivedKeys = top.filter((e) => e.localName === 'DerivedKeyToken' && WSC.includes(e.namespaceUri));
  const derived = derivedKeys.length > 0 ? 'derived keys' : 'key';
  if (has('EncryptedKey', XENC)) {
    const certificate = top.some(
      (e) => e.localName === 'BinarySecurityToken' && (e.getAttribute('ValueType') ?? '').endsWith('#X509v3'),
    );
    return `bootstrap X.509 (${certificate ? 'client cert + ' : ''}key wrapped for the service cert)`;
  }
  if (has('SecurityContextToken', WSC)) return `SCT ${derived} (SCT carried)`;
  const references = derivedKeys.flatMap((dk) => [...descendants(dk)]);
  if (references.some((r) => (r.getAttribute('ValueType') ?? '').endsWith('#EncryptedKeySHA1')))
    return "bootstrap X.509 (keys from the request's wrapped key)";
  if (
    references.some(
      (r) => r.localName === 'Reference' && (r.getAttribute('URI') ?? '').startsWith('urn:uuid:'),
    )
  )
    return `SCT ${derived}`;
  if (top.some((e) => e.localName === 'BinarySecurityToken')) return 'X.509 certificate';
  if (has('UsernameToken', WSSE)) return 'user name';
  return 'no key';
}

export function describeMessage(bytes: Buffer): MessageSummary {
  if (bytes.length === 0) return { action: '', protection: 'empty body' };
  let envelope: XmlElement;
  try {
    envelope = parseXml(bytes, { maxSize: bytes.length, quotas: maxReaderQuotas }).root;
  } catch {
    return { action: '', protection: 'not XML' };
  }
  const header = child(envelope, 'Header', envelope.namespaceUri);
  const body = child(envelope, 'Body', envelope.namespaceUri);
  const action = child(header, 'Action')?.textContent.trim() ?? '';
  const security = child(header, 'Security', WSSE);
  const fault = child(body, 'Fault', envelope.namespaceUri);
  if (!security) {
    if (!fault) return { action, protection: 'unsecured' };
    // SOAP 1.2: Code/Subcode/Value; SOAP 1.1: faultcode.
    const code = child(child(fault, 'Code'), 'Subcode') ?? child(fault, 'Code');
    const value = child(code, 'Value')?.textContent ?? child(fault, 'faultcode')?.textContent ?? '';
    return { action, protection: `unsecured fault ${value.trim()}`.trim() };
  }
  const bodyEncrypted = child(body, 'EncryptedData', XENC) !== undefined;
  const signature = child(security, 'Signature', DSIG) !== undefined;
  const encryptedSignature =
    child(security, 'ReferenceList', XENC) !== undefined &&
    child(security, 'EncryptedData', XENC) !== undefined;
  const signed = signature || encryptedSignature;
  const what = bodyEncrypted
    ? signed
      ? 'signed+encrypted'
      : 'encrypted'
    : signed
      ? 'signed (body in clear)'
      : 'timestamp only';
  return { action, protection: `${what}, ${keySource(security)}${fault ? ', fault' : ''}` };
}

/** A short name for an action: RST/SCT, RSTR/SCT/Cancel… for WS-Trust, the operation for the others. */
export function shortAction(action: string): string {
  const trust = /\/(?:trust|ws-trust\/200512)\/(.+)$/.exec(action);
  if (trust) return trust[1];
  return action.slice(action.lastIndexOf('/') + 1) || '(no action)';
}
