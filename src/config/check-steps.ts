import { own } from '../shared/checks.js';
import { INSTRUMENT_NAMES, type Instrument } from '../shared/instruments.js';
import type { StepRules } from './config.js';
import { flag, localized, type Note, number, type Rule, whole } from './problems.js';

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
  contact: undefined,
};

/** What a site can set per step, and what each expects. */
const RULES: Record<keyof StepRule, Rule> = {
  question: localized(200),
  instrument: [(value) => INSTRUMENT_NAMES.includes(value as Instrument), 'instrument'],
  emotions: flag,
  comment: flag,
  sample: number(0, 1),
  delayMs: whole(0, 600_000),
  reaskAfterDays: whole(0, 3650),
  contact: flag,
};
/** Every rule a step may have, for the message about an unknown one (`recovery` is checked with the optional options). */
export const STEP_RULE_NAMES = [...Object.keys(RULES), 'recovery'];

/**
 * Reads `steps` rule by rule: a bad value is noted by name and left out, and everything else
 * keeps working (the step falls back to the default for that field).
 */
export function checkSteps(steps: Record<string, StepRules>, note: Note): Record<string, Partial<StepRule>> {
  const rules: Record<string, Partial<StepRule>> = {};
  for (const [name, fields] of Object.entries(steps)) {
    const rule: Record<string, unknown> = {};
    // Typed for the site; read as untrusted, since a page in plain JavaScript may pass anything.
    for (const [field, value] of Object.entries(fields as Record<string, unknown>)) {
      if (field === 'recovery') continue;
      const where = `config.steps.${name}.${field}`;
      const check = own(RULES, field) as Rule | undefined;
      if (!check) note(['rule', where, field, STEP_RULE_NAMES]);
      else if (check[0](value)) rule[field] = value;
      else note(['step', where, check]);
    }
    rules[name] = rule;
  }
  return rules;
}
