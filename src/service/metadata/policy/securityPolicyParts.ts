/**
 * What the security exporters share (RS SecurityBindingElement.ExportPolicy and its helpers): the WS-SP writer
 * for an element, the bootstrap policy of a secure conversation token, whether messages carry encrypted parts
 * (sp:EncryptSignature), and the per-message sp:SignedParts / sp:EncryptedParts.
 */
import { AddressingVersion } from '../../../channels/AddressingVersion';
import type { BindingElement } from '../../../channels/BindingElement';
import { MessageEncodingBindingElement } from '../../../channels/MessageEncodingBindingElement';
import type { AsymmetricSecurityBindingElement } from '../../../security/AsymmetricSecurityBindingElement';
import { SecurityBindingElement } from '../../../security/SecurityBindingElement';
import type { SymmetricSecurityBindingElement } from '../../../security/SymmetricSecurityBindingElement';
import { ProtectionLevel } from '../../../security/SecurityEnumerations';
import type { XmlElement } from '../../../xml/XmlNode';
import { channelProtectionRequirements } from '../../description/ChannelProtection';
import type { PolicyConversionContext } from './PolicyConversionContext';
import { WSSecurityPolicyWriter, type BindingProperties, type MessageParts } from './WSSecurityPolicyWriter';

/** The addressing version the stack's encoder speaks (WS-Addressing 1.0 when it has none, as WCF assumes). */
export function addressingOf(elements: readonly BindingElement[]): AddressingVersion {
  const encoder = elements.find(
    (e): e is MessageEncodingBindingElement => e instanceof MessageEncodingBindingElement,
  );
  return encoder?.messageVersion.addressing ?? AddressingVersion.WSAddressing10;
}

/**
 * The WS-Addressing headers every secured message signs (RS TransportBindingElement's addressing protection
 * requirements), in WCF's order.
 */
export function addressingHeaders(addressing: AddressingVersion): MessageParts['headers'] {
  if (addressing === AddressingVersion.None) return [];
  return ['To', 'From', 'FaultTo', 'ReplyTo', 'MessageID', 'RelatesTo', 'Action'].map((name) => ({
    name,
    namespace: addressing.namespace,
  }));
}

/** A fresh WS-SP writer for one security element of this context (bootstrap tokens export through the context). */
export function policyWriter(
  element: SecurityBindingElement,
  context: PolicyConversionContext,
): WSSecurityPolicyWriter {
  return new WSSecurityPolicyWriter(element.messageSecurityVersion, context.policyVersion, (sc) => {
    const bootstrap = sc.bootstrapSecurityBindingElement;
    const at = context.elements.findIndex((e) => e instanceof SecurityBindingElement);
    const below = context.elements.slice(at + 1);
    const inner = policyWriter(bootstrap, context);
    // RS WSSecurityPolicy.CreateWsspBootstrapPolicyAssertion: the RST/RSTR bodies are signed and encrypted, the
    // addressing headers signed; then the bootstrap binding's own WS-SP assertions (not its wsaw:UsingAddressing).
    const parts: (XmlElement | undefined)[] = [
      inner.signedParts({ body: true, headers: addressingHeaders(addressingOf(below)) }),
      inner.encryptedParts({ body: true, headers: [] }),
      ...context.exportStack([bootstrap, ...below]).filter((a) => a.namespaceUri === inner.namespace),
    ];
    return parts.filter((p): p is XmlElement => p !== undefined);
  });
}

/**
 * RS WSSecurityPolicy.ContainsEncryptionParts: a bootstrap (no contract) always does; otherwise a signed
 * encrypted supporting token or any message at EncryptAndSign.
 */
export function containsEncryptionParts(
  element: SecurityBindingElement,
  context: PolicyConversionContext,
): boolean {
  if (!context.contract) return true;
  if (element.endpointSupportingTokenParameters.signedEncrypted.length) return true;
  const requirements = channelProtectionRequirements([context.contract]);
  return context.contract.operations.some(
    (op) =>
      requirements.protectionLevel(op.action, 'request') === ProtectionLevel.EncryptAndSign ||
      (!op.isOneWay &&
        requirements.protectionLevel(op.replyAction, 'reply') === ProtectionLevel.EncryptAndSign),
  );
}

/**
 * RS SecurityBindingElement.ExportMessageScopeProtectionPolicy: each operation's input and output policy —
 * the parts signed (the addressing headers, and the body unless the level is None) and encrypted (the body at
 * EncryptAndSign).
 */
export function exportMessageScopeProtection(
  writer: WSSecurityPolicyWriter,
  context: PolicyConversionContext,
): void {
  const contract = context.contract;
  if (!contract) return;
  const requirements = channelProtectionRequirements([contract]);
  const headers = addressingHeaders(addressingOf(context.elements));
  for (const op of contract.operations) {
    const messages: ['input' | 'output', ProtectionLevel][] = [
      ['input', requirements.protectionLevel(op.action, 'request')],
    ];
    if (!op.isOneWay) messages.push(['output', requirements.protectionLevel(op.replyAction, 'reply')]);
    for (const [direction, level] of messages) {
      const assertions = context.messageAssertions(op, direction);
      const signed = writer.signedParts({ body: level !== ProtectionLevel.None, headers });
      const encrypted = writer.encryptedParts({
        body: level === ProtectionLevel.EncryptAndSign,
        headers: [],
      });
      if (signed) assertions.push(signed);
      if (encrypted) assertions.push(encrypted);
    }
  }
}

/**
 * RS SecurityBindingElement.ExportSymmetric/AsymmetricSecurityBindingElement, around the binding assertion
 * `binding` makes from the element's common properties: then the supporting tokens, sp:Wss10/11, sp:Trust10/13,
 * and each message's signed and encrypted parts.
 */
export function exportMessageSecurity(
  element: SymmetricSecurityBindingElement | AsymmetricSecurityBindingElement,
  context: PolicyConversionContext,
  binding: (sp: WSSecurityPolicyWriter, properties: BindingProperties) => XmlElement,
): void {
  const sp = policyWriter(element, context);
  context.bindingAssertions.push(
    binding(sp, {
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
}
