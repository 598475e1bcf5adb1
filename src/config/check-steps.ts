import { isFiniteNumber, isWhole, own } from '../shared/checks.js';
import { INSTRUMENT_NAMES, type Instrument } from '../shared/instruments.js';
import { checkRecovery, isLocalized, type Recovery } from './check-recovery.js';
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
  /** Help after a low answer; `false`: none on this step; undefined: the site-wide `recovery`. */
  recovery?: Recovery | false;
  /** Ask for a contact address after a low answer; undefined: the site-wide `contact`. */
  contact?: boolean;
}

export const STEP_DEFAULTS: StepRule = {
  question: undefined,
  instrument: 'feeling',
  emotions: true,
  comment: true,
  sample: 1,
  delayMs: 0,
  reaskAfterDays: undefined,
  recovery: undefined,
  contact: undefined,
};

const isBoolean = (value: unknown) => typeof value === 'boolean';

/** What a site can set per step, with what each expects. */
const RULES: Record<Exclude<keyof StepRule, 'recovery'>, [ok: (value: unknown) => boolean, expected: string]> = {
  question: [(value) => isLocalized(value, 200), 'expected text of 1 to 200 characters, or a map of locale to text'],
  instrument: [
    (value) => INSTRUMENT_NAMES.includes(value as Instrument),
    `expected one of ${INSTRUMENT_NAMES.join(', ')}`,
  ],
  emotions: [isBoolean, 'expected true or false'],
  comment: [isBoolean, 'expected true or false'],
  sample: [(value) => isFiniteNumber(value) && value >= 0 && value <= 1, 'expected a number from 0 to 1'],
  delayMs: [(value) => isWhole(value, 0, 600_000), 'expected a whole number from 0 to 600000'],
  reaskAfterDays: [(value) => isWhole(value, 0, 3650), 'expected a whole number from 0 to 3650'],
  contact: [isBoolean, 'expected true or false'],
};
const NAMES = [...Object.keys(RULES), 'recovery'];

/**
 * Reads `steps` rule by rule: a bad value is reported by name and left out, and everything else
 * keeps working (the step falls back to the default for that field).
 */
export function checkSteps(
  steps: Record<string, StepRules>,
  warn: (message: string) => void,
  base?: string,
): Record<string, Partial<StepRule>> {
  const rules: Record<string, Partial<StepRule>> = {};
  for (const [name, fields] of Object.entries(steps)) {
    const rule: Record<string, unknown> = {};
    // Typed for the site; read as untrusted, since a page in plain JavaScript may pass anything.
    for (const [field, value] of Object.entries(fields as Record<string, unknown>)) {
      const where = `config.steps.${name}.${field}`;
      const check = own(RULES, field) as (typeof RULES)[keyof typeof RULES] | undefined;
      if (field === 'recovery') {
        // Field by field, with its own warnings; a step whose help is unusable keeps the site's.
        const recovery = checkRecovery(value, where, warn, base);
        if (recovery !== undefined) rule[field] = recovery;
      } else if (!check)
        warn(`${where}: unknown rule${didYouMean(field, NAMES) || ` (one of ${NAMES.join(', ')})`}, ignored.`);
      else if (check[0](value)) rule[field] = value;
      else warn(`${where}: ${check[1]}; the default applies.`);
    }
    rules[name] = rule;
  }
  return rules;
}
