/**
 * The toolchain decision of docs/toolchain.md, checked: Jest (CommonJS, ts-jest) loads the pinned inversify and
 * @noble/hashes builds, and TypeScript emits decorator metadata through the Jest transform.
 */
import { injectable, Container } from 'inversify';
import { sha1 } from '@noble/hashes/legacy';
import { createHash } from 'node:crypto';

function Marked(): ClassDecorator {
  return () => {};
}

class Dependency {}

@Marked()
class Consumer {
  constructor(readonly dependency: Dependency) {}
}

describe('toolchain', () => {
  it('emits design:paramtypes metadata through the Jest transform', () => {
    expect(Reflect.getMetadata('design:paramtypes', Consumer)).toEqual([Dependency]);
  });

  it('loads inversify in CommonJS mode and resolves through it', () => {
    @injectable()
    class Service {
      readonly value = 42;
    }
    const container = new Container();
    container.bind(Service).toSelf();
    expect(container.get(Service).value).toBe(42);
  });

  it('loads @noble/hashes in CommonJS mode, agreeing with node:crypto', () => {
    const data = Buffer.from('indigo');
    expect(Buffer.from(sha1(data)).equals(createHash('sha1').update(data).digest())).toBe(true);
  });
});
