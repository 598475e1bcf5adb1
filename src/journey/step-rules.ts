import * as z from 'zod/mini';
import { finite, flag, integer, isRecord, isText, lazy, oneOf } from '../config/checks.js';
import { INSTRUMENT_NAMES, type Instrument } from './instruments.js';

/** What a site can set per step, each field checked on its own; built when a site sets `steps`. */
const getRuleFields = lazy(() => ({
  /** Plain text, or a map of locale → text. */
  question: z.custom<string | Record<string, string>>(
    (value) => (isRecord(value) ? Object.values(value) : [value]).every((item) => isText(item, 200)),
    'expected text of 1 to 200 characters, or a map of locale to text',
  ),
  instrument: oneOf(INSTRUMENT_NAMES),
  emotions: flag,
  comment: flag,
  sample: z.custom<number>(
    (value) => finite.safeParse(value).success && (value as number) >= 0 && (value as number) <= 1,
    'expected a number from 0 to 1',
  ),
  delayMs: integer(0, 600_000),
  reaskAfterDays: integer(0, 3650),
}));

export interface StepRule {
  question?: string | Record<string, string>;
  instrument: Instrument;
  emotions: boolean;
  comment: boolean;
  sample: number;
  delayMs: number;
  /** Undefined: the etiquette default. */
  reaskAfterDays?: number;
}

export const STEP_DEFAULTS: StepRule = { instrument: 'feeling', emotions: true, comment: true, sample: 1, delayMs: 0 };

/**
 * Reads `steps` rule by rule: a bad value is reported by name and left out, and everything else
 * keeps working (the step falls back to the default for that field).
 */
export function parseStepRules(
  steps: Record<string, unknown>,
  warn: (message: string) => void,
): Record<string, Partial<StepRule>> {
  const rules: Record<string, Partial<StepRule>> = {};
  for (const [name, fields] of Object.entries(steps)) {
    const rule: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(fields as object)) {
      const known = getRuleFields();
      const schema = Object.hasOwn(known, field) ? known[field as keyof typeof known] : undefined;
      const result = schema?.safeParse(value);
      if (!schema) warn(`config.steps.${name}.${field}: unknown rule, ignored.`);
      else if (result?.success) rule[field] = result.data;
      else warn(`config.steps.${name}.${field}: ${result?.error.issues[0]?.message}; the default applies.`);
    }
    rules[name] = rule;
  }
  return rules;
}

/** The rule for a step: its own fields over the defaults. */
export const ruleFor = (rules: Record<string, Partial<StepRule>>, step: string): StepRule => ({
  ...STEP_DEFAULTS,
  ...(Object.hasOwn(rules, step) ? rules[step] : undefined),
});

/** A per-locale question picks the shopper's locale, then its language, then any. */
export function questionFor(question: StepRule['question'], locale: string): string | undefined {
  if (typeof question !== 'object') return question;
  const language = locale.split('-')[0] ?? locale;
  return question[locale] ?? question[language] ?? question.en ?? Object.values(question)[0];
}
