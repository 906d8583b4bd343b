/**
 * WCF's UserNamePasswordValidator (System.IdentityModel.Selectors): the service's check of a UsernameToken.
 * A validator throws (or rejects) to refuse; WCF answers FailedAuthentication whatever it throws. WCF's
 * default mode, Windows, has no meaning on Node: the service must name a Custom validator.
 */
export abstract class UserNamePasswordValidator {
  abstract validate(userName: string, password: string): void | Promise<void>;

  /** A validator from a function (Indigo convenience). */
  static fromFunction(
    check: (userName: string, password: string) => void | Promise<void>,
  ): UserNamePasswordValidator {
    return new (class extends UserNamePasswordValidator {
      override validate(userName: string, password: string): void | Promise<void> {
        return check(userName, password);
      }
    })();
  }
}

/** `userNamePasswordValidationMode` (RS UserNamePasswordValidationMode). */
export const UserNamePasswordValidationMode = {
  Windows: 'Windows',
  MembershipProvider: 'MembershipProvider',
  Custom: 'Custom',
} as const;
export type UserNamePasswordValidationMode =
  (typeof UserNamePasswordValidationMode)[keyof typeof UserNamePasswordValidationMode];
