/** Every message we print starts with this, so a site owner can tell ours from theirs. */
const PREFIX = '[feelback]';

export interface Logger {
  warn(message: string, detail?: unknown): void;
  debug(message: string, detail?: unknown): void;
}

/** `console` is looked up at call time: a host page may replace it after we load. */
export function createLogger(isDebug: () => boolean): Logger {
  const print = (method: 'warn' | 'info', message: string, detail?: unknown) => {
    try {
      const out = globalThis.console;
      if (detail === undefined) out[method](`${PREFIX} ${message}`);
      else out[method](`${PREFIX} ${message}`, detail);
    } catch {
      // A broken console is the host's business; never throw into the page because of it.
    }
  };
  return {
    warn: (message, detail) => print('warn', message, detail),
    debug: (message, detail) => {
      if (isDebug()) print('info', message, detail);
    },
  };
}
