/**
 * What the service keeps for a secure session, and that it lets all of it go: sessions of one client share one
 * identity (the claims of its certificate are not copied per session), and once every session is cancelled the
 * listener, the authenticator, the token cache and the instance provider hold nothing of them (bench 'session',
 * service memory per idle session). Real HTTP on loopback.
 */
import type { InMemorySecurityContextTokenCache } from '../../../src/security/conversation/SecurityContextTokenCache';
import type { SecuritySessionChannelListener } from '../../../src/security/sessions/SecuritySessionChannelListener';
import type { ChannelDispatcher } from '../../../src/service/runtime/ChannelDispatcher';
import { RawSessionClient } from './fixtures/rawSessionClient';
import { FEB2005, openSessionHost, type SessionHost } from './fixtures/sessionHost';

function serviceState(service: SessionHost) {
  const dispatcher = (service.host['dispatchers'] as ChannelDispatcher[])[0];
  const listener = dispatcher.listener as SecuritySessionChannelListener;
  const authenticator = listener['parts'].authenticator;
  const cache = authenticator['settings'].cache as InMemorySecurityContextTokenCache;
  return {
    listener,
    sessions: listener.sessionCount,
    pending: authenticator.pendingSessionCount,
    tokens: cache.size,
    instances: dispatcher.endpoints[0].instanceProvider.sessionInstanceCount,
    channels: (dispatcher['channels'] as Set<unknown>).size,
  };
}

describe('secure session state on the service', () => {
  let service: SessionHost;
  beforeAll(async () => {
    service = await openSessionHost({ version: FEB2005 });
  });
  afterAll(async () => {
    await service.close();
  });

  it('shares one identity between the sessions of one client and releases everything on Cancel', async () => {
    const client = new RawSessionClient(service.address, FEB2005);
    const before = serviceState(service);
    const tokens = [await client.issue(), await client.issue(), await client.issue()];
    for (const token of tokens) expect(await client.call(token, 'counter')).toBe(1);
    const open = serviceState(service);
    expect(open).toMatchObject({
      sessions: before.sessions + 3,
      pending: 0,
      tokens: before.tokens + 3,
      instances: before.instances + 3,
      channels: before.channels + 3,
    });
    const identities = new Set([...open.listener['sessions'].values()].map((s) => s.identity));
    expect(identities.size).toBe(1);
    const [identity] = identities;
    expect(identity.primaryIdentity.name).toMatch(/; [0-9A-F]{40}$/);

    for (const token of tokens) await client.cancel(token);
    const deadline = Date.now() + 5000;
    while (serviceState(service).channels !== before.channels && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(serviceState(service)).toMatchObject({
      sessions: before.sessions,
      pending: 0,
      tokens: before.tokens,
      instances: before.instances,
      channels: before.channels,
    });
  });
});
