/**
 * Issue 5, bad input: RST/SCT requests that pass the bootstrap (secured by a trusted client certificate exactly
 * as WCF's client secures them) but ask for what the binding does not issue — a key size Basic256 does not
 * accept, no entropy under CombinedEntropy, another token type, another request type. The point is the RST
 * validation (RS WSTrust ProcessRstAndIssueKey; SecuritySessionSecurityTokenAuthenticator.IssueToken): WCF's
 * authenticator turns each into its CreateFault — Sender / InvalidRequest — and no session is issued; the host
 * serves the next client.
 *
 * Beyond what every test below asserts, the last one pins WCF's fault exactly (RS
 * SecuritySessionSecurityTokenAuthenticator.CreateFault and the RST listener that sends it): the subcode's
 * namespace is WS-Trust February 2005 for every binding version (TrustFeb2005Strings.Namespace is hard-coded),
 * and the fault is the RST operation's reply, so the bootstrap secures it (the request was verified).
 */
import { randomBytes } from 'node:crypto';
import { SecurityFaultReasons } from '../../../src/security/SecurityFaults';
import { XmlElement, XmlText } from '../../../src/xml';
import { RawSessionClient, type Answer } from './fixtures/rawSessionClient';
import {
  expectHostServes,
  logSince,
  openSessionHost,
  SESSION_VERSIONS,
  sessionState,
  type SessionHost,
} from './fixtures/sessionHost';

const WS_TRUST_FEB2005 = 'http://schemas.xmlsoap.org/ws/2005/02/trust';
const SAML11_TOKEN_TYPE = 'http://docs.oasis-open.org/wss/oasis-wss-saml-token-profile-1.1#SAMLV1.1';

function child(rst: XmlElement, localName: string): XmlElement {
  const e = rst.elements().find((c) => c.localName === localName);
  if (!e) throw new Error(`The RST has no ${localName}`);
  return e;
}

function setText(e: XmlElement, text: string): void {
  for (const c of [...e.children]) e.removeChild(c);
  e.appendChild(new XmlText(text));
}

describe.each(SESSION_VERSIONS)('RST/SCT the binding cannot serve (%s)', (_, version) => {
  const trustNamespace =
    version.trustVersion === 'WSTrust13'
      ? 'http://docs.oasis-open.org/ws-sx/ws-trust/200512'
      : WS_TRUST_FEB2005;
  let service: SessionHost;
  let client: RawSessionClient;
  beforeAll(async () => {
    service = await openSessionHost({ version });
    client = new RawSessionClient(service.address, version);
  });
  afterAll(async () => {
    await service.close();
  });

  /** The RST bodies under test: each differs from WCF's in one respect. */
  const cases: readonly (readonly [string, () => XmlElement, RegExp])[] = [
    [
      'a KeySize Basic256 does not accept (128 bits)',
      () => client.issueBody(randomBytes(32), 128),
      /128-bit key/,
    ],
    [
      'a KeySize that is not whole octets (250 bits)',
      () => client.issueBody(randomBytes(32), 250),
      /250-bit key/,
    ],
    [
      'no Entropy under CombinedEntropy',
      () => {
        const body = client.issueBody();
        body.removeChild(child(body, 'Entropy'));
        return body;
      },
      /requires the requestor entropy/,
    ],
    [
      'a TokenType other than the SCT (SAML 1.1)',
      () => {
        const body = client.issueBody();
        setText(child(body, 'TokenType'), SAML11_TOKEN_TYPE);
        return body;
      },
      /is not a security context token/,
    ],
    [
      'a RequestType of Validate',
      () => {
        const body = client.issueBody();
        setText(child(body, 'RequestType'), `${client.driver.trustNamespace}/Validate`);
        return body;
      },
      /RequestType .*Validate.* is not supported/,
    ],
    [
      'a RequestType of Cancel under the RST/SCT action (no CancelTarget)',
      () => {
        const body = client.issueBody();
        setText(child(body, 'RequestType'), client.driver.requestTypes.cancel);
        return body;
      },
      /cancel request has no CancelTarget|does not request issuance/,
    ],
    [
      "the other WS-Trust version's RequestSecurityToken",
      () => {
        const other = SESSION_VERSIONS.find(([, v]) => v !== version)![1];
        return new RawSessionClient(service.address, other).issueBody();
      },
      /is not a RequestSecurityToken of this WS-Trust version/,
    ],
  ];

  it.each(cases)('%s → Sender / InvalidRequest, no session issued', async (_name, body, why) => {
    const pending = service.log.length;
    const before = sessionState(service);
    const rst = client.rst(body());
    const answer: Answer = await client.sendRst(rst);
    expect(answer.status).toBe(500);
    expect(answer.fault).toMatchObject({ code: 'Sender', reason: SecurityFaultReasons.InvalidRequest });
    expect(answer.fault?.subcode).toMatch(/\}InvalidRequest$/);
    expect([trustNamespace, WS_TRUST_FEB2005]).toContain(
      answer.fault?.subcode.slice(1, answer.fault.subcode.indexOf('}')),
    );
    expect(answer.message.body?.localName).toBe('Fault');
    expect(logSince(service, pending)).toMatch(why);
    expect(sessionState(service)).toEqual(before);
    await expectHostServes(service);
  });

  it("WCF's InvalidRequest: the WS-Trust February 2005 namespace, and the fault secured by the bootstrap", async () => {
    const answer = await client.sendRst(client.rst(client.issueBody(randomBytes(32), 128)));
    expect(answer.fault?.subcode).toBe(`{${WS_TRUST_FEB2005}}InvalidRequest`);
    expect(answer.secured).toBe(true);
  });
});
