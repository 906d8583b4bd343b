import { AsyncLock } from './AsyncLock';
import { ConcurrencyMode, InstanceContextMode } from '../description';

/**
 * An instance with its concurrency gate: WCF's InstanceContext. ConcurrencyMode.Multiple lets every call in;
 * Single (and Reentrant, which has no callbacks to re-enter here) admit one call at a time, in arrival order
 * (ExclusiveInstanceContext). A PerSession service keeps one per open session, so it holds no more than it must.
 */
export class InstanceContext {
  constructor(readonly instance: object) {}

  static create(instance: object, concurrencyMode: ConcurrencyMode): InstanceContext {
    return concurrencyMode === ConcurrencyMode.Multiple
      ? new InstanceContext(instance)
      : new ExclusiveInstanceContext(instance);
  }

  invoke<T>(call: () => Promise<T>): Promise<T> {
    return call();
  }

  release(): void {
    releaseInstance(this.instance);
  }
}

/** One call at a time: the context is its own AsyncLock (one object per session rather than two). */
class ExclusiveInstanceContext extends AsyncLock implements InstanceContext {
  constructor(readonly instance: object) {
    super();
  }

  invoke<T>(call: () => Promise<T>): Promise<T> {
    return this.run(call);
  }

  release(): void {
    releaseInstance(this.instance);
  }
}

function releaseInstance(instance: object): void {
  const disposable = instance as { dispose?: () => unknown };
  if (typeof disposable.dispose === 'function') disposable.dispose();
}

/**
 * Chooses the instance for a call per InstanceContextMode: Single shares one, PerCall makes one per call,
 * PerSession one per channel session — and, on a sessionless channel, one per call, as WCF degrades it.
 */
export class InstanceContextProvider {
  private single: InstanceContext | undefined;
  private readonly perSession = new Map<string, InstanceContext>();

  constructor(
    private readonly create: () => object,
    readonly mode: InstanceContextMode,
    private readonly concurrencyMode: ConcurrencyMode,
    singletonInstance?: object,
  ) {
    if (singletonInstance) this.single = InstanceContext.create(singletonInstance, concurrencyMode);
  }

  /** The context for a call, and whether it must be released when the call ends. */
  acquire(sessionId: string | undefined): { context: InstanceContext; releaseAfterCall: boolean } {
    if (this.mode === InstanceContextMode.Single) {
      this.single ??= InstanceContext.create(this.create(), this.concurrencyMode);
      return { context: this.single, releaseAfterCall: false };
    }
    if (this.mode === InstanceContextMode.PerSession && sessionId !== undefined) {
      let context = this.perSession.get(sessionId);
      if (!context) {
        context = InstanceContext.create(this.create(), this.concurrencyMode);
        this.perSession.set(sessionId, context);
      }
      return { context, releaseAfterCall: false };
    }
    return { context: InstanceContext.create(this.create(), this.concurrencyMode), releaseAfterCall: true };
  }

  /** Called when a session ends (close, cancel, fault, timeout): its instance is released. */
  releaseSession(sessionId: string): void {
    const context = this.perSession.get(sessionId);
    if (context) {
      this.perSession.delete(sessionId);
      context.release();
    }
  }

  get sessionInstanceCount(): number {
    return this.perSession.size;
  }

  releaseAll(): void {
    for (const id of [...this.perSession.keys()]) this.releaseSession(id);
    this.single?.release();
  }
}
