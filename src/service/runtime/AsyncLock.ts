/**
 * A FIFO async mutex: ConcurrencyMode.Single lets one call at a time into an instance context, the others
 * wait in arrival order (WCF queues them the same way).
 */
export class AsyncLock {
  /**
   * Settles when the last call admitted so far has finished; undefined while the lock is free, so an idle lock
   * (one per PerSession instance) holds no promise: with AsyncLocalStorage on, a promise costs ~120 bytes.
   */
  private tail: Promise<void> | undefined;

  async run<T>(work: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    this.tail = mine;
    if (previous) await previous;
    try {
      return await work();
    } finally {
      if (this.tail === mine) this.tail = undefined;
      release();
    }
  }
}

/** A counting semaphore: the service throttle (maxConcurrentCalls) takes one slot per call. */
export class AsyncSemaphore {
  private available: number;
  private readonly waiters: (() => void)[] = [];

  constructor(readonly capacity: number) {
    this.available = capacity;
  }

  get inUse(): number {
    return this.capacity - this.available;
  }

  acquire(): Promise<void> {
    if (this.available > 0) {
      this.available--;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.available++;
  }
}
