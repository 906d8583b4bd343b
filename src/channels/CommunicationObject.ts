import { CommunicationObjectStateException } from './CommunicationErrors';
import { CommunicationState } from './CommunicationState';
import { DefaultTimeouts, withTimeout } from './Timeouts';

export interface ICommunicationObject {
  readonly state: CommunicationState;
  open(timeoutMs?: number): Promise<void>;
  close(timeoutMs?: number): Promise<void>;
  abort(): void;
}

/**
 * What onClosed can call instead of a function: an object that is there anyway (a dispatcher's per-channel
 * state) registers itself, and no closure is made per registration.
 */
export interface ClosedListener {
  communicationObjectClosed(): void;
}

/** A function, or a ClosedListener. */
export type ClosedCallback = (() => void) | ClosedListener;

function runClosedCallback(callback: ClosedCallback): void {
  if (typeof callback === 'function') callback();
  else callback.communicationObjectClosed();
}

/**
 * WCF's CommunicationObject state machine: Created → Opening → Opened → Closing → Closed, with Faulted on
 * failure and abort() as the immediate, non-graceful way out. Subclasses implement the three hooks.
 */
export abstract class CommunicationObject implements ICommunicationObject {
  private currentState: CommunicationState = CommunicationState.Created;
  private opening: Promise<void> | undefined;
  private closing: Promise<void> | undefined;
  /** Most objects get one callback (their owner's): that one alone, an array only for more. */
  private closedCallbacks: ClosedCallback | ClosedCallback[] | undefined;

  protected constructor(
    protected readonly defaultOpenTimeout: number = DefaultTimeouts.openTimeout,
    protected readonly defaultCloseTimeout: number = DefaultTimeouts.closeTimeout,
  ) {}

  get state(): CommunicationState {
    return this.currentState;
  }

  /** Registers a callback run once when the object reaches Closed (by close or abort). */
  onClosed(callback: ClosedCallback): void {
    const known = this.closedCallbacks;
    if (this.currentState === CommunicationState.Closed) runClosedCallback(callback);
    else if (known === undefined) this.closedCallbacks = callback;
    else if (Array.isArray(known)) known.push(callback);
    else this.closedCallbacks = [known, callback];
  }

  async open(timeoutMs: number = this.defaultOpenTimeout): Promise<void> {
    if (this.currentState !== CommunicationState.Created) {
      throw new CommunicationObjectStateException(
        `The communication object, ${this.constructor.name}, cannot be opened: its state is ${this.currentState}.`,
      );
    }
    this.currentState = CommunicationState.Opening;
    this.opening = (async () => {
      try {
        await withTimeout(this.onOpen(timeoutMs), timeoutMs, `Opening ${this.constructor.name}`);
      } catch (err) {
        this.fault();
        throw err;
      }
      // An abort during opening wins.
      if (this.currentState === CommunicationState.Opening) this.currentState = CommunicationState.Opened;
      // Only uses during opening wait for it; a long-lived object (a service's session channel) keeps no promise.
      this.opening = undefined;
    })();
    return this.opening;
  }

  /**
   * Opens the object on first use, as WCF opens a channel implicitly on its first call. Uses that start while
   * it is opening wait for the same open instead of failing because the state is not yet Opened.
   */
  protected async ensureOpened(timeoutMs: number = this.defaultOpenTimeout): Promise<void> {
    if (this.currentState === CommunicationState.Created) await this.open(timeoutMs);
    else if (this.currentState === CommunicationState.Opening) await this.opening;
    this.throwIfNotOpened();
  }

  async close(timeoutMs: number = this.defaultCloseTimeout): Promise<void> {
    switch (this.currentState) {
      case CommunicationState.Closed:
        return;
      case CommunicationState.Closing:
        return this.closing;
      case CommunicationState.Created:
      case CommunicationState.Opening:
      case CommunicationState.Faulted:
        // WCF: closing an object that never opened (or faulted) aborts it.
        this.abort();
        return;
    }
    this.currentState = CommunicationState.Closing;
    this.closing = (async () => {
      try {
        await withTimeout(this.onClose(timeoutMs), timeoutMs, `Closing ${this.constructor.name}`);
        this.markClosed();
      } catch (err) {
        this.abort();
        throw err;
      }
    })();
    return this.closing;
  }

  abort(): void {
    if (this.currentState === CommunicationState.Closed) return;
    try {
      this.onAbort();
    } finally {
      this.markClosed();
    }
  }

  /** Moves to Faulted: the object can only be aborted from now on. */
  protected fault(): void {
    if (this.currentState === CommunicationState.Closed) return;
    this.currentState = CommunicationState.Faulted;
  }

  protected throwIfNotOpened(): void {
    if (this.currentState !== CommunicationState.Opened) {
      throw new CommunicationObjectStateException(
        `The communication object, ${this.constructor.name}, cannot be used for communication because it is in the ${this.currentState} state.`,
      );
    }
  }

  private markClosed(): void {
    this.currentState = CommunicationState.Closed;
    const callbacks = this.closedCallbacks;
    this.closedCallbacks = undefined;
    if (Array.isArray(callbacks)) for (const callback of callbacks) runClosedCallback(callback);
    else if (callbacks) runClosedCallback(callbacks);
  }

  protected abstract onOpen(timeoutMs: number): Promise<void>;
  protected abstract onClose(timeoutMs: number): Promise<void>;
  protected abstract onAbort(): void;
}
