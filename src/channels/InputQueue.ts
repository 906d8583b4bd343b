/**
 * An async queue with waiting readers: the hand-over point between a push source (an HTTP request arriving,
 * a session being accepted) and WCF's pull model (`acceptChannel`, `receiveRequest`). Closing it answers
 * every waiting and later reader with `null`, which is how WCF signals "no more".
 */
export class InputQueue<T> {
  private readonly items: T[] = [];
  private readonly waiters: ((item: T | null) => void)[] = [];
  private closed = false;

  get isClosed(): boolean {
    return this.closed;
  }

  get pendingCount(): number {
    return this.items.length;
  }

  /** Returns false (and drops nothing silently: the caller must dispose the item) when the queue is closed. */
  enqueue(item: T): boolean {
    if (this.closed) return false;
    const waiter = this.waiters.shift();
    if (waiter) waiter(item);
    else this.items.push(item);
    return true;
  }

  dequeue(timeoutMs = Infinity): Promise<T | null> {
    if (this.items.length) return Promise.resolve(this.items.shift() as T);
    if (this.closed) return Promise.resolve(null);
    return new Promise<T | null>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const waiter = (item: T | null): void => {
        if (timer) clearTimeout(timer);
        resolve(item);
      };
      this.waiters.push(waiter);
      if (Number.isFinite(timeoutMs)) {
        timer = setTimeout(() => {
          const index = this.waiters.indexOf(waiter);
          if (index >= 0) this.waiters.splice(index, 1);
          resolve(null);
        }, timeoutMs);
      }
    });
  }

  /** Closes the queue; returns the items nobody took so the owner can dispose of them. */
  close(): T[] {
    this.closed = true;
    for (const waiter of this.waiters.splice(0)) waiter(null);
    return this.items.splice(0);
  }
}
