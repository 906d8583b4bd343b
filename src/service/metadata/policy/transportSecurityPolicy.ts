/**
 * sp:TransportBinding (RS SecurityBindingElement.ExportPolicyForTransportTokenAssertionProviders): written by
 * the https transport — with the TransportSecurityBindingElement of the stack when there is one (mixed mode:
 * its supporting tokens, and sp:Wss/sp:Trust when it has any), else as a bare transport binding
 * (security mode Transport: no timestamp).
 */
import { SecurityBindingElement } from '../../../security/SecurityBindingElement';
import { TransportSecurityBindingElement } from '../../../security/TransportSecurityBindingElement';
import type { PolicyConversionContext } from './PolicyConversionContext';
import { addressingOf, policyWriter } from './securityPolicyParts';

export function exportTransportSecurity(
  context: PolicyConversionContext,
  requireClientCertificate: boolean,
): void {
  const security = context.find(SecurityBindingElement);
  const element =
    security instanceof TransportSecurityBindingElement
      ? security
      : Object.assign(new TransportSecurityBindingElement(), { includeTimestamp: security !== undefined });
  const sp = policyWriter(element, context);
  context.bindingAssertions.push(
    sp.transportBinding({
      transportToken: sp.httpsToken(requireClientCertificate),
      suite: element.defaultAlgorithmSuite,
      layout: element.securityHeaderLayout,
      includeTimestamp: element.includeTimestamp,
    }),
  );
  if (element !== security) return;
  const supporting = sp.supportingTokens(
    element.endpointSupportingTokenParameters,
    addressingOf(context.elements).namespace || undefined,
  );
  context.bindingAssertions.push(...supporting);
  if (supporting.length) context.bindingAssertions.push(sp.wss(false), sp.trust(element.keyEntropyMode));
}
