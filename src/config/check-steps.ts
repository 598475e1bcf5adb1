import { isFiniteNumber, isRecord, isText, isWhole, own } from '../shared/checks.js';
import { INSTRUMENT_NAMES, type Instrument } from '../shared/instruments.js';
import type { StepRules } from './config.js';
import { didYouMean } from './near-key.js';

/** A step's rules with every default filled in. */
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

export const STEP_DEFAULTS: StepRule = {
  question: undefined,
  instrument: 'feeling',
  emotions: true,
  comment: true,
  sample: 1,
  delayMs: 0,
  reaskAfterDays: undefined,
};

const isBoolean = (value: unknown) => typeof value === 'boolean';

/** What a site can set per step, with what each expects. */
const RULES: Record<keyof StepRule, [ok: (value: unknown) => boolean, expected: string]> = {
  question: [
    (value) => (isRecord(value) ? Object.values(value) : [value]).every((item) => isText(item, 200)),
    'expected text of 1 to 200 characters, or a map of locale to text',
  ],
  instrument: [
    (value) => INSTRUMENT_NAMES.includes(value as Instrument),
    `expected one of ${INSTRUMENT_NAMES.join(', ')}`,
  ],
  emotions: [isBoolean, 'expected true or false'],
  comment: [isBoolean, 'expected true or false'],
  sample: [(value) => isFiniteNumber(value) && value >= 0 && value <= 1, 'expected a number from 0 to 1'],
  delayMs: [(value) => isWhole(value, 0, 600_000), 'expected a whole number from 0 to 600000'],
  reaskAfterDays: [(value) => isWhole(value, 0, 3650), 'expected a whole number from 0 to 3650'],
};

/**
 * Reads `steps` rule by rule: a bad value is reported by name and left out, and everything else
 * keeps working (the step falls back to the default for that field).
 */
export function checkSteps(
  steps: Record<string, StepRules>,
  warn: (message: string) => void,
): Record<string, Partial<StepRule>> {
  const rules: Record<string, Partial<StepRule>> = {};
  for (const [name, fields] of Object.entries(steps)) {
    const rule: Record<string, unknown> = {};
    // Typed for the site; read as untrusted, since a page in plain JavaScript may pass anything.
    for (const [field, value] of Object.entries(fields as Record<string, unknown>)) {
      const check = own(RULES, field) as (typeof RULES)[keyof StepRule] | undefined;
      if (!check) warn(`config.steps.${name}.${field}: unknown rule${didYouMean(field, Object.keys(RULES))}, ignored.`);
      else if (check[0](value)) rule[field] = value;
      else warn(`config.steps.${name}.${field}: ${check[1]}; the default applies.`);
    }
    rules[name] = rule;
  }
  return rules;
}
