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

export class InMemoryNonceCache implements NonceCache {
  /** base64 nonce → expiry (ms); a Map iterates in insertion order, which is expiry order here. */
  private readonly entries = new Map<string, number>();

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
    this.purge(now);
    const key = nonce.toString('base64');
    const known = this.entries.get(key);
    if (known !== undefined && known > now) return false;
    if (this.entries.size >= this.capacity) return false;
    this.entries.set(key, now + this.lifetimeMs);
    return true;
  }

  private purge(now: number): void {
    for (const [key, expiry] of this.entries) {
      if (expiry > now) break;
      this.entries.delete(key);
    }
  }
}
