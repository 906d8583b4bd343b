/**
 * WCF's BindingParameterCollection: objects handed down the stack while it is built (the encoder element
 * travels this way to the transport; hosts add their services here). Looked up by class.
 */
export class BindingParameterCollection {
  private readonly items: object[] = [];

  constructor(items: readonly object[] = []) {
    this.items.push(...items);
  }

  add(item: object): void {
    this.items.push(item);
  }

  remove(item: object): boolean {
    const index = this.items.indexOf(item);
    if (index < 0) return false;
    this.items.splice(index, 1);
    return true;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  find<T>(type: abstract new (...args: any[]) => T): T | undefined {
    return this.items.find((i): i is T & object => i instanceof type) as T | undefined;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  findAll<T>(type: abstract new (...args: any[]) => T): T[] {
    return this.items.filter((i): i is T & object => i instanceof type) as T[];
  }

  clone(): BindingParameterCollection {
    return new BindingParameterCollection(this.items);
  }
}

/** A typed key for a shared service (clock, logger, HTTP servers…) resolved through the DI container. */
export class ServiceToken<T> {
  declare readonly type: T;
  constructor(readonly name: string) {}
  toString(): string {
    return `ServiceToken(${this.name})`;
  }
}

/**
 * The services a stack may use while it is built, passed as a binding parameter. The DI container
 * (src/di) provides the implementation; channels only know this interface.
 */
export abstract class ServiceResolver {
  abstract get<T>(token: ServiceToken<T>): T;
}
