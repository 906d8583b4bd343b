/**
 * Issue 5, bad input: session messages whose Security Context Token the service does not hold — one it never
 * issued, one the client cancelled, one whose key has expired. WCF (and Indigo) answers the first two with its session
 * demux fault (RS SecurityUtils.CreateSecurityContextNotFoundFault via SecuritySessionDemuxFailureHandler):
 * unsecured, Sender / BadContextToken in the WS-SecureConversation namespace of the binding's version, the
 * addressing version's default fault action, RelatesTo the request. An expired key is not an unknown token in
 * WCF: ServerSecuritySessionChannel.CheckIncomingToken answers RenewNeeded (CanRenewSession defaults to true),
 * a fault secured with the session's key (SendRenewFault) — the client then renews. After each refusal the host
 * serves a new client.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { LocalServiceSecuritySettings } from '../../../src/security/LocalSecuritySettings';
import { SecurityFaultReasons } from '../../../src/security/SecurityFaults';
import { RawSessionClient, type Answer, type RawSessionToken } from './fixtures/rawSessionClient';
import {
  expectHostServes,
  logSince,
  openSessionHost,
  SESSION_VERSIONS,
  type SessionHost,
} from './fixtures/sessionHost';

const ADDRESSING_FAULT_ACTION = 'http://www.w3.org/2005/08/addressing/soap/fault';

/** A clock the test moves: the system clock plus an offset. */
function movableClock(): { now(): number; advance(ms: number): void; reset(): void } {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance: (ms) => (offset += ms),
    reset: () => (offset = 0),
  };
}

function expectBadContextToken(answer: Answer, scNamespace: string, requestId: string | undefined): void {
  expect(answer.status).toBe(500);
  expect(answer.secured).toBe(false);
  expect(answer.fault).toEqual({
    code: 'Sender',
    subcode: `{${scNamespace}}BadContextToken`,
    reason: SecurityFaultReasons.BadContextToken,
    action: ADDRESSING_FAULT_ACTION,
  });
  expect(answer.relatesTo).toBe(requestId);
}

function messageIdOf(envelope: ReturnType<RawSessionClient['operation']>): string | undefined {
  const header = envelope.elements().find((e) => e.localName === 'Header');
  return header?.elements().find((e) => e.localName === 'MessageID')?.textContent;
}

describe.each(SESSION_VERSIONS)(
  'a session message with a token the service does not hold (%s)',
  (_, version) => {
    const scNamespace = version.secureConversationNamespace;
    let service: SessionHost;
    let client: RawSessionClient;
    beforeAll(async () => {
      service = await openSessionHost({ version });
      client = new RawSessionClient(service.address, version);
    });
    afterAll(async () => {
      await service.close();
    });

    it('answers an honest session (the raw client is right)', async () => {
      const token = await client.issue();
      expect(await client.call(token, 'add', [1, 2])).toBe(3);
      expect([await client.call(token, 'counter'), await client.call(token, 'counter')]).toEqual([1, 2]);
      await client.cancel(token);
    });

    it('an SCT the service never issued → BadContextToken', async () => {
      const real = await client.issue();
      const element = real.element.clone();
      const contextId = `urn:uuid:${randomUUID()}`;
      element
        .elements()
        .find((e) => e.localName === 'Identifier')!
        .setText(contextId);
      const forged: RawSessionToken = { ...real, contextId, key: randomBytes(32), element };
      const before = service.log.length;
      const request = client.operation(forged, 'add', [1, 1]);
      expectBadContextToken(await client.send(forged, request), scNamespace, messageIdOf(request));
      expect(logSince(service, before)).toMatch(/security context token is not known/);
      // The real session is not disturbed by someone guessing at others.
      expect(await client.call(real, 'counter')).toBe(1);
      await client.cancel(real);
      await expectHostServes(service);
    });

    it('an SCT the client cancelled → BadContextToken, for calls and for a second Cancel', async () => {
      const token = await client.issue();
      expect(await client.call(token, 'counter')).toBe(1);
      await client.cancel(token);
      const request = client.operation(token, 'counter');
      expectBadContextToken(await client.send(token, request), scNamespace, messageIdOf(request));
      const cancel = client.cancelMessage(token);
      expectBadContextToken(await client.send(token, cancel), scNamespace, messageIdOf(cancel));
      await expectHostServes(service);
    });
  },
);

describe.each(SESSION_VERSIONS)('a session message whose key has expired (%s)', (_, version) => {
  const scNamespace = version.secureConversationNamespace;
  const clock = movableClock();
  const local = new LocalServiceSecuritySettings();
  // Past the key's expiry (sessionKeyRenewalInterval, 15 h) and the clock skew the service allows (5 min).
  const pastExpiry = local.sessionKeyRenewalInterval + local.maxClockSkew + 60_000;
  let service: SessionHost;
  let client: RawSessionClient;
  beforeAll(async () => {
    service = await openSessionHost({ version, clock });
    // The client shares the clock: its timestamps are fresh for the service; only the key is old.
    client = new RawSessionClient(service.address, version, { clock });
  });
  afterEach(() => clock.reset());
  afterAll(async () => {
    await service.close();
  });

  it('is refused with a Sender fault (never the reply), and the host serves a new client', async () => {
    const token = await client.issue();
    expect(await client.call(token, 'counter')).toBe(1);
    clock.advance(pastExpiry);
    const answer = await client.send(token, client.operation(token, 'counter'));
    expect(answer.status).toBe(500);
    expect(answer.fault?.code).toBe('Sender');
    clock.reset();
    await expectHostServes(service);
  });

  // As WCF: RenewNeeded, secured with the session key, so that the client renews the key and resends
  // (test/security/sessions/keyRenewal.test.ts follows the renewal through).
  it("WCF's fault: RenewNeeded in the WS-SC namespace, secured with the session's key", async () => {
    const token = await client.issue();
    clock.advance(pastExpiry);
    const request = client.operation(token, 'counter');
    const answer = await client.send(token, request);
    expect(answer.fault).toMatchObject({ code: 'Sender', subcode: `{${scNamespace}}RenewNeeded` });
    expect(answer.secured).toBe(true);
    expect(answer.fault?.action).toBe(
      'http://schemas.microsoft.com/ws/2006/05/security/SecureConversationFault',
    );
    expect(answer.relatesTo).toBe(messageIdOf(request));
  });
});
