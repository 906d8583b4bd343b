/**
 * WCF's IMetadataExchange contract: one operation, WS-Transfer Get, whose reply is the service's metadata as a
 * wsx:Metadata of MetadataSections. The host answers it itself (MetadataExchangeEndpointDispatcher) when a
 * ServiceMetadataBehavior is present; the service class does not implement it.
 */
import { contractOperation } from '../description/contractOperation';
import { OperationContract } from '../description/OperationContract';
import { ServiceContract } from '../description/ServiceContract';
import { MEX_CONTRACT_NS, WS_TRANSFER_GET, WS_TRANSFER_GET_RESPONSE } from './MetadataNamespaces';

@ServiceContract({
  name: 'IMetadataExchange',
  namespace: MEX_CONTRACT_NS,
  configurationName: 'IMetadataExchange',
})
export class IMetadataExchange {
  @OperationContract({ action: WS_TRANSFER_GET, replyAction: WS_TRANSFER_GET_RESPONSE })
  get(): Promise<void> {
    return contractOperation();
  }
}

/** Whether a contract is IMetadataExchange (by name and namespace, as a config file names it). */
export function isMetadataExchangeContract(contract: {
  readonly name: string;
  readonly namespace: string;
}): boolean {
  return contract.name === 'IMetadataExchange' && contract.namespace === MEX_CONTRACT_NS;
}
