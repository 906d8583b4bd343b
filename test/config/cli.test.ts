/** The config commands as a user runs them: the built CLI, exit codes, no stack traces. */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writeTemp, xml } from './helpers';

const root = join(__dirname, '..', '..');
const cli = join(root, 'dist', 'src', 'cli', 'indigo.js');
const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

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
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('warns about message security (loads; the runtime arrives later) and still exits 0', () => {
    const file = writeTemp(
      'ws.config',
      xml('<client><endpoint name="e" address="http://h/" binding="wsHttpBinding" contract="C"/></client>'),
    );
    const r = run('validate', file);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: .*not supported yet: security mode Message/);
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
