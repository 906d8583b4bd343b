import {
  ConcurrencyMode,
  ContractDefinitionError,
  getServiceBehavior,
  InstanceContextMode,
  ServiceBehavior,
} from '../../../src/service/description';

describe('ServiceBehavior', () => {
  it('returns WCF defaults for an undecorated service class', () => {
    class CalculatorService {}
    expect(getServiceBehavior(CalculatorService)).toEqual({
      instanceContextMode: InstanceContextMode.PerSession,
      concurrencyMode: ConcurrencyMode.Single,
      includeExceptionDetailInFaults: false,
      name: 'CalculatorService',
      namespace: 'http://tempuri.org/',
    });
  });

  it('returns the options given to @ServiceBehavior', () => {
    @ServiceBehavior({
      instanceContextMode: InstanceContextMode.Single,
      concurrencyMode: ConcurrencyMode.Multiple,
      includeExceptionDetailInFaults: true,
      name: 'Calc',
      namespace: 'urn:calc',
    })
    class SingletonService {}
    expect(getServiceBehavior(SingletonService)).toEqual({
      instanceContextMode: 'Single',
      concurrencyMode: 'Multiple',
      includeExceptionDetailInFaults: true,
      name: 'Calc',
      namespace: 'urn:calc',
    });
  });

  it('applies a base class behavior to derived service classes', () => {
    @ServiceBehavior({ instanceContextMode: InstanceContextMode.PerCall })
    class BaseService {}
    class DerivedService extends BaseService {}
    expect(getServiceBehavior(DerivedService).instanceContextMode).toBe(InstanceContextMode.PerCall);
  });

  it('rejects values that are not WCF modes', () => {
    expect(() =>
      ServiceBehavior({ instanceContextMode: 'PerThread' as InstanceContextMode })(class Odd {}),
    ).toThrow(ContractDefinitionError);
  });
});
