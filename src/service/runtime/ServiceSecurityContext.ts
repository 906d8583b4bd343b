/** WCF's IIdentity: who the caller is, as the security layer established it. */
export interface Identity {
  readonly name: string;
  readonly authenticationType: string;
  readonly isAuthenticated: boolean;
}

/** WCF's ServiceSecurityContext: the caller's identity for one call. */
export class ServiceSecurityContext {
  constructor(readonly primaryIdentity: Identity) {}

  get isAnonymous(): boolean {
    return !this.primaryIdentity.isAuthenticated;
  }

  static readonly anonymous = new ServiceSecurityContext({ name: '', authenticationType: '', isAuthenticated: false });
}
