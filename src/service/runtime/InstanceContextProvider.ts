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
 * Where a session keeps its InstanceContext: the dispatcher's state for the session's channel (ChannelPump),
 * which lives exactly as long as the session — one field there rather than an entry in a map by session id.
 */
export interface SessionInstanceSlot {
  instanceContext: InstanceContext | undefined;
}

/**
 * Chooses the instance for a call per InstanceContextMode: Single shares one, PerCall makes one per call,
 * PerSession one per channel session — and, on a sessionless channel, one per call, as WCF degrades it.
 */
export class InstanceContextProvider {
  private single: InstanceContext | undefined;
  private sessionInstances = 0;

  constructor(
    private readonly create: () => object,
    readonly mode: InstanceContextMode,
    private readonly concurrencyMode: ConcurrencyMode,
    singletonInstance?: object,
  ) {
    if (singletonInstance) this.single = InstanceContext.create(singletonInstance, concurrencyMode);
  }

  /** The context for a call (`session`: its session's slot), and whether it must be released when the call ends. */
  acquire(session: SessionInstanceSlot | undefined): { context: InstanceContext; releaseAfterCall: boolean } {
    if (this.mode === InstanceContextMode.Single) {
      this.single ??= InstanceContext.create(this.create(), this.concurrencyMode);
      return { context: this.single, releaseAfterCall: false };
    }
    if (this.mode === InstanceContextMode.PerSession && session !== undefined) {
      if (!session.instanceContext) {
        session.instanceContext = InstanceContext.create(this.create(), this.concurrencyMode);
        this.sessionInstances++;
      }
      return { context: session.instanceContext, releaseAfterCall: false };
    }
    return { context: InstanceContext.create(this.create(), this.concurrencyMode), releaseAfterCall: true };
  }

  /** Called when a session ends (close, cancel, fault, timeout): its instance is released. */
  releaseSession(session: SessionInstanceSlot): void {
    const context = session.instanceContext;
    if (!context) return;
    session.instanceContext = undefined;
    this.sessionInstances--;
    context.release();
  }

  /** PerSession instances made and not yet released. */
  get sessionInstanceCount(): number {
    return this.sessionInstances;
  }

  /**
   * The singleton's release, at the host's close or abort. Session instances are released by their session
   * channels closing (the dispatchers close or abort every channel before this).
   */
  releaseAll(): void {
    this.single?.release();
  }
}
