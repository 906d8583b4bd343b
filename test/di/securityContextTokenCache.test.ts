/**
 * The session-token cache is a shared service: the container gives each stack a fresh in-memory cache on its
 * clock, and a user replaces the store (e.g. a farm's distributed one) by rebinding one identifier — no
 * protocol code touched.
 */
import { ClockToken, type Clock } from '../../src/channels/Clock';
import { ContainerServiceResolver, createIndigoContainer, serviceId } from '../../src/di';
import {
  InMemorySecurityContextTokenCache,
  SecurityContextToken,
  SecurityContextTokenCacheFactoryToken,
  SecurityContextTokenCacheToken,
  type SecurityContextTokenCache,
  type SecurityContextTokenCacheFactory,
} from '../../src/security/conversation';

/** A stand-in for a shared store: one map every resolution sees. */
class SharedStoreCache implements SecurityContextTokenCache {
  constructor(readonly store: Map<string, SecurityContextToken>) {}
  add(token: SecurityContextToken): boolean {
    this.store.set(`${token.contextId}|${token.keyGeneration ?? ''}`, token);
    return true;
  }
  get(contextId: string, keyGeneration?: string): SecurityContextToken | undefined {
    return this.store.get(`${contextId}|${keyGeneration ?? ''}`);
  }
  getAll(contextId: string): readonly SecurityContextToken[] {
    return [...this.store.values()].filter((t) => t.contextId === contextId);
  }
  remove(contextId: string): void {
    for (const [key, t] of this.store) if (t.contextId === contextId) this.store.delete(key);
  }
  get size(): number {
    return this.store.size;
  }
}

function sct(): SecurityContextToken {
  return new SecurityContextToken({
    key: Buffer.alloc(32, 1),
    validFrom: 0,
    validTo: Number.MAX_SAFE_INTEGER,
  });
}

describe('DI: the security context token cache', () => {
  it('resolves a new in-memory cache per stack by default', () => {
    const services = new ContainerServiceResolver(createIndigoContainer());
    const one = services.get(SecurityContextTokenCacheToken);
    const two = services.get(SecurityContextTokenCacheToken);
    expect(one).toBeInstanceOf(InMemorySecurityContextTokenCache);
    expect(one).not.toBe(two);
    const sized = services.get(SecurityContextTokenCacheFactoryToken)({ capacity: 7 });
    expect((sized as InMemorySecurityContextTokenCache).capacity).toBe(7);
  });

  it('builds the default cache on the container’s clock', () => {
    const container = createIndigoContainer();
    const clock: Clock & { time: number } = { time: 0, now: () => clock.time };
    container.rebindSync(serviceId(ClockToken)).toConstantValue(clock);
    const cache = new ContainerServiceResolver(container).get(SecurityContextTokenCacheToken);
    const token = new SecurityContextToken({ key: Buffer.alloc(32, 1), validFrom: 0, validTo: 100 });
    expect(cache.add(token)).toBe(true);
    clock.time = 100;
    expect(cache.get(token.contextId)).toBeUndefined();
  });

  it('lets a user replace the store for every stack by rebinding the factory', () => {
    const container = createIndigoContainer();
    const store = new Map<string, SecurityContextToken>();
    const factory: SecurityContextTokenCacheFactory = () => new SharedStoreCache(store);
    container.rebindSync(serviceId(SecurityContextTokenCacheFactoryToken)).toConstantValue(factory);
    const services = new ContainerServiceResolver(container);
    const serviceSide = services.get(SecurityContextTokenCacheFactoryToken)({ capacity: 128 });
    const otherHost = services.get(SecurityContextTokenCacheToken);
    const token = sct();
    serviceSide.add(token);
    expect(otherHost).toBeInstanceOf(SharedStoreCache);
    expect(otherHost.get(token.contextId)).toBe(token);
  });

  it('lets a user bind one cache instance directly', () => {
    const container = createIndigoContainer();
    const custom = new SharedStoreCache(new Map());
    container.rebindSync(serviceId(SecurityContextTokenCacheToken)).toConstantValue(custom);
    expect(new ContainerServiceResolver(container).get(SecurityContextTokenCacheToken)).toBe(custom);
  });
});
