/**
 * Session key renewal and rollover, as WCF does them (spec/secure-conversation.md §9; RS
 * SecuritySessionClientSettings, SecuritySessionServerSettings, SecuritySessionSecurityTokenAuthenticator):
 * RST/SCT/Renew over the bootstrap, endorsed by the current SCT, answered with the same Identifier under a new
 * key generation; the old key honoured for sessionKeyRolloverInterval; RenewNeeded for an expired key, after
 * which WCF's client renews and sends the request again. Real HTTP on loopback; clocks the tests move.
 */
import { MessageSecurityException } from '../../../src/channels/CommunicationErrors';
import { WSU_NAMESPACE } from '../../../src/security/wss/WssConstants';
import { SecurityFaultReasons } from '../../../src/security/SecurityFaults';
import type { SecureConversationSecurityTokenParameters } from '../../../src/security/tokens/SecureConversationSecurityTokenParameters';
import type { XmlElement } from '../../../src/xml';
import { calculator } from '../fixtures/secureCalculator';
import { ClientServices, keyGenerations, MINUTE, movableClock } from './fixtures/movableClock';
import { RawSessionClient } from './fixtures/rawSessionClient';
import { ISessionProbe, PerSessionMultiple, secureChannelFactory } from './fixtures/sessionProbe';
import { openSessionHost, SESSION_VERSIONS, sessionBinding, type SessionHost } from './fixtures/sessionHost';

/** The key generations the service holds for a session, oldest first. */
function generations(service: SessionHost, contextId: string): readonly (string | undefined)[] {
  return keyGenerations(service.host, contextId);
}

function children(e: XmlElement): XmlElement[] {
  return e.elements();
}

function securityHeader(envelope: XmlElement): XmlElement {
  const header = children(envelope).find((e) => e.localName === 'Header')!;
  return children(header).find((e) => e.localName === 'Security')!;
}

describe.each(SESSION_VERSIONS)('session key renewal (%s)', (_, version) => {
  const sc = version.secureConversationNamespace;
  const trust =
    version.trustVersion === 'WSTrust13'
      ? 'http://docs.oasis-open.org/ws-sx/ws-trust/200512'
      : 'http://schemas.xmlsoap.org/ws/2005/02/trust';
  const clock = movableClock();
  let service: SessionHost;
  let client: RawSessionClient;
  beforeAll(async () => {
    service = await openSessionHost({ version, clock });
    client = new RawSessionClient(service.address, version, { clock });
  });
  afterAll(async () => {
    await service.close();
  });

  it('sends RST/SCT/Renew as WCF does: bootstrap-secured, RenewTarget to the SCT, endorsed by the SCT', async () => {
    const token = await client.issue();
    const rst = client.renewRst(token);
    const header = children(rst.envelope).find((e) => e.localName === 'Header')!;
    expect(children(header).find((e) => e.localName === 'Action')!.textContent).toBe(
      `${trust}/RST/SCT/Renew`,
    );
    const security = securityHeader(rst.envelope);
    const names = children(security).map((e) => e.localName);
    // The bootstrap's EncryptedKey and client certificate, then the SCT and the derived key it endorses with.
    expect(names).toEqual(
      expect.arrayContaining(['EncryptedKey', 'BinarySecurityToken', 'SecurityContextToken']),
    );
    const sct = children(security).find((e) => e.localName === 'SecurityContextToken')!;
    expect(sct.namespaceUri).toBe(sc);
    expect(names.indexOf('SecurityContextToken')).toBeGreaterThan(names.indexOf('BinarySecurityToken'));
    expect(names[names.indexOf('SecurityContextToken') + 1]).toBe('DerivedKeyToken');
    // Primary and two endorsing signatures, encrypted (SignBeforeEncryptAndEncryptSignature).
    expect(names.filter((n) => n === 'EncryptedData').length).toBeGreaterThanOrEqual(3);
    await client.cancel(token);
  });

  it('answers RST/SCT/Renew with the same Identifier under a new key generation (RSTR/SCT/Renew)', async () => {
    const token = await client.issue();
    expect(await client.call(token, 'counter')).toBe(1);
    const rst = client.renewRst(token);
    const answer = await client.sendRst(rst);
    expect(answer.fault).toBeUndefined();
    expect(answer.secured).toBe(true);
    expect(answer.message.action).toBe(`${trust}/RSTR/SCT/Renew`);
    const body = answer.message.body!;
    const rstr = version.trustVersion === 'WSTrust13' ? children(body)[0] : body;
    if (version.trustVersion === 'WSTrust13')
      expect(body.localName).toBe('RequestSecurityTokenResponseCollection');
    expect(children(rstr).map((e) => e.localName)).toEqual([
      'TokenType',
      'RequestedSecurityToken',
      'RequestedAttachedReference',
      'RequestedUnattachedReference',
      'RequestedProofToken',
      'Entropy',
      'Lifetime',
      'KeySize',
    ]);
    const sct = children(children(rstr)[1])[0];
    const [identifier, instance] = children(sct);
    expect(identifier.textContent).toBe(token.contextId);
    expect(instance.localName).toBe('Instance');
    expect(instance.namespaceUri).toBe(sc);
    expect(instance.textContent).toMatch(/^urn:uuid:/);
    expect(sct.getAttribute('Id', WSU_NAMESPACE)).not.toBe(token.id);
    const unattached = children(children(children(rstr)[3])[0])[0];
    expect(unattached.getAttribute('URI')).toBe(token.contextId);
    expect(unattached.getAttribute('Instance', sc)).toBe(instance.textContent);
    await client.cancel(token);
  });

  it('keeps the session across a renewal: the same instance counts on under the new key', async () => {
    const token = await client.issue();
    expect(await client.call(token, 'counter')).toBe(1);
    const renewed = await client.renew(token);
    expect(renewed.contextId).toBe(token.contextId);
    expect(renewed.keyGeneration).toBeDefined();
    expect(renewed.key.equals(token.key)).toBe(false);
    expect(await client.call(renewed, 'counter')).toBe(2);
    await client.cancel(renewed);
  });

  it('honours the old key during sessionKeyRolloverInterval and refuses it after', async () => {
    const token = await client.issue();
    expect(await client.call(token, 'counter')).toBe(1);
    const renewed = await client.renew(token);
    expect(generations(service, token.contextId)).toEqual([undefined, renewed.keyGeneration]);
    expect(await client.call(token, 'counter')).toBe(2);
    clock.advance(5 * MINUTE + 1_000);
    const late = await client.send(token, client.operation(token, 'counter'));
    expect(late.fault).toMatchObject({ code: 'Sender', subcode: `{${sc}}BadContextToken` });
    expect(generations(service, token.contextId)).toEqual([renewed.keyGeneration]);
    expect(await client.call(renewed, 'counter')).toBe(3);
    await client.cancel(renewed);
  });

  it('faults a Renew whose RenewTarget is not the SCT that endorsed it (InvalidRequest), or that nobody holds (BadContextToken)', async () => {
    const mine = await client.issue();
    const other = await client.issue();
    const wrong = await client.tryRenew(mine, { target: other });
    expect(wrong.token).toBeUndefined();
    expect(wrong.answer.fault).toMatchObject({
      code: 'Sender',
      subcode: expect.stringMatching(/}InvalidRequest$/),
    });
    const unknown = await client.tryRenew(mine, {
      target: { contextId: 'urn:uuid:00000000-0000-0000-0000-000000000000' },
    });
    expect(unknown.answer.fault?.subcode).toMatch(/}InvalidRequest$/);
    const unendorsed = await client.tryRenew(mine, { endorser: null });
    expect(unendorsed.answer.fault?.subcode).toMatch(/}InvalidRequest$/);
    await client.cancel(other);
    const cancelled = await client.tryRenew(other);
    expect(cancelled.answer.fault).toMatchObject({
      subcode: `{${sc}}BadContextToken`,
      reason: SecurityFaultReasons.BadContextToken,
    });
    // Both refusals left the session alone.
    expect(await client.call(mine, 'counter')).toBe(1);
    await client.cancel(mine);
  });
});

describe.each(SESSION_VERSIONS)('the client renews the session key (%s)', (_, version) => {
  it('renews before the key expires: the session id is unchanged and the PerSession counter goes on', async () => {
    const clock = movableClock();
    const service = await openSessionHost({ version, clock });
    const { calc, factory } = await calculator(sessionBinding(version), service.address, (f) => {
      f['options'].services = new ClientServices(clock);
    });
    try {
      expect([await calc.counter(), await calc.counter()]).toEqual([1, 2]);
      const sessionId = calc.sessionId;
      expect(generations(service, sessionId!)).toEqual([undefined]);
      // WCF's client renews at min(60 % of the key's 15 h, 10 h) = 9 h; past it, the next call renews first.
      clock.advance(9 * 60 * MINUTE + MINUTE);
      expect(await calc.counter()).toBe(3);
      expect(calc.sessionId).toBe(sessionId);
      const [old, current] = generations(service, sessionId!);
      expect(old).toBeUndefined();
      expect(current).toMatch(/^urn:uuid:/);
      expect(await calc.counter()).toBe(4);
      await calc.close();
    } finally {
      await factory.close();
      await service.close();
    }
  });

  it('answers RenewNeeded by renewing and sending the request once more', async () => {
    // The service's key lives 1 min (and it allows 1 min of skew); the client's clock runs 3 min behind, so
    // its own renewal time has not come when the service already refuses the key.
    const serviceClock = movableClock();
    const clientClock = movableClock(-3 * MINUTE);
    const service = await openSessionHost({
      version,
      clock: serviceClock,
      configureBinding: (element) => {
        element.localServiceSettings.sessionKeyRenewalInterval = MINUTE;
        element.localServiceSettings.maxClockSkew = MINUTE;
      },
    });
    const { calc, factory } = await calculator(sessionBinding(version), service.address, (f) => {
      f['options'].services = new ClientServices(clientClock);
    });
    try {
      expect(await calc.counter()).toBe(1);
      const sessionId = calc.sessionId!;
      serviceClock.advance(3 * MINUTE);
      clientClock.advance(3 * MINUTE);
      const before = service.log.length;
      expect(await calc.counter()).toBe(2);
      expect(service.log.slice(before).join('\n')).toMatch(/answered RenewNeeded/);
      expect(calc.sessionId).toBe(sessionId);
      expect(generations(service, sessionId).at(-1)).toMatch(/^urn:uuid:/);
      expect(await calc.counter()).toBe(3);
      await calc.close();
    } finally {
      await factory.close();
      await service.close();
    }
  });

  /** A hold() sent under the current key, then a renewal while it is at the service; `before` runs then. */
  async function renewWhileHolding(
    before: (clock: ReturnType<typeof movableClock>) => void,
  ): Promise<unknown> {
    const clock = movableClock();
    const service = await openSessionHost({
      version,
      clock,
      service: PerSessionMultiple,
      contract: ISessionProbe,
    });
    const factory = secureChannelFactory(ISessionProbe, sessionBinding(version), service.address);
    factory['options'].services = new ClientServices(clock);
    try {
      const proxy = await factory.createChannel();
      await proxy.counter();
      const held = proxy.hold(1500).then(
        (instance) => instance,
        (err: unknown) => err,
      );
      await new Promise((resolve) => setTimeout(resolve, 200)); // the hold is at the service, under key 1
      clock.advance(9 * 60 * MINUTE + MINUTE); // past the client's renewal time: the next call renews first
      expect(await proxy.counter()).toBe(2);
      expect(generations(service, proxy.sessionId!).at(-1)).toMatch(/^urn:uuid:/);
      before(clock);
      return await held;
    } finally {
      factory.abort();
      await service.close();
    }
  }

  it('takes a reply under the renewed key within localClientSettings.sessionKeyRolloverInterval', async () => {
    expect(typeof (await renewWhileHolding(() => undefined))).toBe('number');
  });

  it('refuses a reply under the renewed key once sessionKeyRolloverInterval (5 min) has passed', async () => {
    const outcome = await renewWhileHolding((clock) => clock.advance(5 * MINUTE + 1000));
    expect(outcome).toBeInstanceOf(MessageSecurityException);
    expect((outcome as Error).message).toMatch(/renewed more than sessionKeyRolloverInterval/);
  });

  it('with canRenewSession false, RenewNeeded faults the session', async () => {
    const serviceClock = movableClock();
    const service = await openSessionHost({
      version,
      clock: serviceClock,
      configureBinding: (element) => {
        element.localServiceSettings.sessionKeyRenewalInterval = MINUTE;
        element.localServiceSettings.maxClockSkew = MINUTE;
      },
    });
    const clientClock = movableClock(-3 * MINUTE);
    const binding = sessionBinding(version, (element) => {
      (element.protectionTokenParameters as SecureConversationSecurityTokenParameters).canRenewSession =
        false;
    });
    const { calc, factory } = await calculator(binding, service.address, (f) => {
      f['options'].services = new ClientServices(clientClock);
    });
    try {
      expect(await calc.counter()).toBe(1);
      serviceClock.advance(3 * MINUTE);
      clientClock.advance(3 * MINUTE);
      await expect(calc.counter()).rejects.toBeInstanceOf(MessageSecurityException);
    } finally {
      factory.abort();
      await service.close();
    }
  });
});
