// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { STEP_DEFAULTS } from '../../../src/config/check-steps.ts';
import { questionFor, ruleFor } from '../../../src/journey/step-rules.ts';

describe('ruleFor', () => {
  it('an unknown step gets the defaults', () => {
    expect(ruleFor({}, 'anything')).toEqual(STEP_DEFAULTS);
    expect(STEP_DEFAULTS).toEqual({ instrument: 'feeling', emotions: true, comment: true, sample: 1, delayMs: 0 });
    // Present, so reading a rule never reaches a polluted Object.prototype.
    expect(Object.keys(STEP_DEFAULTS)).toEqual(expect.arrayContaining(['question', 'reaskAfterDays']));
  });

  it('a step’s own fields win over the defaults', () => {
    expect(ruleFor({ checkout: { sample: 0.1, instrument: 'satisfaction' } }, 'checkout')).toEqual({
      ...STEP_DEFAULTS,
      sample: 0.1,
      instrument: 'satisfaction',
    });
  });

  it('never reads inherited properties as a step', () => {
    expect(ruleFor({}, 'constructor')).toEqual(STEP_DEFAULTS);
    expect(ruleFor({}, 'toString')).toEqual(STEP_DEFAULTS);
  });
});

describe('questionFor', () => {
  const map = { en: 'How was it?', fr: 'Comment était-ce ?', 'fr-CA': 'C’était comment ?', de: 'Wie war es?' };

  it('plain text and undefined pass through', () => {
    expect(questionFor('Hi?', 'fr-FR')).toBe('Hi?');
    expect(questionFor(undefined, 'fr-FR')).toBeUndefined();
  });

  it('the exact locale first', () => {
    expect(questionFor(map, 'fr-CA')).toBe('C’était comment ?');
  });

  it('then its language', () => {
    expect(questionFor(map, 'fr-BE')).toBe('Comment était-ce ?');
    expect(questionFor(map, 'de-AT')).toBe('Wie war es?');
  });

  it('then English', () => {
    expect(questionFor(map, 'ja-JP')).toBe('How was it?');
  });

  it('then the first one given', () => {
    expect(questionFor({ de: 'Wie war es?', fr: 'Comment ?' }, 'ja')).toBe('Wie war es?');
  });
});
