/**
 * When a front (the script tag's loader, the npm package's `createFeelback`) fetches the widget:
 * commands that only set things up wait in its queue; any other command, or a config that needs
 * the widget at once, fetches it.
 */

/** Commands that only set things up (or close what is not there yet). */
export const SETUP: unknown[] = ['init', 'on', 'off', 'consent', 'destroy', 'close'];

/** Commands that return a promise (which never rejects). */
export const ASYNC: unknown[] = ['flush', 'retryRejected'];

/** Answers left from an earlier visit are looked for once the page has settled, not during its load. */
export const LEFTOVER_CHECK_MS = 1_000;

/** A config that needs the widget at once: triggers to watch, or debug output wanted now. */
function wantsCoreNow(config: unknown): boolean {
  if (typeof config !== 'object' || config === null) return false;
  const { triggers, debug } = config as { triggers?: unknown; debug?: unknown };
  return (Array.isArray(triggers) && triggers.length > 0) || debug === true;
}

/** Whether this call gives the widget something to do now. */
export const needsCore = (call: ArrayLike<unknown>) =>
  !SETUP.includes(call[0]) || (call[0] === 'init' && wantsCoreNow(call[1]));
