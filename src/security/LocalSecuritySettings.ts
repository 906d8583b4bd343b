/**
 * WCF's LocalClientSecuritySettings and LocalServiceSecuritySettings with the code defaults (RS; the bold column
 * of spec/config-schema.md §4 — the docs are wrong on several). Times are milliseconds. The session settings are
 * kept for secure conversation (issue 5); per-message security uses the clock-skew, timestamp and replay ones.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

abstract class LocalSecuritySettingsBase {
  detectReplays = true;
  replayCacheSize = 900000;
  replayWindow = 5 * MINUTE;
  maxClockSkew = 5 * MINUTE;
  /** The sender's Timestamp Expires = Created + this. */
  timestampValidityDuration = 5 * MINUTE;
  sessionKeyRolloverInterval = 5 * MINUTE;
  reconnectTransportOnFailure = true;

  protected copyBase<T extends LocalSecuritySettingsBase>(target: T): T {
    target.detectReplays = this.detectReplays;
    target.replayCacheSize = this.replayCacheSize;
    target.replayWindow = this.replayWindow;
    target.maxClockSkew = this.maxClockSkew;
    target.timestampValidityDuration = this.timestampValidityDuration;
    target.sessionKeyRolloverInterval = this.sessionKeyRolloverInterval;
    target.reconnectTransportOnFailure = this.reconnectTransportOnFailure;
    return target;
  }
}

export class LocalClientSecuritySettings extends LocalSecuritySettingsBase {
  cacheCookies = true;
  cookieRenewalThresholdPercentage = 60;
  /** TimeSpan.MaxValue in WCF. */
  maxCookieCachingTime = Number.MAX_SAFE_INTEGER;
  sessionKeyRenewalInterval = 10 * HOUR;

  clone(): LocalClientSecuritySettings {
    const copy = this.copyBase(new LocalClientSecuritySettings());
    copy.cacheCookies = this.cacheCookies;
    copy.cookieRenewalThresholdPercentage = this.cookieRenewalThresholdPercentage;
    copy.maxCookieCachingTime = this.maxCookieCachingTime;
    copy.sessionKeyRenewalInterval = this.sessionKeyRenewalInterval;
    return copy;
  }
}

export class LocalServiceSecuritySettings extends LocalSecuritySettingsBase {
  issuedCookieLifetime = 10 * HOUR;
  maxCachedCookies = 1000;
  maxStatefulNegotiations = 128;
  negotiationTimeout = MINUTE;
  maxPendingSessions = 128;
  inactivityTimeout = 2 * MINUTE;
  sessionKeyRenewalInterval = 15 * HOUR;

  clone(): LocalServiceSecuritySettings {
    const copy = this.copyBase(new LocalServiceSecuritySettings());
    copy.issuedCookieLifetime = this.issuedCookieLifetime;
    copy.maxCachedCookies = this.maxCachedCookies;
    copy.maxStatefulNegotiations = this.maxStatefulNegotiations;
    copy.negotiationTimeout = this.negotiationTimeout;
    copy.maxPendingSessions = this.maxPendingSessions;
    copy.inactivityTimeout = this.inactivityTimeout;
    copy.sessionKeyRenewalInterval = this.sessionKeyRenewalInterval;
    return copy;
  }
}
