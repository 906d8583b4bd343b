/**
 * A contract's session shape at run time (WCF's "How to: Create a Service That Requires Sessions";
 * OperationContractAttribute.IsInitiating / IsTerminating), over real HTTP(S) on loopback with the whole stack:
 *
 * - the proxy refuses a non-initiating operation as the call that would open its session, before sending
 *   anything (RS ServiceChannel.PrepareCall), and closes its session after the terminating operation's reply
 *   (TerminatingOperationBehavior) — for a secure session that is RST/SCT/Cancel, which releases the service's
 *   PerSession instance — refusing any later call;
 * - the service lets only an initiating operation start a session (its contract filter holds the initiating
 *   actions: ActionNotSupported otherwise, and no instance is made), answers SessionTerminated to anything after
 *   the terminating operation, and ends a session whose client does not close it within closeTimeout.
 *
 * The proxy cases run over both session bindings Indigo has; the wire cases use the raw session client (it
 * speaks the X.509 bootstrap of the first), because Indigo's own proxy never sends what they test.
 */
import { randomUUID } from 'node:crypto';
import { InvalidOperationException } from '../../../src/channels/CommunicationErrors';
import { CommunicationState } from '../../../src/channels/CommunicationState';
import { FaultException } from '../../../src/channels/FaultException';
import { Message } from '../../../src/channels/Message';
import { MessageVersion } from '../../../src/channels/MessageVersion';
import { ContractDescription } from '../../../src/service/description';
import { DispatcherNamespace } from '../../../src/service/runtime/DispatcherFaults';
import { OperationFormatter } from '../../../src/service/serialization';
import type { XmlElement } from '../../../src/xml';
import {
  calculatorSessionFactory,
  ICalculatorSession,
  instances,
  openCalculatorSessionHost,
  SESSION_BINDING_CASES,
  type CalculatorSessionHost,
  type SessionBindingCase,
} from './fixtures/calculatorSession';
import { RawSessionClient, type RawSessionToken } from './fixtures/rawSessionClient';

const WSA = 'http://www.w3.org/2005/08/addressing';

/** Until `check` holds (the service ends a session just after it answers), or fails after `ms`. */
async function eventually(check: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('the condition did not hold in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function faultOf(call: Promise<unknown>): Promise<FaultException> {
  try {
    await call;
  } catch (err) {
    expect(err).toBeInstanceOf(FaultException);
    return err as FaultException;
  }
  throw new Error('the call did not fail');
}

describe.each(SESSION_BINDING_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  async function withCalculator(
    run: (
      open: () => Promise<ICalculatorSession & { state: CommunicationState; open(): Promise<void> }>,
      host: CalculatorSessionHost,
    ) => Promise<void>,
  ): Promise<void> {
    const host = await openCalculatorSessionHost(c);
    const factory = calculatorSessionFactory(c, host.address);
    try {
      await run(() => factory.createChannel(), host);
    } finally {
      factory.abort();
      await host.close();
    }
  }

  it('a session called in the contract’s order — clear, arithmetic, equals — answers its own result', async () => {
    await withCalculator(async (open) => {
      const [a, b] = [await open(), await open()];
      await a.clear();
      await b.clear();
      await a.addTo(2);
      await b.addTo(10);
      await a.multiplyBy(21);
      expect(await a.equals()).toBe(42);
      expect(await b.equals()).toBe(10);
    });
  });

  it('the proxy refuses a non-initiating operation as its first call, with InvalidOperationException, before sending anything', async () => {
    await withCalculator(async (open, host) => {
      const proxy = await open();
      const refused = proxy.addTo(1);
      await expect(refused).rejects.toBeInstanceOf(InvalidOperationException);
      await expect(refused).rejects.toThrow(
        "The operation 'AddTo' cannot be the first operation to be called because IsInitiating is false.",
      );
      expect(proxy.state).toBe(CommunicationState.Created);
      expect(host.sessionCount).toBe(0);
      expect(instances.created).toBe(0);
      // The proxy is still usable: an initiating call opens its session.
      await proxy.clear();
      await proxy.addTo(3);
      expect(await proxy.equals()).toBe(3);
    });
  });

  it('after an explicit open(), a non-initiating first call goes out and the service refuses it with ActionNotSupported, making no instance', async () => {
    await withCalculator(async (open, host) => {
      const proxy = await open();
      await proxy.open();
      const fault = await faultOf(proxy.equals());
      expect(fault.code.subCode?.name).toBe('ActionNotSupported');
      expect(fault.code.subCode?.namespace).toBe(WSA);
      expect(instances.created).toBe(0);
      expect(host.log).toEqual([]);
    });
  });

  it('after the terminating operation the proxy closes itself: its session ends on the service and the PerSession instance is released', async () => {
    await withCalculator(async (open, host) => {
      const proxy = await open();
      await proxy.clear();
      await proxy.addTo(5);
      expect(host.sessionCount).toBe(1);
      expect(await proxy.equals()).toBe(5);
      expect(proxy.state).toBe(CommunicationState.Closed);
      await eventually(() => host.sessionCount === 0 && instances.released === 1);
      expect(instances.created).toBe(1);
      expect(host.log).toEqual([]);
    });
  });

  it('a call after the terminating operation fails with InvalidOperationException naming it, and nothing is sent', async () => {
    await withCalculator(async (open, host) => {
      const proxy = await open();
      await proxy.clear();
      await proxy.equals();
      const refused = proxy.clear();
      await expect(refused).rejects.toBeInstanceOf(InvalidOperationException);
      await expect(refused).rejects.toThrow(
        "This channel cannot send any more messages because IsTerminating operation 'Equals' has already been called.",
      );
      expect(instances.created).toBe(1);
      expect(host.log).toEqual([]);
    });
  });
});

/** ICalculatorSession requests on a raw secure session: what a client other than Indigo's proxy may send. */
class RawCalculatorSession {
  private static readonly contract = ContractDescription.getContract(ICalculatorSession);
  readonly client: RawSessionClient;
  token!: RawSessionToken;

  constructor(readonly host: CalculatorSessionHost) {
    this.client = new RawSessionClient(host.address);
  }

  async open(): Promise<void> {
    this.token = await this.client.issue();
  }

  request(methodName: keyof ICalculatorSession, args: readonly unknown[] = []): XmlElement {
    const operation = RawCalculatorSession.contract.findOperationByMethodName(methodName)!;
    const version = MessageVersion.Soap12WSAddressing10;
    const message = Message.createMessage(
      version,
      operation.action,
      OperationFormatter.serializeRequest(operation, args),
    );
    if (!operation.isOneWay) {
      message.headers.messageId = `urn:uuid:${randomUUID()}`;
      message.headers.replyTo = version.addressing.anonymousUri;
    }
    message.headers.to = this.host.address;
    return this.client.session
      .secure(message, this.token, 'request', { tokenElement: this.token.element.clone() })
      .toEnvelope();
  }

  /** A one-way request: the service accepts it with 202 and no body. */
  async send(methodName: 'clear' | 'addTo' | 'multiplyBy', args: readonly unknown[] = []): Promise<number> {
    return (await this.client.post(this.request(methodName, args))).status;
  }

  /** equals(): the answer as the client reads it (a reply or fault the session's key protects, or not). */
  equals(): ReturnType<RawSessionClient['send']> {
    return this.client.send(this.token, this.request('equals'));
  }
}

describe('the service side of the session shape, on the wire (secure session over X.509)', () => {
  const c: SessionBindingCase = SESSION_BINDING_CASES[0];

  async function withRawSession(
    run: (session: RawCalculatorSession, host: CalculatorSessionHost) => Promise<void>,
    options: { closeTimeout?: number } = {},
  ): Promise<void> {
    const host = await openCalculatorSessionHost(c, options);
    try {
      const session = new RawCalculatorSession(host);
      await session.open();
      await run(session, host);
    } finally {
      await host.close();
    }
  }

  it('a non-initiating first request is ActionNotSupported, makes no instance, and leaves the session open for an initiating one', async () => {
    await withRawSession(async (session, host) => {
      const refused = await session.equals();
      expect(refused.secured).toBe(true);
      expect(refused.fault?.subcode).toBe(`{${WSA}}ActionNotSupported`);
      expect(instances.created).toBe(0);
      expect(host.sessionCount).toBe(1);
      expect(await session.send('clear')).toBe(202);
      expect(await session.send('addTo', [7])).toBe(202);
      const answer = await session.equals();
      expect(answer.fault).toBeUndefined();
      expect(instances.created).toBe(1);
    });
  });

  it('a request after the terminating operation, on the same session, is answered SessionTerminated', async () => {
    await withRawSession(async (session) => {
      await session.send('clear');
      expect((await session.equals()).fault).toBeUndefined();
      const refused = await session.equals();
      expect(refused.secured).toBe(true);
      expect(refused.fault?.code).toBe('Sender');
      expect(refused.fault?.subcode).toBe(`{${DispatcherNamespace}}SessionTerminated`);
      expect(refused.fault?.reason).toMatch(/An operation marked as IsTerminating has already been invoked/);
      expect(refused.fault?.action).toBe(`${DispatcherNamespace}/fault`);
      expect(instances.created).toBe(1);
    });
  });

  it('a client that cancels its session after the terminating operation ends it at once', async () => {
    await withRawSession(async (session, host) => {
      await session.send('clear');
      await session.equals();
      expect(host.sessionCount).toBe(1);
      await session.client.cancel(session.token);
      await eventually(() => host.sessionCount === 0 && instances.released === 1);
      expect(host.log).toEqual([]);
    });
  });

  it('a client that does not close its session after the terminating operation loses it after the binding’s closeTimeout', async () => {
    await withRawSession(
      async (session, host) => {
        await session.send('clear');
        await session.equals();
        expect(host.sessionCount).toBe(1);
        expect(instances.released).toBe(0);
        await eventually(() => host.sessionCount === 0 && instances.released === 1);
        expect(host.log.join('\n')).toMatch(/has not closed the session; it was aborted/);
        await expect(session.client.cancel(session.token)).rejects.toThrow(/BadContextToken/);
      },
      { closeTimeout: 300 },
    );
  });
});
