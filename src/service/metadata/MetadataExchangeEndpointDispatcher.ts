/**
 * The IMetadataExchange endpoint's dispatcher: answers WS-Transfer Get with GetResponse carrying wsx:Metadata —
 * a MetadataSection per WSDL (Dialect wsdl, Identifier its target namespace) then per schema (Dialect xsd), as
 * WCF's MetadataExchange implementation does. The documents are the HTTP GET ones without locations in their
 * imports: the reply holds every document.
 */
import type { RequestContext } from '../../channels/Channels';
import { Message } from '../../channels/Message';
import type { XmlElement } from '../../xml/XmlNode';
import { EndpointDispatcher, replyWith } from '../runtime/EndpointDispatcher';
import { DispatcherFaults } from '../runtime/DispatcherFaults';
import { WS_TRANSFER_GET_RESPONSE, WSDL_DIALECT, WSX_NS, XSD_DIALECT } from './MetadataNamespaces';
import type { ServiceMetadata } from './ServiceMetadata';
import { el } from './xmlBuilder';

export class MetadataExchangeEndpointDispatcher extends EndpointDispatcher {
  /** Set by the host: the service's metadata (computed once the addresses are final). */
  metadata: (() => ServiceMetadata) | undefined;

  override async dispatch(context: RequestContext): Promise<void> {
    const version = context.requestMessage.version;
    let body: XmlElement;
    try {
      if (!this.metadata) throw new Error('The host has no ServiceMetadataBehavior.');
      body = metadataSet(this.metadata());
    } catch (err) {
      await replyWith(context, DispatcherFaults.internalServiceFault(version, err, false));
      return;
    }
    await replyWith(context, Message.createMessage(version, WS_TRANSFER_GET_RESPONSE, body));
  }
}

/** wsx:Metadata of the service's documents (clones: the sections must not move the cached trees). */
export function metadataSet(metadata: ServiceMetadata): XmlElement {
  const set = el('wsx', 'Metadata', WSX_NS);
  set.declareNamespace('wsx', WSX_NS);
  for (const d of metadata.wsdl)
    set.appendChild(
      el('wsx', 'MetadataSection', WSX_NS, { Dialect: WSDL_DIALECT, Identifier: d.targetNamespace }, [
        d.root.clone(),
      ]),
    );
  for (const s of metadata.xsd)
    set.appendChild(
      el('wsx', 'MetadataSection', WSX_NS, { Dialect: XSD_DIALECT, Identifier: s.targetNamespace }, [
        s.root.clone(),
      ]),
    );
  return set;
}
