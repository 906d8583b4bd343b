import type { Binding } from '../../channels/Binding';
import type { EndpointAddress } from '../../channels/EndpointAddress';
import type { ContractDescription } from '../description';

/** WCF's ServiceEndpoint: the ABC — address, binding, contract — plus where it listens. */
export class ServiceEndpoint {
  constructor(
    public address: EndpointAddress,
    readonly binding: Binding,
    readonly contract: ContractDescription,
    /** Where the transport listens; the address unless a listenUri was given. */
    public listenUri: URL,
    readonly name: string = `${binding.name}_${contract.name}`,
  ) {}
}
