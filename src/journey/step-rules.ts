import { STEP_DEFAULTS, type StepRule } from '../config/check-steps.js';
import { own } from '../shared/checks.js';

/** The rule for a step: its own fields over the defaults. */
export const ruleFor = (rules: Record<string, Partial<StepRule>>, step: string): StepRule => ({
  ...STEP_DEFAULTS,
  ...own(rules, step),
});

/** A per-locale question picks the shopper's locale, then its language, then any. */
export function questionFor(question: StepRule['question'], locale: string): string | undefined {
  if (typeof question !== 'object') return question;
  const language = locale.split('-')[0] ?? locale;
  return own(question, locale) ?? own(question, language) ?? own(question, 'en') ?? Object.values(question)[0];
}
