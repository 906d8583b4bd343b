/**
 * Tokens a message carries besides the protection token (WCF's SupportingTokenParameters), by how they are
 * attached: Signed (covered by the primary signature), SignedEncrypted (signed, then encrypted: a
 * UsernameToken), Endorsing (the token signs the primary signature: a client certificate), SignedEndorsing
 * (both).
 */
import type { SecurityTokenParameters } from './SecurityTokenParameters';

export class SupportingTokenParameters {
  readonly signed: SecurityTokenParameters[] = [];
  readonly signedEncrypted: SecurityTokenParameters[] = [];
  readonly endorsing: SecurityTokenParameters[] = [];
  readonly signedEndorsing: SecurityTokenParameters[] = [];

  get isEmpty(): boolean {
    return (
      !this.signed.length &&
      !this.signedEncrypted.length &&
      !this.endorsing.length &&
      !this.signedEndorsing.length
    );
  }

  clone(): SupportingTokenParameters {
    const copy = new SupportingTokenParameters();
    copy.signed.push(...this.signed.map((p) => p.clone()));
    copy.signedEncrypted.push(...this.signedEncrypted.map((p) => p.clone()));
    copy.endorsing.push(...this.endorsing.map((p) => p.clone()));
    copy.signedEndorsing.push(...this.signedEndorsing.map((p) => p.clone()));
    return copy;
  }

  /** WCF's SetKeyDerivation: every supporting token's RequireDerivedKeys. */
  setKeyDerivation(requireDerivedKeys: boolean): void {
    for (const p of [...this.signed, ...this.signedEncrypted, ...this.endorsing, ...this.signedEndorsing]) {
      p.requireDerivedKeys = requireDerivedKeys;
    }
  }

  describe(): Record<string, unknown> {
    const d = (list: SecurityTokenParameters[]): unknown[] => list.map((p) => p.describe());
    return {
      signed: d(this.signed),
      signedEncrypted: d(this.signedEncrypted),
      endorsing: d(this.endorsing),
      signedEndorsing: d(this.signedEndorsing),
    };
  }
}
