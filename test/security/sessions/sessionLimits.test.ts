/**
 * Issue 5, the service's bounds on secure sessions (RS SecuritySessionServerSettings):
 *
 * - maxPendingSessions: issued sessions that have not carried a request yet. An RST/SCT flood beyond it is
 *   refused with ServerTooBusy in WCF's namespace (AddPendingSession's QuotaExceededException →
 *   SecuritySessionSecurityTokenAuthenticator.CreateFault); the pending count never exceeds the bound, whatever
 *   the concurrency, and established sessions are not affected.
 * - inactivityTimeout: a session that carries nothing for that long is reclaimed — its instance released
 *   (PerSession), its token forgotten, so its next message gets BadContextToken.
 */
import { MessageSecurityException } from '../../../src/channels/CommunicationErrors';
import { FaultException } from '../../../src/channels/FaultException';
import { OperationContext } from '../../../src/service/runtime/OperationContext';
import { CalculatorService } from '../../../samples/calculator/CalculatorService';
import { calculator } from '../fixtures/secureCalculator';
import { RawSessionClient, type Answer, type RawSessionToken } from './fixtures/rawSessionClient';
import {
  expectHostServes,
  FEB2005,
  openSessionHost,
  sessionBinding,
  sessionState,
  type SessionHost,
} from './fixtures/sessionHost';

const DNSE = 'http://schemas.microsoft.com/ws/2006/05/security';
const MAX_PENDING = 8;
const FLOOD = 40;

function isToken(issued: RawSessionToken | Answer): issued is RawSessionToken {
  return !('fault' in issued);
}

describe('maxPendingSessions: an RST/SCT flood', () => {
  let service: SessionHost;
  beforeAll(async () => {
    service = await openSessionHost({
      configureBinding: (element) => {
        element.localServiceSettings.maxPendingSessions = MAX_PENDING;
      },
    });
  });
  afterAll(async () => {
    await service.close();
  });

  it(`beyond ${MAX_PENDING} pending sessions → ServerTooBusy; memory bounded; established sessions unaffected`, async () => {
    // Two established sessions (each has carried a request: no longer pending).
    const a = await calculator(sessionBinding(), service.address);
    const b = await calculator(sessionBinding(), service.address);
    expect(await a.calc.counter()).toBe(1);
    expect(await b.calc.counter()).toBe(1);
    expect(sessionState(service)).toEqual({ sessions: 2, pending: 0 });

    // The flood: all at once, none ever used. The pending count is sampled throughout.
    const raw = new RawSessionClient(service.address);
    let maxPending = 0;
    const sampler = setInterval(() => {
      maxPending = Math.max(maxPending, sessionState(service).pending);
    }, 1);
    const results = await Promise.all(Array.from({ length: FLOOD }, () => raw.tryIssue()));
    clearInterval(sampler);
    maxPending = Math.max(maxPending, sessionState(service).pending);

    const issued = results.filter(isToken);
    const refused = results.filter((r): r is Answer => !isToken(r));
    expect(issued).toHaveLength(MAX_PENDING);
    expect(refused).toHaveLength(FLOOD - MAX_PENDING);
    for (const answer of refused) {
      expect(answer.status).toBe(500);
      expect(answer.fault?.subcode).toBe(`{${DNSE}}ServerTooBusy`);
    }
    expect(maxPending).toBeLessThanOrEqual(MAX_PENDING);
    expect(sessionState(service)).toEqual({ sessions: 2 + MAX_PENDING, pending: MAX_PENDING });

    // Established sessions carry on.
    expect([await a.calc.counter(), await b.calc.counter(), await a.calc.counter()]).toEqual([2, 2, 3]);

    // A new client is refused while the pending sessions hold the quota, as WCF's is (it may retry later).
    const late = await calculator(sessionBinding(), service.address);
    const error = await late.calc.counter().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MessageSecurityException);
    const fault = (error as Error).cause as FaultException;
    expect(fault).toBeInstanceOf(FaultException);
    expect(fault.code.subCode).toMatchObject({ name: 'ServerTooBusy', namespace: DNSE });
    late.factory.abort();

    // A pending session that carries its first request leaves the quota; one that is cancelled leaves entirely.
    expect(await raw.call(issued[0], 'counter')).toBe(1);
    for (const token of issued.slice(1)) await raw.cancel(token);
    expect(sessionState(service)).toEqual({ sessions: 3, pending: 0 });
    await expectHostServes(service);

    await raw.cancel(issued[0]);
    await a.factory.close();
    await b.factory.close();
    expect(sessionState(service)).toEqual({ sessions: 0, pending: 0 });
  });

  // As WCF refuses it: after the bootstrap verified the RST, inside the RST operation — a Receiver fault ("so
  // that the sender can retry"), which the bootstrap secures like any reply of that operation.
  it("WCF's ServerTooBusy: a Receiver fault, secured by the bootstrap", async () => {
    const raw = new RawSessionClient(service.address);
    const results = await Promise.all(Array.from({ length: MAX_PENDING + 1 }, () => raw.tryIssue()));
    for (const token of results.filter(isToken)) await raw.cancel(token);
    const refused = results.find((r): r is Answer => !isToken(r));
    expect(refused?.fault).toMatchObject({ code: 'Receiver', subcode: `{${DNSE}}ServerTooBusy` });
    expect(refused?.secured).toBe(true);
  });
});

/** The calculator, recording which session's instance was released (WCF calls Dispose on an IDisposable). */
class ReleaseRecordingCalculator extends CalculatorService {
  static readonly released: string[] = [];
  private sessionId: string | undefined;

  override async counter(): Promise<number> {
    this.sessionId = OperationContext.current?.sessionId;
    return super.counter();
  }

  dispose(): void {
    ReleaseRecordingCalculator.released.push(this.sessionId ?? '(none)');
  }
}

describe('inactivityTimeout: a client that never cancels', () => {
  const INACTIVITY = 300;
  let service: SessionHost;
  beforeAll(async () => {
    service = await openSessionHost({
      service: ReleaseRecordingCalculator,
      configureBinding: (element) => {
        element.localServiceSettings.inactivityTimeout = INACTIVITY;
      },
    });
  });
  afterAll(async () => {
    await service.close();
  });

  it('is reclaimed: its instance released, its SCT then answered BadContextToken; busy sessions stay', async () => {
    const idle = await calculator(sessionBinding(), service.address);
    const busy = await calculator(sessionBinding(), service.address);
    expect(await idle.calc.counter()).toBe(1);
    expect(await busy.calc.counter()).toBe(1);
    const idleId = idle.calc.sessionId!;

    // `busy` keeps calling more often than the timeout; `idle` says nothing.
    let expected = 1;
    const deadline = Date.now() + INACTIVITY * 3;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, INACTIVITY / 3));
      expect(await busy.calc.counter()).toBe(++expected);
    }
    expect(ReleaseRecordingCalculator.released).toEqual([idleId]);
    expect(service.log.join('\n')).toMatch(new RegExp(`${idleId}.*idle past its inactivityTimeout`));
    expect(sessionState(service)).toEqual({ sessions: 1, pending: 0 });

    const error = await idle.calc.counter().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MessageSecurityException);
    const fault = (error as Error).cause as FaultException;
    expect(fault.code.subCode).toMatchObject({
      name: 'BadContextToken',
      namespace: FEB2005.secureConversationNamespace,
    });
    idle.factory.abort();

    await busy.factory.close();
    expect(ReleaseRecordingCalculator.released).toEqual([idleId, busy.calc.sessionId]);
  });

  it('an issued session that never carries a request is reclaimed too (no pending session is kept forever)', async () => {
    const raw = new RawSessionClient(service.address);
    const token = await raw.issue();
    expect(sessionState(service).pending).toBe(1);
    await new Promise((r) => setTimeout(r, INACTIVITY * 2));
    expect(sessionState(service)).toEqual({ sessions: 0, pending: 0 });
    const answer = await raw.send(token, raw.operation(token, 'counter'));
    expect(answer.fault?.subcode).toBe(`{${FEB2005.secureConversationNamespace}}BadContextToken`);
    await expectHostServes(service);
  });
});
