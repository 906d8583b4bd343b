/**
 * `npm start`: hosts the calculator on every binding Indigo supports so far, calls it through each with the
 * typed client, prints what happened, and exits 0 — or 1 if any call did not give the expected answer. Secure
 * sessions come first (secureSessionDemo.ts), with every message they put on the wire; then the other bindings,
 * the same from app.config and app.json, and per-message WS-Security.
 */
import 'reflect-metadata';
import { BasicHttpBinding } from '../../src/bindings/BasicHttpBinding';
import { BasicHttpSecurityMode } from '../../src/bindings/SecurityModes';
import type { Binding } from '../../src/channels/Binding';
import { ChannelFactory } from '../../src/client/ChannelFactory';
import { createSelfSignedCertificate } from '../../src/crypto/createSelfSignedCertificate';
import { ServiceHost } from '../../src/service/ServiceHost';
import { CalculatorService } from './CalculatorService';
import { createHosts, sampleBindings } from './host';
import { ICalculator } from './ICalculator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfigurationText } from '../../src/config/loadConfiguration';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createTestCertificates } from '../../src/cli/certCommand';
import { createHosts as createSecureHosts, secureClient, secureSampleBindings } from './secure';
import { runSecureSessionDemo } from './secureSessionDemo';

/**
 * The same calculator from app.config and from app.json: hosts and clients made from the config. The files
 * name port 8080; the demo asks for any free port instead (port 0) so that it never collides, and calls each
 * client endpoint at the address its host actually got.
 */
async function runFromConfig(file: string): Promise<boolean> {
  const path = join(__dirname, '..', '..', '..', 'samples', 'calculator', file);
  const config = loadConfigurationText(readFileSync(path, 'utf8').replace(/:8080\//g, ':0/'), path);
  const [host] = await config.createServiceHosts({ CalculatorService });
  await host.open();
  let ok = true;
  for (const [i, name] of [
    'BasicHttpBinding_ICalculator',
    'WSHttpBinding_ICalculator',
    'CustomBinding_ICalculator',
  ].entries()) {
    const factory = await config.createChannelFactory(ICalculator, name);
    ok =
      (await callThrough(
        `${file}: client endpoint '${name}'`,
        factory.binding,
        host.endpoints[i].address.toString(),
      )) && ok;
  }
  await host.close();
  return ok;
}

async function callThrough(
  name: string,
  binding: Binding,
  address: string,
  configure?: (f: ChannelFactory<ICalculator>) => void,
): Promise<boolean> {
  const factory = new ChannelFactory(ICalculator, binding, address);
  configure?.(factory);
  const calc = await factory.createChannel();
  const started = performance.now();
  const sum = await calc.add(2, 3);
  const echo = await calc.echo('hello <indigo> & é世');
  const who = await calc.whoAmI();
  const counts = [await calc.counter(), await calc.counter()];
  const ms = (performance.now() - started).toFixed(1);
  await factory.close();
  const ok = sum === 5 && echo === 'hello <indigo> & é世' && who === 'anonymous' && counts[0] === 1;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name}\n       ${address}\n       add(2,3)=${sum}  echo=${JSON.stringify(echo)}  whoAmI=${who}  counter()=${counts.join(',')} (per call: no session)  ${ms} ms`,
  );
  return ok;
}

async function main(): Promise<void> {
  // Test certificates for this run (a CA, the service's, the client's), as `npx indigo cert create` makes them.
  const certificates = mkdtempSync(join(tmpdir(), 'indigo-sample-certs-'));
  try {
    createTestCertificates(certificates);
    let ok = true;
    console.log(
      'Indigo calculator sample: hosts and typed clients on loopback, over every binding supported so far.\n\n' +
        'Secure sessions (WS-SecureConversation: what wsHttpBinding does by default), with test certificates made\n' +
        'for this run as `npx indigo cert create` makes them:\n',
    );
    ok = (await runSecureSessionDemo(certificates)) && ok;
    console.log('\nOne host, every other binding, called with the typed client:\n');
    ok = (await runPlainSamples()) && ok;
    console.log('\nThe same service and clients, from samples/calculator/app.config and app.json:\n');
    ok = (await runFromConfig('app.config')) && ok;
    ok = (await runFromConfig('app.json')) && ok;
    console.log('\nWS-Security message security without a session (one message, one key):\n');
    ok = (await runSecureSamples(certificates)) && ok;
    console.log(ok ? '\nall calls answered as expected' : '\nsome calls did not answer as expected');
    process.exitCode = ok ? 0 : 1;
  } finally {
    rmSync(certificates, { recursive: true, force: true });
  }
}

/** basicHttp, wsHttp (security None), the custom text encodings, and basicHttp over HTTPS. */
async function runPlainSamples(): Promise<boolean> {
  const [host] = createHosts({ port: 0 });
  // HTTPS: basicHttpBinding with security mode Transport, on a certificate made for this run.
  const certificate = createSelfSignedCertificate({ commonName: 'localhost', altNames: ['127.0.0.1'] });
  const httpsHost = new ServiceHost(CalculatorService, { baseAddresses: ['https://127.0.0.1:0/'] });
  httpsHost.credentials.serviceCertificate = certificate;
  httpsHost.addServiceEndpoint(
    ICalculator,
    new BasicHttpBinding(BasicHttpSecurityMode.Transport),
    'calc/basic',
  );
  await host.open();
  await httpsHost.open();
  let ok = true;
  for (const [i, b] of sampleBindings().entries()) {
    ok = (await callThrough(b.description, b.binding(), host.endpoints[i].address.toString())) && ok;
  }
  ok =
    (await callThrough(
      'basicHttpBinding, security Transport (HTTPS, self-signed certificate trusted by the client)',
      new BasicHttpBinding(BasicHttpSecurityMode.Transport),
      httpsHost.endpoints[0].address.toString(),
      (f) => {
        f.credentials.serviceCertificate.sslCertificateAuthentication.trustedAuthorities.push(
          certificate.pem,
        );
      },
    )) && ok;
  await host.close();
  await httpsHost.close();
  return ok;
}

/** The calculator over message security (samples/calculator/secure.ts): WhoAmI names the caller. */
async function runSecureSamples(folder: string): Promise<boolean> {
  const [host] = await createSecureHosts({ port: 0, certificates: folder });
  await host.open();
  let ok = true;
  for (const [i, sample] of secureSampleBindings().entries()) {
    const address = host.endpoints[i].address.toString();
    const factory = await secureClient(sample, address, folder);
    const calc = await factory.createChannel();
    const started = performance.now();
    const sum = await calc.add(2, 3);
    const echo = await calc.echo('hello <indigo> & é世');
    const who = await calc.whoAmI();
    const ms = (performance.now() - started).toFixed(1);
    await factory.close();
    const expected =
      sample.caller === 'userName' ? who === 'alice' : /CN=indigo-test-client; [0-9A-F]{40}$/.test(who);
    const good = sum === 5 && echo === 'hello <indigo> & é世' && expected;
    ok = good && ok;
    console.log(
      `${good ? 'ok  ' : 'FAIL'} ${sample.description}\n       ${address}\n       add(2,3)=${sum}  whoAmI=${who}  ${ms} ms`,
    );
  }
  await host.close();
  return ok;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
