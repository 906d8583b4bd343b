import {
  ContractDefinitionError,
  ContractDescription,
  contractOperation,
  NotAServiceContractError,
  OperationContract,
  ServiceContract,
  SessionMode,
} from '../../../src/service/description';
import { DataType, OperationFormatter } from '../../../src/service/serialization';
import { printXml } from '../serialization/xmlTestHelpers';

@ServiceContract({ name: 'ICalculator', namespace: 'http://tempuri.org/' })
class ICalculator {
  @OperationContract({ parameters: { a: DataType.double, b: DataType.double }, returns: DataType.double })
  add(_a: number, _b: number): Promise<number> {
    return contractOperation();
  }
  @OperationContract({ parameters: { text: DataType.string }, returns: DataType.string })
  echo(_text: string): Promise<string> {
    return contractOperation();
  }
  @OperationContract({ returns: DataType.string }) whoAmI(): Promise<string> {
    return contractOperation();
  }
  @OperationContract({ returns: DataType.int }) counter(): Promise<number> {
    return contractOperation();
  }
}

describe('ContractDescription', () => {
  const calculator = ContractDescription.getContract(ICalculator);

  it('describes the sample calculator contract with WCF names and actions', () => {
    expect(calculator.name).toBe('ICalculator');
    expect(calculator.namespace).toBe('http://tempuri.org/');
    expect(calculator.operations.map((op) => [op.methodName, op.name, op.action, op.replyAction])).toEqual([
      ['add', 'Add', 'http://tempuri.org/ICalculator/Add', 'http://tempuri.org/ICalculator/AddResponse'],
      ['echo', 'Echo', 'http://tempuri.org/ICalculator/Echo', 'http://tempuri.org/ICalculator/EchoResponse'],
      [
        'whoAmI',
        'WhoAmI',
        'http://tempuri.org/ICalculator/WhoAmI',
        'http://tempuri.org/ICalculator/WhoAmIResponse',
      ],
      [
        'counter',
        'Counter',
        'http://tempuri.org/ICalculator/Counter',
        'http://tempuri.org/ICalculator/CounterResponse',
      ],
    ]);
  });

  it('describes parameters in order, the return type, the message wrappers and the result element', () => {
    const add = calculator.findOperationByMethodName('add');
    expect(add?.parameters).toEqual([
      { name: 'a', type: DataType.double },
      { name: 'b', type: DataType.double },
    ]);
    expect(add?.returnType).toBe(DataType.double);
    expect(add?.requestWrapper).toEqual({ localName: 'Add', namespace: 'http://tempuri.org/' });
    expect(add?.responseWrapper).toEqual({ localName: 'AddResponse', namespace: 'http://tempuri.org/' });
    expect(add?.resultElementName).toBe('AddResult');
    expect(add).toMatchObject({ isOneWay: false, isInitiating: true, isTerminating: false });
  });

  it('produces the request and reply bodies captured from WCF when used with the formatter', () => {
    const add = calculator.findOperationByMethodName('add')!;
    expect(printXml(OperationFormatter.serializeRequest(add, [2, 3]))).toBe(
      '<Add xmlns="http://tempuri.org/"><a>2</a><b>3</b></Add>',
    );
    const whoAmI = calculator.findOperationByMethodName('whoAmI')!;
    expect(printXml(OperationFormatter.serializeRequest(whoAmI, []))).toBe(
      '<WhoAmI xmlns="http://tempuri.org/" />',
    );
  });

  it('defaults the contract name to the class name, the namespace to tempuri.org and the session mode to Allowed', () => {
    @ServiceContract()
    class IGreeter {
      @OperationContract() hello(): Promise<void> {
        return contractOperation();
      }
    }
    const contract = ContractDescription.getContract(IGreeter);
    expect(contract).toMatchObject({
      name: 'IGreeter',
      namespace: 'http://tempuri.org/',
      sessionMode: SessionMode.Allowed,
    });
    expect(contract.configurationName).toBe('IGreeter');
    expect(contract.operations[0].action).toBe('http://tempuri.org/IGreeter/Hello');
    expect(contract.operations[0].returnType).toBeUndefined();
  });

  it('adds the slash a namespace lacks, and uses urn: for an empty namespace', () => {
    @ServiceContract({ namespace: 'urn:calc' })
    class INoSlash {
      @OperationContract() go(): Promise<void> {
        return contractOperation();
      }
    }
    @ServiceContract({ namespace: '' })
    class IEmpty {
      @OperationContract() go(): Promise<void> {
        return contractOperation();
      }
    }
    expect(ContractDescription.getContract(INoSlash).operations[0].action).toBe('urn:calc/INoSlash/Go');
    expect(ContractDescription.getContract(IEmpty).operations[0].action).toBe('urn:IEmpty/Go');
  });

  it('keeps explicit names and actions, deriving the default reply action from the names', () => {
    @ServiceContract({ name: 'IMath' })
    class MathContract {
      @OperationContract({ name: 'Sum', action: 'urn:sum' }) add(): Promise<void> {
        return contractOperation();
      }
      @OperationContract({ action: 'urn:sub', replyAction: 'urn:sub-reply' }) subtract(): Promise<void> {
        return contractOperation();
      }
    }
    const contract = ContractDescription.getContract(MathContract);
    expect(contract.operations.map((op) => [op.name, op.action, op.replyAction])).toEqual([
      ['Sum', 'urn:sum', 'http://tempuri.org/IMath/SumResponse'],
      ['Subtract', 'urn:sub', 'urn:sub-reply'],
    ]);
  });

  it('finds operations by action, falling back to a wildcard action', () => {
    @ServiceContract()
    class IRouter {
      @OperationContract() known(): Promise<void> {
        return contractOperation();
      }
      @OperationContract({ action: '*' }) anything(): Promise<void> {
        return contractOperation();
      }
    }
    const contract = ContractDescription.getContract(IRouter);
    expect(contract.findOperationByAction('http://tempuri.org/IRouter/Known')?.methodName).toBe('known');
    expect(contract.findOperationByAction('urn:unmatched')?.methodName).toBe('anything');
    expect(calculator.findOperationByAction('urn:unmatched')).toBeUndefined();
  });

  it('gives one-way operations no reply action', () => {
    @ServiceContract()
    class INotify {
      @OperationContract({ isOneWay: true, parameters: { text: DataType.string } }) notify(
        _text: string,
      ): Promise<void> {
        return contractOperation();
      }
    }
    expect(ContractDescription.getContract(INotify).operations[0]).toMatchObject({
      isOneWay: true,
      replyAction: undefined,
    });
  });

  it('rejects a one-way operation that returns a value', () => {
    @ServiceContract()
    class IBadOneWay {
      @OperationContract({ isOneWay: true, returns: DataType.int }) fire(): Promise<number> {
        return contractOperation();
      }
    }
    expect(() => ContractDescription.getContract(IBadOneWay)).toThrow(/one-way.*must not return/);
  });

  it('rejects two operations with the same action, naming both methods', () => {
    @ServiceContract()
    class IClash {
      @OperationContract({ action: 'urn:same' }) first(): Promise<void> {
        return contractOperation();
      }
      @OperationContract({ action: 'urn:same' }) second(): Promise<void> {
        return contractOperation();
      }
    }
    expect(() => ContractDescription.getContract(IClash)).toThrow(ContractDefinitionError);
    expect(() => ContractDescription.getContract(IClash)).toThrow(
      /'first' and 'second' have the same action 'urn:same'/,
    );
  });

  it('rejects two methods that define the same operation name', () => {
    @ServiceContract()
    class ITwins {
      @OperationContract({ name: 'Go', action: 'urn:1' }) one(): Promise<void> {
        return contractOperation();
      }
      @OperationContract({ name: 'Go', action: 'urn:2' }) two(): Promise<void> {
        return contractOperation();
      }
    }
    expect(() => ContractDescription.getContract(ITwins)).toThrow(
      /'one' and 'two' both define operation 'Go'/,
    );
  });

  it('rejects a class without @ServiceContract, naming it', () => {
    class NotAContract {
      @OperationContract() go(): Promise<void> {
        return contractOperation();
      }
    }
    expect(() => ContractDescription.getContract(NotAContract)).toThrow(NotAServiceContractError);
    expect(() => ContractDescription.getContract(NotAContract)).toThrow(
      /NotAContract is not decorated with @ServiceContract/,
    );
  });

  it('rejects a contract without operations', () => {
    @ServiceContract()
    class IEmptyContract {}
    expect(() => ContractDescription.getContract(IEmptyContract)).toThrow(/no operations/);
  });

  it('rejects session-bound operations unless the contract requires a session', () => {
    @ServiceContract()
    class ILoose {
      @OperationContract() open(): Promise<void> {
        return contractOperation();
      }
      @OperationContract({ isTerminating: true }) close(): Promise<void> {
        return contractOperation();
      }
    }
    @ServiceContract({ sessionMode: SessionMode.Required })
    class ISessionful {
      @OperationContract() open(): Promise<void> {
        return contractOperation();
      }
      @OperationContract({ isInitiating: false, isTerminating: true }) close(): Promise<void> {
        return contractOperation();
      }
    }
    expect(() => ContractDescription.getContract(ILoose)).toThrow(/needs sessionMode Required/);
    const sessionful = ContractDescription.getContract(ISessionful);
    expect(sessionful.sessionMode).toBe(SessionMode.Required);
    expect(sessionful.findOperationByMethodName('close')).toMatchObject({
      isInitiating: false,
      isTerminating: true,
    });
  });

  it('rejects a contract in which no operation can start a session', () => {
    @ServiceContract({ sessionMode: SessionMode.Required })
    class INoStart {
      @OperationContract({ isInitiating: false }) go(): Promise<void> {
        return contractOperation();
      }
    }
    expect(() => ContractDescription.getContract(INoStart)).toThrow(/no operation can start a session/);
  });

  it('rejects a method with more parameters than its operation describes', () => {
    @ServiceContract()
    class IUndescribed {
      @OperationContract({ parameters: { a: DataType.int } }) add(_a: number, _b: number): Promise<void> {
        return contractOperation();
      }
    }
    expect(() => ContractDescription.getContract(IUndescribed)).toThrow(
      /declares 2 parameter\(s\).*describes 1/,
    );
  });

  it('rejects operations inherited from a base class', () => {
    @ServiceContract()
    class IBase {
      @OperationContract() go(): Promise<void> {
        return contractOperation();
      }
    }
    @ServiceContract()
    class IDerived extends IBase {
      @OperationContract() more(): Promise<void> {
        return contractOperation();
      }
    }
    expect(() => ContractDescription.getContract(IDerived)).toThrow(/inheritance is not supported/);
  });

  it('rejects an unknown session mode at decoration', () => {
    expect(() => ServiceContract({ sessionMode: 'Sometimes' as SessionMode })(class IOdd {})).toThrow(
      ContractDefinitionError,
    );
  });

  it('builds each contract once', () => {
    expect(ContractDescription.getContract(ICalculator)).toBe(calculator);
  });
});
