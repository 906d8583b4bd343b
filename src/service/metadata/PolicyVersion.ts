/**
 * WCF's PolicyVersion: which WS-Policy namespace the exporter writes wsp:Policy, wsp:ExactlyOne, wsp:All and
 * wsp:PolicyReference in. Policy12 (WS-Policy 1.2, 2004/09) is WCF's default; Policy15 is the W3C
 * recommendation.
 */
export class PolicyVersion {
  private constructor(
    /** `<serviceMetadata policyVersion="…">`. */
    readonly name: 'Policy12' | 'Policy15',
    readonly namespace: string,
  ) {}

  static readonly Policy12 = new PolicyVersion('Policy12', 'http://schemas.xmlsoap.org/ws/2004/09/policy');
  static readonly Policy15 = new PolicyVersion('Policy15', 'http://www.w3.org/ns/ws-policy');
  /** PolicyVersion.Default is Policy12. */
  static readonly Default = PolicyVersion.Policy12;

  toString(): string {
    return this.name;
  }
}
