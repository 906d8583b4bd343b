import { ServiceToken } from './BindingParameters';

/** Time as the runtime sees it; replaceable so that expiry and clock-skew rules can be tested without waiting. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const ClockToken = new ServiceToken<Clock>('Clock');

export const systemClock: Clock = { now: () => Date.now() };
