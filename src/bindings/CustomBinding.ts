import { Binding } from '../channels/Binding';
import type { BindingElement } from '../channels/BindingElement';

/** WCF's CustomBinding: a binding that is exactly the list of elements it was given (top → bottom). */
export class CustomBinding extends Binding {
  readonly elements: BindingElement[];

  constructor(elements: readonly BindingElement[] | Binding, name?: string) {
    super(name ?? (elements instanceof Binding ? elements.name : 'CustomBinding'));
    if (elements instanceof Binding) {
      this.elements = elements.createBindingElements();
      this.namespace = elements.namespace;
      this.openTimeout = elements.openTimeout;
      this.closeTimeout = elements.closeTimeout;
      this.sendTimeout = elements.sendTimeout;
      this.receiveTimeout = elements.receiveTimeout;
    } else {
      this.elements = [...elements];
    }
  }

  override createBindingElements(): BindingElement[] {
    return this.elements.map((e) => e.clone());
  }
}
