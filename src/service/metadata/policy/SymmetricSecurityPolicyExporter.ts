/**
 * sp:SymmetricBinding and what goes with it (RS SecurityBindingElement.ExportSymmetricSecurityBindingElement):
 * the supporting tokens, sp:Wss10/11, sp:Trust10/13, then each message's signed and encrypted parts. A secure
 * conversation token nests its bootstrap's policy in sp:BootstrapPolicy.
 */
import { SymmetricSecurityBindingElement } from '../../../security/SymmetricSecurityBindingElement';
import { MetadataExportError } from '../MetadataExportError';
import type { PolicyConversionContext, PolicyExportExtension } from './PolicyConversionContext';
import { containsEncryptionParts, exportMessageScopeProtection, policyWriter } from './securityPolicyParts';

export const symmetricSecurityPolicyExporter: PolicyExportExtension<SymmetricSecurityBindingElement> = {
  elementType: SymmetricSecurityBindingElement,
  exportPolicy(element: SymmetricSecurityBindingElement, context: PolicyConversionContext): void {
    const token = element.protectionTokenParameters;
    if (!token)
      throw new MetadataExportError(
        'A symmetric security binding element without a protection token cannot be described.',
      );
    const sp = policyWriter(element, context);
    context.bindingAssertions.push(
      sp.symmetricBinding({
        protectionToken: token,
        suite: element.defaultAlgorithmSuite,
        layout: element.securityHeaderLayout,
        includeTimestamp: element.includeTimestamp,
        order: element.messageProtectionOrder,
        containsEncryptionParts: containsEncryptionParts(element, context),
        protectTokens: element.protectTokens,
      }),
      ...sp.supportingTokens(element.endpointSupportingTokenParameters),
      sp.wss(element.requireSignatureConfirmation),
      sp.trust(element.keyEntropyMode),
    );
    exportMessageScopeProtection(sp, context);
  },
};
