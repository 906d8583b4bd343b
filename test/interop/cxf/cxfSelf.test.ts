/**
 * The CXF peer against itself: CXF client → CXF service, WS-SecureConversation over WCF's wsHttpBinding policy
 * (WS-SP 1.1, WS-Trust/WS-SC Feb 2005) and ws2007HttpBinding's (WS-SP 1.2, WS-Trust/WS-SC 1.3), certificates
 * made by Indigo's `indigo cert create`. This proves the Java side — policy, keys, trust, the WCF-shaped RST and
 * Cancel — before it is pointed at Indigo (cxfSecureConversation.test.ts), and pins down the messages CXF writes.
 *
 * Every message both processes sent and received is kept, raw and decrypted, in `.interop/cxf-captures/`
 * (git-ignored) together with the certificates and keys that made them, for comparing bytes with Indigo's.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  CXF_BUILD_TIMEOUT_MS,
  CXF_CAPTURE_OUT,
  CXF_TEST_TIMEOUT_MS,
  CXF_VERSIONS,
  CxfService,
  createPeerCertificates,
  ensureCxfPeerBuilt,
  readCaptures,
  removeDir,
  runCxfClient,
  scratchDir,
  wsaAction,
  type CapturedMessage,
  type CxfVersion,
  type PeerCertificates,
} from './cxfHarness';

const TEXT = 'hello <cxf> & "quotes" é世 😀';

const NS = {
  sc2005: {
    trust: 'http://schemas.xmlsoap.org/ws/2005/02/trust',
    sc: 'http://schemas.xmlsoap.org/ws/2005/02/sc',
  },
  sc13: {
    trust: 'http://docs.oasis-open.org/ws-sx/ws-trust/200512',
    sc: 'http://docs.oasis-open.org/ws-sx/ws-secureconversation/200512',
  },
} as const;

/** The text of one element (any prefix), or undefined. */
function element(xml: string, localName: string): string | undefined {
  const m = new RegExp(`<(\\w+:)?${localName}\\b[^>]*>([\\s\\S]*?)</\\1?${localName}>`).exec(xml);
  return m?.[2];
}

/** Local names of the children of the first `parent` element, in document order (shallow, regex-based). */
function childNames(xml: string, parent: string): string[] {
  const body = element(xml, parent) ?? '';
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/)?(?:\w+:)?(\w+)\b[^>]*?(\/)?>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 0) names.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return names;
}

function securityHeader(envelope: string): string {
  return element(envelope, 'Security') ?? '';
}

function soapBody(envelope: string): string {
  return element(envelope, 'Body') ?? '';
}

describe('CXF peer: CXF client → CXF service, secure conversation', () => {
  let certs: PeerCertificates;
  let service: CxfService;
  let serviceCaptures: string;
  const clientCaptures = new Map<string, string>();

  beforeAll(async () => {
    ensureCxfPeerBuilt();
    certs = createPeerCertificates();
    serviceCaptures = scratchDir('service-captures');
    service = await CxfService.start(certs, { capture: serviceCaptures });
  }, CXF_BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await service?.stop();
    // Keep what crossed the wire for the Indigo side to compare with, and the keys to read it.
    if (certs && serviceCaptures) {
      // Replace only this file's folders: cxfSecureConversation.test.ts writes its own beside them.
      const keep = (from: string, name: string): void => {
        const to = path.join(CXF_CAPTURE_OUT, name);
        removeDir(to);
        fs.cpSync(from, to, { recursive: true });
      };
      fs.mkdirSync(CXF_CAPTURE_OUT, { recursive: true });
      keep(certs.dir, 'certs');
      keep(serviceCaptures, 'service');
      for (const [name, dir] of clientCaptures) keep(dir, name);
      fs.writeFileSync(
        path.join(CXF_CAPTURE_OUT, 'README.txt'),
        `Written by test/interop/cxf/cxfSelf.test.ts on ${new Date().toISOString()}.\n` +
          `certs/: the test certificates and keys (PFX password '${certs.password}').\n` +
          'service/: the CXF service; client-<version>-<cancel>/: the CXF client. index.tsv lists each folder.\n',
      );
    }
    for (const dir of [serviceCaptures, ...clientCaptures.values()]) if (dir) removeDir(dir);
    if (certs) removeDir(certs.dir);
  });

  async function runSession(version: CxfVersion, cancel: 'wcf' | 'cxf') {
    const capture = scratchDir(`client-${version}-${cancel}`);
    clientCaptures.set(`client-${version}-${cancel}`, capture);
    const result = await runCxfClient({
      url: service.url(version),
      version,
      certs,
      text: TEXT,
      cancel,
      capture,
    });
    const report = `client exit ${result.exitCode}\n${result.stdout}\n${result.stderr}\n--- service\n${service.log}`;
    return { result, report, messages: readCaptures(capture) };
  }

  describe.each(CXF_VERSIONS)('%s', (version) => {
    const ns = NS[version];
    let session: Awaited<ReturnType<typeof runSession>>;

    beforeAll(async () => {
      session = await runSession(version, 'wcf');
    }, CXF_TEST_TIMEOUT_MS);

    /** The RST/SCT as the service read it, decrypted (the latest one of this version). */
    const lastServiceRst = (): CapturedMessage => {
      const rsts = readCaptures(serviceCaptures).filter(
        (m) => m.type === 'DECRYPTED_IN' && m.action === `${ns.trust}/RST/SCT`,
      );
      expect(rsts.length).toBeGreaterThan(0);
      return rsts[rsts.length - 1];
    };
    const sent = (): CapturedMessage[] => session.messages.filter((m) => m.type === 'REQ_OUT');
    const decryptedResponses = (): CapturedMessage[] =>
      session.messages.filter((m) => m.type === 'DECRYPTED_IN');

    it('runs Add and Echo in one session and cancels it', () => {
      expect({ exit: session.result.exitCode, lines: session.result.lines }).toEqual({
        exit: 0,
        lines: [
          'ADD 5.0',
          `ECHO ${JSON.stringify(TEXT)}`,
          expect.stringMatching(/^CANCELLED wcf uuid:[0-9a-f-]{36}$/),
          'PASS',
        ],
      });
      expect(service.calls()).toEqual(
        expect.arrayContaining([
          `CALL ${version} Add 2.0 3.0`,
          `CALL ${version} Echo ${JSON.stringify(TEXT)}`,
        ]),
      );
    });

    it('sends RST/SCT, the two calls and RST/SCT/Cancel to the one endpoint, SOAP 1.2 with the action in the Content-Type', () => {
      const actions = sent().map((m) => m.action);
      expect(actions).toEqual([
        `${ns.trust}/RST/SCT`,
        'http://tempuri.org/ICalculator/Add',
        'http://tempuri.org/ICalculator/Echo',
        `${ns.trust}/RST/SCT/Cancel`,
      ]);
      for (const m of sent()) {
        expect(m.address).toBe(service.url(version));
        expect(m.contentType).toMatch(/^application\/soap\+xml; action="[^"]+"/);
        expect(wsaAction(m.text)).toBe(m.action);
      }
    });

    it('protects the RST/SCT with the bootstrap: EncryptedKey to the service (thumbprint), derived keys, the client certificate endorsing', () => {
      const rst = sent()[0].text;
      const header = securityHeader(rst);
      expect(header).toContain('#ThumbprintSHA1');
      expect(header).toMatch(/<xenc:EncryptedKey\b/);
      expect(header).toContain('http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p');
      expect(header).toMatch(new RegExp(`<\\w+:DerivedKeyToken xmlns:\\w+="${ns.sc}"`));
      expect(header).toContain('#X509v3');
      expect(soapBody(rst)).toMatch(/<xenc:EncryptedData\b/);
      expect(soapBody(rst)).not.toContain('RequestSecurityToken');
      // Both signatures are encrypted (WCF's EncryptSignature covers endorsing signatures too); the service's
      // decrypted copy shows them: HMAC-SHA1 with a derived key, then RSA-SHA1 over the primary signature
      // whose KeyInfo references the BinarySecurityToken directly, as WCF writes it (no thumbprint).
      const decrypted = securityHeader(lastServiceRst().text);
      expect(decrypted.match(/<ds:SignatureMethod Algorithm="([^"]+)"/g)).toEqual([
        '<ds:SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#hmac-sha1"',
        '<ds:SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"',
      ]);
      const bstId = /<wsse:BinarySecurityToken\b[^>]*wsu:Id="([^"]+)"/.exec(decrypted)?.[1];
      expect(decrypted).toContain(
        `<wsse:Reference URI="#${bstId}" ValueType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3"/>`,
      );
    });

    it('confirms both request signatures in the RSTR, primary and endorsing (RequireSignatureConfirmation)', () => {
      const header = securityHeader(decryptedResponses()[0].text);
      expect(header.match(/<wsse11:SignatureConfirmation\b[^>]*Value="[^"]+"/g)).toHaveLength(2);
    });

    it('writes the RST WCF-shaped: TokenType first, no AppliesTo, 256-bit client entropy', () => {
      const body = soapBody(lastServiceRst().text);
      expect(childNames(body, 'RequestSecurityToken')).toEqual([
        'TokenType',
        'RequestType',
        'Lifetime',
        'KeySize',
        'Entropy',
        'ComputedKeyAlgorithm',
      ]);
      expect(element(body, 'TokenType')).toBe(`${ns.sc}/sct`);
      expect(element(body, 'RequestType')).toBe(`${ns.trust}/Issue`);
      expect(element(body, 'KeySize')).toBe('256');
      const entropy = element(element(body, 'Entropy') ?? '', 'BinarySecret') ?? '';
      expect(Buffer.from(entropy, 'base64')).toHaveLength(32);
    });

    it(`answers with ${version === 'sc13' ? 'an RSTR inside an RSTRC' : 'a bare RSTR'}: the SCT, both references, ComputedKey and 256-bit service entropy`, () => {
      const rstr = soapBody(decryptedResponses()[0].text);
      expect(/^\s*<(?:\w+:)?(\w+)/.exec(rstr)?.[1]).toBe(
        version === 'sc13' ? 'RequestSecurityTokenResponseCollection' : 'RequestSecurityTokenResponse',
      );
      if (version === 'sc13') {
        expect(childNames(rstr, 'RequestSecurityTokenResponseCollection')).toEqual([
          'RequestSecurityTokenResponse',
        ]);
      }
      expect(childNames(rstr, 'RequestSecurityTokenResponse')).toEqual([
        'RequestedSecurityToken',
        'RequestedAttachedReference',
        'RequestedUnattachedReference',
        'Lifetime',
        'RequestedProofToken',
        'Entropy',
      ]);
      expect(rstr).toMatch(new RegExp(`<wsc:SecurityContextToken xmlns:wsc="${ns.sc}"`));
      // CXF's context identifier is "uuid:…", not WCF's "urn:uuid:…" (both are xs:anyURI).
      expect(element(rstr, 'Identifier')).toMatch(/^uuid:[0-9a-f-]{36}$/);
      expect(element(rstr, 'ComputedKey')).toBe(`${ns.trust}/CK/PSHA1`);
      const entropy = element(element(rstr, 'Entropy') ?? '', 'BinarySecret') ?? '';
      expect(Buffer.from(entropy, 'base64')).toHaveLength(32);
    });

    it('secures the calls with the SCT: included on requests, derived keys, body and signature encrypted', () => {
      const add = sent()[1].text;
      const header = securityHeader(add);
      expect(header).toMatch(new RegExp(`<wsc:SecurityContextToken xmlns:wsc="${ns.sc}"`));
      expect(header.match(/<wsc:DerivedKeyToken\b/g)).toHaveLength(2);
      expect(header).toContain('<wsc:Length>24</wsc:Length>');
      expect(header).not.toMatch(/<ds:Signature\b/); // encrypted (EncryptSignature)
      expect(soapBody(add)).toContain('http://www.w3.org/2001/04/xmlenc#Content');
      expect(soapBody(add)).not.toContain('<Add');
      const response = session.messages.find((m) => m.type === 'RESP_IN' && m.n > sent()[1].n);
      // The service does not include the SCT; its derived keys reference it by identifier.
      expect(securityHeader(response?.text ?? '')).not.toContain('SecurityContextToken');
      expect(securityHeader(response?.text ?? '')).toMatch(
        new RegExp(`<wsse:Reference URI="uuid:[0-9a-f-]{36}" ValueType="${ns.sc}/sct"/>`),
      );
      const decrypted = decryptedResponses().map((m) => soapBody(m.text));
      expect(decrypted.some((b) => /<(\w+:)?AddResult\b[^>]*>5\.0</.test(b))).toBe(true);
    });

    it('sends the Cancel as WCF does: SCT-derived signature key, body signed and in the clear, nothing encrypted', () => {
      const cancel = sent()[3].text;
      const header = securityHeader(cancel);
      expect(header).toMatch(/<ds:Signature\b/);
      expect(header.match(/<wsc:DerivedKeyToken\b/g)).toHaveLength(1);
      expect(cancel).not.toContain('EncryptedData');
      expect(cancel).not.toContain('EncryptedKey');
      const body = soapBody(cancel);
      expect(childNames(body, 'RequestSecurityToken')).toEqual(['RequestType', 'CancelTarget']);
      expect(element(body, 'RequestType')).toBe(`${ns.trust}/Cancel`);
      expect(element(body, 'CancelTarget')).toMatch(
        new RegExp(`<wsse:Reference URI="uuid:[0-9a-f-]{36}" ValueType="${ns.sc}/sct"/>`),
      );
      const answer = session.messages.filter((m) => m.type === 'RESP_IN').pop();
      expect(wsaAction(answer?.text ?? '')).toBe(`${ns.trust}/RSTR/SCT/Cancel`);
      expect(soapBody(answer?.text ?? '')).toContain('RequestedTokenCancelled');
    });
  });

  it(
    "documents CXF's own client Cancel: under the bootstrap policy, and its check of the CXF service's answer fails",
    async () => {
      const { result, report, messages } = await runSession('sc2005', 'cxf');
      expect(result.exitCode).toBe(0);
      const cancel = messages.find((m) => m.type === 'REQ_OUT' && m.action.endsWith('/RST/SCT/Cancel'));
      expect(cancel).toBeDefined();
      // A fresh EncryptedKey to the service and the client certificate: the bootstrap, not the session.
      expect(securityHeader(cancel?.text ?? '')).toMatch(/<xenc:EncryptedKey\b/);
      expect(securityHeader(cancel?.text ?? '')).toContain('#X509v3');
      // The service answers signed with the SCT's own key and no SignatureConfirmation; the STSClient,
      // expecting one (bootstrap policy), rejects the answer and only logs it.
      expect(result.stderr).toContain('Problem cancelling token');
      expect(report).toContain('PASS');
    },
    CXF_TEST_TIMEOUT_MS,
  );
});
