/**
 * `<serviceCredentials>` and `<clientCredentials>` mapped onto the runtime's credential classes for message
 * security (spec/config-schema.md §5): certificates from Indigo's folder store, trust (ChainTrust, PeerTrust,
 * PeerOrChainTrust, None, Custom) from the Root and TrustedPeople stores of trustedStoreLocation, custom validator
 * types named "ExportName, module", per-address service certificates — and what the runtime does not do
 * (revocation checking, Windows accounts) as located "not supported yet" problems. Certificates are made here,
 * per run (src/cli/certCommand.ts).
 */
import { readFileSync, rmSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { createTestCertificates } from '../../src/cli/certCommand';
import { ConfigurationLoadError } from '../../src/config/ConfigurationError';
import type { IndigoConfiguration } from '../../src/config/IndigoConfiguration';
import { loadConfigurationText } from '../../src/config/loadConfiguration';
import type { X509CertificateAuthentication } from '../../src/security/credentials/X509CertificateAuthentication';
import { X509CertificateValidator } from '../../src/security/credentials/X509CertificateValidator';
import { CalculatorService } from '../../samples/calculator/CalculatorService';
import { ICalculator } from '../../samples/calculator/ICalculator';
import { CalculatorUsers, TestClientCertificateValidator } from '../fixtures/config/validators/validators';
import { tempDir, xml } from './helpers';

const validators = join(__dirname, '..', 'fixtures', 'config', 'validators', 'validators');
const dir = tempDir();
createTestCertificates(join(dir, 'certificates'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pem = (file: string): X509Certificate =>
  new X509Certificate(readFileSync(join(dir, 'certificates', file)));
const clientX509 = pem('CurrentUser/My/client.pem');
const serviceX509 = pem('LocalMachine/My/service.pem');
const now = Date.now();

const load = (serviceModel: string): IndigoConfiguration =>
  loadConfigurationText(xml(serviceModel), join(dir, 'app.config'));

const service = (credentials: string): string => `
  <services><service name="CalculatorService">
    <endpoint address="http://127.0.0.1:0/calc" binding="basicHttpBinding" contract="ICalculator"/></service></services>
  <behaviors><serviceBehaviors><behavior>
    <serviceCredentials>${credentials}</serviceCredentials>
  </behavior></serviceBehaviors></behaviors>`;

const client = (credentials: string): string => `
  <client><endpoint name="c" address="http://127.0.0.1/calc" binding="basicHttpBinding" contract="ICalculator" behaviorConfiguration="b"/></client>
  <behaviors><endpointBehaviors><behavior name="b">
    <clientCredentials>${credentials}</clientCredentials>
  </behavior></endpointBehaviors></behaviors>`;

const SERVICE_CERTIFICATE = '<serviceCertificate findValue="localhost" x509FindType="FindBySubjectName"/>';

async function hostCredentials(credentials: string) {
  const [host] = await load(service(credentials)).createServiceHosts({ CalculatorService });
  return host.credentials;
}

async function factoryCredentials(credentials: string) {
  return (await load(client(credentials)).createChannelFactory(ICalculator, 'c')).credentials;
}

/** The errors making a host or factory gives, and the warnings `indigo validate` gives. */
async function refusals(config: IndigoConfiguration, side: 'host' | 'factory') {
  const errors = await (
    side === 'host'
      ? config.createServiceHosts({ CalculatorService })
      : config.createChannelFactory(ICalculator, 'c')
  ).then(
    () => [] as string[],
    (err: unknown) => {
      if (!(err instanceof ConfigurationLoadError)) throw err;
      return err.errors.map((e) => e.message);
    },
  );
  const runtime = config.checkRuntime();
  return {
    errors,
    validateErrors: runtime.errors.map((e) => e.message),
    warnings: runtime.warnings.map((e) => e.message),
  };
}

const accepts = (auth: X509CertificateAuthentication, certificate: X509Certificate): boolean => {
  try {
    auth.createValidator().validate(certificate, 'signature', now);
    return true;
  } catch {
    return false;
  }
};

describe('<serviceCredentials> for message security', () => {
  it("takes the service certificate from the store and trusts client certificates by WCF's default, ChainTrust to LocalMachine/Root", async () => {
    const credentials = await hostCredentials(SERVICE_CERTIFICATE);
    expect(credentials.serviceCertificate!.subject).toContain('CN=localhost');
    expect(credentials.serviceCertificate!.hasPrivateKey).toBe(true);
    const auth = credentials.clientCertificate.authentication;
    expect(auth.certificateValidationMode).toBe('ChainTrust');
    expect(auth.trustedRoots).toEqual([
      readFileSync(join(dir, 'certificates', 'LocalMachine', 'Root', 'indigo-test-ca.crt'), 'utf8'),
    ]);
    expect(accepts(auth, clientX509)).toBe(true);
    // No <clientCertificate> written: the HTTPS transport asks for no TLS client certificate.
    expect(credentials.clientCertificate.trustedAuthorities).toEqual([]);
  });

  it.each([
    ['None', 'LocalMachine', true, true],
    ['PeerTrust', 'LocalMachine', true, false],
    ['PeerTrust', 'CurrentUser', false, true],
    ['PeerOrChainTrust', 'CurrentUser', true, true],
    ['ChainTrust', 'CurrentUser', true, true],
  ])(
    'certificateValidationMode="%s" trustedStoreLocation="%s": client certificate %s, service certificate %s',
    async (mode, location, client, service) => {
      const credentials = await hostCredentials(
        `${SERVICE_CERTIFICATE}<clientCertificate><authentication certificateValidationMode="${mode}" trustedStoreLocation="${location}" revocationMode="NoCheck"/></clientCertificate>`,
      );
      const auth = credentials.clientCertificate.authentication;
      expect(auth.certificateValidationMode).toBe(mode);
      expect(accepts(auth, clientX509)).toBe(client);
      expect(accepts(auth, serviceX509)).toBe(service);
      if (mode === 'None') expect(auth.createValidator()).toBe(X509CertificateValidator.None);
    },
  );

  it('makes the Custom validator the config names ("ExportName, module")', async () => {
    const credentials = await hostCredentials(
      `<clientCertificate><authentication certificateValidationMode="Custom" customCertificateValidatorType="TestClientCertificateValidator, ${validators}"/></clientCertificate>`,
    );
    const auth = credentials.clientCertificate.authentication;
    expect(auth.createValidator()).toBeInstanceOf(TestClientCertificateValidator);
    expect(accepts(auth, clientX509)).toBe(true);
    expect(accepts(auth, serviceX509)).toBe(false);
  });

  it('sets a Custom user name validator (userNameAuthentication)', async () => {
    const credentials = await hostCredentials(
      `<userNameAuthentication userNamePasswordValidationMode="Custom" customUserNamePasswordValidatorType="CalculatorUsers, ${validators}"/>`,
    );
    const u = credentials.userNameAuthentication;
    expect(u.userNamePasswordValidationMode).toBe('Custom');
    expect(u.customUserNamePasswordValidator).toBeInstanceOf(CalculatorUsers);
    expect(() => u.customUserNamePasswordValidator!.validate('alice', 'secret')).not.toThrow();
    expect(() => u.customUserNamePasswordValidator!.validate('alice', 'guess')).toThrow();
  });

  it.each([
    [
      '<clientCertificate><authentication revocationMode="Online"/></clientCertificate>',
      /clientCertificate\/authentication\/@revocationMode: not supported yet: revocationMode="Online" \(certificate revocation checking\) — Indigo has no CRL or OCSP client; set revocationMode="NoCheck"$/,
    ],
    [
      '<clientCertificate><authentication mapClientCertificateToWindowsAccount="true"/></clientCertificate>',
      /@mapClientCertificateToWindowsAccount: not supported yet: <clientCertificate><authentication> mapClientCertificateToWindowsAccount="true"/,
    ],
    [
      '<userNameAuthentication userNamePasswordValidationMode="MembershipProvider"/>',
      /userNameAuthentication\/@userNamePasswordValidationMode: not supported yet: userNamePasswordValidationMode="MembershipProvider" \(ASP\.NET membership providers\) — Indigo checks user names with a validator of yours/,
    ],
    [
      '<userNameAuthentication userNamePasswordValidationMode="Custom" customUserNamePasswordValidatorType="X, Y" cacheLogonTokens="true"/>',
      /userNameAuthentication\/@cacheLogonTokens: not supported yet: <userNameAuthentication> cacheLogonTokens="true"/,
    ],
  ])('refuses %s when hosting, and warns in validate', async (credentials, pattern) => {
    const r = await refusals(load(service(credentials)), 'host');
    expect(r.errors).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));
    expect(r.warnings).toEqual([expect.stringMatching(pattern)]);
  });

  it.each([
    [
      '<clientCertificate><authentication certificateValidationMode="Custom"/></clientCertificate>',
      /^.*app\.config:8:\d+: .*clientCertificate\/authentication\/@certificateValidationMode: certificateValidationMode="Custom" needs customCertificateValidatorType="ExportName, module" \(an X509CertificateValidator class\)$/,
    ],
    [
      '<userNameAuthentication userNamePasswordValidationMode="Custom"/>',
      /^.*app\.config:8:\d+: .*userNameAuthentication\/@userNamePasswordValidationMode: userNamePasswordValidationMode="Custom" needs customUserNamePasswordValidatorType/,
    ],
  ])('calls %s an error (validate too)', async (credentials, pattern) => {
    const r = await refusals(load(service(credentials)), 'host');
    expect(r.errors).toEqual([expect.stringMatching(pattern)]);
    expect(r.validateErrors).toEqual([expect.stringMatching(pattern)]);
  });

  it.each([
    [
      `NotAValidator, ${validators}`,
      /@customCertificateValidatorType: 'NotAValidator' from '.*validators' is not an X509CertificateValidator \(a class with validate\(certificate, use, now\)\)$/,
    ],
    [
      'TestClientCertificateValidator, ./nowhere/validators',
      /@customCertificateValidatorType: cannot find the module '\.\/nowhere\/validators' \(resolved from /,
    ],
    [`Missing, ${validators}`, /has no exported class 'Missing'; it exports: .*CalculatorUsers/],
    ['JustAName', /is not "ExportName, module-specifier"/],
  ])('locates a custom validator type that cannot be used (%s)', async (type, pattern) => {
    const r = await refusals(
      load(
        service(
          `<clientCertificate><authentication certificateValidationMode="Custom" customCertificateValidatorType="${type}"/></clientCertificate>`,
        ),
      ),
      'host',
    );
    expect(r.errors).toEqual([expect.stringMatching(/app\.config:8:\d+: /)]);
    expect(r.errors[0]).toMatch(pattern);
  });
});

describe('<clientCredentials> for message security', () => {
  const CLIENT = `<clientCertificate findValue="indigo-test-client" x509FindType="FindBySubjectName"/>`;
  const DEFAULT = `<defaultCertificate findValue="localhost" x509FindType="FindBySubjectName" storeName="TrustedPeople"/>`;

  it("takes its certificate and the service's from the store, and trusts it by WCF's default, ChainTrust to CurrentUser/Root", async () => {
    const credentials = await factoryCredentials(
      `${CLIENT}<serviceCertificate>${DEFAULT}</serviceCertificate>`,
    );
    expect(credentials.clientCertificate.certificate!.hasPrivateKey).toBe(true);
    expect(credentials.clientCertificate.certificate!.subject).toContain('CN=indigo-test-client');
    expect(credentials.serviceCertificate.defaultCertificate!.thumbprint).toBe(
      serviceX509.fingerprint.replace(/:/g, ''),
    );
    const auth = credentials.serviceCertificate.authentication;
    expect(auth.certificateValidationMode).toBe('ChainTrust');
    expect(auth.trustedRoots).toHaveLength(1);
    expect(accepts(auth, serviceX509)).toBe(true);
  });

  it.each([
    ['PeerTrust', 'CurrentUser', true, false],
    ['PeerTrust', 'LocalMachine', false, true],
    ['PeerOrChainTrust', 'LocalMachine', true, true],
  ])(
    'certificateValidationMode="%s" trustedStoreLocation="%s": service certificate %s, client certificate %s',
    async (mode, location, service, client) => {
      const auth = (
        await factoryCredentials(
          `<serviceCertificate><authentication certificateValidationMode="${mode}" trustedStoreLocation="${location}"/></serviceCertificate>`,
        )
      ).serviceCertificate.authentication;
      expect(accepts(auth, serviceX509)).toBe(service);
      expect(accepts(auth, clientX509)).toBe(client);
    },
  );

  it('keeps scoped service certificates by target address, normalized as the runtime looks them up', async () => {
    const credentials = await factoryCredentials(`<serviceCertificate>${DEFAULT}
      <scopedCertificates>
        <add targetUri="HTTP://LocalHost:8080/calc" file="certificates/CurrentUser/TrustedPeople/service.crt"/>
        <add targetUri="http://127.0.0.1:9090/other" findValue="indigo-test-client" x509FindType="FindBySubjectName"/>
      </scopedCertificates></serviceCertificate>`);
    expect(credentials.serviceCertificateFor('http://localhost:8080/calc')!.subject).toContain(
      'CN=localhost',
    );
    expect(credentials.serviceCertificateFor('http://127.0.0.1:9090/other')!.subject).toContain(
      'CN=indigo-test-client',
    );
    expect(credentials.serviceCertificateFor('http://elsewhere/')).toBe(
      credentials.serviceCertificate.defaultCertificate,
    );
  });

  it('locates a target that is not an absolute URI', async () => {
    const r = await refusals(
      load(
        client(
          '<serviceCertificate><scopedCertificates><add targetUri="calc" findValue="localhost" x509FindType="FindBySubjectName"/></scopedCertificates></serviceCertificate>',
        ),
      ),
      'factory',
    );
    expect(r.errors).toEqual([
      expect.stringMatching(
        /app\.config:7:\d+: .*scopedCertificates\/add\[@targetUri='calc'\]\/@targetUri: targetUri 'calc' is not an absolute URI$/,
      ),
    ]);
  });

  it('makes the Custom validator the config names, and refuses revocation checking', async () => {
    const auth = (
      await factoryCredentials(
        `<serviceCertificate><authentication certificateValidationMode="Custom" customCertificateValidatorType="TestClientCertificateValidator, ${validators}"/></serviceCertificate>`,
      )
    ).serviceCertificate.authentication;
    expect(auth.createValidator()).toBeInstanceOf(TestClientCertificateValidator);

    const r = await refusals(
      load(client('<serviceCertificate><authentication revocationMode="Offline"/></serviceCertificate>')),
      'factory',
    );
    const pattern =
      /serviceCertificate\/authentication\/@revocationMode: not supported yet: revocationMode="Offline"/;
    expect(r.errors).toEqual([expect.stringMatching(pattern)]);
    expect(r.warnings).toEqual([expect.stringMatching(pattern)]);
  });
});

describe('credentials: XML = JSON', () => {
  it('maps the same credentials from either form', async () => {
    const json = {
      'system.serviceModel': {
        client: {
          endpoint: [
            {
              name: 'c',
              address: 'http://127.0.0.1/calc',
              binding: 'basicHttpBinding',
              contract: 'ICalculator',
              behaviorConfiguration: 'b',
            },
          ],
        },
        behaviors: {
          endpointBehaviors: {
            behavior: [
              {
                name: 'b',
                clientCredentials: {
                  clientCertificate: { findValue: 'indigo-test-client', x509FindType: 'FindBySubjectName' },
                  serviceCertificate: {
                    scopedCertificates: {
                      add: [
                        {
                          targetUri: 'http://h/',
                          findValue: 'localhost',
                          x509FindType: 'FindBySubjectName',
                          storeName: 'TrustedPeople',
                        },
                      ],
                    },
                    authentication: { certificateValidationMode: 'PeerTrust' },
                  },
                },
              },
            ],
          },
        },
      },
    };
    const fromJson = (
      await loadConfigurationText(JSON.stringify(json), join(dir, 'app.json')).createChannelFactory(
        ICalculator,
        'c',
      )
    ).credentials;
    const fromXml =
      await factoryCredentials(`<clientCertificate findValue="indigo-test-client" x509FindType="FindBySubjectName"/>
      <serviceCertificate><scopedCertificates><add targetUri="http://h/" findValue="localhost" x509FindType="FindBySubjectName" storeName="TrustedPeople"/></scopedCertificates>
      <authentication certificateValidationMode="PeerTrust"/></serviceCertificate>`);
    const summary = (c: typeof fromXml) => ({
      client: c.clientCertificate.certificate?.thumbprint,
      scoped: [...c.serviceCertificate.scopedCertificates].map(([k, v]) => [k, v.thumbprint]),
      mode: c.serviceCertificate.authentication.certificateValidationMode,
      peers: c.serviceCertificate.authentication.trustedPeople,
      roots: c.serviceCertificate.authentication.trustedRoots,
    });
    expect(summary(fromJson)).toEqual(summary(fromXml));
    expect(summary(fromXml).peers).toHaveLength(1);
  });
});
