/**
 * Indigo ↔ Apache CXF 4.2.3, WS-SecureConversation with WCF's wsHttpBinding policy (MutualCertificate bootstrap,
 * session SCT, derived keys, Basic256) in both flavours — Feb 2005 (wsHttpBinding) and 1.3 (ws2007HttpBinding) —
 * live over loopback HTTP, both directions: RST/SCT → RSTR, Add and Echo inside the session, and the close
 * (RST/SCT/Cancel). CXF shares no code with Indigo; its configuration (this folder's WSDL policy, and the
 * WCF-shaped RST and Cancel of PeerClient) follows WCF's wire, never Indigo's.
 *
 * Both sides use certificates made for this run by `indigo cert create` (createTestCertificates): Indigo reads the
 * PEM files, CXF the PFX files; each trusts the test CA (chain trust).
 *
 * Indigo's messages as CXF received them (and CXF's answers) are kept in `.interop/cxf-captures/indigo-*`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Binding } from '../../../src/channels/Binding';
import { CustomBinding } from '../../../src/bindings/CustomBinding';
import { MessageCredentialType, SecurityMode } from '../../../src/bindings/SecurityModes';
import { WS2007HttpBinding } from '../../../src/bindings/WS2007HttpBinding';
import { WSHttpBinding } from '../../../src/bindings/WSHttpBinding';
import { MessageVersion } from '../../../src/channels/MessageVersion';
import { Certificate } from '../../../src/crypto/Certificate';
import { TextMessageEncodingBindingElement } from '../../../src/encoders/text/TextMessageEncodingBindingElement';
import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import { SecurityBindingElement } from '../../../src/security/SecurityBindingElement';
import { X509CertificateValidationMode } from '../../../src/security/credentials/X509CertificateValidator';
import { HttpTransportBindingElement } from '../../../src/transports/http/HttpTransportBindingElement';
import { calculator, openSecureHost, type SecureHost } from '../../security/fixtures/secureCalculator';
import {
  CXF_BUILD_TIMEOUT_MS,
  CXF_CAPTURE_OUT,
  CXF_TEST_TIMEOUT_MS,
  actionOf,
  CxfService,
  createPeerCertificates,
  ensureCxfPeerBuilt,
  readCaptures,
  removeDir,
  runCxfClient,
  scratchDir,
  type CapturedMessage,
  type CxfVersion,
  type PeerCertificates,
} from './cxfHarness';

const TEXT = 'hello <indigo> & "quotes" é世 😀';

interface Flavour {
  readonly version: CxfVersion;
  readonly trustNs: string;
  readonly messageSecurityVersion: MessageSecurityVersion;
  /** WCF's standard binding for this flavour, Message security with certificates, no negotiation. */
  readonly standard: () => Binding;
}

const messageCertificate = {
  security: {
    mode: SecurityMode.Message,
    message: { clientCredentialType: MessageCredentialType.Certificate, negotiateServiceCredential: false },
  },
};

const FLAVOURS: readonly Flavour[] = [
  {
    version: 'sc2005',
    trustNs: 'http://schemas.xmlsoap.org/ws/2005/02/trust',
    messageSecurityVersion:
      MessageSecurityVersion.WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10,
    standard: () => new WSHttpBinding(messageCertificate),
  },
  {
    version: 'sc13',
    trustNs: 'http://docs.oasis-open.org/ws-sx/ws-trust/200512',
    messageSecurityVersion:
      MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10,
    standard: () => new WS2007HttpBinding(messageCertificate),
  },
];

/** The custom-binding form of the same stack (DESIGN.md): secure conversation over a MutualCertificate bootstrap. */
function customSecureConversation(version: MessageSecurityVersion): CustomBinding {
  const bootstrap = SecurityBindingElement.createMutualCertificateBindingElement(version);
  const element = SecurityBindingElement.createSecureConversationBindingElement(bootstrap, true);
  element.messageSecurityVersion = version;
  return new CustomBinding([
    element,
    new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
    new HttpTransportBindingElement(),
  ]);
}

interface IndigoCredentials {
  readonly service: Certificate;
  readonly servicePublic: Certificate;
  readonly client: Certificate;
  readonly ca: Certificate;
}

function indigoCredentials(certs: PeerCertificates): IndigoCredentials {
  const read = (name: string): string => fs.readFileSync(path.join(certs.dir, name), 'utf8');
  return {
    service: Certificate.fromPem(read('service.crt'), read('service.key')),
    servicePublic: Certificate.fromPem(read('service.crt')),
    client: Certificate.fromPem(read('client.crt'), read('client.key')),
    ca: Certificate.fromPem(read('ca.crt')),
  };
}

describe('Indigo ↔ Apache CXF: secure conversation (WCF wsHttpBinding policy)', () => {
  let certs: PeerCertificates;
  let creds: IndigoCredentials;
  let cxf: CxfService;
  let cxfCaptures: string;
  const keep = new Map<string, string>();

  beforeAll(async () => {
    ensureCxfPeerBuilt();
    certs = createPeerCertificates();
    creds = indigoCredentials(certs);
    cxfCaptures = scratchDir('cxf-service');
    keep.set('indigo-client-to-cxf-service', cxfCaptures);
    cxf = await CxfService.start(certs, { capture: cxfCaptures });
  }, CXF_BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await cxf?.stop();
    fs.mkdirSync(CXF_CAPTURE_OUT, { recursive: true });
    for (const [name, dir] of keep) {
      const out = path.join(CXF_CAPTURE_OUT, name);
      removeDir(out);
      fs.cpSync(dir, out, { recursive: true });
      removeDir(dir);
    }
    if (certs) {
      const out = path.join(CXF_CAPTURE_OUT, 'indigo-certs');
      removeDir(out);
      fs.cpSync(certs.dir, out, { recursive: true });
      removeDir(certs.dir);
    }
  });

  /** An Indigo client for the CXF service, trusting the run's CA, with the run's client certificate. */
  async function indigoClient(binding: Binding, url: string) {
    return calculator(binding, url, (factory) => {
      factory.credentials.clientCertificate.certificate = creds.client;
      factory.credentials.serviceCertificate.defaultCertificate = creds.servicePublic;
      const auth = factory.credentials.serviceCertificate.authentication;
      auth.certificateValidationMode = X509CertificateValidationMode.ChainTrust;
      auth.trustedRoots.splice(0, auth.trustedRoots.length, creds.ca);
    });
  }

  /** An Indigo host of the sample calculator with the run's service certificate, trusting the run's CA. */
  async function indigoHost(binding: Binding): Promise<SecureHost> {
    return openSecureHost(binding, (host) => {
      host.credentials.serviceCertificate = creds.service;
      const auth = host.credentials.clientCertificate.authentication;
      auth.certificateValidationMode = X509CertificateValidationMode.ChainTrust;
      auth.trustedRoots.splice(0, auth.trustedRoots.length, creds.ca);
    });
  }

  /** What the CXF service received since `from` (its capture numbering), requests only. */
  function cxfReceivedSince(from: number): CapturedMessage[] {
    return readCaptures(cxfCaptures).filter((m) => m.n > from && m.type === 'REQ_IN');
  }

  function lastCaptureNumber(): number {
    const all = readCaptures(cxfCaptures);
    return all.length ? all[all.length - 1].n : 0;
  }

  describe.each(FLAVOURS)('$version', (flavour) => {
    it.each([
      ['the standard binding', () => flavour.standard()],
      ['the custom binding', () => customSecureConversation(flavour.messageSecurityVersion)],
    ])(
      'Indigo client (%s) → CXF service: RST/SCT, Add, Echo, Cancel on close',
      async (_name, makeBinding) => {
        const before = lastCaptureNumber();
        const callsBefore = cxf.calls().length;
        const { calc, factory } = await indigoClient(makeBinding(), cxf.url(flavour.version));
        try {
          expect(await calc.add(2, 3)).toBe(5);
          expect(await calc.echo(TEXT)).toBe(TEXT);
        } finally {
          await factory.close();
        }
        expect(cxf.calls().slice(callsBefore)).toEqual([
          `CALL ${flavour.version} Add 2.0 3.0`,
          `CALL ${flavour.version} Echo ${JSON.stringify(TEXT)}`,
        ]);
        expect(cxfReceivedSince(before).map(actionOf)).toEqual([
          `${flavour.trustNs}/RST/SCT`,
          'http://tempuri.org/ICalculator/Add',
          'http://tempuri.org/ICalculator/Echo',
          `${flavour.trustNs}/RST/SCT/Cancel`,
        ]);
        // CXF answered the Cancel (a fault would be FAULT_OUT).
        const answers = readCaptures(cxfCaptures).filter((m) => m.n > before && m.type.endsWith('_OUT'));
        expect(answers.map((m) => m.type)).toEqual(['RESP_OUT', 'RESP_OUT', 'RESP_OUT', 'RESP_OUT']);
        expect(answers[3].text).toContain('RequestedTokenCancelled');
        // Indigo's Cancel as CXF received it: WCF's shape — signed with an SCT-derived key, body in the clear.
        const cancel = cxfReceivedSince(before)[3].text;
        expect(cancel).toMatch(/<(\w+:)?Signature\b/);
        expect(cancel).not.toContain('EncryptedData');
        expect(cancel).toMatch(new RegExp(`<(\\w+:)?RequestType>${flavour.trustNs}/Cancel<`));
      },
      CXF_TEST_TIMEOUT_MS,
    );

    it(
      'CXF client → Indigo host (the standard binding): RST/SCT, Add, Echo, WCF-shaped Cancel',
      async () => {
        const host = await indigoHost(flavour.standard());
        const capture = scratchDir(`cxf-client-${flavour.version}`);
        keep.set(`cxf-client-to-indigo-host-${flavour.version}`, capture);
        try {
          const result = await runCxfClient({
            url: host.address,
            version: flavour.version,
            certs,
            text: TEXT,
            cancel: 'wcf',
            capture,
          });
          const report = `CXF client exit ${result.exitCode}\n${result.stdout}\n${result.stderr}\nIndigo host log: ${host.log.join('\n')}`;
          expect({ exit: result.exitCode, lines: result.lines, report }).toEqual({
            exit: 0,
            lines: [
              'ADD 5.0',
              `ECHO ${JSON.stringify(TEXT)}`,
              expect.stringMatching(/^CANCELLED wcf \S+$/),
              'PASS',
            ],
            report: expect.any(String),
          });
          expect(host.log).toEqual([]);
          // Indigo's RSTR as CXF decrypted it: RSTRC-wrapped for WS-Trust 1.3 only, as WCF writes it.
          const rstr = readCaptures(capture).find((m) => m.type === 'DECRYPTED_IN')?.text ?? '';
          expect(/<(?:\w+:)?Body\b[^>]*>\s*<(?:\w+:)?(\w+)/.exec(rstr)?.[1]).toBe(
            flavour.version === 'sc13'
              ? 'RequestSecurityTokenResponseCollection'
              : 'RequestSecurityTokenResponse',
          );
        } finally {
          await host.host.close();
        }
      },
      CXF_TEST_TIMEOUT_MS,
    );
  });
});
