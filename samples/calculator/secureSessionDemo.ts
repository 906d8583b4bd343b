/**
 * The secure-session part of `npm start`: the calculator over WS-SecureConversation, from code
 * (secureSession.ts), from secure-session/app.config and from secure-session/app.json, each over wsHttpBinding
 * and over the SecureConversation custom binding. Every host has the WireTap in its DI container, so what the
 * demo prints about the wire — and what it checks — is what went through the service's HTTP listener.
 *
 * One session scenario per endpoint: the first call opens session 1 (RST/SCT → RSTR/SCT), whoAmI names the
 * client certificate, counter() counts 1, 2, 3; a second proxy opens session 2, whose counter starts at 1 (a new
 * service instance) while session 1 goes on at 4; closing each proxy cancels its token (RST/SCT/Cancel).
 */
import type { Container } from 'inversify';
import { join } from 'node:path';
import { ChannelFactory } from '../../src/client/ChannelFactory';
import { loadConfiguration } from '../../src/config/loadConfiguration';
import { ContainerServiceResolver, createIndigoContainer, serviceId } from '../../src/di/IndigoContainer';
import type { ServiceHost } from '../../src/service/ServiceHost';
import { HttpServerRegistry } from '../../src/transports/http/HttpServerRegistry';
import { CalculatorService } from './CalculatorService';
import { ICalculator } from './ICalculator';
import { secureClient } from './secure';
import { createHosts, secureSessionBindings } from './secureSession';
import { shortAction } from './wire/describeMessage';
import { WireTap, type WireRecord } from './wire/WireTap';

/** A client certificate's identity as WhoAmI reports it: its subject and thumbprint. */
const CLIENT_IDENTITY = /CN=indigo-test-client; [0-9A-F]{40}$/;
const SESSION_ID = /^urn:uuid:[0-9a-f-]{36}$/;

const isIssue = (action: string): boolean => /\/RSTR?\/SCT$/.test(action);
const isCancel = (action: string): boolean => /\/RSTR?\/SCT\/Cancel$/.test(action);

/** One message on the wire, one line: direction, size, wsa:Action, protection. */
export function wireLine(r: WireRecord): string {
  const arrow = r.direction === 'request' ? '→' : '←';
  const status = r.status !== undefined && r.status !== 200 ? ` HTTP ${r.status}` : '';
  const size = `${r.bytes.toLocaleString('en-US')} B`.padStart(8);
  return `       ${arrow} ${size}  ${r.action.padEnd(60)} ${r.protection}${status}`;
}

/** What must be true of the wire for one scenario; the problems found (none when all is as it should be). */
export function checkWire(wire: readonly WireRecord[]): string[] {
  const problems: string[] = [];
  const expect = (r: WireRecord, protection: RegExp): void => {
    if (!protection.test(r.protection))
      problems.push(`${r.direction} ${shortAction(r.action)} was "${r.protection}", expected ${protection}`);
  };
  for (const r of wire) {
    if (r.direction === 'reply' && r.status !== 200)
      problems.push(`${shortAction(r.action)}: HTTP ${r.status}`);
    if (isIssue(r.action)) expect(r, /^signed\+encrypted, bootstrap X\.509/);
    else if (isCancel(r.action)) expect(r, /^signed \(body in clear\), SCT derived keys/);
    else if (r.direction === 'request') expect(r, /^signed\+encrypted, SCT derived keys \(SCT carried\)$/);
    else expect(r, /^signed\+encrypted, SCT derived keys$/);
  }
  const count = (test: (a: string) => boolean, direction: WireRecord['direction']): number =>
    wire.filter((r) => r.direction === direction && test(r.action)).length;
  const calls = (d: WireRecord['direction']): number => count((a) => !isIssue(a) && !isCancel(a), d);
  const counts = {
    issue: [count(isIssue, 'request'), count(isIssue, 'reply')],
    calls: [calls('request'), calls('reply')],
    cancel: [count(isCancel, 'request'), count(isCancel, 'reply')],
  };
  const expected = { issue: [2, 2], calls: [7, 7], cancel: [2, 2] };
  if (JSON.stringify(counts) !== JSON.stringify(expected))
    problems.push(
      `messages ${JSON.stringify(counts)}, expected ${JSON.stringify(expected)} (request, reply)`,
    );
  return problems;
}

/** A protection without its details: "signed+encrypted, SCT derived keys (SCT carried)" → "…, SCT derived keys". */
const brief = (protection: string): string => protection.replace(/ \([^)]*\)/g, '');

/** The wire of one scenario in one line: how many of each kind, how protected, how many bytes. */
function wireSummary(wire: readonly WireRecord[]): string {
  const bytes = wire.reduce((n, r) => n + r.bytes, 0).toLocaleString('en-US');
  const requests = (test: (a: string) => boolean): string => {
    const found = wire.filter((r) => r.direction === 'request' && test(r.action));
    return `${found.length} (${found.length ? brief(found[0].protection) : 'none'})`;
  };
  const call = (a: string): boolean => !isIssue(a) && !isCancel(a);
  return (
    `wire: ${wire.length} messages, ${bytes} bytes: RST/SCT ${requests(isIssue)}, ` +
    `calls ${requests(call)}, Cancel ${requests(isCancel)}`
  );
}

interface Outcome {
  readonly ok: boolean;
  readonly results: string;
  readonly wire: WireRecord[];
  readonly problems: string[];
}

/**
 * The scenario through one factory at one address. With `narrate`, each step is printed with the messages it
 * put on the wire, as it happens.
 */
async function sessionScenario(
  factory: ChannelFactory<ICalculator>,
  address: string,
  tap: WireTap,
  narrate?: (line: string) => void,
): Promise<Outcome> {
  const wire: WireRecord[] = [];
  const step = (text: string): void => {
    const records = tap.take();
    wire.push(...records);
    if (!narrate) return;
    narrate(`     ${text}`);
    for (const r of records) narrate(wireLine(r));
  };
  tap.take();
  const started = performance.now();
  const first = await factory.createChannel(address);
  const sum = await first.add(2, 3);
  step(`add(2, 3) = ${sum}: the first call opens session 1, ${first.sessionId}`);
  const who = await first.whoAmI();
  step(`whoAmI() = ${who}: the client certificate, authenticated once on the RST/SCT`);
  const counts = [await first.counter(), await first.counter(), await first.counter()];
  step(`counter() = ${counts.join(', ')}: one service instance per session (InstanceContextMode PerSession)`);
  const second = await factory.createChannel(address);
  const fresh = await second.counter();
  step(`a second proxy opens session 2, ${second.sessionId}: counter() = ${fresh}, a new instance`);
  const again = await first.counter();
  step(`session 1 is still there: counter() = ${again}`);
  await first.close();
  step('closing proxy 1 cancels session 1');
  await second.close();
  step('closing proxy 2 cancels session 2');
  const ms = (performance.now() - started).toFixed(1);
  await factory.close();
  wire.push(...tap.take());
  const problems = checkWire(wire);
  const sessions = [first.sessionId, second.sessionId];
  if (!sessions.every((id) => SESSION_ID.test(id ?? '')) || sessions[0] === sessions[1])
    problems.push(`session ids ${sessions.join(', ')}: expected two different urn:uuid ids`);
  const ok =
    sum === 5 &&
    CLIENT_IDENTITY.test(who) &&
    counts.join() === '1,2,3' &&
    fresh === 1 &&
    again === 4 &&
    problems.length === 0;
  return {
    ok,
    results: `add(2,3)=${sum}  whoAmI=${who}  counter()=${counts.join(',')} | new session: ${fresh} | first again: ${again}  ${ms} ms`,
    wire,
    problems,
  };
}

function report(name: string, address: string, outcome: Outcome, withSummary: boolean): void {
  console.log(`${outcome.ok ? 'ok  ' : 'FAIL'} ${name}\n       ${address}\n       ${outcome.results}`);
  if (withSummary) console.log(`       ${wireSummary(outcome.wire)}`);
  for (const p of outcome.problems) console.log(`       problem: ${p}`);
}

/** DI services whose HTTP server registry is the tap (and everything else Indigo's default). */
function tapped(tap: WireTap): Container {
  const container = createIndigoContainer();
  container.rebindSync(serviceId(HttpServerRegistry.token)).toConstantValue(tap);
  return container;
}

/** Hosts and calls both secure-session endpoints of one config file, clients from the same file. */
async function runFromConfig(file: string, certificates: string, tap: WireTap): Promise<boolean> {
  const path = join(__dirname, '..', '..', '..', 'samples', 'calculator', 'secure-session', file);
  const config = await loadConfiguration(path, { container: tapped(tap), certificateStore: certificates });
  // The file names port 8080; a free port instead, so that the demo never collides with anything.
  const [host] = await config.createServiceHosts({ CalculatorService }, { listen: { port: 0 } });
  await host.open();
  let ok = true;
  try {
    for (const [i, name] of ['SecureSession_ICalculator', 'SecureConversation_ICalculator'].entries()) {
      const address = host.endpoints[i].address.toString();
      const factory = await config.createChannelFactory(ICalculator, name);
      const outcome = await sessionScenario(factory, address, tap);
      report(`secure-session/${file}: client endpoint '${name}'`, address, outcome, true);
      ok = outcome.ok && ok;
    }
  } finally {
    await host.close();
  }
  return ok;
}

/** The whole secure-session section; true when every call and every message was as expected. */
export async function runSecureSessionDemo(certificates: string): Promise<boolean> {
  const tap = new WireTap();
  const [host]: ServiceHost[] = await createHosts({
    port: 0,
    certificates,
    services: new ContainerServiceResolver(tapped(tap)),
  });
  await host.open();
  let ok: boolean;
  try {
    const [ws, custom] = secureSessionBindings();
    console.log(`${ws.description}, from code (samples/calculator/secureSession.ts):\n`);
    console.log(
      "       new WSHttpBinding({ security: { mode: 'Message', message: { clientCredentialType: 'Certificate',\n" +
        '                                                               negotiateServiceCredential: false } } })\n' +
        '       (establishSecurityContext is true unless set to false: the binding opens a secure session)\n',
    );
    console.log(
      "     Below, each call and the messages it put on the wire, as the service's HTTP listener saw them\n" +
        '     (samples/calculator/wire/WireTap.ts): → client to service, ← back; body size; wsa:Action; protection.\n',
    );
    const address = host.endpoints[0].address.toString();
    const narrated = await sessionScenario(await secureClient(ws, address, certificates), address, tap, (l) =>
      console.log(l),
    );
    console.log('');
    report(`${ws.description}, from code`, address, narrated, false);
    ok = narrated.ok;

    console.log(
      '\nThe same session through the other binding and the other front doors (each checked the same way):\n',
    );
    const customAddress = host.endpoints[1].address.toString();
    const outcome = await sessionScenario(
      await secureClient(custom, customAddress, certificates),
      customAddress,
      tap,
    );
    report(`${custom.description}, from code`, customAddress, outcome, true);
    ok = outcome.ok && ok;
  } finally {
    await host.close();
  }
  ok = (await runFromConfig('app.config', certificates, tap)) && ok;
  ok = (await runFromConfig('app.json', certificates, tap)) && ok;
  return ok;
}
