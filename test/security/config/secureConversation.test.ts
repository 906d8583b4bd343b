/**
 * Secure conversation from config: `<wsHttpBinding>` / `<ws2007HttpBinding>` with a security context (their
 * default) and `<customBinding><security authenticationMode="SecureConversation">` with its
 * `<secureConversationBootstrap>` build the element WCF builds (RS SecurityElement / SecurityElementBase,
 * spec/config-schema.md §3, spec/bindings.md §6) — equal, bootstrap included, whether written as XML, as JSON
 * or in code; exported with toXml()/toJson() they reload equal; and bad values are located errors.
 */
import { CustomBinding } from '../../../src/bindings/CustomBinding';
import { MessageCredentialType, SecurityMode } from '../../../src/bindings/SecurityModes';
import { WS2007HttpBinding } from '../../../src/bindings/WS2007HttpBinding';
import { WSHttpBinding } from '../../../src/bindings/WSHttpBinding';
import type { Binding } from '../../../src/channels/Binding';
import { MessageVersion } from '../../../src/channels/MessageVersion';
import { bindingToJson, bindingToXml } from '../../../src/config/export/exportBinding';
import { loadConfigurationText } from '../../../src/config/loadConfiguration';
import { TextMessageEncodingBindingElement } from '../../../src/encoders/text/TextMessageEncodingBindingElement';
import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import { SecurityAlgorithmSuite } from '../../../src/security/SecurityAlgorithmSuite';
import { SecurityBindingElement } from '../../../src/security/SecurityBindingElement';
import { SecurityHeaderLayout } from '../../../src/security/SecurityEnumerations';
import type { SymmetricSecurityBindingElement } from '../../../src/security/SymmetricSecurityBindingElement';
import { SecureConversationSecurityTokenParameters } from '../../../src/security/tokens/SecureConversationSecurityTokenParameters';
import { HttpTransportBindingElement } from '../../../src/transports/http/HttpTransportBindingElement';
import { errorsOf, xml } from '../../config/helpers';

const BSP =
  MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10;

/** One binding, written three ways. */
interface Case {
  readonly section: string;
  readonly xml: string;
  readonly json: Record<string, unknown>;
  readonly code: () => Binding;
}

const fromXml = (c: Case): Binding =>
  loadConfigurationText(
    xml(`<bindings><${c.section}>${c.xml}</${c.section}></bindings>`),
    '/virtual/app.config',
  ).createBinding(c.section, 'x');

const fromJson = (c: Case): Binding =>
  loadConfigurationText(
    JSON.stringify({
      'system.serviceModel': { bindings: { [c.section]: { binding: [{ name: 'x', ...c.json }] } } },
    }),
    '/virtual/app.json',
  ).createBinding(c.section, 'x');

const custom = (security: SecurityBindingElement): Binding =>
  new CustomBinding(
    [
      security,
      new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
      new HttpTransportBindingElement(),
    ],
    'x',
  );

const wsCertificate = {
  security: {
    mode: SecurityMode.Message,
    message: { clientCredentialType: MessageCredentialType.Certificate, negotiateServiceCredential: false },
  },
};

const CASES: readonly (readonly [string, Case])[] = [
  [
    '(a) wsHttpBinding Message + Certificate, no negotiation, security context by default',
    {
      section: 'wsHttpBinding',
      xml: '<binding name="x"><security mode="Message"><message clientCredentialType="Certificate" negotiateServiceCredential="false"/></security></binding>',
      json: {
        security: {
          mode: 'Message',
          message: { clientCredentialType: 'Certificate', negotiateServiceCredential: false },
        },
      },
      code: () => Object.assign(new WSHttpBinding(wsCertificate), { name: 'x' }),
    },
  ],
  [
    '(b) ws2007HttpBinding, the same',
    {
      section: 'ws2007HttpBinding',
      xml: '<binding name="x"><security><message clientCredentialType="Certificate" negotiateServiceCredential="false" establishSecurityContext="true"/></security></binding>',
      json: {
        security: { message: { clientCredentialType: 'Certificate', negotiateServiceCredential: false } },
      },
      code: () => Object.assign(new WS2007HttpBinding(wsCertificate), { name: 'x' }),
    },
  ],
  ...[true, false].map(
    (cancel) =>
      [
        `(c) customBinding SecureConversation over MutualCertificate, requireSecurityContextCancellation=${cancel}`,
        {
          section: 'customBinding',
          xml: `<binding name="x">
              <security authenticationMode="SecureConversation" requireSecurityContextCancellation="${cancel}">
                <secureConversationBootstrap authenticationMode="MutualCertificate"/>
              </security>
              <textMessageEncoding/><httpTransport/></binding>`,
          json: {
            security: {
              authenticationMode: 'SecureConversation',
              requireSecurityContextCancellation: cancel,
              secureConversationBootstrap: { authenticationMode: 'MutualCertificate' },
            },
            textMessageEncoding: {},
            httpTransport: {},
          },
          code: () =>
            custom(
              SecurityBindingElement.createSecureConversationBindingElement(
                SecurityBindingElement.createMutualCertificateBindingElement(),
                cancel,
              ),
            ),
        },
      ] as const,
  ),
  ...(['AnonymousForCertificate', 'UserNameForCertificate'] as const).map(
    (mode) =>
      [
        `(d) customBinding SecureConversation over ${mode}`,
        {
          section: 'customBinding',
          xml: `<binding name="x"><security authenticationMode="SecureConversation"><secureConversationBootstrap authenticationMode="${mode}"/></security><textMessageEncoding/><httpTransport/></binding>`,
          json: {
            security: {
              authenticationMode: 'SecureConversation',
              secureConversationBootstrap: { authenticationMode: mode },
            },
            textMessageEncoding: {},
            httpTransport: {},
          },
          code: () =>
            custom(
              SecurityBindingElement.createSecureConversationBindingElement(
                mode === 'AnonymousForCertificate'
                  ? SecurityBindingElement.createAnonymousForCertificateBindingElement()
                  : SecurityBindingElement.createUserNameForCertificateBindingElement(),
              ),
            ),
        },
      ] as const,
  ),
];

describe('secure conversation: XML = JSON = code', () => {
  it.each(CASES)('%s', (_name, c) => {
    const code = c.code().createBindingElements();
    const security = code.find((e) => e instanceof SecurityBindingElement) as SymmetricSecurityBindingElement;
    expect(security.protectionTokenParameters).toBeInstanceOf(SecureConversationSecurityTokenParameters);
    // Deep: every element, the bootstrap element inside the SCT parameters included.
    expect(fromXml(c).createBindingElements()).toStrictEqual(code);
    expect(fromJson(c).createBindingElements()).toStrictEqual(code);
  });

  it.each(CASES)('%s: toXml()/toJson() reload equal', (_name, c) => {
    const binding = c.code();
    for (const [text, file] of [
      [bindingToXml(binding, 'x'), 'exported.config'],
      [bindingToJson(binding, 'x'), 'exported.json'],
    ]) {
      const config = loadConfigurationText(text, `/virtual/${file}`);
      expect(config.createBinding(c.section, 'x').createBindingElements()).toStrictEqual(
        binding.createBindingElements(),
      );
    }
  });

  it('round-trips what differs from the factory methods, on the right element', () => {
    const bootstrap = SecurityBindingElement.createMutualCertificateBindingElement(
      MessageSecurityVersion.WSSecurity10WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10,
    );
    bootstrap.localServiceSettings.maxClockSkew = 60_000;
    bootstrap.includeTimestamp = false;
    const outer = SecurityBindingElement.createSecureConversationBindingElement(bootstrap, false);
    outer.defaultAlgorithmSuite = SecurityAlgorithmSuite.Basic128Sha256;
    outer.setKeyDerivation(false);
    outer.localServiceSettings.inactivityTimeout = 300_000;
    outer.localClientSettings.cookieRenewalThresholdPercentage = 75;
    (outer as SymmetricSecurityBindingElement).requireSignatureConfirmation = true;
    (
      (outer as SymmetricSecurityBindingElement)
        .protectionTokenParameters as SecureConversationSecurityTokenParameters
    ).canRenewSession = false;
    const binding = custom(outer);
    for (const text of [bindingToXml(binding, 'x'), bindingToJson(binding, 'x')]) {
      const file = text.startsWith('{') ? '/virtual/x.json' : '/virtual/x.config';
      const reloaded = loadConfigurationText(text, file).createBinding('customBinding', 'x');
      expect(reloaded.createBindingElements()).toStrictEqual(binding.createBindingElements());
    }
    expect(bindingToXml(binding, 'x')).toMatch(
      /<security authenticationMode="SecureConversation" defaultAlgorithmSuite="Basic128Sha256" requireSignatureConfirmation="true" requireDerivedKeys="false" requireSecurityContextCancellation="false" canRenewSecurityContextToken="false">\s*<localClientSettings cookieRenewalThresholdPercentage="75" \/>\s*<localServiceSettings inactivityTimeout="00:05:00" \/>\s*<secureConversationBootstrap authenticationMode="MutualCertificate" messageSecurityVersion="WSSecurity10WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10" includeTimestamp="false">\s*<localServiceSettings maxClockSkew="00:01:00" \/>/,
    );
  });

  it('refuses to export an element config cannot express (token parameters changed in code)', () => {
    const outer = SecurityBindingElement.createSecureConversationBindingElement(
      SecurityBindingElement.createMutualCertificateBindingElement(),
    ) as SymmetricSecurityBindingElement;
    outer.protectionTokenParameters!.inclusionMode = 'Once';
    expect(() => bindingToXml(custom(outer), 'x')).toThrow(
      /has settings <security> cannot express \(token parameters or supporting tokens changed in code\)/,
    );
  });

  it('writes the customBinding form WCF reads: the bootstrap nested, only what differs from the factory', () => {
    const [, c] = CASES[3];
    expect(bindingToXml(c.code(), 'x')).toContain(
      [
        '<security authenticationMode="SecureConversation" requireSecurityContextCancellation="false">',
        '            <secureConversationBootstrap authenticationMode="MutualCertificate" />',
        '          </security>',
      ].join('\n'),
    );
  });
});

describe('<security authenticationMode="SecureConversation">: which element each attribute reaches', () => {
  const load = (security: string) =>
    loadConfigurationText(
      xml(
        `<bindings><customBinding><binding name="x">${security}<textMessageEncoding/><httpTransport/></binding></customBinding></bindings>`,
      ),
      '/virtual/app.config',
    );

  it('the outer attributes and local settings go to the SC element, the bootstrap keeps its own (RS SecurityElement)', () => {
    const [outer] = load(`
      <security authenticationMode="SecureConversation" canRenewSecurityContextToken="false" requireDerivedKeys="false"
                messageSecurityVersion="${BSP.name}" defaultAlgorithmSuite="Basic128" securityHeaderLayout="Lax">
        <localServiceSettings inactivityTimeout="00:05:00" maxPendingSessions="256"/>
        <localClientSettings cookieRenewalThresholdPercentage="75"/>
        <secureConversationBootstrap authenticationMode="MutualCertificate" messageProtectionOrder="SignBeforeEncrypt"
                defaultAlgorithmSuite="Basic256Sha256">
          <localServiceSettings maxClockSkew="00:01:00"/>
        </secureConversationBootstrap>
      </security>`)
      .createBinding('customBinding', 'x')
      .createBindingElements() as SymmetricSecurityBindingElement[];
    const sc = outer.protectionTokenParameters as SecureConversationSecurityTokenParameters;
    const bootstrap = sc.bootstrapSecurityBindingElement as SymmetricSecurityBindingElement;

    expect(outer.messageSecurityVersion).toBe(BSP);
    expect(outer.defaultAlgorithmSuite).toBe(SecurityAlgorithmSuite.Basic128);
    expect(outer.securityHeaderLayout).toBe(SecurityHeaderLayout.Lax);
    expect(outer.requireSignatureConfirmation).toBe(false);
    expect(outer.localServiceSettings).toMatchObject({ inactivityTimeout: 300_000, maxPendingSessions: 256 });
    expect(outer.localServiceSettings.maxClockSkew).toBe(300_000);
    expect(outer.localClientSettings.cookieRenewalThresholdPercentage).toBe(75);
    expect(sc).toMatchObject({
      requireCancellation: true,
      canRenewSession: false,
      requireDerivedKeys: false,
    });

    // The bootstrap: MutualCertificate's own values, its own attributes, none of the outer ones.
    expect(bootstrap.authenticationMode).toBe('MutualCertificate');
    expect(bootstrap.messageSecurityVersion).toBe(MessageSecurityVersion.Default);
    expect(bootstrap.defaultAlgorithmSuite).toBe(SecurityAlgorithmSuite.Basic256Sha256);
    expect(bootstrap.securityHeaderLayout).toBe(SecurityHeaderLayout.Strict);
    expect(bootstrap.messageProtectionOrder).toBe('SignBeforeEncrypt');
    expect(bootstrap.requireSignatureConfirmation).toBe(true);
    expect(bootstrap.localServiceSettings.maxClockSkew).toBe(60_000);
    expect(bootstrap.localServiceSettings.inactivityTimeout).toBe(120_000);
    expect(bootstrap.protectionTokenParameters!.requireDerivedKeys).toBe(true);
  });

  it.each([
    ['UserNameOverTransport', []],
    ['CertificateOverTransport', ['X509']],
  ])(
    'an over-transport bootstrap (%s) makes the mixed-mode element: the SCT endorses, no derived keys',
    (mode, endorsing) => {
      const [outer] = load(
        `<security authenticationMode="SecureConversation" allowInsecureTransport="true"><secureConversationBootstrap authenticationMode="${mode}"/></security>`,
      )
        .createBinding('customBinding', 'x')
        .createBindingElements() as SecurityBindingElement[];
      expect(outer.describe()).toMatchObject({
        securityBindingElement: 'TransportSecurityBindingElement',
        authenticationMode: 'SecureConversation',
        allowInsecureTransport: true,
      });
      const [sc] = outer.endpointSupportingTokenParameters.endorsing;
      expect(sc).toBeInstanceOf(SecureConversationSecurityTokenParameters);
      expect(sc).toMatchObject({ requireCancellation: true, requireDerivedKeys: false });
      const bootstrap = (sc as SecureConversationSecurityTokenParameters).bootstrapSecurityBindingElement;
      expect(bootstrap.authenticationMode).toBe(mode);
      expect(bootstrap.endpointSupportingTokenParameters.endorsing.map((p) => p.tokenKind)).toEqual(
        endorsing,
      );
    },
  );

  it.each([
    [
      'no bootstrap (WCF bootstraps with SspiNegotiated)',
      '<security authenticationMode="SecureConversation"/>',
      /security\/@authenticationMode: not supported yet: <security authenticationMode="SecureConversation"> without <secureConversationBootstrap> .* — add <secureConversationBootstrap authenticationMode="…"\/> with one of MutualCertificate, AnonymousForCertificate, UserNameForCertificate$/,
    ],
    [
      'a SecureConversation bootstrap',
      '<security authenticationMode="SecureConversation"><secureConversationBootstrap authenticationMode="SecureConversation"/></security>',
      /secureConversationBootstrap\/@authenticationMode: the bootstrap of a secure conversation cannot itself be SecureConversation \(as in WCF\); use one of MutualCertificate, AnonymousForCertificate, UserNameForCertificate$/,
    ],
  ])('refuses %s, at the attribute', (_what, security, pattern) => {
    const config = load(security);
    expect(errorsOf(() => config.createBinding('customBinding', 'x'))).toEqual([
      expect.stringMatching(pattern),
    ]);
  });

  it.each([
    [
      'authenticationMode="MutualCertificat"',
      /^\/virtual\/app\.config:5:\d+: .*secureConversationBootstrap\/@authenticationMode: 'MutualCertificat' is not an allowed value; allowed: AnonymousForCertificate, .*MutualCertificate, .* — did you mean 'MutualCertificate'\?$/,
    ],
    [
      'authenticationMode="MutualCertificate" messageProtectionOrder="SignThenEncrypt"',
      /^\/virtual\/app\.config:5:\d+: .*secureConversationBootstrap\/@messageProtectionOrder: 'SignThenEncrypt' is not an allowed value; allowed: SignBeforeEncrypt, SignBeforeEncryptAndEncryptSignature, EncryptBeforeSign/,
    ],
    [
      'authenticationMode="MutualCertificate" requireSignatureConfirmation="yes"',
      /^\/virtual\/app\.config:5:\d+: .*secureConversationBootstrap\/@requireSignatureConfirmation: 'yes' is not a boolean \(true or false\)$/,
    ],
    [
      'authenticationMode="MutualCertificate" requireDerivedKey="false"',
      /^\/virtual\/app\.config:5:\d+: .*secureConversationBootstrap\/@requireDerivedKey: unknown attribute 'requireDerivedKey' — did you mean 'requireDerivedKeys'\?; allowed: authenticationMode, /,
    ],
  ])('locates a bad value in <secureConversationBootstrap %s>', (attributes, pattern) => {
    expect(
      errorsOf(() =>
        load(
          `<security authenticationMode="SecureConversation">\n<secureConversationBootstrap ${attributes}/></security>`,
        ),
      ),
    ).toEqual([expect.stringMatching(pattern)]);
  });
});

describe('wsHttpBinding with a security context and its customBinding equivalent (spec/bindings.md §6.3)', () => {
  it('build the same security element', () => {
    const config = loadConfigurationText(
      xml(`<bindings>
        <wsHttpBinding><binding name="ws"><security><message clientCredentialType="Certificate" negotiateServiceCredential="false"/></security></binding></wsHttpBinding>
        <customBinding><binding name="custom">
          <security authenticationMode="SecureConversation" messageSecurityVersion="WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10">
            <secureConversationBootstrap authenticationMode="MutualCertificate" messageSecurityVersion="WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10"/>
          </security>
          <textMessageEncoding/><httpTransport/>
        </binding></customBinding></bindings>`),
      '/virtual/app.config',
    );
    const [, ws] = config.createBinding('wsHttpBinding', 'ws').createBindingElements();
    const [custom] = config.createBinding('customBinding', 'custom').createBindingElements();
    expect(custom.describe()).toEqual(ws.describe());
  });
});
