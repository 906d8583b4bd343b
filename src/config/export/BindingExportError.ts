/** A binding cannot be written as config (WCF's config cannot express it either). */
export class BindingExportError extends Error {
  override readonly name: string = 'BindingExportError';
}
