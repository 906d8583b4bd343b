import { contractOperation, OperationContract, ServiceContract } from '../../src/service/description';
import { DataType } from '../../src/service/serialization';

/**
 * The sample contract, exactly as a .NET service declares it:
 *
 *   [ServiceContract(Namespace = "http://tempuri.org/")] interface ICalculator {
 *     [OperationContract] double Add(double a, double b);
 *     [OperationContract] string Echo(string text);
 *     [OperationContract] string WhoAmI();
 *     [OperationContract] int Counter(); }
 *
 * Actions are WCF's defaults: http://tempuri.org/ICalculator/Add, replies …/AddResponse.
 */
@ServiceContract({ name: 'ICalculator', namespace: 'http://tempuri.org/' })
export class ICalculator {
  @OperationContract({ parameters: { a: DataType.double, b: DataType.double }, returns: DataType.double })
  add(_a: number, _b: number): Promise<number> {
    return contractOperation();
  }

  @OperationContract({ parameters: { text: DataType.string }, returns: DataType.string })
  echo(_text: string): Promise<string> {
    return contractOperation();
  }

  @OperationContract({ returns: DataType.string })
  whoAmI(): Promise<string> {
    return contractOperation();
  }

  @OperationContract({ returns: DataType.int })
  counter(): Promise<number> {
    return contractOperation();
  }
}
