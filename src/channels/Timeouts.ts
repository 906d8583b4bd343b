import { TimeoutException } from './CommunicationErrors';

/**
 * Timeouts are milliseconds (`Infinity` is WCF's TimeSpan.MaxValue / "Infinite"). WCF's defaults:
 * open/close/send 1 minute, receive 10 minutes (RS ServiceDefaults).
 */
export const DefaultTimeouts = {
  openTimeout: 60_000,
  closeTimeout: 60_000,
  sendTimeout: 60_000,
  receiveTimeout: 600_000,
} as const;

/** Runs `work` and rejects with a TimeoutException naming `what` when it takes longer than `timeoutMs`. */
export function withTimeout<T>(
  work: Promise<T>,
  timeoutMs: number,
  what: string,
  onTimeout?: () => void,
): Promise<T> {
  if (!Number.isFinite(timeoutMs)) return work;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout?.();
      reject(
        new TimeoutException(
          `${what} did not complete within the allotted timeout of ${formatTimeSpan(timeoutMs)}.`,
        ),
      );
    }, timeoutMs);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

/** Formats milliseconds as WCF prints a TimeSpan (hh:mm:ss[.fffffff]). */
export function formatTimeSpan(ms: number): string {
  if (!Number.isFinite(ms)) return 'Infinite';
  const totalSeconds = Math.floor(ms / 1000);
  const fraction = ms - totalSeconds * 1000;
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const base = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return fraction ? `${base}.${String(Math.round(fraction * 10_000)).padStart(7, '0')}` : base;
}
