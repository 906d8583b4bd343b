/**
 * The published test keys of the Mono peer (`../shared/peers/mono/certs`: a test CA, the service
 * certificate CN=localhost and the client certificate wcf-test-client; private keys of no value), loaded
 * once as KeyObjects. The shared folder sits beside the clone; without it these tests fail, saying where.
 */
import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const monoCertsDir = path.resolve(__dirname, '..', '..', '..', 'shared', 'peers', 'mono', 'certs');

export interface TestParty {
  readonly keyPath: string;
  readonly certPath: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly certificate: X509Certificate;
}

function load(name: 'service' | 'client'): TestParty {
  const keyPath = path.join(monoCertsDir, `${name}.key`);
  const certPath = path.join(monoCertsDir, `${name}.crt`);
  if (!fs.existsSync(keyPath) || !fs.existsSync(certPath)) {
    throw new Error(
      `The test keys are not at ${monoCertsDir}: the shared folder must sit beside the clone (../shared).`,
    );
  }
  const privateKey = createPrivateKey(fs.readFileSync(keyPath));
  const certificate = new X509Certificate(fs.readFileSync(certPath));
  return { keyPath, certPath, privateKey, publicKey: createPublicKey(privateKey), certificate };
}

let service: TestParty | undefined;
let client: TestParty | undefined;

export function serviceParty(): TestParty {
  return (service ??= load('service'));
}

export function clientParty(): TestParty {
  return (client ??= load('client'));
}
