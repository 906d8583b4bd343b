/**
 * The `<Identity>` WCF writes inside a port's wsa10:EndpointReference (EndpointAddress.WriteTo →
 * EndpointIdentity.WriteTo), and the identity WCF publishes when the endpoint has none of its own.
 *
 *   <Identity xmlns="http://schemas.xmlsoap.org/ws/2006/02/addressingidentity">
 *     <Dns>…</Dns> | <Upn>…</Upn> | <Spn>…</Spn>
 *     | <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>base64 DER…
 *     | <KeyInfo xmlns="…xmldsig#"><RSAKeyValue><Modulus>…</Modulus><Exponent>…</Exponent></RSAKeyValue></KeyInfo>
 *   </Identity>
 *
 * The default: WCF's EndpointDispatcher.EndpointAddress takes the channel listener's EndpointIdentity when the
 * address has none; a message security listener asks ServiceCredentialsSecurityTokenManager.GetIdentityOfSelf,
 * which for a service authenticated by its X.509 certificate (a symmetric binding's X.509 protection token, an
 * asymmetric binding's X.509 recipient token, or either as a secure conversation's bootstrap) is an
 * X509CertificateEndpointIdentity of the service certificate. Other bindings publish no identity.
 */
import type { Binding } from '../../channels/Binding';
import type { EndpointIdentity, KnownEndpointIdentity } from '../../channels/EndpointIdentity';
import { X509CertificateEndpointIdentity } from '../../channels/EndpointIdentity';
import type { Certificate } from '../../crypto/Certificate';
import { AsymmetricSecurityBindingElement } from '../../security/AsymmetricSecurityBindingElement';
import type { SecurityBindingElement } from '../../security/SecurityBindingElement';
import { SymmetricSecurityBindingElement } from '../../security/SymmetricSecurityBindingElement';
import { SecureConversationSecurityTokenParameters } from '../../security/tokens/SecureConversationSecurityTokenParameters';
import { X509SecurityTokenParameters } from '../../security/tokens/SecurityTokenParameters';
import type { XmlElement } from '../../xml/XmlNode';
import { el } from './xmlBuilder';

/** WS-Addressing identity extension (WCF's AddressingDictionary.IdentityExtensionNamespace). */
export const ADDRESSING_IDENTITY_NS = 'http://schemas.xmlsoap.org/ws/2006/02/addressingidentity';
const XMLDSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';

/** `<Identity>` for one identity, in WCF's shape (default namespaces, no prefixes). */
export function identityElement(identity: EndpointIdentity): XmlElement {
  const known = identity as KnownEndpointIdentity;
  const id = (child: XmlElement): XmlElement => el('', 'Identity', ADDRESSING_IDENTITY_NS, {}, [child]);
  const ds = (name: string, children: (XmlElement | string)[]): XmlElement =>
    el('', name, XMLDSIG_NS, {}, children);
  switch (known.kind) {
    case 'dns':
      return id(el('', 'Dns', ADDRESSING_IDENTITY_NS, {}, [known.value]));
    case 'upn':
      return id(el('', 'Upn', ADDRESSING_IDENTITY_NS, {}, [known.value]));
    case 'spn':
      return id(el('', 'Spn', ADDRESSING_IDENTITY_NS, {}, [known.value]));
    case 'x509':
      return id(
        ds('KeyInfo', [
          ds('X509Data', [ds('X509Certificate', [known.certificate.x509.raw.toString('base64')])]),
        ]),
      );
    case 'rsa':
      return id(
        ds('KeyInfo', [
          ds('RSAKeyValue', [
            ds('Modulus', [known.modulus.toString('base64')]),
            ds('Exponent', [known.exponent.toString('base64')]),
          ]),
        ]),
      );
  }
}

/** Whether the service side of `element` authenticates with the service's X.509 certificate. */
function authenticatesServiceByCertificate(element: SecurityBindingElement): boolean {
  if (element instanceof SymmetricSecurityBindingElement) {
    const token = element.protectionTokenParameters;
    if (token instanceof SecureConversationSecurityTokenParameters)
      return authenticatesServiceByCertificate(token.bootstrapSecurityBindingElement);
    return token instanceof X509SecurityTokenParameters;
  }
  if (element instanceof AsymmetricSecurityBindingElement)
    return element.recipientTokenParameters instanceof X509SecurityTokenParameters;
  return false;
}

/** The identity WCF publishes for an endpoint with none configured: see the file comment. */
export function defaultEndpointIdentity(
  binding: Binding,
  serviceCertificate: Certificate | undefined,
): EndpointIdentity | undefined {
  if (!serviceCertificate) return undefined;
  const security = binding
    .createBindingElements()
    .find(
      (e): e is SecurityBindingElement =>
        e instanceof SymmetricSecurityBindingElement || e instanceof AsymmetricSecurityBindingElement,
    );
  return security && authenticatesServiceByCertificate(security)
    ? new X509CertificateEndpointIdentity(serviceCertificate)
    : undefined;
}
