/**
 * The options most sites leave out, checked: their replacement texts (`strings`), the help after
 * a low answer (`recovery`, site-wide and per step) and the contact question (`contact`), and
 * what a prompt then offers. A file of their own (feelback-optional.*.js in the script tag),
 * which a config that sets none of them never fetches.
 */
import { checkRecovery, type Recovery } from '../config/check-recovery.js';
import type { StepRule } from '../config/check-steps.js';
import { checkStrings } from '../config/check-strings.js';
import type { Note } from '../config/problems.js';
import { own } from '../shared/checks.js';
import { offersFor } from './offers.js';
import type { OptionalConfig, OptionalOptions } from './optional-options.js';

/** Each option field by field: a mistake is noted by name and left out, and the widget stays on. */
export function checkOptional({ strings, recovery, contact, steps }: OptionalConfig, note: Note): OptionalOptions {
  // A getter or a Proxy of the page's that throws: that option keeps its default, and every
  // prompt still shows (a check that threw would otherwise fail each one).
  const read = <T>(path: string, check: () => T) => {
    try {
      return check();
    } catch (error) {
      note(['unreadable', path, error]);
    }
  };
  const stepRecovery = new Map<string, Recovery | false>();
  for (const [name, rule] of Object.entries(steps)) {
    const path = `config.steps.${name}.recovery`;
    // A step whose help is unusable keeps the site's.
    const checked = read(path, () => {
      const value = own(rule, 'recovery');
      return value === undefined ? undefined : checkRecovery(value, path, note);
    });
    if (checked !== undefined) stepRecovery.set(name, checked);
  }
  const site =
    recovery === undefined
      ? undefined
      : read('config.recovery', () => checkRecovery(recovery, 'config.recovery', note));
  return {
    strings: strings && read('config.strings', () => checkStrings(strings, note)),
    offers: (step: string, rule: StepRule, tag: string) =>
      offersFor(rule, stepRecovery.has(step) ? stepRecovery.get(step) : site, contact, tag),
  };
}
