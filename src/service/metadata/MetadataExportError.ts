/**
 * A service description that cannot be published as WSDL/XSD — an operation's type has no data contract, two
 * contracts claim one name — reported before any document is served, never as a half-written document.
 */
export class MetadataExportError extends Error {
  override readonly name = 'MetadataExportError';
}
