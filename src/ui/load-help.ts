import { Fragment, h } from 'preact';
import { mergeStrings } from '../i18n/merge-strings.js';
import { unpackPart } from '../i18n/unpack-locale.js';
import { applyShadowStyles } from '../styles/shadow-styles.js';
import type { HelpKit, HelpKitOptions } from './help-kit.js';
import type { PromptParts } from './help-parts.js';

/** Handed to the help's file, which imports nothing from this one (see help-parts.ts). */
const PARTS: PromptParts = { h, Fragment, mergeStrings, unpackPart, applyShadowStyles };

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
