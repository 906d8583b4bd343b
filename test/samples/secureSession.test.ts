/**
 * The secure-session sample (samples/calculator/secureSession.ts, secure-session/app.config and app.json) as a
 * user takes it: the three front doors build the same bindings; the config runs with certificates in the
 * folder store beside it (what `npx indigo cert create <folder>/certificates` makes); and the wiretap the demo
 * prints from reads protection off the bytes alone — including the unsecured faults a session can end with.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestCertificates } from '../../src/cli/certCommand';
import { loadConfiguration } from '../../src/config/loadConfiguration';
import { ContainerServiceResolver, createIndigoContainer, serviceId } from '../../src/di/IndigoContainer';
import { HttpServerRegistry } from '../../src/transports/http/HttpServerRegistry';
import { CalculatorService } from '../../samples/calculator/CalculatorService';
import { ICalculator } from '../../samples/calculator/ICalculator';
import { secureClient } from '../../samples/calculator/secure';
import { createHosts, secureSessionBindings } from '../../samples/calculator/secureSession';
import { checkWire } from '../../samples/calculator/secureSessionDemo';
import { describeMessage, shortAction } from '../../samples/calculator/wire/describeMessage';
import { WireTap } from '../../samples/calculator/wire/WireTap';
import { elementsOf } from '../config/helpers';

const sample = join(__dirname, '..', '..', 'samples', 'calculator', 'secure-session');
const folder = mkdtempSync(join(tmpdir(), 'indigo-secure-session-'));
createTestCertificates(join(folder, 'certificates'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the secure-session sample: code = app.config = app.json', () => {
  it.each([
    ['wsHttpBinding', 'SecureSession', 0],
    ['customBinding', 'SecureConversation', 1],
  ] as const)('%s %s builds the same elements from the three', async (section, name, index) => {
    const code = secureSessionBindings()[index].binding();
    for (const file of ['app.config', 'app.json']) {
      const config = await loadConfiguration(join(sample, file));
      expect(config.warnings).toEqual([]);
      expect(elementsOf(config.createBinding(section, name))).toEqual(elementsOf(code));
    }
  });

  it('app.config and app.json are one model', async () => {
    const xml = await loadConfiguration(join(sample, 'app.config'));
    const json = await loadConfiguration(join(sample, 'app.json'));
    expect(json.effective).toEqual(xml.effective);
  });
});

describe('the secure-session config with certificates beside it (the folder store)', () => {
  it.each(['app.config', 'app.json'])(
    '%s: host and clients from the file; a session per proxy',
    async (file) => {
      copyFileSync(join(sample, file), join(folder, file));
      const config = await loadConfiguration(join(folder, file));
      const [host] = await config.createServiceHosts({ CalculatorService }, { listen: { port: 0 } });
      await host.open();
      try {
        for (const [i, name] of ['SecureSession_ICalculator', 'SecureConversation_ICalculator'].entries()) {
          const factory = await config.createChannelFactory(ICalculator, name);
          const calc = await factory.createChannel(host.endpoints[i].address);
          expect(await calc.whoAmI()).toMatch(/CN=indigo-test-client; [0-9A-F]{40}$/);
          expect([await calc.counter(), await calc.counter()]).toEqual([1, 2]);
          const other = await factory.createChannel(host.endpoints[i].address);
          expect(await other.counter()).toBe(1);
          expect(other.sessionId).not.toBe(calc.sessionId);
          await factory.close();
        }
      } finally {
        await host.close();
      }
    },
  );
});

describe('the wiretap', () => {
  it("records each message of a session as it crossed the HTTP listener; the demo's check objects only to the counts", async () => {
    const tap = new WireTap();
    const container = createIndigoContainer();
    container.rebindSync(serviceId(HttpServerRegistry.token)).toConstantValue(tap);
    const [host] = await createHosts({
      port: 0,
      certificates: join(folder, 'certificates'),
      services: new ContainerServiceResolver(container),
    });
    await host.open();
    try {
      const [ws] = secureSessionBindings();
      const address = host.endpoints[0].address.toString();
      const factory = await secureClient(ws, address, join(folder, 'certificates'));
      const calc = await factory.createChannel();
      expect(await calc.add(1, 2)).toBe(3);
      await factory.close();
      const wire = tap.take();
      expect(wire.map((r) => `${r.direction} ${shortAction(r.action)}`)).toEqual([
        'request RST/SCT',
        'reply RSTR/SCT',
        'request Add',
        'reply AddResponse',
        'request RST/SCT/Cancel',
        'reply RSTR/SCT/Cancel',
      ]);
      expect(wire.every((r) => r.bytes > 1000 && r.path === '/calc/session')).toBe(true);
      // The counts of the demo's scenario are not these; everything else about each message is.
      expect(checkWire(wire)).toEqual([
        expect.stringMatching(/^messages \{"issue":\[1,1\],"calls":\[1,1\],"cancel":\[1,1\]\}, expected/),
      ]);
    } finally {
      await host.close();
    }
  });

  it('reads an unsecured fault and its subcode (what a refused session message gets back)', () => {
    const fault = Buffer.from(
      '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://www.w3.org/2005/08/addressing">' +
        '<s:Header><a:Action s:mustUnderstand="1">http://www.w3.org/2005/08/addressing/soap/fault</a:Action></s:Header>' +
        '<s:Body><s:Fault><s:Code><s:Value>s:Sender</s:Value><s:Subcode>' +
        '<s:Value xmlns:a="http://schemas.xmlsoap.org/ws/2005/02/sc">a:BadContextToken</s:Value></s:Subcode></s:Code>' +
        '<s:Reason><s:Text xml:lang="en">The message could not be processed.</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>',
    );
    expect(describeMessage(fault)).toEqual({
      action: 'http://www.w3.org/2005/08/addressing/soap/fault',
      protection: 'unsecured fault a:BadContextToken',
    });
  });

  it('says so when a body is not a message', () => {
    expect(describeMessage(Buffer.alloc(0)).protection).toBe('empty body');
    expect(describeMessage(Buffer.from('not <xml')).protection).toBe('not XML');
    const plain = Buffer.from(
      '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><Add xmlns="http://tempuri.org/"/></s:Body></s:Envelope>',
    );
    expect(describeMessage(plain)).toEqual({ action: '', protection: 'unsecured' });
  });
});
