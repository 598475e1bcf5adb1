import type { EmotionKey } from './emotions.js';
import type { enHelp } from './en-help.js';
import type { enScales } from './en-scales.js';

// In their own module so the language loader can use them without the English texts.
export { EMOTIONS, type EmotionKey } from './emotions.js';

export const en = {
  region: 'Feedback',
  question: 'How did this make you feel?',
  /** Accessible names of the faces, most negative first. */
  ratings: ['Very unhappy', 'Unhappy', 'Neither happy nor unhappy', 'Happy', 'Very happy'],
  emotionsLegend: 'Any words that fit? (optional)',
  /** Labels of the emotion words; in English the capitalised key serves. */
  emotions: {} as Partial<Record<EmotionKey, string>>,
  commentLabel: 'Anything to add? (optional)',
  commentHint: 'Please leave out personal details such as your name, email or order number.',
  send: 'Send',
  close: 'Close',
  promptAvailable: 'Survey at the bottom of the page: {question}',
  thanks: 'Thank you! Your answer helps us improve.',
  savedOffline: 'Thank you! Your answer is saved — we’ll send it when you’re back online.',
  /** Spoken when the prompt shrinks to its slim bar (idle, or the page's focus went under it). */
  minimized: 'Survey minimised. Open it again at any time.',
  dontAsk: 'Don’t ask me again',
  privacyLink: 'How we use your answer',
  /** Under the comment box as the limit nears; one form per `Intl.PluralRules` category. */
  charactersLeft: { one: '{count} character left', other: '{count} characters left' } as PluralForms,
};

/** Forms of a text with a count, keyed by `Intl.PluralRules` category; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The prompt's texts (English is built into the prompt's file); the scales' are in theirs. */
export type Strings = typeof en;

/**
 * A language's texts: the prompt's, those of the scales other than feeling (see en-scales.ts)
 * and those of the help after a low answer (see en-help.ts).
 */
export type LocaleStrings = Strings & typeof enScales & typeof enHelp;
