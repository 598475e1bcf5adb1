import { en, type Strings } from '../i18n/en.js';
import { partsFor } from '../i18n/locale-files.js';
import { overridesOf } from '../i18n/locale-layout.js';
import { mergeStrings } from '../i18n/merge-strings.js';
import type { PromptSessionOptions } from './prompt-session-options.js';
import type { View } from './state.js';

/**
 * A prompt's texts: its language's over English, the site's replacements over both (the help's
 * are replaced in the help's file, where they are), and its question: the site's, else the
 * scale's own default (a statement to agree with for effort; a scale's texts are in its file).
 */
export function sessionTexts(
  options: Pick<PromptSessionOptions, 'strings' | 'overrides' | 'question' | 'instrument' | 'scale' | 'placement'>,
  warn: (key: string, problem: string) => void,
) {
  const strings = mergeStrings(
    { ...en, ...options.scale?.english, ...options.strings },
    overridesOf(options.overrides, partsFor(options.instrument ?? 'feeling')),
    warn,
  );
  const { instrument = 'feeling' } = options;
  const question =
    options.question ?? (instrument === 'feeling' ? undefined : strings[`${instrument}Question`]) ?? strings.question;
  return { strings, question, inline: options.placement === 'inline' };
}

/**
 * What the status region (or, not `minimized`, the thank-you) says in a view; `helpThanks` is
 * the help's thank-you after a low answer, when it has one.
 */
export const statusText = (
  { strings, question, inline }: { strings: Strings; question: string; inline?: boolean },
  view: View,
  minimized: boolean | undefined,
  helpThanks: string | undefined,
) =>
  minimized
    ? strings.minimized
    : view === 'prompt'
      ? // In the page's flow, not at its bottom: the question alone (no words of ours to punctuate
        // per language). A function, so a question with `$&` or `$1` in it is put in as written.
        inline
        ? question
        : strings.promptAvailable.replace('{question}', () => question)
      : view === 'thanks'
        ? (helpThanks ?? strings.thanks)
        : strings.savedOffline;
