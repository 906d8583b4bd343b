/**
 * Why a signature was refused. The WS-Security layer maps `malformed` / `unsupportedAlgorithm` to
 * wsse:InvalidSecurity or wsse:UnsupportedAlgorithm, `algorithmNotAllowed` to WCF's "suite does not accept",
 * and the rest to wsse:FailedCheck.
 */
export type XmlSignatureFailure =
  /** The ds:Signature does not have the structure XML Signature prescribes (or uses what we refuse). */
  | 'malformed'
  /** An algorithm or transform URI Indigo does not implement. */
  | 'unsupportedAlgorithm'
  /** Implemented, but outside the caller's policy (the algorithm suite). */
  | 'algorithmNotAllowed'
  /** The key resolver gave a key of the wrong kind for the SignatureMethod. */
  | 'invalidKey'
  /** A Reference names an id no element carries. */
  | 'referenceNotFound'
  /** A Reference names an id that two elements carry (signature wrapping). */
  | 'ambiguousReference'
  | 'digestMismatch'
  | 'signatureMismatch';

export class XmlSignatureError extends Error {
  override readonly name: string = 'XmlSignatureError';

  constructor(
    readonly failure: XmlSignatureFailure,
    message: string,
  ) {
    super(message);
  }
}
