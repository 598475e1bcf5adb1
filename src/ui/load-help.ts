import type { HelpKit, HelpKitOptions } from './help-kit.js';
import { PARTS } from './prompt-parts.js';

/**
 * The help and the contact question are a file of their own: fetched the first time a rating at
 * or below the help's threshold or the contact question's is chosen, made into the prompt's kit,
 * handed to `ready`. Offline or blocked, nothing happens and the prompt works as it would without
 * them. Returns what to call on each choice.
 */
export function helpLoader(options: HelpKitOptions, ready: (kit: HelpKit) => void) {
  const low = Math.max(options.contactUpTo ?? -1, options.help?.threshold ?? -1);
  let asked = false;
  return (rating: number) => {
    if (asked || rating > low) return;
    asked = true;
    import('./help.js')
      .then(({ createHelpKit }) => createHelpKit(options, PARTS))
      .then(ready)
      .catch(() => {});
  };
}
