import { OperationContext } from '../../src/service/runtime/OperationContext';
import type { ICalculator } from './ICalculator';

/**
 * The sample implementation. WCF's default InstanceContextMode is PerSession: on a binding with a session
 * `counter()` counts 1, 2, 3… per session; on a sessionless binding (basicHttp) every call gets a new
 * instance and it answers 1.
 */
export class CalculatorService implements ICalculator {
  private count = 0;

  async add(a: number, b: number): Promise<number> {
    return a + b;
  }

  async echo(text: string): Promise<string> {
    return text;
  }

  /** The caller's identity as the security layer established it, or "anonymous" without security. */
  async whoAmI(): Promise<string> {
    const identity = OperationContext.current?.serviceSecurityContext?.primaryIdentity;
    return identity?.isAuthenticated ? identity.name : 'anonymous';
  }

  async counter(): Promise<number> {
    return ++this.count;
  }
}
