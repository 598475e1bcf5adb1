/**
 * When a front (the script tag's loader, the npm package's `createFeelback`) fetches the widget:
 * commands that only set things up wait in its queue; any other command, or a config that needs
 * the widget at once, fetches it.
 */
import { own } from '../shared/checks.js';

/** Commands that only set things up (or close what is not there yet). */
export const SETUP: unknown[] = ['init', 'on', 'off', 'consent', 'destroy', 'close'];

/** Commands that return a promise (which never rejects). */
export const ASYNC: unknown[] = ['flush', 'retryRejected'];

/** Answers left from an earlier visit are looked for once the page has settled, not during its load. */
export const LEFTOVER_CHECK_MS = 1_000;

/**
 * A config that needs the widget at once: triggers to watch, or debug output wanted now. Own
 * options only, as the config check reads them: a polluted `Object.prototype.debug` is not the site's.
 */
function wantsCoreNow(config: unknown): boolean {
  // Object(): null or a primitive becomes an object without options (fewer bytes than a typeof check).
  const options: object = Object(config);
  const triggers = own(options, 'triggers');
  return (Array.isArray(triggers) && triggers.length > 0) || own(options, 'debug') === true;
}

/** Whether this call gives the widget something to do now. */
export const needsCore = (call: ArrayLike<unknown>) =>
  !SETUP.includes(call[0]) || (call[0] === 'init' && wantsCoreNow(call[1]));
