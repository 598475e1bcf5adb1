export interface Logger {
  warn(message: string, detail?: unknown): void;
  debug(message: string, detail?: unknown): void;
}

/**
 * Console output, every line prefixed so a site owner can tell ours from theirs. `console` is
 * looked up at call time (a page may replace it), and a broken one never throws into the page.
 */
export function createLogger(isDebug: () => boolean): Logger {
  const print = (method: 'warn' | 'info', message: string, detail: unknown[]) => {
    try {
      console[method](`[feelback] ${message}`, ...detail);
    } catch {}
  };
  return {
    warn: (message, ...detail) => print('warn', message, detail),
    debug: (message, ...detail) => isDebug() && print('info', message, detail),
  };
}
