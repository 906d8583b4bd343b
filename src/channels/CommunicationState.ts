/** WCF's CommunicationState: the life cycle every channel, factory, listener and host goes through. */
export const CommunicationState = {
  Created: 'Created',
  Opening: 'Opening',
  Opened: 'Opened',
  Closing: 'Closing',
  Closed: 'Closed',
  Faulted: 'Faulted',
} as const;
export type CommunicationState = (typeof CommunicationState)[keyof typeof CommunicationState];
