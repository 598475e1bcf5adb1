import type { Strings } from '../i18n/en.js';
import { plural } from '../i18n/plural.js';
import { hint } from './follow-up.css.js';
import type { PromptParts } from './prompt-parts.js';

/** The counter shows once this few characters are left, when the limit starts to matter. */
export const LOW_CHARACTERS = 50;

export interface CharactersLeftProps {
  id: string;
  left: number;
  strings: Strings;
  lang: string;
}

/**
 * "12 characters left" under the comment, in the language's plural form. Not a live region:
 * it would speak on every keystroke; the text area refers to it (aria-describedby) instead.
 * Pure (drawn with the prompt's `h`).
 */
export function CharactersLeft({ h }: PromptParts, { id, left, strings, lang }: CharactersLeftProps) {
  return h('span', { class: hint, id }, plural(strings.charactersLeft, left, lang));
}
