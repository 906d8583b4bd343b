/**
 * Cookie-mode secure conversation (requireCancellation=false; spec/secure-conversation.md §0, §3, §7.1): the
 * service keeps no state — the SCT's dnse:Cookie carries it, protected by the service's key ring — so there is
 * no session channel and nothing to cancel; the client reuses one token for many calls, a token survives the
 * host being restarted, and a token protected by another ring is refused with BadContextToken.
 */
import type { ServiceToken } from '../../../src/channels/BindingParameters';
import { CustomBinding } from '../../../src/bindings/CustomBinding';
import { MessageSecurityException } from '../../../src/channels/CommunicationErrors';
import { FaultException } from '../../../src/channels/FaultException';
import { MessageVersion } from '../../../src/channels/MessageVersion';
import { ContainerServiceResolver, createIndigoContainer } from '../../../src/di/IndigoContainer';
import { TextMessageEncodingBindingElement } from '../../../src/encoders/text/TextMessageEncodingBindingElement';
import { SecurityContextKeyRing } from '../../../src/security/conversation/SecurityContextCookie';
import { X509CertificateValidationMode } from '../../../src/security/credentials/X509CertificateValidator';
import { SecurityBindingElement } from '../../../src/security/SecurityBindingElement';
import { SecurityContextKeyRingToken } from '../../../src/security/sessions/SecuritySessionStack';
import { SecuritySessionSecurityTokenProvider } from '../../../src/security/sessions/SecuritySessionSecurityTokenProvider';
import { ServiceHost } from '../../../src/service/ServiceHost';
import { HttpTransportBindingElement } from '../../../src/transports/http/HttpTransportBindingElement';
import { CalculatorService } from '../../../samples/calculator/CalculatorService';
import { ICalculator } from '../../../samples/calculator/ICalculator';
import { calculator } from '../fixtures/secureCalculator';
import { testCertificates } from '../fixtures/testCertificates';

function cookieBinding(): CustomBinding {
  return new CustomBinding([
    SecurityBindingElement.createSecureConversationBindingElement(
      SecurityBindingElement.createMutualCertificateBindingElement(),
      false,
    ),
    new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
    new HttpTransportBindingElement(),
  ]);
}

class RingServices extends ContainerServiceResolver {
  constructor(private readonly ring: SecurityContextKeyRing | undefined) {
    super(createIndigoContainer());
  }

  override get<T>(token: ServiceToken<T>): T {
    if (this.ring && token === (SecurityContextKeyRingToken as ServiceToken<unknown>)) return this.ring as T;
    return super.get(token);
  }
}

async function openHost(address: string, ring?: SecurityContextKeyRing): Promise<ServiceHost> {
  const host = new ServiceHost(CalculatorService, { services: new RingServices(ring) });
  host.credentials.serviceCertificate = testCertificates().service;
  host.credentials.clientCertificate.authentication.certificateValidationMode =
    X509CertificateValidationMode.ChainTrust;
  host.credentials.clientCertificate.authentication.trustedRoots.push(testCertificates().ca);
  host.addServiceEndpoint(ICalculator, cookieBinding(), address);
  await host.open();
  return host;
}

describe('cookie-mode security context tokens', () => {
  afterEach(() => jest.restoreAllMocks());

  it('calls succeed with one token for many calls, the caller known, and no session', async () => {
    const issue = jest.spyOn(SecuritySessionSecurityTokenProvider.prototype, 'issue');
    const host = await openHost('http://127.0.0.1:0/cookie');
    try {
      const { calc, factory } = await calculator(cookieBinding(), host.endpoints[0].address.toString());
      expect(await calc.add(2, 3)).toBe(5);
      expect(await calc.whoAmI()).toMatch(/CN=wcf-test-client/);
      // No session: the PerSession service degrades to an instance per call, as WCF's does.
      expect([await calc.counter(), await calc.counter()]).toEqual([1, 1]);
      expect(calc.sessionId).toBeUndefined();
      const other = await factory.createChannel();
      expect(await other.echo('x')).toBe('x');
      expect(issue).toHaveBeenCalledTimes(1);
      await factory.close();
    } finally {
      await host.close();
    }
  });

  it('a token survives the host being closed and opened again with the same key ring', async () => {
    const ring = SecurityContextKeyRing.generate();
    const issue = jest.spyOn(SecuritySessionSecurityTokenProvider.prototype, 'issue');
    let host = await openHost('http://127.0.0.1:0/cookie', ring);
    const address = host.endpoints[0].address.toString();
    const { calc, factory } = await calculator(cookieBinding(), address);
    try {
      expect(await calc.add(1, 1)).toBe(2);
      await host.close();
      host = await openHost(address, ring);
      expect(await calc.add(2, 2)).toBe(4);
      expect(issue).toHaveBeenCalledTimes(1);
    } finally {
      await factory.close();
      await host.close();
    }
  });

  it('a token from a host with another key ring is refused with BadContextToken; the next call gets a new one', async () => {
    const issue = jest.spyOn(SecuritySessionSecurityTokenProvider.prototype, 'issue');
    let host = await openHost('http://127.0.0.1:0/cookie', SecurityContextKeyRing.generate());
    const address = host.endpoints[0].address.toString();
    const { calc, factory } = await calculator(cookieBinding(), address);
    try {
      expect(await calc.add(1, 1)).toBe(2);
      await host.close();
      host = await openHost(address, SecurityContextKeyRing.generate());
      const error = await calc.add(2, 2).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MessageSecurityException);
      const fault = (error as Error).cause as FaultException;
      expect(fault.code.subCode?.name).toBe('BadContextToken');
      expect(await calc.add(3, 3)).toBe(6);
      expect(issue).toHaveBeenCalledTimes(2);
    } finally {
      await factory.close();
      await host.close();
    }
  });

  it('a rotated ring still accepts cookies protected by its previous key', async () => {
    const ring = SecurityContextKeyRing.generate('first');
    const issue = jest.spyOn(SecuritySessionSecurityTokenProvider.prototype, 'issue');
    const host = await openHost('http://127.0.0.1:0/cookie', ring);
    const { calc, factory } = await calculator(cookieBinding(), host.endpoints[0].address.toString());
    try {
      expect(await calc.add(1, 1)).toBe(2);
      ring.rotate(Buffer.alloc(32, 7), 'second');
      expect(await calc.add(2, 2)).toBe(4);
      expect(issue).toHaveBeenCalledTimes(1);
    } finally {
      await factory.close();
      await host.close();
    }
  });
});
