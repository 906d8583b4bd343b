/**
 * ServiceContractAttribute.SessionMode: whether the contract needs a sessionful channel. The values are WCF's
 * names, as they appear in configuration and messages.
 */
export const SessionMode = {
  /** The default: a session is used when the binding provides one. */
  Allowed: 'Allowed',
  /** The binding must provide a session (e.g. secure conversation or reliable session). */
  Required: 'Required',
  /** The binding must not establish one. */
  NotAllowed: 'NotAllowed',
} as const;

export type SessionMode = (typeof SessionMode)[keyof typeof SessionMode];
