/** httpsTransport: the transport security assertion (sp:TransportBinding with sp:HttpsToken), see transportSecurityPolicy. */
import { HttpsTransportBindingElement } from '../../../transports/http/HttpsTransportBindingElement';
import type { PolicyConversionContext, PolicyExportExtension } from './PolicyConversionContext';
import { exportTransportSecurity } from './transportSecurityPolicy';

export const httpsTransportPolicyExporter: PolicyExportExtension<HttpsTransportBindingElement> = {
  elementType: HttpsTransportBindingElement,
  exportPolicy(element: HttpsTransportBindingElement, context: PolicyConversionContext): void {
    exportTransportSecurity(context, element.requireClientCertificate);
  },
};
