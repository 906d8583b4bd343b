import { NotSupportedYetError } from '../ConfigurationError';

/**
 * A problem found while turning the model into runtime objects, at a pointer relative to the part being
 * mapped (the caller adds its own pointer, and the loader turns it into file:line:column). `notSupported`
 * marks features the config describes correctly but the runtime does not carry out yet.
 */
export class MappingProblem extends Error {
  override readonly name: string = 'MappingProblem';

  constructor(
    readonly relativePointer: string,
    message: string,
    readonly notSupported = false,
  ) {
    super(message);
  }

  static notSupported(relativePointer: string, feature: string, detail?: string): MappingProblem {
    return new MappingProblem(relativePointer, new NotSupportedYetError(feature, detail).message, true);
  }

  prefixed(pointer: string): MappingProblem {
    return new MappingProblem(pointer + this.relativePointer, this.message, this.notSupported);
  }
}

/** Several problems from one mapping, reported together. */
export class MappingProblems extends Error {
  override readonly name: string = 'MappingProblems';
  constructor(readonly problems: readonly MappingProblem[]) {
    super(problems.map((p) => p.message).join('\n'));
  }
}
