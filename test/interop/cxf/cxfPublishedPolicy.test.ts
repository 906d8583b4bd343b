/**
 * Apache CXF 4.2.3 as an independent consumer of the WSDL and WS-Policy an Indigo host publishes
 * (ServiceMetadataBehavior, docs/metadata.md): the CXF client is given nothing but the `?wsdl` / `?singleWsdl`
 * URL (plus its key stores and the WCF-shaped RST settings every CXF run here uses) and builds its whole security
 * stack from the published policy — no template WSDL, no endpoint address of its own.
 *
 * Shapes: wsHttpBinding (WS-SP 1.1 → WS-Trust / WS-SC Feb 2005) and ws2007HttpBinding (WS-SP 1.2 → 1.3), Message
 * security, clientCredentialType Certificate, negotiateServiceCredential false; with establishSecurityContext
 * true (the secure session: RST/SCT, calls, Cancel) and false (MutualCertificate per message).
 *
 * WCF's MutualCertificate policy has sp:RequireThumbprintReference on the client's endorsing X509Token, and CXF
 * obeys it: it includes the BinarySecurityToken and names it by ThumbprintSHA1 in the endorsing signature. WCF's
 * service resolves that against the token in the header; so does Indigo's (x509ReferenceToIncludedToken.test.ts).
 *
 * What CXF sent and received is kept in `.interop/cxf-captures/published-*`, with the WSDL it read.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Binding } from '../../../src/channels/Binding';
import { WS2007HttpBinding } from '../../../src/bindings/WS2007HttpBinding';
import { WSHttpBinding } from '../../../src/bindings/WSHttpBinding';
import { Certificate } from '../../../src/crypto/Certificate';
import { X509CertificateValidationMode } from '../../../src/security/credentials/X509CertificateValidator';
import { x509IdentityName } from '../../../src/security/SecurityMessageProperty';
import { ServiceMetadataBehavior } from '../../../src/service/metadata/ServiceMetadataBehavior';
import {
  messageCertificateSecurity,
  openSecureHost,
  type SecureHost,
} from '../../security/fixtures/secureCalculator';
import {
  CXF_BUILD_TIMEOUT_MS,
  CXF_CAPTURE_OUT,
  CXF_TEST_TIMEOUT_MS,
  createPeerCertificates,
  ensureCxfPeerBuilt,
  readCaptures,
  removeDir,
  runCxfClient,
  scratchDir,
  type CxfVersion,
  type PeerCertificates,
} from './cxfHarness';

const TEXT = 'hello <indigo> & "quotes" é世 😀';
const THUMBPRINT_SHA1 = 'http://docs.oasis-open.org/wss/oasis-wss-soap-message-security-1.1#ThumbprintSHA1';

interface Flavour {
  readonly version: CxfVersion;
  readonly trustNs: string;
  readonly port: string;
  readonly binding: (establishSecurityContext: boolean) => Binding;
}

const FLAVOURS: readonly Flavour[] = [
  {
    version: 'sc2005',
    trustNs: 'http://schemas.xmlsoap.org/ws/2005/02/trust',
    port: 'WSHttpBinding_ICalculator',
    binding: (sc) => new WSHttpBinding(messageCertificateSecurity(sc)),
  },
  {
    version: 'sc13',
    trustNs: 'http://docs.oasis-open.org/ws-sx/ws-trust/200512',
    port: 'WS2007HttpBinding_ICalculator',
    binding: (sc) => new WS2007HttpBinding(messageCertificateSecurity(sc)),
  },
];

describe("Apache CXF client built from Indigo's published WSDL (wsHttpBinding Message/Certificate)", () => {
  let certs: PeerCertificates;
  let service: Certificate;
  let client: Certificate;
  let ca: Certificate;
  const keep = new Map<string, string>();

  beforeAll(() => {
    ensureCxfPeerBuilt();
    certs = createPeerCertificates();
    const read = (name: string): string => fs.readFileSync(path.join(certs.dir, name), 'utf8');
    service = Certificate.fromPem(read('service.crt'), read('service.key'));
    client = Certificate.fromPem(read('client.crt'));
    ca = Certificate.fromPem(read('ca.crt'));
  }, CXF_BUILD_TIMEOUT_MS);

  afterAll(() => {
    fs.mkdirSync(CXF_CAPTURE_OUT, { recursive: true });
    for (const [name, dir] of keep) {
      const out = path.join(CXF_CAPTURE_OUT, name);
      removeDir(out);
      fs.cpSync(dir, out, { recursive: true });
      removeDir(dir);
    }
    if (certs) removeDir(certs.dir);
  });

  /** The calculator over `binding` at `<base>calc`, publishing its metadata at `<base>` over HTTP GET. */
  function publishingHost(binding: Binding): Promise<SecureHost> {
    return openSecureHost(binding, (host) => {
      host.credentials.serviceCertificate = service;
      const auth = host.credentials.clientCertificate.authentication;
      auth.certificateValidationMode = X509CertificateValidationMode.ChainTrust;
      auth.trustedRoots.splice(0, auth.trustedRoots.length, ca);
      host.metadata = new ServiceMetadataBehavior({ httpGetEnabled: true });
    });
  }

  /** Runs the CXF client on `query` of the host's metadata, keeping the WSDL it read beside its captures. */
  async function cxfFromPublishedWsdl(
    host: SecureHost,
    flavour: Flavour,
    query: '?wsdl' | '?singleWsdl',
    sessions: boolean,
  ) {
    const wsdlUrl = `${host.host.metadataUrls[0]}${query}`;
    const capture = scratchDir(`published-${flavour.version}`);
    keep.set(
      `published-${sessions ? 'session' : 'per-message'}-${flavour.version}-${query.slice(1)}`,
      capture,
    );
    const wsdl = await (await fetch(wsdlUrl)).text();
    fs.writeFileSync(path.join(capture, `published${query.slice(1)}.xml`), wsdl);
    const result = await runCxfClient({
      wsdl: wsdlUrl,
      version: flavour.version,
      certs,
      text: TEXT,
      cancel: sessions ? 'wcf' : 'none',
      capture,
    });
    const report = `CXF client exit ${result.exitCode}\n${result.stdout}\n${result.stderr}\nIndigo host log: ${host.log.join('\n')}`;
    return { wsdl, result, report, captures: readCaptures(capture) };
  }

  describe.each(FLAVOURS)('$version', (flavour) => {
    describe('establishSecurityContext true (secure session over a MutualCertificate bootstrap)', () => {
      let host: SecureHost;
      beforeAll(async () => {
        host = await publishingHost(flavour.binding(true));
      });
      afterAll(async () => {
        await host?.host.close();
      });

      it.each(['?wsdl', '?singleWsdl'] as const)(
        'CXF reads %s, establishes the session at the published address, calls Add, Echo, WhoAmI, Counter×2, cancels',
        async (query) => {
          const { wsdl, result, report, captures } = await cxfFromPublishedWsdl(host, flavour, query, true);
          // The published policy asks for what CXF then does: a thumbprint reference to the endorsing certificate.
          expect(wsdl).toMatch(
            /<sp:EndorsingSupportingTokens>.*<sp:X509Token [^>]*AlwaysToRecipient"><wsp:Policy><sp:RequireThumbprintReference\/>/s,
          );
          expect({ exit: result.exitCode, lines: result.lines, report }).toEqual({
            exit: 0,
            lines: [
              'ADD 5.0',
              `ECHO ${JSON.stringify(TEXT)}`,
              `WHOAMI ${JSON.stringify(x509IdentityName(client.x509))}`,
              'COUNTER 1',
              'COUNTER 2',
              expect.stringMatching(/^CANCELLED wcf \S+$/),
              'PASS',
            ],
            report: expect.any(String),
          });
          expect(host.log).toEqual([]);
          const sent = captures.filter((m) => m.type === 'REQ_OUT');
          expect(sent.map((m) => m.action)).toEqual([
            `${flavour.trustNs}/RST/SCT`,
            'http://tempuri.org/ICalculator/Add',
            'http://tempuri.org/ICalculator/Echo',
            'http://tempuri.org/ICalculator/WhoAmI',
            'http://tempuri.org/ICalculator/Counter',
            'http://tempuri.org/ICalculator/Counter',
            `${flavour.trustNs}/RST/SCT/Cancel`,
          ]);
          // Every request went to the address the WSDL's port published; CXF was given no other.
          expect(new Set(sent.map((m) => m.address))).toEqual(new Set([host.address]));
          // The bootstrap, as the policy says: the key wrapped to the service certificate named by thumbprint
          // (sp:RequireThumbprintReference on the protection token), the client certificate included.
          expect(sent[0].text).toContain(THUMBPRINT_SHA1);
          expect(sent[0].text).toMatch(/<wsse:BinarySecurityToken\b/);
        },
        CXF_TEST_TIMEOUT_MS,
      );
    });

    describe('establishSecurityContext false (MutualCertificate per message)', () => {
      let host: SecureHost;
      beforeAll(async () => {
        host = await publishingHost(flavour.binding(false));
      });
      afterAll(async () => {
        await host?.host.close();
      });

      it(
        'CXF reads ?wsdl and calls Add, Echo, WhoAmI, Counter×2 each secured on its own (no session: Counter stays 1)',
        async () => {
          const { wsdl, result, report, captures } = await cxfFromPublishedWsdl(
            host,
            flavour,
            '?wsdl',
            false,
          );
          expect(wsdl).not.toContain('SecureConversationToken');
          expect({ exit: result.exitCode, lines: result.lines, report }).toEqual({
            exit: 0,
            lines: [
              'ADD 5.0',
              `ECHO ${JSON.stringify(TEXT)}`,
              `WHOAMI ${JSON.stringify(x509IdentityName(client.x509))}`,
              'COUNTER 1',
              'COUNTER 1',
              'PASS',
            ],
            report: expect.any(String),
          });
          expect(host.log).toEqual([]);
          const sent = captures.filter((m) => m.type === 'REQ_OUT');
          expect(sent).toHaveLength(5);
          for (const m of sent) {
            expect(m.address).toBe(host.address);
            expect(m.text).toContain(THUMBPRINT_SHA1);
            expect(m.text).toMatch(/<wsse:BinarySecurityToken\b/);
            expect(m.text).not.toContain('SecurityContextToken');
          }
        },
        CXF_TEST_TIMEOUT_MS,
      );
    });
  });
});
