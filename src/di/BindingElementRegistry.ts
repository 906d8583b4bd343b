import type { BindingElement } from '../channels/BindingElement';

/** One binding element kind: its `<customBinding>` config name and how to make a fresh element of it. */
export interface BindingElementKind {
  readonly configurationName: string;
  create(): BindingElement;
}

/** No kind is registered under a config name. */
export class UnknownBindingElementError extends Error {
  constructor(
    readonly configurationName: string,
    readonly known: readonly string[],
  ) {
    super(
      `No binding element kind is registered under '${configurationName}'. Registered: ${known.join(', ')}.`,
    );
    this.name = 'UnknownBindingElementError';
  }
}

/**
 * The registry the config loader and users resolve binding element kinds through: every kind that was bound
 * in the container under BindingElementKindId, by config name. Adding a kind is one registration, no switch.
 */
export class BindingElementRegistry {
  private readonly kinds = new Map<string, BindingElementKind>();

  constructor(kinds: readonly BindingElementKind[]) {
    for (const kind of kinds) {
      if (this.kinds.has(kind.configurationName)) {
        throw new Error(`Two binding element kinds are registered under '${kind.configurationName}'.`);
      }
      this.kinds.set(kind.configurationName, kind);
    }
  }

  has(configurationName: string): boolean {
    return this.kinds.has(configurationName);
  }

  get names(): string[] {
    return [...this.kinds.keys()].sort();
  }

  create(configurationName: string): BindingElement {
    const kind = this.kinds.get(configurationName);
    if (!kind) throw new UnknownBindingElementError(configurationName, this.names);
    return kind.create();
  }
}
