/**
 * Mono's byte-exact captures of cases b and e as test vectors for the WS-Security runtime: each captured request
 * goes through the service side of Indigo's protocol (unwrap, derive, decrypt, verify, every requirement checked,
 * the clock set to the capture's time) and each captured response through the client side, with the request's
 * key. Indigo is configured for Mono as a user would configure it — the WCF suite with Mono's RSA-SHA256
 * endorsing signature — and the WCF-strict default is shown to refuse that signature.
 */
import { canonicalize } from '../../src/xml';
import { MessageSecurityError } from '../../src/security/MessageSecurityError';
import { MessageSecurityVersion } from '../../src/security/MessageSecurityVersion';
import { X509CertificateValidator } from '../../src/security/credentials/X509CertificateValidator';
import { AsymmetricSecurityProtocol } from '../../src/security/protocol/AsymmetricSecurityProtocol';
import { SymmetricSecurityProtocol } from '../../src/security/protocol/SymmetricSecurityProtocol';
import { SecurityAlgorithmSuite } from '../../src/security/SecurityAlgorithmSuite';
import {
  SecurityTokenInclusionMode,
  X509KeyIdentifierClauseType,
} from '../../src/security/SecurityEnumerations';
import { X509SecurityTokenParameters } from '../../src/security/tokens/SecurityTokenParameters';
import { SupportingTokenParameters } from '../../src/security/tokens/SupportingTokenParameters';
import type { UserNamePasswordValidator } from '../../src/security/credentials/UserNamePasswordValidator';
import { readSecureExchanges } from './fixtures/monoCaptures';
import { fixedClock, monoSuite, protocolSettings, serviceToken } from './fixtures/protocolSettings';
import { testCertificates } from './fixtures/testCertificates';

const CLIENT = /^O=wcf-interop-test, CN=wcf-test-client; [0-9A-F]{40}$/;
const BSP11 =
  MessageSecurityVersion.WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10;
const WSS10 =
  MessageSecurityVersion.WSSecurity10WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10;

const validators = {
  clientCertificate: () => X509CertificateValidator.None,
  userName: (): UserNamePasswordValidator => {
    throw new Error('no user names here');
  },
};

function c14n(e: Parameters<typeof canonicalize>[0] | null | undefined): string {
  return e ? canonicalize(e) : '(none)';
}

describe.each([
  ['b-wshttp-cert-nosc-basic256', SecurityAlgorithmSuite.Basic256, BSP11],
  ['b-wshttp-cert-nosc-basic128', SecurityAlgorithmSuite.Basic128, BSP11],
  // Mono writes its DerivedKeyTokens in the February 2005 namespace even under WS-SecureConversation 1.3 (≠WCF):
  // a user talking to it picks the February 2005 version (the refusal with 1.3 is checked below).
  ['b-wshttp-cert-nosc-trust13', SecurityAlgorithmSuite.Basic256, BSP11],
  ['e-mutualcert-wss11', SecurityAlgorithmSuite.Basic256, MessageSecurityVersion.Default],
])('capture %s (symmetric, WS-Security 1.1)', (variant, suite, version) => {
  const exchanges = readSecureExchanges(variant);

  it.each(exchanges.map((e) => [e.name, e]))(
    '%s: the request verifies as a service, the response as a client',
    async (_n, exchange) => {
      const clock = fixedClock(exchange.requestTime + 1000);
      const settings = protocolSettings({ suite: monoSuite(suite), securityVersion: version, clock });
      const protocol = new SymmetricSecurityProtocol(settings, serviceToken());
      const verified = await protocol.verifyRequest(exchange.request(), {
        serviceCertificate: testCertificates().service,
        ...validators,
      });
      expect(verified.security.primaryIdentity.name).toMatch(CLIENT);
      expect(c14n(verified.message.body)).toBe(c14n(exchange.decryptedRequestBody));

      const client = new SymmetricSecurityProtocol(
        protocolSettings({ suite: monoSuite(suite), securityVersion: version, clock, side: 'client' }),
        serviceToken(),
      );
      const reply = client.verifyReply(exchange.response(), verified.state);
      expect(c14n(reply.body)).toBe(c14n(exchange.decryptedResponseBody));
      expect(reply.action).toMatch(/Response$/);
    },
  );

  it('is refused by the WCF-strict suite: Mono endorses with RSA-SHA256', async () => {
    const [exchange] = exchanges;
    const settings = protocolSettings({
      suite,
      securityVersion: version,
      clock: fixedClock(exchange.requestTime + 1000),
    });
    const protocol = new SymmetricSecurityProtocol(settings, serviceToken());
    await expect(
      protocol.verifyRequest(exchange.request(), {
        serviceCertificate: testCertificates().service,
        ...validators,
      }),
    ).rejects.toThrow(/rsa-sha256' is not allowed/);
  });

  it('is refused when replayed', async () => {
    const [exchange] = exchanges;
    const settings = protocolSettings({
      suite: monoSuite(suite),
      securityVersion: version,
      clock: fixedClock(exchange.requestTime + 1000),
    });
    const protocol = new SymmetricSecurityProtocol(settings, serviceToken());
    const credentials = { serviceCertificate: testCertificates().service, ...validators };
    await protocol.verifyRequest(exchange.request(), credentials);
    await expect(protocol.verifyRequest(exchange.request(), credentials)).rejects.toThrow(/replay/);
  });

  it('is refused ten minutes later: the Timestamp has expired', async () => {
    const [exchange] = exchanges;
    const settings = protocolSettings({
      suite: monoSuite(suite),
      securityVersion: version,
      clock: fixedClock(exchange.requestTime + 11 * 60_000),
    });
    const protocol = new SymmetricSecurityProtocol(settings, serviceToken());
    await expect(
      protocol.verifyRequest(exchange.request(), {
        serviceCertificate: testCertificates().service,
        ...validators,
      }),
    ).rejects.toThrow(/stale/);
  });
});

it("refuses Mono's February 2005 DerivedKeyToken under WS-SecureConversation 1.3 (WCF-strict)", async () => {
  const [exchange] = readSecureExchanges('b-wshttp-cert-nosc-trust13');
  const settings = protocolSettings({
    suite: monoSuite(),
    securityVersion:
      MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10,
    clock: fixedClock(exchange.requestTime + 1000),
  });
  const protocol = new SymmetricSecurityProtocol(settings, serviceToken());
  await expect(
    protocol.verifyRequest(exchange.request(), {
      serviceCertificate: testCertificates().service,
      ...validators,
    }),
  ).rejects.toThrow(MessageSecurityError);
});

describe('capture e-mutualcert-wss10-asymmetric (WS-Security 1.0)', () => {
  const exchanges = readSecureExchanges('e-mutualcert-wss10-asymmetric');
  const x509 = (style: X509KeyIdentifierClauseType, inclusion: SecurityTokenInclusionMode) =>
    new X509SecurityTokenParameters(style, inclusion, false);

  it.each(exchanges.map((e) => [e.name, e]))(
    '%s: the request verifies as a service, the response as a client',
    async (_n, exchange) => {
      const clock = fixedClock(exchange.requestTime + 1000);
      const make = (side: 'client' | 'service') =>
        new AsymmetricSecurityProtocol(
          protocolSettings({
            suite: monoSuite(),
            securityVersion: WSS10,
            clock,
            requireSignatureConfirmation: false,
            supporting: new SupportingTokenParameters(),
            side,
          }),
          x509(X509KeyIdentifierClauseType.Any, SecurityTokenInclusionMode.AlwaysToRecipient),
          x509(X509KeyIdentifierClauseType.Any, SecurityTokenInclusionMode.Never),
        );
      const verified = await make('service').verifyRequest(exchange.request(), {
        serviceCertificate: testCertificates().service,
        ...validators,
      });
      expect(verified.security.primaryIdentity.name).toMatch(CLIENT);
      expect(c14n(verified.message.body)).toBe(c14n(exchange.decryptedRequestBody));
      const reply = make('client').verifyReply(
        exchange.response(),
        { signatureValues: verified.state.signatureValues },
        {
          clientCertificate: testCertificates().client,
          serviceCertificate: testCertificates().service.x509,
        },
      );
      expect(c14n(reply.body)).toBe(c14n(exchange.decryptedResponseBody));
    },
  );
});
