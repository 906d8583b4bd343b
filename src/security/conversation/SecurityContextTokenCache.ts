/**
 * Where session SCTs live between messages: the service's issued tokens (RS SecurityContextSecurityTokenCache
 * behind SecuritySessionSecurityTokenAuthenticator) and the client's cached cookie tokens (WCF's
 * `maxCachedCookies`, 1000). A contract with one in-memory implementation, registered in the DI container under
 * SecurityContextTokenCacheToken, so that a farm can bind a shared store (Redis, …) without touching protocol
 * code.
 *
 * Keys are the context Identifier and the key generation: after a renewal both generations live side by side
 * for the rollover interval (spec/secure-conversation.md §9), which is why getAll exists.
 *
 * A token is held until the token itself expires (validTo), not its key: a session whose key has expired is
 * still the client's session — the service answers RenewNeeded and the client renews it (WCF's
 * ServerSecuritySessionChannel.CheckIncomingToken). Whether a key may still be used is the reader's question
 * (SecurityContextToken.isKeyValidAt). A generation retired by a renewal is stored with validTo = the end of
 * its rollover, so the cache drops it then.
 */
import { ServiceToken } from '../../channels/BindingParameters';
import { systemClock, type Clock } from '../../channels/Clock';
import type { SecurityContextToken } from './SecurityContextToken';

export interface SecurityContextTokenCache {
  /** Adds (or replaces the same context and generation); false when the cache is full or the token (validTo) expired. */
  add(token: SecurityContextToken): boolean;
  /** The live token of this context and key generation (undefined generation = the token before any renewal). */
  get(contextId: string, keyGeneration?: string): SecurityContextToken | undefined;
  /** Every live generation of a context, oldest first (for key rollover). */
  getAll(contextId: string): readonly SecurityContextToken[];
  /** Forgets every generation of a context (Cancel, session abort). */
  remove(contextId: string): void;
  /** Live tokens held. */
  readonly size: number;
}

/** WCF's maxCachedCookies default (localServiceSettings; spec/config-schema.md), used for both sides. */
export const DEFAULT_SECURITY_CONTEXT_TOKEN_CACHE_CAPACITY = 1000;

export interface SecurityContextTokenCacheOptions {
  /** Most tokens held (each generation counts); DEFAULT_SECURITY_CONTEXT_TOKEN_CACHE_CAPACITY when absent. */
  readonly capacity?: number;
  readonly clock?: Clock;
}

/** Makes a cache for one channel factory or listener (the service passes its session bounds as capacity). */
export type SecurityContextTokenCacheFactory = (
  options?: SecurityContextTokenCacheOptions,
) => SecurityContextTokenCache;

/** A cache per resolution: rebind it to share one store (e.g. a distributed one) across stacks. */
export const SecurityContextTokenCacheToken = new ServiceToken<SecurityContextTokenCache>(
  'SecurityContextTokenCache',
);
/** The factory the default cache binding goes through; rebind it to replace the store everywhere. */
export const SecurityContextTokenCacheFactoryToken = new ServiceToken<SecurityContextTokenCacheFactory>(
  'SecurityContextTokenCacheFactory',
);

interface Entry {
  readonly token: SecurityContextToken;
  readonly contextId: string;
  readonly generation: string;
  readonly expiresAt: number;
  live: boolean;
}

/**
 * The in-memory cache: a map by context and generation (O(1) lookups) and a min-heap by expiry, so that expired
 * tokens are dropped on every access in amortised O(log n) — each entry leaves the heap once. Removed entries are
 * left in the heap, marked dead, and the heap is rebuilt when they outnumber the live ones.
 */
export class InMemorySecurityContextTokenCache implements SecurityContextTokenCache {
  readonly capacity: number;
  private readonly clock: Clock;
  private readonly contexts = new Map<string, Map<string, Entry>>();
  private heap: Entry[] = [];
  private live = 0;

  constructor(options: SecurityContextTokenCacheOptions = {}) {
    const capacity = options.capacity ?? DEFAULT_SECURITY_CONTEXT_TOKEN_CACHE_CAPACITY;
    if (!Number.isSafeInteger(capacity) || capacity < 1)
      throw new RangeError(`A token cache capacity must be a positive integer, not ${capacity}.`);
    this.capacity = capacity;
    this.clock = options.clock ?? systemClock;
  }

  get size(): number {
    this.purge(this.clock.now());
    return this.live;
  }

  add(token: SecurityContextToken): boolean {
    const now = this.clock.now();
    this.purge(now);
    const expiresAt = token.validTo;
    if (now >= expiresAt) return false;
    const generation = token.keyGeneration ?? '';
    const existing = this.contexts.get(token.contextId)?.get(generation);
    if (!existing && this.live >= this.capacity) return false;
    if (existing) this.kill(existing);
    // Looked up after the kill: removing the last generation drops the context's map.
    let generations = this.contexts.get(token.contextId);
    if (!generations) {
      generations = new Map();
      this.contexts.set(token.contextId, generations);
    }
    const entry: Entry = { token, contextId: token.contextId, generation, expiresAt, live: true };
    generations.set(generation, entry);
    this.live++;
    this.pushHeap(entry);
    this.compactIfSparse();
    return true;
  }

  get(contextId: string, keyGeneration?: string): SecurityContextToken | undefined {
    this.purge(this.clock.now());
    return this.contexts.get(contextId)?.get(keyGeneration ?? '')?.token;
  }

  getAll(contextId: string): readonly SecurityContextToken[] {
    this.purge(this.clock.now());
    const generations = this.contexts.get(contextId);
    if (!generations) return [];
    return [...generations.values()]
      .map((e) => e.token)
      .sort((a, b) => a.keyEffectiveTime - b.keyEffectiveTime);
  }

  remove(contextId: string): void {
    const generations = this.contexts.get(contextId);
    if (!generations) return;
    for (const entry of [...generations.values()]) this.kill(entry);
    this.compactIfSparse();
  }

  /** Takes an entry out of the map; its heap slot is dropped lazily. */
  private kill(entry: Entry): void {
    if (!entry.live) return;
    entry.live = false;
    this.live--;
    const generations = this.contexts.get(entry.contextId);
    if (generations?.get(entry.generation) === entry) {
      generations.delete(entry.generation);
      if (generations.size === 0) this.contexts.delete(entry.contextId);
    }
  }

  private purge(now: number): void {
    while (this.heap.length > 0 && (now >= this.heap[0].expiresAt || !this.heap[0].live)) {
      this.kill(this.popHeap());
    }
  }

  private compactIfSparse(): void {
    if (this.heap.length > 2 * this.live + 64) {
      this.heap = this.heap.filter((e) => e.live);
      for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.siftDown(i);
    }
  }

  private pushHeap(entry: Entry): void {
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent].expiresAt <= heap[i].expiresAt) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }

  private popHeap(): Entry {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftDown(start: number): void {
    const heap = this.heap;
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && heap[left].expiresAt < heap[smallest].expiresAt) smallest = left;
      if (right < heap.length && heap[right].expiresAt < heap[smallest].expiresAt) smallest = right;
      if (smallest === i) return;
      [heap[smallest], heap[i]] = [heap[i], heap[smallest]];
      i = smallest;
    }
  }
}

/** The default factory: a new in-memory cache on the given clock. */
export function inMemorySecurityContextTokenCacheFactory(clock: Clock): SecurityContextTokenCacheFactory {
  return (options = {}) => new InMemorySecurityContextTokenCache({ clock, ...options });
}
