/**
 * Replay detection (WCF's InMemoryNonceCache, LocalServiceSettings.DetectReplays): the primary signature's
 * value is the message's nonce; a nonce seen within the cache's lifetime (replayWindow + maxClockSkew, so that
 * a replay is caught for as long as its Timestamp would still be accepted) is a replay. The cache holds at most
 * `capacity` nonces (WCF's replayCacheSize, default 900000); when it is full of live entries a new message is
 * refused rather than a remembered nonce forgotten — failing closed, as WCF does ("replay cache full").
 */
export interface NonceCache {
  /** Remembers the nonce; false when it was already seen (a replay) or the cache is full. */
  tryAdd(nonce: Buffer, now: number): boolean;
}

/** Past this many ms after the origin, expiries are rebased (they stay V8 small integers, below 2^30). */
const REBASE_AFTER_MS = 2 ** 29;

export class InMemoryNonceCache implements NonceCache {
  /**
   * nonce → expiry; a Map iterates in insertion order, which is expiry order here. The nonce is keyed by its
   * octets as a latin1 string (one character per octet: 20 for an HMAC-SHA1 signature, 8 B less than base64)
   * and the expiry is in ms after `origin`, a small integer rather than a heap number: the service holds an
   * entry per message for replayWindow + maxClockSkew, two per new secure session (its RST/SCT and first call).
   */
  private entries = new Map<string, number>();
  private origin: number | undefined;

  constructor(
    readonly lifetimeMs: number,
    readonly capacity: number,
  ) {
    if (!(capacity > 0)) throw new RangeError('The replay cache size must be positive.');
  }

  get size(): number {
    return this.entries.size;
  }

  tryAdd(nonce: Buffer, now: number): boolean {
    const origin = this.originFor(now);
    const at = now - origin;
    this.purge(at);
    const key = nonce.toString('latin1');
    const known = this.entries.get(key);
    if (known !== undefined && known > at) return false;
    if (this.entries.size >= this.capacity) return false;
    this.entries.set(key, at + this.lifetimeMs);
    return true;
  }

  /** The origin for `now`, moved up to `now` (and every expiry with it) once `now` is far past it. */
  private originFor(now: number): number {
    if (this.origin === undefined || now < this.origin) return this.rebase(now);
    if (now - this.origin > REBASE_AFTER_MS) return this.rebase(now);
    return this.origin;
  }

  private rebase(now: number): number {
    const shift = now - (this.origin ?? now);
    if (shift !== 0) {
      const entries = new Map<string, number>();
      for (const [key, expiry] of this.entries) entries.set(key, expiry - shift);
      this.entries = entries;
    }
    this.origin = now;
    return now;
  }

  private purge(at: number): void {
    for (const [key, expiry] of this.entries) {
      if (expiry > at) break;
      this.entries.delete(key);
    }
  }
}
