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

/** A token that expires by itself goes into the expiry heap; a session SCT (validTo = never) does not. */
function expires(token: SecurityContextToken): boolean {
  return token.validTo < Number.MAX_SAFE_INTEGER;
}

/**
 * The in-memory cache: a map from each context to its token — or to its generations, two during a rollover —
 * (O(1) lookups), and a min-heap by expiry of the tokens that expire, so that expired tokens are dropped on every
 * access in amortised O(log n): each token leaves the heap once. A session SCT, which never expires itself, is
 * held in the map alone until it is removed: one map entry per session, no entry object and no heap slot (bench
 * 'session', service memory per idle session). A removed token is left in the heap and known to be dead because
 * the map no longer holds it; the heap is rebuilt when the dead outnumber the live.
 */
export class InMemorySecurityContextTokenCache implements SecurityContextTokenCache {
  readonly capacity: number;
  private readonly clock: Clock;
  private readonly contexts = new Map<string, SecurityContextToken | SecurityContextToken[]>();
  private heap: SecurityContextToken[] = [];
  private live = 0;
  /** Live tokens that expire (the heap's live part). */
  private liveExpiring = 0;

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
    if (now >= token.validTo) return false;
    const existing = this.find(token.contextId, token.keyGeneration);
    if (!existing && this.live >= this.capacity) return false;
    if (existing) this.kill(existing);
    // Looked up after the kill: removing a generation may have changed or dropped the context's value.
    const held = this.contexts.get(token.contextId);
    if (held === undefined) this.contexts.set(token.contextId, token);
    else if (Array.isArray(held)) held.push(token);
    else this.contexts.set(token.contextId, [held, token]);
    this.live++;
    if (expires(token)) {
      this.liveExpiring++;
      this.pushHeap(token);
    }
    this.compactIfSparse();
    return true;
  }

  get(contextId: string, keyGeneration?: string): SecurityContextToken | undefined {
    this.purge(this.clock.now());
    return this.find(contextId, keyGeneration);
  }

  getAll(contextId: string): readonly SecurityContextToken[] {
    this.purge(this.clock.now());
    const held = this.contexts.get(contextId);
    if (held === undefined) return [];
    if (!Array.isArray(held)) return [held];
    return [...held].sort((a, b) => a.keyEffectiveTime - b.keyEffectiveTime);
  }

  remove(contextId: string): void {
    const held = this.contexts.get(contextId);
    if (held === undefined) return;
    for (const token of Array.isArray(held) ? [...held] : [held]) this.kill(token);
    this.compactIfSparse();
  }

  private find(contextId: string, keyGeneration: string | undefined): SecurityContextToken | undefined {
    const held = this.contexts.get(contextId);
    if (held === undefined) return undefined;
    if (!Array.isArray(held)) return held.keyGeneration === keyGeneration ? held : undefined;
    return held.find((t) => t.keyGeneration === keyGeneration);
  }

  private isHeld(token: SecurityContextToken): boolean {
    return this.find(token.contextId, token.keyGeneration) === token;
  }

  /** Takes a held token out of the map; its heap slot, if any, is dropped lazily. */
  private kill(token: SecurityContextToken): void {
    const held = this.contexts.get(token.contextId);
    if (held === token) this.contexts.delete(token.contextId);
    else if (Array.isArray(held) && held.includes(token)) {
      const rest = held.filter((t) => t !== token);
      this.contexts.set(token.contextId, rest.length === 1 ? rest[0] : rest);
    } else return;
    this.live--;
    if (expires(token)) this.liveExpiring--;
  }

  private purge(now: number): void {
    while (this.heap.length > 0 && (now >= this.heap[0].validTo || !this.isHeld(this.heap[0]))) {
      const top = this.popHeap();
      if (this.isHeld(top)) this.kill(top);
    }
  }

  private compactIfSparse(): void {
    if (this.heap.length > 2 * this.liveExpiring + 64) {
      this.heap = [...new Set(this.heap.filter((t) => this.isHeld(t)))];
      for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.siftDown(i);
    }
  }

  private pushHeap(token: SecurityContextToken): void {
    const heap = this.heap;
    heap.push(token);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent].validTo <= heap[i].validTo) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }

  private popHeap(): SecurityContextToken {
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
      if (left < heap.length && heap[left].validTo < heap[smallest].validTo) smallest = left;
      if (right < heap.length && heap[right].validTo < heap[smallest].validTo) smallest = right;
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
