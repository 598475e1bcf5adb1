// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { STEP_DEFAULTS, type StepRule } from '../../../src/config/check-steps.ts';
import { offersFor } from '../../../src/instance/offers.ts';

const rule = (fields: Partial<StepRule> = {}): StepRule => ({ ...STEP_DEFAULTS, ...fields });
const SITE = { action: 'link', to: 'https://shop.example/help' } as const;

describe('offersFor', () => {
  it('takes the site’s help, from the two lowest faces down (LOW_RATING_MAX)', () => {
    expect(offersFor(rule(), SITE, false, 'en-GB')).toEqual({
      help: { action: 'link', to: 'https://shop.example/help', label: undefined, threshold: 2 },
    });
  });

  it('the scale decides what is low: the two hardest for effort, detractors (0–6) for recommend', () => {
    expect(offersFor(rule({ instrument: 'effort' }), SITE, false, 'en').help?.threshold).toBe(2);
    expect(offersFor(rule({ instrument: 'recommend' }), SITE, false, 'en').help?.threshold).toBe(6);
  });

  it('a threshold of its own wins; false offers no help', () => {
    const own = { action: 'phone', to: '+44 20 7946 0000', threshold: 3 } as const;
    expect(offersFor(rule(), own, false, 'en').help).toEqual({ ...own, label: undefined });
    expect(offersFor(rule(), false, false, 'en')).toEqual({});
  });

  it('reads only the help’s own threshold and label, never a polluted Object.prototype', () => {
    Object.assign(Object.prototype, { threshold: 10, label: 'Win a prize' });
    try {
      expect(offersFor(rule(), SITE, false, 'en').help).toEqual({ ...SITE, label: undefined, threshold: 2 });
    } finally {
      Reflect.deleteProperty(Object.prototype, 'threshold');
      Reflect.deleteProperty(Object.prototype, 'label');
    }
  });

  it('the action’s text in the shopper’s language, as a step question picks it', () => {
    const recovery = { action: 'event', label: { en: 'Chat with Sam', de: 'Mit Sam chatten' } } as const;
    expect(offersFor(rule(), recovery, false, 'de-AT').help?.label).toBe('Mit Sam chatten');
    expect(offersFor(rule(), recovery, false, 'fr').help?.label).toBe('Chat with Sam');
  });

  it('the contact question, site-wide or per step, from the scale’s low answers down', () => {
    expect(offersFor(rule(), undefined, true, 'en')).toEqual({ contactUpTo: 2 });
    expect(offersFor(rule({ instrument: 'recommend', contact: true }), undefined, false, 'en')).toEqual({
      contactUpTo: 6,
    });
    expect(offersFor(rule({ contact: false }), undefined, true, 'en')).toEqual({});
  });
});
