/**
 * What a binding element's policy exporter is given (WCF's PolicyConversionContext + MetadataExporter): the
 * binding's elements, the contract (none for a secure conversation's bootstrap: WCF's NullContract), and the
 * assertion lists it adds to — for the binding, and for each operation's input and output message.
 */
import type { BindingElement } from '../../../channels/BindingElement';
import type { XmlElement } from '../../../xml/XmlNode';
import type { ContractDescription, OperationDescription } from '../../description';
import type { PolicyVersion } from '../PolicyVersion';

export type MessageDirection = 'input' | 'output';

export class PolicyConversionContext {
  readonly bindingAssertions: XmlElement[] = [];
  private readonly messages = new Map<string, XmlElement[]>();

  constructor(
    readonly elements: readonly BindingElement[],
    readonly contract: ContractDescription | undefined,
    readonly policyVersion: PolicyVersion,
    /** Runs the binding-level export over another stack (a bootstrap) and returns its binding assertions. */
    readonly exportStack: (elements: readonly BindingElement[]) => XmlElement[],
  ) {}

  /** The first element of a kind in the stack. */
  find<T extends BindingElement>(type: abstract new (...args: never) => T): T | undefined {
    return this.elements.find((e): e is T => e instanceof type);
  }

  messageAssertions(operation: OperationDescription, direction: MessageDirection): XmlElement[] {
    const key = `${operation.name}\u0000${direction}`;
    let list = this.messages.get(key);
    if (!list) {
      list = [];
      this.messages.set(key, list);
    }
    return list;
  }
}

/**
 * WCF's IPolicyExportExtension, for one binding element kind: a binding element's exporter adds the
 * assertions that describe it. Registered by element class (PolicyExporterRegistry), as the element kind is.
 */
export interface PolicyExportExtension<E extends BindingElement = BindingElement> {
  readonly elementType: abstract new (...args: never) => E;
  exportPolicy(element: E, context: PolicyConversionContext): void;
}
