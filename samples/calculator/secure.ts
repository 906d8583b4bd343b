/**
 * The calculator with WS-Security message security, in code: wsHttpBinding Message security with a client
 * certificate (negotiateServiceCredential and establishSecurityContext off: per-message security, no session),
 * the same with a user name, and a customBinding with the MutualCertificate security element. Certificates
 * come from `npx indigo cert create <folder>` (or createTestCertificates, as `npm start` does).
 *
 *   npx indigo cert create certs && npx indigo host samples/calculator/secure   (reads ./certs, or $INDIGO_SAMPLE_CERTS)
 */
import { join } from 'node:path';
import { CustomBinding } from '../../src/bindings/CustomBinding';
import { MessageCredentialType, SecurityMode } from '../../src/bindings/SecurityModes';
import { WSHttpBinding } from '../../src/bindings/WSHttpBinding';
import type { Binding } from '../../src/channels/Binding';
import type { ServiceResolver } from '../../src/channels/BindingParameters';
import { MessageVersion } from '../../src/channels/MessageVersion';
import { ChannelFactory } from '../../src/client/ChannelFactory';
import { Certificate } from '../../src/crypto/Certificate';
import { TextMessageEncodingBindingElement } from '../../src/encoders/text/TextMessageEncodingBindingElement';
import {
  UserNamePasswordValidationMode,
  UserNamePasswordValidator,
} from '../../src/security/credentials/UserNamePasswordValidator';
import { X509CertificateValidationMode } from '../../src/security/credentials/X509CertificateValidator';
import { SecurityBindingElement } from '../../src/security/SecurityBindingElement';
import { ServiceHost } from '../../src/service/ServiceHost';
import { HttpTransportBindingElement } from '../../src/transports/http/HttpTransportBindingElement';
import { CalculatorService } from './CalculatorService';
import { ICalculator } from './ICalculator';

export interface SecureSampleBinding {
  readonly address: string;
  readonly description: string;
  readonly binding: () => Binding;
  /** What WhoAmI answers for the sample client. */
  readonly caller: 'certificate' | 'userName';
}

const wsMessage = (clientCredentialType: MessageCredentialType): WSHttpBinding =>
  new WSHttpBinding({
    security: {
      mode: SecurityMode.Message,
      message: { clientCredentialType, negotiateServiceCredential: false, establishSecurityContext: false },
    },
  });

export function secureSampleBindings(): SecureSampleBinding[] {
  return [
    {
      address: 'calc/ws-certificate',
      description:
        'wsHttpBinding, security Message, clientCredentialType Certificate (no negotiation, no session)',
      binding: () => wsMessage(MessageCredentialType.Certificate),
      caller: 'certificate',
    },
    {
      address: 'calc/ws-username',
      description:
        'wsHttpBinding, security Message, clientCredentialType UserName (no negotiation, no session)',
      binding: () => wsMessage(MessageCredentialType.UserName),
      caller: 'userName',
    },
    {
      address: 'calc/mutual-certificate',
      description: 'customBinding: security MutualCertificate + text Soap12WSAddressing10 + httpTransport',
      binding: () =>
        new CustomBinding([
          SecurityBindingElement.createMutualCertificateBindingElement(),
          new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10),
          new HttpTransportBindingElement(),
        ]),
      caller: 'certificate',
    },
  ];
}

/** The sample's user names and passwords (a real service checks a user store). */
export const sampleUsers: Readonly<Record<string, string>> = { alice: 'wonderland' };

export function certificateFolder(): string {
  return process.env.INDIGO_SAMPLE_CERTS ?? join(process.cwd(), 'certs');
}

/** `indigo host samples/calculator/secure`: one ServiceHost with every secure binding above. */
export async function createHosts(options: {
  port: number;
  host?: string;
  certificates?: string;
}): Promise<ServiceHost[]> {
  const host = await createSecureHost(options);
  for (const b of secureSampleBindings()) host.addServiceEndpoint(ICalculator, b.binding(), b.address);
  return [host];
}

/**
 * A ServiceHost for the calculator with the folder's certificates: the service certificate, trust in client
 * certificates that chain to the folder's test CA, and the sample's user names. `services` replaces the DI
 * services (the demo's wiretap is one).
 */
export async function createSecureHost(options: {
  port: number;
  host?: string;
  certificates?: string;
  services?: ServiceResolver;
}): Promise<ServiceHost> {
  const folder = options.certificates ?? certificateFolder();
  const host = new ServiceHost(CalculatorService, {
    baseAddresses: [`http://${options.host ?? '127.0.0.1'}:${options.port}/`],
    services: options.services,
  });
  host.credentials.serviceCertificate = await Certificate.fromFiles(
    join(folder, 'service.crt'),
    join(folder, 'service.key'),
  );
  // Client certificates must chain to the test CA of the folder (ChainTrust is WCF's default mode).
  host.credentials.clientCertificate.authentication.trustedRootFolder = join(folder, 'LocalMachine', 'Root');
  host.credentials.userNameAuthentication.userNamePasswordValidationMode =
    UserNamePasswordValidationMode.Custom;
  host.credentials.userNameAuthentication.customUserNamePasswordValidator =
    UserNamePasswordValidator.fromFunction((userName, password) => {
      if (sampleUsers[userName] !== password) throw new Error('Unknown user name or bad password.');
    });
  return host;
}

/** A client for one of the secure endpoints, with the folder's certificates (the service's known out of band). */
export async function secureClient(
  sample: SecureSampleBinding,
  address: string,
  folder: string = certificateFolder(),
): Promise<ChannelFactory<ICalculator>> {
  const factory = new ChannelFactory(ICalculator, sample.binding(), address);
  factory.credentials.clientCertificate.certificate = await Certificate.fromPfx(
    join(folder, 'client.pfx'),
    '',
  );
  factory.credentials.serviceCertificate.defaultCertificate = await Certificate.fromFiles(
    join(folder, 'service.crt'),
  );
  factory.credentials.serviceCertificate.authentication.certificateValidationMode =
    X509CertificateValidationMode.ChainTrust;
  factory.credentials.serviceCertificate.authentication.trustedRootFolder = join(
    folder,
    'CurrentUser',
    'Root',
  );
  factory.credentials.userName.userName = 'alice';
  factory.credentials.userName.password = sampleUsers.alice;
  return factory;
}
