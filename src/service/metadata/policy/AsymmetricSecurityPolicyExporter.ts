/** sp:AsymmetricBinding (RS SecurityBindingElement.ExportAsymmetricSecurityBindingElement): as the symmetric one, with initiator and recipient tokens. */
import { AsymmetricSecurityBindingElement } from '../../../security/AsymmetricSecurityBindingElement';
import { MetadataExportError } from '../MetadataExportError';
import type { PolicyConversionContext, PolicyExportExtension } from './PolicyConversionContext';
import { containsEncryptionParts, exportMessageScopeProtection, policyWriter } from './securityPolicyParts';

export const asymmetricSecurityPolicyExporter: PolicyExportExtension<AsymmetricSecurityBindingElement> = {
  elementType: AsymmetricSecurityBindingElement,
  exportPolicy(element: AsymmetricSecurityBindingElement, context: PolicyConversionContext): void {
    const initiator = element.initiatorTokenParameters;
    const recipient = element.recipientTokenParameters;
    if (!initiator || !recipient)
      throw new MetadataExportError(
        'An asymmetric security binding element needs initiator and recipient tokens to be described.',
      );
    const sp = policyWriter(element, context);
    context.bindingAssertions.push(
      sp.asymmetricBinding({
        initiatorToken: initiator,
        recipientToken: recipient,
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
