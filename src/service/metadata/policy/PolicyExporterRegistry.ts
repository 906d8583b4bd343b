/**
 * Policy exporters by binding element class: the most specific registration wins (an httpsTransport finds its
 * own exporter before httpTransport's). A user's binding element gets policy by registering its exporter; an
 * element nobody registered for exports no assertions, as a WCF element without IPolicyExportExtension does.
 */
import type { BindingElement } from '../../../channels/BindingElement';
import type { PolicyExportExtension } from './PolicyConversionContext';

export class PolicyExporterRegistry {
  private readonly byType = new Map<unknown, PolicyExportExtension>();

  constructor(exporters: readonly PolicyExportExtension[] = []) {
    for (const e of exporters) this.register(e);
  }

  register<E extends BindingElement>(exporter: PolicyExportExtension<E>): this {
    this.byType.set(exporter.elementType, exporter as unknown as PolicyExportExtension);
    return this;
  }

  find(element: BindingElement): PolicyExportExtension | undefined {
    for (
      let p: unknown = Object.getPrototypeOf(element);
      p && p !== Object.prototype;
      p = Object.getPrototypeOf(p)
    ) {
      const exporter = this.byType.get((p as { constructor: unknown }).constructor);
      if (exporter) return exporter;
    }
    return undefined;
  }
}
