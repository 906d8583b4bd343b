/**
 * WCF's CommunicationObject state machine: Created → Opening → Opened → Closing → Closed, Faulted on failure,
 * abort() as the immediate way out, and open/close timeouts reported as TimeoutException.
 */
import { CommunicationObjectStateException, TimeoutException } from '../../src/channels/CommunicationErrors';
import { CommunicationObject } from '../../src/channels/CommunicationObject';
import { CommunicationState } from '../../src/channels/CommunicationState';

/** A communication object whose hooks take as long as told, fail when told, and record that they ran. */
class Probe extends CommunicationObject {
  readonly calls: string[] = [];
  openDelay = 0;
  closeDelay = 0;
  openError: Error | undefined;

  constructor(openTimeout?: number, closeTimeout?: number) {
    super(openTimeout, closeTimeout);
  }

  use(): void {
    this.throwIfNotOpened();
  }

  /** Use that opens on demand, as a channel's first call does. */
  async useOpening(): Promise<CommunicationState> {
    await this.ensureOpened();
    return this.state;
  }

  failNow(): void {
    this.fault();
  }

  protected async onOpen(): Promise<void> {
    this.calls.push('onOpen');
    await delay(this.openDelay);
    if (this.openError) throw this.openError;
  }

  protected async onClose(): Promise<void> {
    this.calls.push('onClose');
    await delay(this.closeDelay);
  }

  protected onAbort(): void {
    this.calls.push('onAbort');
  }
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('CommunicationObject', () => {
  it('starts in Created and goes through Opening to Opened', async () => {
    const probe = new Probe();
    expect(probe.state).toBe(CommunicationState.Created);
    probe.openDelay = 5;
    const opening = probe.open();
    expect(probe.state).toBe(CommunicationState.Opening);
    await opening;
    expect(probe.state).toBe(CommunicationState.Opened);
  });

  it('refuses to open twice and stays Opened', async () => {
    const probe = new Probe();
    await probe.open();
    await expect(probe.open()).rejects.toThrow(CommunicationObjectStateException);
    await expect(probe.open()).rejects.toThrow(
      'The communication object, Probe, cannot be opened: its state is Opened.',
    );
    expect(probe.state).toBe(CommunicationState.Opened);
    expect(probe.calls).toEqual(['onOpen']);
  });

  it('refuses to open once closed', async () => {
    const probe = new Probe();
    await probe.open();
    await probe.close();
    await expect(probe.open()).rejects.toThrow(CommunicationObjectStateException);
  });

  it('goes through Closing to Closed on close, running onClose and not onAbort', async () => {
    const probe = new Probe();
    await probe.open();
    probe.closeDelay = 5;
    const closing = probe.close();
    expect(probe.state).toBe(CommunicationState.Closing);
    await closing;
    expect(probe.state).toBe(CommunicationState.Closed);
    expect(probe.calls).toEqual(['onOpen', 'onClose']);
  });

  it('aborts instead of closing an object that was never opened', async () => {
    const probe = new Probe();
    await probe.close();
    expect(probe.state).toBe(CommunicationState.Closed);
    expect(probe.calls).toEqual(['onAbort']);
  });

  it('shares one close between concurrent callers and ignores a close once Closed', async () => {
    const probe = new Probe();
    await probe.open();
    probe.closeDelay = 5;
    await Promise.all([probe.close(), probe.close()]);
    await probe.close();
    expect(probe.calls.filter((c) => c === 'onClose')).toHaveLength(1);
  });

  it('aborts at once from Opened, runs onAbort once, and then ignores further aborts', async () => {
    const probe = new Probe();
    await probe.open();
    probe.abort();
    probe.abort();
    expect(probe.state).toBe(CommunicationState.Closed);
    expect(probe.calls).toEqual(['onOpen', 'onAbort']);
  });

  it('runs onClosed callbacks once when closed, and at once when registered after', async () => {
    const probe = new Probe();
    const seen: string[] = [];
    probe.onClosed(() => seen.push('before'));
    await probe.open();
    probe.abort();
    probe.abort();
    probe.onClosed(() => seen.push('after'));
    expect(seen).toEqual(['before', 'after']);
  });

  it('runs several onClosed callbacks and listener objects in registration order', async () => {
    const probe = new Probe();
    const seen: string[] = [];
    probe.onClosed(() => seen.push('first'));
    probe.onClosed({ communicationObjectClosed: () => seen.push('listener') });
    probe.onClosed(() => seen.push('third'));
    await probe.open();
    await probe.close();
    probe.onClosed({ communicationObjectClosed: () => seen.push('late listener') });
    expect(seen).toEqual(['first', 'listener', 'third', 'late listener']);
  });

  it('lets an abort during opening win over the open that completes later', async () => {
    const probe = new Probe();
    probe.openDelay = 10;
    const opening = probe.open();
    probe.abort();
    await opening;
    expect(probe.state).toBe(CommunicationState.Closed);
  });

  it('faults when onOpen fails, passing the error on; a faulted object is closed by aborting it', async () => {
    const probe = new Probe();
    probe.openError = new Error('port in use');
    await expect(probe.open()).rejects.toThrow('port in use');
    expect(probe.state).toBe(CommunicationState.Faulted);
    await probe.close();
    expect(probe.state).toBe(CommunicationState.Closed);
    expect(probe.calls).toEqual(['onOpen', 'onAbort']);
  });

  it('throws a TimeoutException naming the object when open takes longer than its timeout, and faults', async () => {
    const probe = new Probe();
    probe.openDelay = 200;
    await expect(probe.open(20)).rejects.toThrow(
      new TimeoutException('Opening Probe did not complete within the allotted timeout of 00:00:00.0200000.'),
    );
    expect(probe.state).toBe(CommunicationState.Faulted);
  });

  it('uses the default open timeout it was constructed with', async () => {
    const probe = new Probe(20);
    probe.openDelay = 200;
    await expect(probe.open()).rejects.toThrow(TimeoutException);
  });

  it('throws a TimeoutException when close takes longer than its timeout, and aborts the object', async () => {
    const probe = new Probe(undefined, 20);
    await probe.open();
    probe.closeDelay = 200;
    await expect(probe.close()).rejects.toThrow(TimeoutException);
    expect(probe.state).toBe(CommunicationState.Closed);
    expect(probe.calls).toEqual(['onOpen', 'onClose', 'onAbort']);
  });

  it('opens on first use, and uses that start while it opens wait for that one open', async () => {
    const probe = new Probe();
    probe.openDelay = 10;
    await expect(Promise.all([probe.useOpening(), probe.useOpening(), probe.useOpening()])).resolves.toEqual([
      'Opened',
      'Opened',
      'Opened',
    ]);
    expect(probe.calls).toEqual(['onOpen']);
  });

  it('fails every use waiting on an open that fails', async () => {
    const probe = new Probe();
    probe.openDelay = 5;
    probe.openError = new Error('no route');
    const uses = [probe.useOpening(), probe.useOpening()];
    await expect(uses[0]).rejects.toThrow('no route');
    await expect(uses[1]).rejects.toThrow('no route');
  });

  it('refuses use before open, after close and once faulted', async () => {
    const probe = new Probe();
    expect(() => probe.use()).toThrow(
      'The communication object, Probe, cannot be used for communication because it is in the Created state.',
    );
    await probe.open();
    probe.use();
    probe.failNow();
    expect(probe.state).toBe(CommunicationState.Faulted);
    expect(() => probe.use()).toThrow(CommunicationObjectStateException);
    probe.abort();
    expect(() => probe.use()).toThrow('because it is in the Closed state.');
  });
});
