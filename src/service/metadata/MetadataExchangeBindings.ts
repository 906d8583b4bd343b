/**
 * WCF's MetadataExchangeBindings: the bindings `mexHttpBinding` and `mexHttpsBinding` name — a WSHttpBinding
 * (SOAP 1.2, WS-Addressing 1.0, no reliable session) with security None, or Transport without client
 * credentials, under WCF's binding names.
 */
import { SecurityMode, HttpClientCredentialType } from '../../bindings/SecurityModes';
import { WSHttpBinding } from '../../bindings/WSHttpBinding';

const MEX_BINDING_NAMESPACE = 'http://schemas.microsoft.com/ws/2005/02/mex/bindings';

export const MetadataExchangeBindings = {
  createMexHttpBinding(): WSHttpBinding {
    const binding = new WSHttpBinding(SecurityMode.None);
    binding.name = 'MetadataExchangeHttpBinding';
    binding.namespace = MEX_BINDING_NAMESPACE;
    return binding;
  },

  createMexHttpsBinding(): WSHttpBinding {
    const binding = new WSHttpBinding({
      security: {
        mode: SecurityMode.Transport,
        transport: { clientCredentialType: HttpClientCredentialType.None },
      },
    });
    binding.name = 'MetadataExchangeHttpsBinding';
    binding.namespace = MEX_BINDING_NAMESPACE;
    return binding;
  },
} as const;
