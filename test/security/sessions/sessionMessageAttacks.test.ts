/**
 * Issue 5, bad input inside a live session: messages protected with the session's own Security Context Token
 * but with keys the algorithm suite does not allow, DerivedKeyTokens beyond WCF's reader limits, a whole
 * message replayed, a message tampered with after it was secured. The service answers each as WCF's
 * ServerSecuritySessionChannel does (ProcessRequestContext → SendFaultIfRequired): an unsecured Sender fault
 * with the WS-Security subcode (SecurityUtils.CreateSecurityMessageFault), RelatesTo the request — and goes on
 * receiving: the session itself is not faulted, its honest client carries on, and so does everyone else.
 *
 * On the client side WCF faults the session channel when a reply fails its checks (the token can no longer be
 * trusted): the last test tampers with a reply in transit, through a forwarding proxy.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MessageSecurityException } from '../../../src/channels/CommunicationErrors';
import { SecurityAlgorithmSuite } from '../../../src/security/SecurityAlgorithmSuite';
import { SecurityFaultReasons } from '../../../src/security/SecurityFaults';
import { parseXml, serializeXml, XmlElement } from '../../../src/xml';
import { rawRequest } from '../../integration/fixtures/rawHttp';
import { calculator } from '../fixtures/secureCalculator';
import { RawSessionClient, type Answer, type RawSessionToken } from './fixtures/rawSessionClient';
import {
  expectHostServes,
  FEB2005,
  logSince,
  openSessionHost,
  sessionBinding,
  sessionState,
  SESSION_VERSIONS,
  type SessionHost,
} from './fixtures/sessionHost';

const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const XENC = 'http://www.w3.org/2001/04/xmlenc#';
const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';
const WSA = 'http://www.w3.org/2005/08/addressing';
const InvalidSecurity = `{${WSSE}}InvalidSecurity`;
const InvalidSecurityToken = `{${WSSE}}InvalidSecurityToken`;

/** Every element (depth-first, document order) with this name. */
function all(root: XmlElement, localName: string, ns: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    if (e.localName === localName && e.namespaceUri === ns) found.push(e);
    for (const c of e.elements()) visit(c);
  };
  visit(root);
  return found;
}

function first(root: XmlElement, localName: string, ns: string): XmlElement {
  const e = all(root, localName, ns)[0];
  if (!e) throw new Error(`no ${localName}`);
  return e;
}

function flipBase64(e: XmlElement): void {
  const bytes = Buffer.from(e.textContent, 'base64');
  bytes[bytes.length >> 1] ^= 0x01;
  e.setText(bytes.toString('base64'));
}

function messageIdOf(envelope: XmlElement): string {
  return first(envelope, 'MessageID', WSA).textContent;
}

describe.each(SESSION_VERSIONS)('a session message the session must refuse (%s)', (_, version) => {
  const sc = version.secureConversationNamespace;
  let service: SessionHost;
  let client: RawSessionClient;
  let token: RawSessionToken;
  /** The honest session's count so far: each refused message must leave it untouched. */
  let count: number;

  beforeAll(async () => {
    service = await openSessionHost({ version });
    client = new RawSessionClient(service.address, version);
    token = await client.issue();
    count = 0;
  });
  afterAll(async () => {
    await client.cancel(token);
    await service.close();
  });

  /** Refused with WCF's unsecured fault; the log says why; the session and the host go on. */
  async function refused(envelope: XmlElement | string, subcode: string, why: RegExp): Promise<Answer> {
    const before = service.log.length;
    const sessions = sessionState(service).sessions;
    const answer = await client.send(token, envelope);
    expect(answer.status).toBe(500);
    expect(answer.secured).toBe(false);
    const name = subcode.slice(subcode.indexOf('}') + 1) as keyof typeof SecurityFaultReasons;
    expect(answer.fault).toMatchObject({ code: 'Sender', subcode, reason: SecurityFaultReasons[name] });
    expect(logSince(service, before)).toMatch(why);
    // The session is not faulted by a bad request: its honest client goes on, its instance untouched.
    expect(await client.call(token, 'counter')).toBe(++count);
    expect(sessionState(service).sessions).toBe(sessions);
    await expectHostServes(service);
    return answer;
  }

  it('answers the honest session', async () => {
    expect(await client.call(token, 'counter')).toBe(++count);
    expect(await client.call(token, 'echo', ['héllo'])).toBe('héllo');
  });

  describe('derived keys', () => {
    it('a signature key derived 16 octets long (Basic256 signs with 24) → InvalidSecurity', async () => {
      // A client whose suite derives 128-bit signature keys: the message is signed with the right SCT.
      const shortKeys = client.sessionProtocol({
        suite: SecurityAlgorithmSuite.Basic256.with({ defaultSignatureKeyDerivationLength: 128 }),
      });
      const envelope = client.operation(token, 'counter', [], shortKeys);
      expect(first(envelope, 'Length', sc).textContent).toBe('16');
      const answer = await refused(envelope, InvalidSecurity, /SymmetricKeyLength|128/);
      expect(answer.relatesTo).toBe(messageIdOf(envelope));
    });

    it.each([
      [
        'an Offset of 4096 (WCF reads at most 64)',
        (dk: XmlElement) => first(dk, 'Offset', sc).setText('4096'),
        /Offset 4096 exceeds 64/,
      ],
      [
        'an Offset of 10^20',
        (dk: XmlElement) => first(dk, 'Offset', sc).setText('100000000000000000000'),
        /Offset is not a non-negative integer/,
      ],
      [
        'a Generation of 1000 (offset 1000 × 24)',
        (dk: XmlElement) => {
          const offset = first(dk, 'Offset', sc);
          offset.localName = 'Generation';
          offset.setText('1000');
        },
        /Generation 1000 exceeds|offset 24000 exceeds/,
      ],
      [
        'a Length of 4096',
        (dk: XmlElement) => first(dk, 'Length', sc).setText('4096'),
        /Length 4096 exceeds/,
      ],
      [
        'both Generation and Offset',
        (dk: XmlElement) => {
          const generation = new XmlElement(first(dk, 'Offset', sc).prefix, 'Generation', sc);
          generation.setText('1');
          dk.insertChild(dk.children.indexOf(first(dk, 'Offset', sc)), generation);
        },
        /both Generation and Offset/,
      ],
    ])('a DerivedKeyToken with %s → InvalidSecurityToken', async (_name, alter, why) => {
      const envelope = client.operation(token, 'counter');
      alter(first(envelope, 'DerivedKeyToken', sc));
      await refused(envelope, InvalidSecurityToken, why);
    });
  });

  describe('replays (detectReplays is on by default)', () => {
    it('the same message posted twice: answered once, then InvalidSecurity', async () => {
      const text = serializeXml(client.operation(token, 'counter'));
      const answer = await client.send(token, text);
      expect(answer.fault).toBeUndefined();
      ++count;
      await refused(text, InvalidSecurity, /replay/);
    });

    it('a replay with an unsigned header added (the signature value is what is remembered)', async () => {
      const envelope = client.operation(token, 'counter');
      const text = serializeXml(envelope);
      expect((await client.send(token, text)).fault).toBeUndefined();
      ++count;
      const again = parseXml(text).root;
      const extra = new XmlElement('x', 'Noise', 'urn:attacker').declareNamespace('x', 'urn:attacker');
      first(again, 'Header', SOAP12).appendChild(extra);
      await refused(again, InvalidSecurity, /replay/);
    });

    it('the RST/SCT replayed: refused, no second session', async () => {
      const rst = client.rst();
      const text = serializeXml(rst.envelope);
      const sessions = sessionState(service).sessions;
      const firstAnswer = await client.sendRst({ ...rst, envelope: parseXml(text).root });
      expect(firstAnswer.fault).toBeUndefined();
      const before = service.log.length;
      const second = await client.sendRst({ ...rst, envelope: parseXml(text).root });
      expect(second.fault).toMatchObject({ code: 'Sender', subcode: InvalidSecurity });
      expect(second.secured).toBe(false);
      expect(logSince(service, before)).toMatch(/replay/);
      // One session was issued (the first); it is pending until it carries a request.
      expect(sessionState(service)).toEqual({ sessions: sessions + 1, pending: 1 });
    });
  });

  describe('tampered after it was secured', () => {
    it('a byte of the encrypted body flipped → InvalidSecurity', async () => {
      const envelope = client.operation(token, 'add', [2, 3]);
      flipBase64(first(first(envelope, 'Body', SOAP12), 'CipherValue', XENC));
      await refused(envelope, InvalidSecurity, /./);
    });

    it('a signed header changed (wsa:MessageID) → InvalidSecurity', async () => {
      const envelope = client.operation(token, 'add', [2, 3]);
      first(envelope, 'MessageID', WSA).setText('urn:uuid:00000000-0000-0000-0000-000000000000');
      await refused(envelope, InvalidSecurity, /digest|signature/i);
    });
  });
});

/** A forwarding HTTP proxy that can tamper with the next reply. */
async function tamperingProxy(): Promise<{
  readonly url: string;
  target: string;
  tamperNextReply: boolean;
  close(): Promise<void>;
}> {
  const state = { target: '', tamperNextReply: false };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void rawRequest(state.target, {
        body: Buffer.concat(chunks),
        headers: { 'Content-Type': req.headers['content-type'] ?? '' },
      }).then(
        (answer) => {
          let body = answer.body;
          if (state.tamperNextReply) {
            state.tamperNextReply = false;
            const envelope = parseXml(body).root;
            flipBase64(first(first(envelope, 'Body', SOAP12), 'CipherValue', XENC));
            body = Buffer.from(serializeXml(envelope));
          }
          res.writeHead(answer.status, { 'Content-Type': String(answer.headers['content-type']) });
          res.end(body);
        },
        () => res.destroy(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/session`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('a session reply tampered with in transit', () => {
  it("faults the client's session channel (WCF's client behaviour); the service serves other sessions", async () => {
    const proxy = await tamperingProxy();
    const listenUri = `http://127.0.0.1:${await freePort()}/session`;
    // The endpoint's address is the proxy's (what clients put in wsa:To); it listens behind it.
    const service = await openSessionHost({
      version: FEB2005,
      configureHost: (host) => {
        const endpoint = host.endpoints[0];
        host.endpoints.length = 0;
        host.addServiceEndpoint(endpoint.contract.contractType, endpoint.binding, proxy.url, listenUri);
      },
    });
    proxy.target = listenUri;
    const { calc, factory } = await calculator(sessionBinding(FEB2005), proxy.url);
    try {
      expect(await calc.counter()).toBe(1);
      proxy.tamperNextReply = true;
      await expect(calc.counter()).rejects.toBeInstanceOf(MessageSecurityException);
      expect(calc.state).toBe('Faulted');
      await expect(calc.counter()).rejects.toThrow(/Faulted/);
      // The service never saw anything wrong: it answered; another session is served.
      expect(service.log).toEqual([]);
      const other = await calculator(sessionBinding(FEB2005), proxy.url);
      expect([await other.calc.counter(), await other.calc.counter()]).toEqual([1, 2]);
      await other.factory.close();
    } finally {
      factory.abort();
      await service.close();
      await proxy.close();
    }
  });
});
