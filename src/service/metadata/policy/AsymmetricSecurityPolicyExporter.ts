/** sp:AsymmetricBinding (RS SecurityBindingElement.ExportAsymmetricSecurityBindingElement): as the symmetric one, with initiator and recipient tokens. */
import { AsymmetricSecurityBindingElement } from '../../../security/AsymmetricSecurityBindingElement';
import { MetadataExportError } from '../MetadataExportError';
import type { PolicyConversionContext, PolicyExportExtension } from './PolicyConversionContext';
import { exportMessageSecurity } from './securityPolicyParts';

export const asymmetricSecurityPolicyExporter: PolicyExportExtension<AsymmetricSecurityBindingElement> = {
  elementType: AsymmetricSecurityBindingElement,
  exportPolicy(element: AsymmetricSecurityBindingElement, context: PolicyConversionContext): void {
    const initiator = element.initiatorTokenParameters;
    const recipient = element.recipientTokenParameters;
    if (!initiator || !recipient)
      throw new MetadataExportError(
        'An asymmetric security binding element needs initiator and recipient tokens to be described.',
      );
    exportMessageSecurity(element, context, (sp, properties) =>
      sp.asymmetricBinding({ ...properties, initiatorToken: initiator, recipientToken: recipient }),
    );
  },
};
