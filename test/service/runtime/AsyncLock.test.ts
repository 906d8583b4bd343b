import { AsyncLock } from '../../../src/service/runtime/AsyncLock';

describe('AsyncLock', () => {
  it('admits one call at a time, in arrival order', async () => {
    const lock = new AsyncLock();
    const events: string[] = [];
    const call = (name: string, ms: number) =>
      lock.run(async () => {
        events.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        events.push(`end ${name}`);
        return name;
      });
    const results = await Promise.all([call('a', 20), call('b', 1), call('c', 5)]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('goes on after a call that throws, and holds no promise once free', async () => {
    const lock = new AsyncLock();
    const failing = lock.run(() => Promise.reject(new Error('no')));
    const next = lock.run(async () => 'next');
    await expect(failing).rejects.toThrow('no');
    await expect(next).resolves.toBe('next');
    // An idle lock (one per PerSession instance) keeps nothing alive between calls.
    expect((lock as unknown as { tail: unknown }).tail).toBeUndefined();
    await expect(lock.run(async () => 'again')).resolves.toBe('again');
  });
});
