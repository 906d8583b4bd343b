/** The policy exporters of the binding elements Indigo ships, one registration each. */
import { asymmetricSecurityPolicyExporter } from './AsymmetricSecurityPolicyExporter';
import { httpsTransportPolicyExporter } from './HttpsTransportPolicyExporter';
import { PolicyExporterRegistry } from './PolicyExporterRegistry';
import { symmetricSecurityPolicyExporter } from './SymmetricSecurityPolicyExporter';
import { textMessageEncodingPolicyExporter } from './TextMessageEncodingPolicyExporter';

export function defaultPolicyExporters(): PolicyExporterRegistry {
  return new PolicyExporterRegistry([
    httpsTransportPolicyExporter,
    symmetricSecurityPolicyExporter,
    asymmetricSecurityPolicyExporter,
    textMessageEncodingPolicyExporter,
  ]);
}
