/**
 * textMessageEncoding: WS-Addressing in use (RS MessageEncodingBindingElement.ExportAddressingPolicy):
 * wsaw:UsingAddressing for WS-Addressing 1.0, wsap:UsingAddressing for August 2004, nothing without addressing.
 */
import { AddressingVersion } from '../../../channels/AddressingVersion';
import { TextMessageEncodingBindingElement } from '../../../encoders/text/TextMessageEncodingBindingElement';
import { WSAW_NS } from '../MetadataNamespaces';
import { el } from '../xmlBuilder';
import type { PolicyConversionContext, PolicyExportExtension } from './PolicyConversionContext';

const WSAP_NS = 'http://schemas.xmlsoap.org/ws/2004/08/addressing/policy';

export const textMessageEncodingPolicyExporter: PolicyExportExtension<TextMessageEncodingBindingElement> = {
  elementType: TextMessageEncodingBindingElement,
  exportPolicy(element: TextMessageEncodingBindingElement, context: PolicyConversionContext): void {
    const addressing = element.messageVersion.addressing;
    if (addressing === AddressingVersion.WSAddressing10)
      context.bindingAssertions.push(el('wsaw', 'UsingAddressing', WSAW_NS));
    else if (addressing === AddressingVersion.WSAddressingAugust2004)
      context.bindingAssertions.push(el('wsap', 'UsingAddressing', WSAP_NS));
  },
};
