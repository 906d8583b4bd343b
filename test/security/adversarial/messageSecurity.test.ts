/**
 * Bad input against a MutualCertificate host (WCF-strict Basic256, WS-Security 1.1) over loopback HTTP: every
 * message here is refused with the fault WCF sends — HTTP 500, an unsecured SOAP fault, Sender with the
 * WS-Security subcode and WCF's reason, never a hint of which check failed — the host's log says why, and the
 * very next valid request is answered. Requests are made by Indigo's own client protocol and tampered with
 * before they are posted raw.
 */
import { randomBytes } from 'node:crypto';
import { CustomBinding } from '../../../src/bindings/CustomBinding';
import { MessageVersion } from '../../../src/channels/MessageVersion';
import { TextMessageEncodingBindingElement } from '../../../src/encoders/text/TextMessageEncodingBindingElement';
import { SecurityAlgorithms } from '../../../src/crypto/SecurityAlgorithms';
import { SecurityAlgorithmSuite } from '../../../src/security/SecurityAlgorithmSuite';
import { SecurityBindingElement } from '../../../src/security/SecurityBindingElement';
import { MessageProtectionOrder } from '../../../src/security/SecurityEnumerations';
import { SymmetricSecurityBindingElement } from '../../../src/security/SymmetricSecurityBindingElement';
import { SecurityFaultReasons } from '../../../src/security/SecurityFaults';
import { HttpTransportBindingElement } from '../../../src/transports/http/HttpTransportBindingElement';
import { serializeXml, XmlElement, XmlText } from '../../../src/xml';
import { fixedClock, monoSuite } from '../fixtures/protocolSettings';
import { Faults, RawSecureClient, type FaultSeen, type SecuredRequest } from '../fixtures/rawSecureClient';
import { openSecureHost, type SecureHost } from '../fixtures/secureCalculator';
import { issueLeaf } from '../fixtures/testAuthority';

const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';
const WSA = 'http://www.w3.org/2005/08/addressing';
const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
const XENC = 'http://www.w3.org/2001/04/xmlenc#';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const WSC = 'http://schemas.xmlsoap.org/ws/2005/02/sc';
const MIN = 60_000;

function binding(order?: MessageProtectionOrder): CustomBinding {
  const security =
    SecurityBindingElement.createMutualCertificateBindingElement() as SymmetricSecurityBindingElement;
  if (order) security.messageProtectionOrder = order;
  return new CustomBinding([
    security,
    new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
    new HttpTransportBindingElement(),
  ]);
}

const parts = (env: XmlElement) => {
  const header = env.element('Header', SOAP12)!;
  const security = header.element('Security', WSSE)!;
  const body = env.element('Body', SOAP12)!;
  const find = (parent: XmlElement, localName: string, ns: string): XmlElement[] =>
    parent.elements().filter((e) => e.localName === localName && e.namespaceUri === ns);
  return { header, security, body, find };
};

/** The first element (depth-first) with this name. */
function first(root: XmlElement, localName: string, ns: string): XmlElement {
  const stack = [root];
  while (stack.length) {
    const e = stack.shift()!;
    if (e.localName === localName && e.namespaceUri === ns) return e;
    stack.push(...e.elements());
  }
  throw new Error(`no ${localName}`);
}

function flipBase64(e: XmlElement, at: 'start' | 'middle' | 'end' = 'middle'): void {
  const bytes = Buffer.from(e.textContent, 'base64');
  const i = at === 'start' ? 0 : at === 'end' ? bytes.length - 1 : bytes.length >> 1;
  bytes[i] ^= 0x01;
  e.setText(bytes.toString('base64'));
}

function wrapper(env: XmlElement, ...children: XmlElement[]): XmlElement {
  const w = new XmlElement('x', 'Wrapper', 'urn:attacker').declareNamespace('x', 'urn:attacker');
  for (const c of children) w.appendChild(c);
  parts(env).header.insertChild(0, w);
  return w;
}

function attackerBody(a: number, b: number): XmlElement {
  const add = new XmlElement('', 'Add', 'http://tempuri.org/').declareNamespace('', 'http://tempuri.org/');
  add.appendChild(new XmlElement('', 'a', 'http://tempuri.org/')).appendChild(new XmlText(String(a)));
  add.appendChild(new XmlElement('', 'b', 'http://tempuri.org/')).appendChild(new XmlText(String(b)));
  return add;
}

function expectWcfFault(fault: FaultSeen, code: string = Faults.InvalidSecurity): void {
  expect(fault.status).toBe(500);
  expect(fault.subcode).toBe(code);
  const name = code.slice(code.indexOf('}') + 1) as keyof typeof SecurityFaultReasons;
  expect(fault.reason).toBe(SecurityFaultReasons[name]);
  // Unsecured: the host could not authenticate the sender, so it does not secure the answer.
  expect(fault.hasSecurityHeader).toBe(false);
}

describe('message security: bad input (SignBeforeEncryptAndEncryptSignature, WCF default)', () => {
  let service: SecureHost;
  let client: RawSecureClient;
  beforeAll(async () => {
    service = await openSecureHost(binding());
    client = new RawSecureClient(service.address);
  });
  afterAll(async () => {
    await service.host.close();
  });

  /** Refused with WCF's fault, the log naming `why`, and the host still serving. */
  async function refused(request: SecuredRequest | string, why: RegExp, code?: string): Promise<void> {
    const before = service.log.length;
    expectWcfFault(await client.fault(request), code);
    expect(service.log.slice(before).join('\n')).toMatch(why);
    expect(await client.call()).toBe(5);
  }

  it('answers a valid request', async () => {
    expect(await client.call(client.add(40, 2))).toBe(42);
  });

  describe('every signed part tampered in turn', () => {
    it.each(['Action', 'MessageID', 'To'])('wsa:%s', async (name) => {
      const r = client.add();
      const h = first(r.envelope, name, WSA);
      h.setText(`${h.textContent}x`);
      await refused(r, /digest .* does not match|ActionNotSupported|signature did not verify/);
    });

    it('wsa:ReplyTo', async () => {
      const r = client.add();
      first(first(r.envelope, 'ReplyTo', WSA), 'Address', WSA).setText('http://attacker.example/');
      await refused(r, /digest .* does not match/);
    });

    it('the Timestamp', async () => {
      const r = client.add();
      const expires = first(r.envelope, 'Expires', WSU);
      expires.setText(new Date(Date.parse(expires.textContent) + 3600_000).toISOString());
      await refused(r, /digest .* does not match/);
    });

    it('the Body (its ciphertext)', async () => {
      const r = client.add();
      flipBase64(first(parts(r.envelope).body, 'CipherValue', XENC), 'start');
      await refused(r, /could not be decrypted|digest .* does not match/);
    });

    it('the client certificate (another certificate of the same CA in the BinarySecurityToken)', async () => {
      const r = client.add();
      const bst = first(r.envelope, 'BinarySecurityToken', WSSE);
      bst.setText(issueLeaf().x509.raw.toString('base64'));
      await refused(r, /signature did not verify/);
    });

    it('a derived key nonce', async () => {
      const r = client.add();
      flipBase64(first(r.envelope, 'Nonce', WSC));
      await refused(r, /could not be decrypted|did not verify/);
    });
  });

  describe('signatures removed', () => {
    it('the primary signature (its EncryptedData and DataReference)', async () => {
      const r = client.add();
      const { security, find } = parts(r.envelope);
      const [list] = find(security, 'ReferenceList', XENC);
      const encrypted = find(security, 'EncryptedData', XENC);
      const id = encrypted[0].getAttribute('Id');
      security.removeChild(encrypted[0]);
      list.removeChild(list.elements().find((d) => d.getAttribute('URI') === `#${id}`)!);
      await refused(r, /not signed|supporting signature|No element has the id/);
    });

    it('the endorsing signature', async () => {
      const r = client.add();
      const { security, find } = parts(r.envelope);
      const [list] = find(security, 'ReferenceList', XENC);
      const encrypted = find(security, 'EncryptedData', XENC);
      const id = encrypted[1].getAttribute('Id');
      security.removeChild(encrypted[1]);
      list.removeChild(list.elements().find((d) => d.getAttribute('URI') === `#${id}`)!);
      await refused(r, /0 endorsing signatures; the binding requires 1/);
    });

    it('the whole Security header', async () => {
      const r = client.add();
      const { header, security } = parts(r.envelope);
      header.removeChild(security);
      await refused(r, /no Security header/);
    });
  });

  describe('XML Signature Wrapping', () => {
    it('1: a second Body after the signed one', async () => {
      const r = client.add();
      const extra = new XmlElement('s', 'Body', SOAP12);
      extra.appendChild(attackerBody(1000, 1));
      r.envelope.appendChild(extra);
      const response = await client.send(r);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.text).not.toContain('1001');
      expect(await client.call()).toBe(5);
    });

    it('2: the signed Body moved into a header, a new Body with the attacker content', async () => {
      const r = client.add();
      const { body } = parts(r.envelope);
      const replacement = new XmlElement('s', 'Body', SOAP12);
      replacement.appendChild(attackerBody(1000, 1));
      r.envelope.insertChild(r.envelope.children.indexOf(body), replacement);
      wrapper(r.envelope, body);
      await refused(r, /not in a place|Body is not signed|in a place WS-Security does not use/);
    });

    it("3: the same, the new Body carrying the signed Body's id", async () => {
      const r = client.add();
      const { body } = parts(r.envelope);
      const replacement = new XmlElement('s', 'Body', SOAP12);
      replacement.setAttribute('Id', body.getAttribute('Id', WSU)!, WSU, 'u');
      replacement.appendChild(attackerBody(1000, 1));
      r.envelope.insertChild(r.envelope.children.indexOf(body), replacement);
      wrapper(r.envelope, body);
      await refused(r, /more than one element has the id|is ambiguous|in a place WS-Security does not use/i);
    });

    it('4: a second, unsigned Action (the dispatcher would read the last one)', async () => {
      const r = client.add();
      const { header } = parts(r.envelope);
      const action = new XmlElement('a', 'Action', WSA);
      action.appendChild(new XmlText('http://tempuri.org/ICalculator/Echo'));
      header.insertChild(0, action);
      await refused(r, /more than one Action|Action header is not signed/);
    });

    it('5: the signed To moved into a wrapper, an unsigned To in its place', async () => {
      const r = client.add();
      const to = first(r.envelope, 'To', WSA);
      const forged = new XmlElement('a', 'To', WSA);
      forged.appendChild(new XmlText('http://attacker.example/'));
      parts(r.envelope).header.insertChild(parts(r.envelope).header.children.indexOf(to), forged);
      wrapper(r.envelope, to);
      await refused(r, /not in a place signed parts go|To header is not signed/);
    });

    it('6: a second Timestamp', async () => {
      const r = client.add();
      const { security } = parts(r.envelope);
      security.insertChild(0, first(r.envelope, 'Timestamp', WSU).clone());
      await refused(r, /more than one Timestamp/);
    });

    it("7: a moved id — the Body's id given to an unsigned header, the Body renamed", async () => {
      const r = client.add();
      const { body, header } = parts(r.envelope);
      const id = body.getAttribute('Id', WSU)!;
      body.setAttribute('Id', '_attacker', WSU, 'u');
      const decoy = new XmlElement('x', 'Decoy', 'urn:attacker').declareNamespace('x', 'urn:attacker');
      decoy.setAttribute('Id', id, WSU, 'u');
      header.insertChild(0, decoy);
      await refused(r, /digest .* does not match|not in a place/);
    });

    it("8: the Body's encrypted content wrapped one level deeper", async () => {
      const r = client.add();
      const { body } = parts(r.envelope);
      const encrypted = body.elements()[0];
      const w = new XmlElement('x', 'Wrapper', 'urn:attacker').declareNamespace('x', 'urn:attacker');
      body.appendChild(w);
      w.appendChild(encrypted);
      await refused(r, /place WS-Security does not use|digest/);
    });

    it('9: an attacker header in the Security header, wrapping a signed part', async () => {
      const r = client.add();
      const { security } = parts(r.envelope);
      const w = new XmlElement('x', 'Wrapper', 'urn:attacker').declareNamespace('x', 'urn:attacker');
      w.appendChild(first(r.envelope, 'Timestamp', WSU).clone());
      security.appendChild(w);
      await refused(r, /not understood/);
    });

    it('10: a second Security header for this node', async () => {
      const r = client.add();
      const { header, security } = parts(r.envelope);
      header.appendChild(security.clone());
      await refused(r, /more than one Security header/);
    });

    it('11: an unsigned MessageID in front of the signed one', async () => {
      const r = client.add();
      const id = new XmlElement('a', 'MessageID', WSA);
      id.appendChild(new XmlText('urn:uuid:attacker'));
      parts(r.envelope).header.insertChild(0, id);
      await refused(r, /more than one MessageID|MessageID header is not signed/);
    });
  });

  describe('timestamps', () => {
    it('expired (sent 11 minutes ago)', async () => {
      const old = new RawSecureClient(service.address, { clock: fixedClock(Date.now() - 11 * MIN) });
      await refused(old.add(), /stale/);
    });

    it('from the future beyond the clock skew', async () => {
      const future = new RawSecureClient(service.address, { clock: fixedClock(Date.now() + 6 * MIN) });
      await refused(future.add(), /future/);
    });

    it('within the clock skew is accepted', async () => {
      const skewed = new RawSecureClient(service.address, { clock: fixedClock(Date.now() + 4 * MIN) });
      expect(await skewed.call()).toBe(5);
    });
  });

  it("a replay of a whole message (WCF's default: detectReplays on)", async () => {
    const body = serializeXml(client.add().envelope);
    expect((await client.post(body)).status).toBe(200);
    await refused(body, /replay/);
  });

  describe('certificates', () => {
    it.each([
      ['untrusted (self-signed)', { selfSigned: true }, /does not chain to a trusted root/],
      ['expired', { fromDays: -30, toDays: -1 }, /has expired/],
      ['not yet valid', { fromDays: 2, toDays: 30 }, /not yet valid/],
      [
        'wrong usage (KeyUsage keyEncipherment only)',
        { keyUsage: { keyEncipherment: true } },
        /not valid for this usage/,
      ],
    ])('a client certificate that is %s', async (_what, options, why) => {
      const bad = new RawSecureClient(service.address, {}, issueLeaf(options));
      await refused(bad.add(), why, Faults.FailedAuthentication);
    });

    it('a client key too short for the suite (RSA 512 — WCF accepts 1024 to 4096 bits)', async () => {
      const weak = new RawSecureClient(service.address, {}, issueLeaf({ modulusLength: 512 }));
      await refused(weak.add(), /does not accept a asymmetric key of 512 bits/);
    });

    it('an EncryptedKey for another certificate', async () => {
      const r = client.add();
      const keyIdentifier = first(first(r.envelope, 'EncryptedKey', XENC), 'KeyIdentifier', WSSE);
      keyIdentifier.setText(randomBytes(20).toString('base64'));
      await refused(r, /not for a certificate of this party/);
    });
  });

  describe('algorithms and keys outside the suite', () => {
    it('an RSA-SHA256 endorsing signature under Basic256 (what Mono sends)', async () => {
      const mono = new RawSecureClient(service.address, { suite: monoSuite() });
      await refused(mono.add(), /rsa-sha256' is not allowed/);
    });

    it('AES-128 under Basic256', async () => {
      const basic128 = new RawSecureClient(service.address, { suite: SecurityAlgorithmSuite.Basic128 });
      await refused(basic128.add(), /does not accept|not allowed/);
    });

    it("a signing key derived shorter than the suite's 192 bits", async () => {
      const short = new RawSecureClient(service.address, {
        suite: SecurityAlgorithmSuite.Basic256.with({
          name: 'ShortKeys',
          defaultSignatureKeyDerivationLength: 128,
        }),
      });
      await refused(short.add(), /does not accept a symmetric key of 128 bits/);
    });

    it('HMAC-SHA256 under Basic256', async () => {
      const sha256 = new RawSecureClient(service.address, {
        suite: SecurityAlgorithmSuite.Basic256.with({
          name: 'Hmac256',
          defaultSymmetricSignatureAlgorithm: SecurityAlgorithms.HmacSha256Signature,
        }),
      });
      await refused(sha256.add(), /hmac-sha256' is not allowed/);
    });
  });

  describe('decryption failures are indistinguishable (no padding oracle)', () => {
    const corruptions: [string, (r: SecuredRequest) => void][] = [
      [
        'the Body ciphertext, first block (the IV)',
        (r) => flipBase64(first(parts(r.envelope).body, 'CipherValue', XENC), 'start'),
      ],
      [
        'the Body ciphertext, last octet (the padding)',
        (r) => flipBase64(first(parts(r.envelope).body, 'CipherValue', XENC), 'end'),
      ],
      [
        'the Body ciphertext, truncated by a block',
        (r) => {
          const v = first(parts(r.envelope).body, 'CipherValue', XENC);
          v.setText(Buffer.from(v.textContent, 'base64').subarray(0, -16).toString('base64'));
        },
      ],
      [
        'the encrypted signature',
        (r) => flipBase64(first(parts(r.envelope).security, 'CipherValue', XENC), 'end'),
      ],
      [
        'the wrapped key (RSA-OAEP)',
        (r) => flipBase64(first(first(r.envelope, 'EncryptedKey', XENC), 'CipherValue', XENC)),
      ],
    ];

    it.each(corruptions)('%s', async (_what, corrupt) => {
      const r = client.add();
      corrupt(r);
      const fault = await client.fault(r);
      expectWcfFault(fault);
      expect(await client.call()).toBe(5);
    });

    it('every one of them gets the same fault, byte for byte but the RelatesTo', async () => {
      const answers = new Set<string>();
      for (const [, corrupt] of corruptions) {
        const r = client.add();
        corrupt(r);
        const response = await client.send(r);
        answers.add(`${response.status} ${response.text.replace(/<a:RelatesTo>[^<]*<\/a:RelatesTo>/, '')}`);
      }
      expect(answers.size).toBe(1);
    });
  });

  describe('unknown token references and malformed tokens', () => {
    it('a derived key over an id no token has', async () => {
      const r = client.add();
      const reference = first(first(r.envelope, 'DerivedKeyToken', WSC), 'Reference', WSSE);
      reference.setAttribute('URI', '#uuid-nobody');
      await refused(r, /No token in the Security header has the id/);
    });

    it('an EncryptedData whose key is a token that does not exist', async () => {
      const r = client.add();
      const keyInfo = first(parts(r.envelope).body, 'KeyInfo', DS);
      first(keyInfo, 'Reference', WSSE).setAttribute('URI', '#_nobody');
      await refused(r, /No token in the Security header has the id/);
    });

    it('a ReferenceList naming nothing', async () => {
      const r = client.add();
      first(r.envelope, 'DataReference', XENC).setAttribute('URI', '#_nobody');
      await refused(r, /names '_nobody', which is missing/);
    });

    it('a malformed derived key token (answered InvalidSecurityToken)', async () => {
      const r = client.add();
      const dkt = first(r.envelope, 'DerivedKeyToken', WSC);
      dkt.removeChild(first(dkt, 'Nonce', WSC));
      await refused(r, /no Nonce/, Faults.InvalidSecurityToken);
    });
  });

  describe('oversized and deeply nested security headers', () => {
    it('a Security header of 70 elements (within maxReceivedMessageSize)', async () => {
      const r = client.add();
      const { security } = parts(r.envelope);
      for (let i = 0; i < 70; i++) security.appendChild(first(r.envelope, 'DerivedKeyToken', WSC).clone());
      await refused(r, /more than 64 elements/);
    });

    it('nesting inside a token, within the reader quotas', async () => {
      const r = client.add();
      let e = first(first(r.envelope, 'EncryptedKey', XENC), 'SecurityTokenReference', WSSE);
      for (let i = 0; i < 20; i++)
        e = e.appendChild(new XmlElement('x', 'Deep', 'urn:attacker').declareNamespace('x', 'urn:attacker'));
      await refused(r, /SecurityTokenReference is not valid/, Faults.InvalidSecurityToken);
    });

    it('a message larger than maxReceivedMessageSize (64 KB): refused by the transport', async () => {
      const r = client.add();
      const { security } = parts(r.envelope);
      for (let i = 0; i < 60; i++)
        security.appendChild(first(r.envelope, 'BinarySecurityToken', WSSE).clone());
      const response = await client.send(r);
      expect(response.status).toBe(413);
      expect(await client.call()).toBe(5);
    });

    it('nesting beyond the reader quotas (maxDepth 32): refused before security runs', async () => {
      const r = client.add();
      let e = parts(r.envelope).security;
      for (let i = 0; i < 40; i++)
        e = e.appendChild(new XmlElement('x', 'Deep', 'urn:attacker').declareNamespace('x', 'urn:attacker'));
      const response = await client.send(r);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(await client.call()).toBe(5);
    });
  });
});

describe('message security: bad input (SignBeforeEncrypt: the signatures in the clear)', () => {
  let service: SecureHost;
  let client: RawSecureClient;
  beforeAll(async () => {
    service = await openSecureHost(binding(MessageProtectionOrder.SignBeforeEncrypt));
    client = new RawSecureClient(service.address, {
      protectionOrder: MessageProtectionOrder.SignBeforeEncrypt,
    });
  });
  afterAll(async () => {
    await service.host.close();
  });

  async function refused(request: SecuredRequest, why: RegExp): Promise<void> {
    const before = service.log.length;
    expectWcfFault(await client.fault(request));
    expect(service.log.slice(before).join('\n')).toMatch(why);
    expect(await client.call()).toBe(5);
  }

  it('answers a valid request', async () => {
    expect(await client.call()).toBe(5);
  });

  it('a signature value changed', async () => {
    const r = client.add();
    flipBase64(first(parts(r.envelope).security, 'SignatureValue', DS));
    await refused(r, /signature value does not verify/);
  });

  it('a Reference removed from the primary signature (the Body no longer covered)', async () => {
    const r = client.add();
    const signedInfo = first(parts(r.envelope).security, 'SignedInfo', DS);
    const bodyId = parts(r.envelope).body.getAttribute('Id', WSU);
    signedInfo.removeChild(signedInfo.elements().find((e) => e.getAttribute('URI') === `#${bodyId}`)!);
    await refused(r, /signature value does not verify/);
  });

  it('a signature whose KeyInfo names an unknown token', async () => {
    const r = client.add();
    const keyInfo = first(first(parts(r.envelope).security, 'Signature', DS), 'KeyInfo', DS);
    first(keyInfo, 'Reference', WSSE).setAttribute('URI', '#_nobody');
    await refused(r, /No token in the Security header has the id/);
  });

  it('the endorsing signature over another element than the primary signature', async () => {
    const r = client.add();
    const { security, find } = parts(r.envelope);
    const [, endorsing] = find(security, 'Signature', DS);
    const reference = first(endorsing, 'Reference', DS);
    reference.setAttribute('URI', `#${first(r.envelope, 'Timestamp', WSU).getAttribute('Id', WSU)}`);
    await refused(r, /signature value does not verify|sign exactly the primary signature/);
  });
});
