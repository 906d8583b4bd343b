import {
  contractOperation,
  ContractOperationInvokedError,
  ContractDescription,
} from '../../../src/service/description';
import { OperationContract, ServiceContract } from '../../../src/service/description';

@ServiceContract()
class IPing {
  @OperationContract() ping(): Promise<void> {
    return contractOperation('ping');
  }
}

describe('contractOperation', () => {
  it('throws ContractOperationInvokedError when a contract method body runs', () => {
    expect(ContractDescription.getContract(IPing).operations).toHaveLength(1);
    expect(() => new IPing().ping()).toThrow(ContractOperationInvokedError);
    expect(() => new IPing().ping()).toThrow(
      /'ping' is a service contract declaration.*ChannelFactory proxy/,
    );
  });
});
