// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkSteps } from '../../../src/config/check-steps.ts';
import { noted } from '../support/noted.ts';

function parse(steps: Record<string, Record<string, unknown>>) {
  const { note, warnings } = noted();
  const rules = checkSteps(steps, note);
  return { rules, warnings: warnings() };
}

const VALID = {
  question: 'How was checkout?',
  instrument: 'effort',
  emotions: false,
  comment: false,
  sample: 0.5,
  delayMs: 1500,
  reaskAfterDays: 30,
  contact: true,
} as const;

const INVALID: Record<keyof typeof VALID, unknown[]> = {
  question: ['', 'x'.repeat(201), 42, { en: '' }, { en: 7 }, null],
  instrument: ['nps', 'Feeling', 3, null],
  emotions: ['yes', 1, null],
  comment: ['no', 0, null],
  sample: [1.5, -0.1, Number.NaN, Number.POSITIVE_INFINITY, '0.5', null],
  delayMs: [-1, 1.5, 600_001, '100', null],
  reaskAfterDays: [-1, 0.5, 3651, '30', null],
  contact: ['yes', 1, null],
};

describe('parseStepRules', () => {
  it('keeps every valid field without a warning', () => {
    expect(parse({ checkout: VALID })).toEqual({ rules: { checkout: VALID }, warnings: [] });
  });

  it('accepts the boundaries of each number', () => {
    const low = { sample: 0, delayMs: 0, reaskAfterDays: 0 };
    const high = { sample: 1, delayMs: 600_000, reaskAfterDays: 3650 };
    expect(parse({ low, high })).toEqual({ rules: { low, high }, warnings: [] });
  });

  it('accepts a per-locale question map', () => {
    const question = { en: 'How was it?', 'fr-CA': 'Comment était-ce ?' };
    expect(parse({ checkout: { question } })).toEqual({ rules: { checkout: { question } }, warnings: [] });
  });

  it('accepts every instrument', () => {
    for (const instrument of ['feeling', 'effort', 'satisfaction', 'recommend']) {
      expect(parse({ s: { instrument } }).warnings).toEqual([]);
    }
  });

  for (const [field, values] of Object.entries(INVALID)) {
    for (const value of values) {
      it(`${field}: ${JSON.stringify(value) ?? String(value)} → one warning naming config.steps.checkout.${field}; the other fields are kept`, () => {
        const { rules, warnings } = parse({ checkout: { ...VALID, [field]: value } });
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toMatch(
          new RegExp(`^config\\.steps\\.checkout\\.${field}: expected .+; the default applies\\.$`),
        );
        const { [field as keyof typeof VALID]: _dropped, ...others } = VALID;
        expect(rules).toEqual({ checkout: others });
      });
    }
  }

  it.each([
    ['question', 42, 'text of 1 to 200 characters, or a map of locale to text'],
    ['instrument', 'nps', 'one of feeling, effort, satisfaction, recommend'],
    ['emotions', 'yes', 'true or false'],
    ['comment', 0, 'true or false'],
    ['sample', 1.5, 'a number from 0 to 1'],
    ['delayMs', 600_001, 'a whole number from 0 to 600000'],
    ['reaskAfterDays', 3651, 'a whole number from 0 to 3650'],
    ['contact', 'yes', 'true or false'],
  ])('%s %j says what it expected', (field, value, expected) => {
    expect(parse({ checkout: { [field]: value } }).warnings).toEqual([
      `config.steps.checkout.${field}: expected ${expected}; the default applies.`,
    ]);
  });

  it('an unknown field is named and ignored; the rest is kept', () => {
    expect(parse({ checkout: { sampel: 0.5, comment: false } })).toEqual({
      rules: { checkout: { comment: false } },
      warnings: ['config.steps.checkout.sampel: unknown rule (did you mean "sample"?), ignored.'],
    });
  });

  it('an unknown field far from any rule lists the rules', () => {
    expect(parse({ checkout: { colour: 'red' } }).warnings).toEqual([
      'config.steps.checkout.colour: unknown rule (one of question, instrument, emotions, comment, sample, delayMs, reaskAfterDays, contact, recovery), ignored.',
    ]);
  });

  it('leaves a step’s recovery to the optional checks (instance/optional-checks.ts): not kept, not warned about', () => {
    const { rules, warnings } = parse({ checkout: { recovery: { link: 'javascript:alert(1)' }, sample: 0.5 } });
    expect(rules).toEqual({ checkout: { sample: 0.5 } });
    expect(warnings).toEqual([]);
  });

  it('one bad step does not affect another', () => {
    const { rules, warnings } = parse({ checkout: { sample: 2 }, returns: { instrument: 'effort' } });
    expect(rules).toEqual({ checkout: {}, returns: { instrument: 'effort' } });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^config\.steps\.checkout\.sample: /);
  });

  it('reports each bad field of one step', () => {
    const { rules, warnings } = parse({ checkout: { sample: 2, delayMs: -5, instrument: 'effort' } });
    expect(rules).toEqual({ checkout: { instrument: 'effort' } });
    expect(warnings.map((w) => w.split(':')[0])).toEqual([
      'config.steps.checkout.sample',
      'config.steps.checkout.delayMs',
    ]);
  });

  it('an empty step is fine', () => {
    expect(parse({ checkout: {} })).toEqual({ rules: { checkout: {} }, warnings: [] });
  });
});
