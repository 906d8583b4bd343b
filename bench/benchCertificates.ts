/**
 * The certificates the security benchmarks use: the test certificates the repository's tests use (the Mono
 * peer's RSA-2048 pair in ../shared/peers/mono/certs, keys of no value), else fresh self-signed ones. Benchmarks
 * do not import from test/, so this reads the files itself; both sides run with validation mode None.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Certificate } from '../src/crypto/Certificate';
import { createSelfSignedCertificate } from '../src/crypto/createSelfSignedCertificate';

export interface BenchCertificates {
  readonly service: Certificate;
  readonly client: Certificate;
  /** Where they came from, for the notes. */
  readonly source: string;
}

let cache: BenchCertificates | undefined;

export function benchCertificates(): BenchCertificates {
  if (cache) return cache;
  const dir = join(__dirname, '..', '..', '..', 'shared', 'peers', 'mono', 'certs');
  const load = (name: string) =>
    Certificate.fromPem(
      readFileSync(join(dir, `${name}.crt`), 'utf8'),
      readFileSync(join(dir, `${name}.key`), 'utf8'),
    );
  try {
    cache = { service: load('service'), client: load('client'), source: 'RSA-2048 test certificates' };
  } catch {
    cache = {
      service: createSelfSignedCertificate(),
      client: createSelfSignedCertificate({ commonName: 'client' }),
      source: 'RSA-2048 self-signed',
    };
  }
  return cache;
}
