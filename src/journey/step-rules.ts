import { STEP_DEFAULTS, type StepRule } from '../config/check-steps.js';

/** The rule for a step: its own fields over the defaults. */
export const ruleFor = (rules: Record<string, Partial<StepRule>>, step: string): StepRule => ({
  ...STEP_DEFAULTS,
  ...(Object.hasOwn(rules, step) ? rules[step] : undefined),
});

/** A per-locale question picks the shopper's locale, then its language, then any. */
export function questionFor(question: StepRule['question'], locale: string): string | undefined {
  if (typeof question !== 'object') return question;
  const language = locale.split('-')[0] ?? locale;
  const pick = (key: string) => (Object.hasOwn(question, key) ? question[key] : undefined);
  return pick(locale) ?? pick(language) ?? pick('en') ?? Object.values(question)[0];
}
