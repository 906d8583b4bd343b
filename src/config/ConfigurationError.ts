/**
 * Typed errors of the configuration layer. Every problem names where it is — file, line, column and the
 * element path (`system.serviceModel/bindings/wsHttpBinding/binding[@name='x']/security/@mode`) — so a person
 * can act on it; the loader collects all of them and throws them together (DESIGN: fail closed, fail clearly).
 */

/** Where a value sits in a config file. Line and column are 1-based; 0 when unknown. */
export interface ConfigLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The element path, XPath-like, with `[@name='…']` keys and `@attribute` at the end. */
  readonly path: string;
}

export type ConfigDiagnosticSeverity = 'error' | 'warning';

/** One problem (or warning) in a config file. */
export class ConfigurationError extends Error {
  override readonly name: string = 'ConfigurationError';

  constructor(
    /** The problem itself, without the location. */
    readonly problem: string,
    readonly location: ConfigLocation,
    readonly severity: ConfigDiagnosticSeverity = 'error',
  ) {
    super(formatDiagnostic(problem, location));
  }

  get file(): string {
    return this.location.file;
  }

  get line(): number {
    return this.location.line;
  }

  get column(): number {
    return this.location.column;
  }

  get path(): string {
    return this.location.path;
  }
}

/** `file:line:col: path: problem`, the shape compilers use, so editors can jump to it. */
export function formatDiagnostic(problem: string, location: ConfigLocation): string {
  const where = location.line > 0 ? `${location.file}:${location.line}:${location.column}` : location.file;
  return location.path ? `${where}: ${location.path}: ${problem}` : `${where}: ${problem}`;
}

/** A config could not be loaded (or mapped): every error found, reported together. */
export class ConfigurationLoadError extends Error {
  override readonly name: string = 'ConfigurationLoadError';

  readonly errors: readonly ConfigurationError[];
  readonly warnings: readonly ConfigurationError[];

  constructor(
    readonly file: string,
    errors: readonly ConfigurationError[],
    warnings: readonly ConfigurationError[] = [],
  ) {
    // In file order, as a person reads the file (problems are found section by section, not line by line).
    errors = inFileOrder(errors);
    super(
      `${file}: ${errors.length} configuration error${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((e) => `  ${e.message}`).join('\n'),
    );
    this.errors = errors;
    this.warnings = inFileOrder(warnings);
  }
}

/** Sorted by line and column (a stable sort: problems at one place keep the order they were found in). */
export function inFileOrder(diagnostics: readonly ConfigurationError[]): ConfigurationError[] {
  return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * A feature that the configuration describes correctly but that Indigo's runtime does not carry out yet.
 * Building a binding, host or factory from such a config fails with this; validating it only warns.
 */
export class NotSupportedYetError extends Error {
  override readonly name: string = 'NotSupportedYetError';

  constructor(
    readonly feature: string,
    detail?: string,
  ) {
    super(`not supported yet: ${feature}${detail ? ` — ${detail}` : ''}`);
  }
}
