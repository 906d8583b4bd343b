import { ServiceToken } from './BindingParameters';

/** Where the runtime reports what it cannot report to a caller (an error in a one-way operation, a dropped connection). */
export interface Logger {
  debug(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

export const LoggerToken = new ServiceToken<Logger>('Logger');

/** The default logger: warnings and errors to stderr, the rest only when INDIGO_LOG=debug. */
export const consoleLogger: Logger = {
  debug: (m, d) => {
    if (process.env.INDIGO_LOG === 'debug') console.debug(`[indigo] ${m}`, d ?? '');
  },
  info: (m, d) => {
    if (process.env.INDIGO_LOG === 'debug' || process.env.INDIGO_LOG === 'info')
      console.info(`[indigo] ${m}`, d ?? '');
  },
  warn: (m, d) => console.warn(`[indigo] ${m}`, d ?? ''),
  error: (m, d) => console.error(`[indigo] ${m}`, d ?? ''),
};
