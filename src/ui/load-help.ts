import { overridesOf } from '../i18n/locale-layout.js';
import type { StringOverrides } from '../i18n/merge-strings.js';
import type { HelpKit, HelpKitOptions } from './help-kit.js';
import { PARTS } from './prompt-parts.js';

/**
 * The help and the contact question are a file of their own: fetched the first time a rating at
 * or below the help's threshold or the contact question's is chosen, made into the prompt's kit
 * (with the site's replacements of the help's texts, `root` for its styles and `close` for when
 * the site's own help takes over), handed to `ready`. Offline or blocked, nothing happens and the
 * prompt works as it would without them; the next choice at a low rating tries again. Returns what
 * to call on each choice.
 */
export function helpLoader(
  options: Omit<HelpKitOptions, 'root' | 'close' | 'overrides'> & { overrides?: StringOverrides | undefined },
  root: ShadowRoot | null,
  close: () => void,
  ready: (kit: HelpKit) => void,
  importFile: () => Promise<Pick<typeof import('./help.js'), 'createHelpKit'>> = () => import('./help.js'),
) {
  const low = Math.max(options.contactUpTo ?? -1, options.help?.threshold ?? -1);
  let asked = false;
  return (rating: number) => {
    if (asked || rating > low) return;
    asked = true;
    importFile()
      .catch((error) => {
        // Not fetched (a network blip): the next choice at a low rating fetches it again.
        asked = false;
        throw error;
      })
      .then(({ createHelpKit }) =>
        createHelpKit({ ...options, overrides: overridesOf(options.overrides, ['help']), root, close }, PARTS),
      )
      .then(ready)
      .catch(() => {});
  };
}
