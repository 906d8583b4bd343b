/**
 * Typed errors of the XML layer. Callers above (encoders, security) map them to SOAP faults, so they carry
 * what a fault or a log line needs: the position for malformed input, and the quota and its limit for
 * WCF's reader-quota failures (WCF reports those as QuotaExceededException inside an XmlException).
 */

/** Malformed or forbidden input. `line` is 1-based; `column` is the 1-based position of the last character
 *  read when the problem was detected. Both are 0 when the error is not tied to a position (size, encoding). */
export class XmlParseError extends Error {
  override readonly name: string = 'XmlParseError';

  constructor(
    /** The problem without the position, e.g. `DOCTYPE is not allowed`. */
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(line > 0 ? `${reason} (line ${line}, column ${column})` : reason);
  }
}

/** The quotas a parse can exceed: WCF's XmlDictionaryReaderQuotas plus the total size (maxReceivedMessageSize). */
export type XmlQuotaName =
  | 'maxSize'
  | 'maxDepth'
  | 'maxStringContentLength'
  | 'maxArrayLength'
  | 'maxBytesPerRead'
  | 'maxNameTableCharCount';

/** A reader quota was exceeded. It is a parse error too, so one `catch (XmlParseError)` covers both. */
export class XmlQuotaExceededError extends XmlParseError {
  override readonly name: string = 'XmlQuotaExceededError';

  constructor(
    readonly quota: XmlQuotaName,
    readonly limit: number,
    reason: string,
    line = 0,
    column = 0,
  ) {
    super(`${reason} (quota ${quota} = ${limit})`, line, column);
  }
}

/** The tree cannot be written as XML (invalid characters, a comment containing `--`, conflicting prefixes). */
export class XmlSerializationError extends Error {
  override readonly name: string = 'XmlSerializationError';
}
