/**
 * Interop against an independent implementation: Mono 6.8's WCF, cases b (wsHttpBinding Message/Certificate,
 * negotiateServiceCredential=false, establishSecurityContext=false) and e (customBinding MutualCertificate, with
 * WS-Security 1.1 — symmetric — and 1.0 — asymmetric), both directions, live over loopback HTTP.
 *
 * Indigo is configured for Mono the way a user would: MutualCertificate with
 * - a suite that is WCF's but accepts (and sends) Mono's RSA-SHA256 asymmetric signature
 *   (Mono signs with RSA-SHA256 whatever the suite; WCF-strict Indigo refuses that — test/security/monoCaptures);
 * - the MessageSecurityVersion without the Basic Security Profile: Mono cannot read the BSP ValueType WCF puts on
 *   references to derived keys (`…/sc/dk`), and reads everything else Indigo writes.
 * Mono's other deviations (one derived key for both purposes, one IV per message, Timestamp first) need no
 * setting: Indigo accepts them as WCF does. Case b's Mono side is always wsHttpBinding (BSP); the versions only
 * matter for what each side writes.
 */
import { CustomBinding } from '../../../src/bindings/CustomBinding';
import { MessageVersion } from '../../../src/channels/MessageVersion';
import { TextMessageEncodingBindingElement } from '../../../src/encoders/text/TextMessageEncodingBindingElement';
import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import { SecurityAlgorithmSuite } from '../../../src/security/SecurityAlgorithmSuite';
import { SecurityBindingElement } from '../../../src/security/SecurityBindingElement';
import { HttpTransportBindingElement } from '../../../src/transports/http/HttpTransportBindingElement';
import { calculator, openSecureHost, type SecureHost } from '../../security/fixtures/secureCalculator';
import { monoSuite } from '../../security/fixtures/protocolSettings';
import {
  ensureMonoHarnessBuilt,
  freePort,
  monoCerts,
  MonoService,
  requireMonoPeer,
  runMonoClient,
  type MonoRunResult,
} from './monoHarness';

const BUILD_TIMEOUT_MS = 120_000;
const MONO_PROCESS_TIMEOUT_MS = 60_000;
const TEST_TIMEOUT_MS = 90_000;
const CLIENT_IDENTITY = 'O=wcf-interop-test, CN=wcf-test-client; 7C47576E8CD0E5C2DFABEBAD268F633485B0300E';
const WSS10 =
  MessageSecurityVersion.WSSecurity10WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10;

interface Variant {
  readonly name: string;
  readonly monoArgs: readonly string[];
  readonly version: MessageSecurityVersion;
  readonly suite: SecurityAlgorithmSuite;
}

const VARIANTS: readonly Variant[] = [
  {
    name: 'case b (wsHttpBinding Message/Certificate, Basic256)',
    monoArgs: ['--case', 'b'],
    version: MessageSecurityVersion.Default,
    suite: SecurityAlgorithmSuite.Basic256,
  },
  {
    name: 'case b, Basic128',
    monoArgs: ['--case', 'b', '--suite', 'Basic128'],
    version: MessageSecurityVersion.Default,
    suite: SecurityAlgorithmSuite.Basic128,
  },
  {
    name: 'case e, WS-Security 1.1 (symmetric)',
    monoArgs: ['--case', 'e'],
    version: MessageSecurityVersion.Default,
    suite: SecurityAlgorithmSuite.Basic256,
  },
  {
    name: 'case e, WS-Security 1.0 (asymmetric)',
    monoArgs: ['--case', 'e', '--msgver', 'wss10-feb2005'],
    version: WSS10,
    suite: SecurityAlgorithmSuite.Basic256,
  },
];

/** MutualCertificate configured for Mono (see the file comment). */
function bindingForMono(v: Variant): CustomBinding {
  const security = SecurityBindingElement.createMutualCertificateBindingElement(v.version);
  security.defaultAlgorithmSuite = monoSuite(v.suite);
  return new CustomBinding([
    security,
    new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
    new HttpTransportBindingElement(),
  ]);
}

function verdict(run: MonoRunResult): string {
  const line = run.stdout.split('\n').find((l) => /^(PASS|FAIL) /.test(l)) ?? '';
  if (run.exitCode === 0 && line.startsWith('PASS ')) return 'PASS';
  return `Client.exe exit ${run.exitCode}\n----- stdout\n${run.stdout}\n----- stderr\n${run.stderr.slice(-4000)}`;
}

let binDir = '';
let harnessProblem: Error | undefined;

function needsMonoHarness(): void {
  beforeAll(() => {
    if (harnessProblem) throw harnessProblem;
    if (binDir) return;
    try {
      requireMonoPeer();
      binDir = ensureMonoHarnessBuilt();
    } catch (err) {
      harnessProblem = err as Error;
      throw err;
    }
  }, BUILD_TIMEOUT_MS);
}

describe.each(VARIANTS.map((v) => [v.name, v] as const))('Mono WCF peer, %s', (_name, variant) => {
  needsMonoHarness();

  describe('Mono client → Indigo host', () => {
    let service: SecureHost;
    beforeAll(async () => {
      service = await openSecureHost(bindingForMono(variant));
    });
    afterAll(async () => {
      await service?.host.close();
    });

    it(
      'passes Client.exe (Add, Echo, WhoAmI names the client certificate as WCF does, Counter per call)',
      async () => {
        const run = await runMonoClient(
          binDir,
          [...variant.monoArgs, '--url', service.address, '--certs', monoCerts],
          MONO_PROCESS_TIMEOUT_MS,
        );
        expect(verdict(run)).toBe('PASS');
        expect(run.stdout).toContain(`whoami="${CLIENT_IDENTITY}" counter=1 session=(none)`);
      },
      TEST_TIMEOUT_MS,
    );
  });

  describe('Indigo client → Mono service', () => {
    let mono: MonoService | undefined;
    beforeAll(async () => {
      if (!binDir) return;
      const port = await freePort();
      mono = await MonoService.start(
        binDir,
        [...variant.monoArgs, '--port', String(port), '--certs', monoCerts],
        MONO_PROCESS_TIMEOUT_MS,
      );
    }, TEST_TIMEOUT_MS);
    afterAll(async () => {
      await mono?.stop();
    });

    it(
      'calls Service.exe with ChannelFactory(ICalculator, MutualCertificate) and verifies every reply',
      async () => {
        const { calc, factory } = await calculator(bindingForMono(variant), mono!.url);
        try {
          expect(await calc.add(2, 3)).toBe(5);
          expect(await calc.echo('hello <indigo> & é世')).toBe('hello <indigo> & é世');
          // Mono's operations have no security context (its quirk, README "Identity and instancing").
          expect(await calc.whoAmI()).toBe('(no security context)');
          expect(await calc.counter()).toBeGreaterThan(0);
          await factory.close();
        } catch (err) {
          throw new Error(`${(err as Error).message}\n----- Mono service output\n${mono!.log.slice(-4000)}`, {
            cause: err,
          });
        }
      },
      TEST_TIMEOUT_MS,
    );
  });
});
