/**
 * The calculator over a secure session (WS-SecureConversation), in code — the same two bindings
 * samples/calculator/secure-session/app.config and app.json declare:
 *
 * - wsHttpBinding, security Message with a client certificate: establishSecurityContext defaults to true, so the
 *   binding opens a session (negotiateServiceCredential is off: the service certificate is known out of band);
 * - the custom binding WCF writes as `<security authenticationMode="SecureConversation">` with a
 *   `<secureConversationBootstrap authenticationMode="MutualCertificate"/>`.
 *
 * The first call of a proxy obtains a Security Context Token (RST/SCT → RSTR over the X.509 bootstrap); the calls
 * after it are protected with keys derived from the token; closing the proxy cancels it. CalculatorService is
 * PerSession (WCF's default), so `counter()` counts per session.
 *
 *   npx indigo cert create certs && npx indigo host samples/calculator/secureSession   (reads ./certs, or $INDIGO_SAMPLE_CERTS)
 */
import { CustomBinding } from '../../src/bindings/CustomBinding';
import { MessageCredentialType, SecurityMode } from '../../src/bindings/SecurityModes';
import { WSHttpBinding } from '../../src/bindings/WSHttpBinding';
import type { ServiceResolver } from '../../src/channels/BindingParameters';
import { MessageVersion } from '../../src/channels/MessageVersion';
import { TextMessageEncodingBindingElement } from '../../src/encoders/text/TextMessageEncodingBindingElement';
import { SecurityBindingElement } from '../../src/security/SecurityBindingElement';
import type { ServiceHost } from '../../src/service/ServiceHost';
import { HttpTransportBindingElement } from '../../src/transports/http/HttpTransportBindingElement';
import { ICalculator } from './ICalculator';
import { createSecureHost, type SecureSampleBinding } from './secure';

export { CalculatorService } from './CalculatorService';

export function secureSessionBindings(): SecureSampleBinding[] {
  return [
    {
      address: 'calc/session',
      description: 'wsHttpBinding, security Message, clientCredentialType Certificate (a session by default)',
      binding: () =>
        new WSHttpBinding({
          security: {
            mode: SecurityMode.Message,
            message: {
              clientCredentialType: MessageCredentialType.Certificate,
              negotiateServiceCredential: false,
            },
          },
        }),
      caller: 'certificate',
    },
    {
      address: 'calc/session-custom',
      description: 'customBinding: security SecureConversation over MutualCertificate + text + httpTransport',
      binding: () =>
        new CustomBinding([
          SecurityBindingElement.createSecureConversationBindingElement(
            SecurityBindingElement.createMutualCertificateBindingElement(),
          ),
          new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
          new HttpTransportBindingElement(),
        ]),
      caller: 'certificate',
    },
  ];
}

/** `indigo host samples/calculator/secureSession`: one ServiceHost with both secure-session bindings. */
export async function createHosts(options: {
  port: number;
  host?: string;
  certificates?: string;
  /** DI services for the host (the demo's wiretap); Indigo's defaults when absent. */
  services?: ServiceResolver;
}): Promise<ServiceHost[]> {
  const host = await createSecureHost(options);
  for (const b of secureSessionBindings()) host.addServiceEndpoint(ICalculator, b.binding(), b.address);
  return [host];
}
