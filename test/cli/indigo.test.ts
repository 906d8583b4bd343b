/**
 * The `indigo` command as a user runs it: the built CLI (`npm run build` → dist/src/cli/indigo.js) in a child
 * process — validate, describe and host — with its exit codes (0 success, 1 invalid config or failure, 2 usage)
 * and never a stack trace. The build runs once here, before the tests.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { BasicHttpBinding } from '../../src/bindings/BasicHttpBinding';
import { ChannelFactory } from '../../src/client/ChannelFactory';
import { ICalculator } from '../../samples/calculator/ICalculator';
import { tempDir, writeTemp, xml } from '../config/helpers';

const root = join(__dirname, '..', '..');
const cli = join(root, 'dist', 'src', 'cli', 'indigo.js');
const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** A line of a JavaScript stack trace ("    at fn (file:1:2)"). */
const STACK_TRACE = /^\s+at .+[:(]/m;

beforeAll(() => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}, 120_000);

describe('indigo validate', () => {
  it('exits 0 with a one-line summary for a valid config', () => {
    const r = run('validate', 'samples/calculator/app.config');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(
      'samples/calculator/app.config: valid: 1 service, 3 service endpoints, 3 client endpoints',
    );
  });

  it('exits 1 with every error as file:line:col: message, and no stack trace', () => {
    const file = writeTemp(
      'bad.config',
      xml(
        '<bindings><basicHttpBinding><binding name="a" maxReceivedMessageSize="-1" transferMode="buffered"/></basicHttpBinding></bindings>',
      ),
    );
    const r = run('validate', file);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(
      /bad\.config:4:\d+: system\.serviceModel\/bindings\/basicHttpBinding\/binding\[@name='a'\]\/@maxReceivedMessageSize: -1 is less than the minimum 1$/,
    );
    expect(lines[1]).toMatch(
      /bad\.config:4:\d+: .*@transferMode: 'buffered' is not an allowed value; .* did you mean 'Buffered'\?/,
    );
    expect(lines[2]).toMatch(/invalid: 2 errors$/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("warns about what message security the runtime lacks (WCF's defaults: Windows, negotiation) and still exits 0", () => {
    const file = writeTemp(
      'ws.config',
      xml('<client><endpoint name="e" address="http://h/" binding="wsHttpBinding" contract="C"/></client>'),
    );
    const r = run('validate', file);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /warning: .*not supported yet: security mode Message with these settings — message clientCredentialType 'Windows'/,
    );
    expect(r.stdout).toMatch(/valid: 0 services, 0 service endpoints, 1 client endpoint, 1 warning/);
  });

  it('exits 1 for malformed XML and 2 for a usage error', () => {
    expect(run('validate', writeTemp('m.config', '<configuration><a></configuration>')).status).toBe(1);
    expect(run('validate').status).toBe(2);
  });
});

describe('indigo describe', () => {
  it('prints the stack top to bottom, and JSON with --json', () => {
    const text = run('describe', 'samples/calculator/app.config', '--binding', 'Soap11WSAddressing10');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(
      /1\. textMessageEncoding\n\s+messageVersion = Soap11WSAddressing10[\s\S]*2\. httpTransport/,
    );
    const json = JSON.parse(run('describe', 'samples/calculator/app.json', '--json').stdout) as {
      elements: { configurationName: string }[];
    }[];
    expect(json).toHaveLength(6);
    expect(json[1].elements.map((e) => e.configurationName)).toEqual([
      'transactionFlow',
      'textMessageEncoding',
      'httpTransport',
    ]);
  });

  it('shows a secure conversation element with its bootstrap nested', () => {
    const file = writeTemp(
      'sc.config',
      xml(`<bindings><wsHttpBinding><binding name="sc"><security><message clientCredentialType="Certificate" negotiateServiceCredential="false"/></security></binding></wsHttpBinding></bindings>
        <client><endpoint name="e" address="http://h/" binding="wsHttpBinding" bindingConfiguration="sc" contract="C"/></client>`),
    );
    const r = run('describe', file);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/intended stack/);
    expect(r.stdout).toMatch(
      /2\. security\n\s+securityBindingElement = SymmetricSecurityBindingElement\n\s+authenticationMode = SecureConversation[\s\S]*protectionTokenParameters:\n\s+tokenKind = SecureConversation[\s\S]*requireCancellation = true[\s\S]*\n {9}bootstrap:\n {11}securityBindingElement = SymmetricSecurityBindingElement\n {11}authenticationMode = MutualCertificate/,
    );
  });

  it('shows the intended message-security stack', () => {
    const file = writeTemp(
      'ws.config',
      xml('<client><endpoint name="e" address="http://h/" binding="wsHttpBinding" contract="C"/></client>'),
    );
    const r = run('describe', file);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /intended stack: .*not supported yet[\s\S]*2\. security\n\s+authenticationMode = SecureConversation[\s\S]*bootstrap:\n\s+authenticationMode = SspiNegotiated/,
    );
  });
});

describe('bad input through the CLI: exit 1, every error as file:line:col, no stack trace', () => {
  const dir = tempDir();
  const cases: [string, string, RegExp][] = [
    [
      'malformed XML',
      '<configuration>\n  <system.serviceModel>\n  </configuration>\n',
      /:3:\d+: malformed XML: unexpected close tag/,
    ],
    [
      'a wrong enum value',
      xml(
        '<bindings><basicHttpBinding><binding name="a"><security mode="transport"/></binding></basicHttpBinding></bindings>',
      ),
      /:4:\d+: .*security\/@mode: 'transport' is not an allowed value; .* did you mean 'Transport'\?/,
    ],
    [
      'a negative size',
      xml('<bindings><basicHttpBinding><binding name="a" maxBufferSize="-1"/></basicHttpBinding></bindings>'),
      /:4:\d+: .*@maxBufferSize: -1 is less than the minimum 1/,
    ],
    [
      'an unknown attribute',
      xml(
        '<bindings><basicHttpBinding><binding name="a" maxRecievedMessageSize="1"/></basicHttpBinding></bindings>',
      ),
      /:4:\d+: .*unknown attribute 'maxRecievedMessageSize' — did you mean 'maxReceivedMessageSize'\?/,
    ],
    [
      'a dangling bindingConfiguration',
      xml(
        '<client><endpoint name="e" address="http://h/" binding="basicHttpBinding" bindingConfiguration="Big" contract="C"/></client>',
      ),
      /:4:\d+: .*@bindingConfiguration: the client endpoint 'e' refers to bindingConfiguration 'Big', but <bindings><basicHttpBinding> has no <binding name="Big">/,
    ],
    [
      'a duplicate binding name',
      xml('<bindings><basicHttpBinding><binding name="a"/><binding name="a"/></basicHttpBinding></bindings>'),
      /:4:\d+: .*binding\[@name='a'\]: a second entry with name='a'/,
    ],
    [
      'an extension type that cannot be loaded',
      xml(
        '<extensions><behaviorExtensions><add name="x" type="Missing, ./no-such-module"/></behaviorExtensions></extensions>',
      ),
      /:4:\d+: .*@type: the extension 'x' cannot be loaded: cannot find the module '\.\/no-such-module'/,
    ],
    [
      'a 5 MB config',
      xml(`<!-- ${'x'.repeat(5 * 1024 * 1024)} -->`),
      /: the file is \d+ bytes; config files are limited to 1048576 bytes \(refused before reading\)/,
    ],
  ];

  it.each(cases)('%s', (_what, text, pattern) => {
    const file = writeTemp(`${_what.replace(/\W+/g, '-')}.config`, text, dir);
    const r = run('validate', file);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(pattern);
    expect(r.stderr).toMatch(/invalid: 1 error$/m);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stdout).toBe('');
  });

  it('exits 1 for a file that does not exist, 2 for a command that does not', () => {
    const missing = run('validate', join(dir, 'nope.config'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.config: cannot read the config file: ENOENT/);
    const unknown = run('valdate', 'x');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^indigo: unknown command 'valdate'/);
    expect(unknown.stderr).not.toMatch(STACK_TRACE);
  });
});

/** A running `indigo host`: its output so far, and how it ended. */
interface Hosted {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function host(...args: string[]): Hosted {
  const child = spawn(process.execPath, [cli, 'host', ...args], { cwd: root });
  const hosted: Hosted = {
    child,
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))),
  };
  child.stdout!.on('data', (d: Buffer) => (hosted.stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (hosted.stderr += d.toString()));
  return hosted;
}

/** Waits for `count` 'listening <url>' lines; fails with what the process said if it exits first. */
async function listening(hosted: Hosted, count: number): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const urls = [...hosted.stdout.matchAll(/^listening (\S+)$/gm)].map((m) => m[1]);
    if (urls.length >= count) return urls;
    if (hosted.child.exitCode !== null || Date.now() > deadline)
      throw new Error(
        `indigo host did not listen: exit ${hosted.child.exitCode}\n${hosted.stdout}\n${hosted.stderr}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const refused = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(true));
  });

describe('indigo host <module> --config <config>', () => {
  it("hosts the config with the module's classes, answers calls, and exits 0 on SIGTERM", async () => {
    // samples/calculator/app.config as written (port 8080), moved to a free port by --port 0.
    const hosted = host(
      'samples/calculator/host',
      '--config',
      'samples/calculator/app.config',
      '--port',
      '0',
    );
    try {
      const urls = await listening(hosted, 3);
      expect(urls.map((u) => new URL(u).pathname)).toEqual(['/calc/basic', '/calc/ws', '/calc/soap11-wsa10']);
      const port = new URL(urls[0]).port;
      expect(port).not.toBe('8080');
      expect(urls.every((u) => new URL(u).port === port)).toBe(true);
      const factory = new ChannelFactory(ICalculator, new BasicHttpBinding(), urls[0]);
      const calc = await factory.createChannel();
      expect(await calc.add(40, 2)).toBe(42);
      expect(await calc.echo('from the CLI host')).toBe('from the CLI host');
      await factory.close();

      hosted.child.kill('SIGTERM');
      expect(await hosted.exited).toEqual({ code: 0, signal: null });
      expect(hosted.stdout).toMatch(/^SIGTERM: closing$/m);
      expect(hosted.stderr).toBe('');
      expect(await refused(Number(port))).toBe(true);
    } finally {
      hosted.child.kill('SIGKILL');
    }
  });

  it("uses the config's addresses as written without --port, and --host replaces the host name", async () => {
    const file = writeTemp(
      'app.config',
      readFileSync(join(root, 'samples', 'calculator', 'app.config'), 'utf8').replace(
        /127\.0\.0\.1:8080/g,
        '127.0.0.1:0',
      ),
    );
    const hosted = host('samples/calculator/host', '--config', file, '--host', 'localhost');
    try {
      const urls = await listening(hosted, 3);
      expect(urls.map((u) => new URL(u).hostname)).toEqual(['localhost', 'localhost', 'localhost']);
      hosted.child.kill('SIGINT');
      expect((await hosted.exited).code).toBe(0);
      expect(hosted.stdout).toMatch(/^SIGINT: closing$/m);
    } finally {
      hosted.child.kill('SIGKILL');
    }
  });

  it('exits 1 with every config error and opens nothing when the config has any', async () => {
    const port = await freePort();
    const file = writeTemp(
      'broken.config',
      xml(`<services><service name="Calculator.CalculatorService">
        <host><baseAddresses><add baseAddress="http://127.0.0.1:${port}/"/></baseAddresses></host>
        <endpoint address="good" binding="basicHttpBinding" contract="ICalculator"/>
        <endpoint address="bad" binding="wsHttpBinding" contract="ICalculator"/>
        <endpoint address="worse" binding="basicHttpBinding" contract="ICalculator" listenUriMode="Unique"/>
      </service></services>
      <behaviors><serviceBehaviors><behavior><serviceMetadata httpGetEnabled="true" httpGetBinding="basicHttpBinding"/></behavior></serviceBehaviors></behaviors>`),
    );
    const hosted = host('samples/calculator/host', '--config', file);
    expect((await hosted.exited).code).toBe(1);
    expect(hosted.stdout).toBe('');
    // In file order.
    expect(hosted.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /broken\.config:7:\d+: .*endpoint\[2\]\/@binding: the default <wsHttpBinding> configuration: not supported yet: security mode Message/,
      ),
      expect.stringMatching(
        /broken\.config:8:\d+: .*endpoint\[3\]\/@listenUriMode: not supported yet: listenUriMode="Unique"/,
      ),
      expect.stringMatching(
        /broken\.config:10:\d+: .*serviceMetadata\/@httpGetBinding: not supported yet: <serviceMetadata> httpGetBinding="basicHttpBinding"/,
      ),
      'indigo: 3 configuration errors',
    ]);
    // The good endpoint was not opened either.
    expect(await refused(port)).toBe(true);
  });

  it('exits 1 without a stack trace when the port is taken', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const hosted = host(
        'samples/calculator/host',
        '--config',
        'samples/calculator/app.config',
        '--port',
        String(port),
      );
      const { code } = await hosted.exited;
      expect(code).toBe(1);
      expect(hosted.stderr).toBe(`indigo: listen EADDRINUSE: address already in use 127.0.0.1:${port}\n`);
      expect(hosted.stderr).not.toMatch(STACK_TRACE);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('exits 1 when the module is missing or exports no class for a service', async () => {
    const missing = host('samples/calculator/nope', '--config', 'samples/calculator/app.config');
    expect((await missing.exited).code).toBe(1);
    expect(missing.stderr).toMatch(/^indigo: Cannot find the module 'samples\/calculator\/nope'/);
    const wrong = host(
      'samples/calculator/ICalculator',
      '--config',
      'samples/calculator/app.config',
      '--port',
      '0',
    );
    expect((await wrong.exited).code).toBe(1);
    expect(wrong.stderr).toMatch(
      /service\[@name='Calculator\.CalculatorService'\]\/@name: no implementation for service 'Calculator\.CalculatorService': the module exports ICalculator/,
    );
    expect(missing.stderr + wrong.stderr).not.toMatch(STACK_TRACE);
  });

  it('exits 2 for usage errors', () => {
    for (const args of [
      ['host'],
      ['host', 'samples/calculator/host', '--config'],
      ['host', 'samples/calculator/host', '--port', 'eighty'],
      ['host', 'samples/calculator/host', '--port', '70000'],
      ['host', 'samples/calculator/host', 'extra'],
    ]) {
      const r = run(...args);
      expect({ args, status: r.status }).toEqual({ args, status: 2 });
      expect(r.stderr).toMatch(/^indigo: /);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
  });
});

describe('npm start (the calculator demo, from the same build)', () => {
  let demo: { status: number | null; stdout: string; stderr: string };
  beforeAll(() => {
    const r = spawnSync(process.execPath, [join(root, 'dist', 'samples', 'calculator', 'demo.js')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    demo = { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }, 60_000);

  it('runs the calculator from app.config and from app.json as well as from code, and exits 0', () => {
    expect(demo.stderr).not.toMatch(STACK_TRACE);
    expect(demo.status).toBe(0);
    for (const file of ['app.config', 'app.json'])
      for (const endpoint of [
        'BasicHttpBinding_ICalculator',
        'WSHttpBinding_ICalculator',
        'CustomBinding_ICalculator',
      ])
        expect(demo.stdout).toContain(`ok   ${file}: client endpoint '${endpoint}'`);
    expect(demo.stdout).toMatch(/all calls answered as expected/);
  });

  describe('shows a secure session first, message by message as the wiretap saw it', () => {
    /** The narrated session: from the first call to the last Cancel, before any "ok" line. */
    const narrated = (): string[] => {
      const lines = demo.stdout.split('\n');
      const start = lines.findIndex((l) => /add\(2, 3\) = 5: the first call opens session 1/.test(l));
      const end = lines.findIndex((l, i) => i > start && /^(ok {2}|FAIL)/.test(l));
      return start < 0 ? [] : lines.slice(start, end);
    };
    /** One message line: direction, size in bytes, wsa:Action, protection. */
    const wire = (arrow: string, action: string, protection: string): RegExp =>
      new RegExp(
        `^ +${arrow} +[0-9,]+ B {2}${action.replace(/[/.]/g, '\\$&')} +${protection.replace(/[()+.]/g, '\\$&')}`,
      );
    const TRUST = 'http://schemas.xmlsoap.org/ws/2005/02/trust';

    it('before every other binding', () => {
      expect(demo.stdout.indexOf(`${TRUST}/RST/SCT`)).toBeGreaterThan(0);
      expect(demo.stdout.indexOf(`${TRUST}/RST/SCT`)).toBeLessThan(
        demo.stdout.indexOf('basicHttpBinding (SOAP 1.1)'),
      );
    });

    it('the RST/SCT exchange over the X.509 bootstrap, calls under keys derived from the SCT, the Cancel on close', () => {
      const lines = narrated();
      const messages = lines.filter((l) => /^ +[→←] /.test(l));
      // Two sessions: 2 RST/SCT + 7 calls + 2 Cancel, each with its reply.
      expect(messages).toHaveLength(22);
      expect(messages[0]).toMatch(
        wire(
          '→',
          `${TRUST}/RST/SCT`,
          'signed+encrypted, bootstrap X.509 (client cert + key wrapped for the service cert)',
        ),
      );
      expect(messages[1]).toMatch(wire('←', `${TRUST}/RSTR/SCT`, 'signed+encrypted, bootstrap X.509'));
      expect(messages[2]).toMatch(
        wire('→', 'http://tempuri.org/ICalculator/Add', 'signed+encrypted, SCT derived keys (SCT carried)'),
      );
      expect(messages[3]).toMatch(
        wire('←', 'http://tempuri.org/ICalculator/AddResponse', 'signed+encrypted, SCT derived keys'),
      );
      expect(messages.slice(-4)).toEqual([
        expect.stringMatching(
          wire('→', `${TRUST}/RST/SCT/Cancel`, 'signed (body in clear), SCT derived keys'),
        ),
        expect.stringMatching(
          wire('←', `${TRUST}/RSTR/SCT/Cancel`, 'signed (body in clear), SCT derived keys'),
        ),
        expect.stringMatching(
          wire('→', `${TRUST}/RST/SCT/Cancel`, 'signed (body in clear), SCT derived keys'),
        ),
        expect.stringMatching(
          wire('←', `${TRUST}/RSTR/SCT/Cancel`, 'signed (body in clear), SCT derived keys'),
        ),
      ]);
      // Sizes are real: a bootstrap RST/SCT (certificate, wrapped key) is bigger than a session call.
      const size = (l: string): number => Number(/([0-9,]+) B/.exec(l)![1].replace(/,/g, ''));
      expect(size(messages[0])).toBeGreaterThan(size(messages[2]));
    });

    it('whoAmI names the client certificate; counter() counts 1, 2, 3 in session 1 and starts at 1 in session 2', () => {
      const text = narrated().join('\n');
      expect(text).toMatch(/whoAmI\(\) = O=indigo-test, CN=indigo-test-client; [0-9A-F]{40}:/);
      expect(text).toMatch(/counter\(\) = 1, 2, 3:/);
      const first = /opens session 1, (urn:uuid:[0-9a-f-]{36})/.exec(text)?.[1];
      const second = /opens session 2, (urn:uuid:[0-9a-f-]{36}): counter\(\) = 1,/.exec(text)?.[1];
      expect(first).toBeDefined();
      expect(second).toBeDefined();
      expect(second).not.toBe(first);
      expect(text).toMatch(/session 1 is still there: counter\(\) = 4/);
      // The Cancel lines follow the close of each proxy.
      expect(text).toMatch(/closing proxy 1 cancels session 1\n +→ .*RST\/SCT\/Cancel/);
    });

    it('the same session from code, app.config and app.json, over wsHttpBinding and the SecureConversation custom binding', () => {
      for (const line of [
        'ok   wsHttpBinding, security Message, clientCredentialType Certificate (a session by default), from code',
        'ok   customBinding: security SecureConversation over MutualCertificate + text + httpTransport, from code',
        "ok   secure-session/app.config: client endpoint 'SecureSession_ICalculator'",
        "ok   secure-session/app.config: client endpoint 'SecureConversation_ICalculator'",
        "ok   secure-session/app.json: client endpoint 'SecureSession_ICalculator'",
        "ok   secure-session/app.json: client endpoint 'SecureConversation_ICalculator'",
      ])
        expect(demo.stdout).toContain(line);
      const summaries = demo.stdout.match(/^ +wire: .*$/gm) ?? [];
      expect(summaries).toHaveLength(5);
      for (const s of summaries)
        expect(s).toMatch(
          /wire: 22 messages, [0-9,]+ bytes: RST\/SCT 2 \(signed\+encrypted, bootstrap X\.509\), calls 7 \(signed\+encrypted, SCT derived keys\), Cancel 2 \(signed, SCT derived keys\)$/,
        );
      expect(demo.stdout.match(/counter\(\)=1,2,3 \| new session: 1 \| first again: 4/g)).toHaveLength(6);
      expect(demo.stdout).not.toMatch(/problem: /);
    });
  });
});
