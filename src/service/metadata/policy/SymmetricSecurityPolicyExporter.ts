/**
 * sp:SymmetricBinding and what goes with it (RS SecurityBindingElement.ExportSymmetricSecurityBindingElement):
 * the supporting tokens, sp:Wss10/11, sp:Trust10/13, then each message's signed and encrypted parts. A secure
 * conversation token nests its bootstrap's policy in sp:BootstrapPolicy.
 */
import { SymmetricSecurityBindingElement } from '../../../security/SymmetricSecurityBindingElement';
import { MetadataExportError } from '../MetadataExportError';
import type { PolicyConversionContext, PolicyExportExtension } from './PolicyConversionContext';
import { exportMessageSecurity } from './securityPolicyParts';

export const symmetricSecurityPolicyExporter: PolicyExportExtension<SymmetricSecurityBindingElement> = {
  elementType: SymmetricSecurityBindingElement,
  exportPolicy(element: SymmetricSecurityBindingElement, context: PolicyConversionContext): void {
    const token = element.protectionTokenParameters;
    if (!token)
      throw new MetadataExportError(
        'A symmetric security binding element without a protection token cannot be described.',
      );
    exportMessageSecurity(element, context, (sp, properties) =>
      sp.symmetricBinding({ ...properties, protectionToken: token }),
    );
  },
};
