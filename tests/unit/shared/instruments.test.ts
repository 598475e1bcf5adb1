// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { INSTRUMENT_NAMES, INSTRUMENTS, LOW_RATING_MAX, valence } from '../../../src/shared/instruments.ts';

describe('INSTRUMENTS', () => {
  it('are the four scales with their bounds', () => {
    expect(INSTRUMENT_NAMES).toEqual(['feeling', 'effort', 'satisfaction', 'recommend']);
    expect(INSTRUMENTS).toEqual({
      feeling: { min: 1, max: 5 },
      effort: { min: 1, max: 7 },
      satisfaction: { min: 1, max: 5 },
      recommend: { min: 0, max: 10 },
    });
  });
});

describe('LOW_RATING_MAX', () => {
  it('counts the two lowest points of the agree and satisfied scales as low, and NPS detractors (0–6)', () => {
    expect(LOW_RATING_MAX).toEqual({ feeling: 2, effort: 2, satisfaction: 2, recommend: 6 });
  });
});

describe('valence', () => {
  const along = (instrument: keyof typeof INSTRUMENTS) => {
    const { min, max } = INSTRUMENTS[instrument];
    return Array.from({ length: max - min + 1 }, (_, i) => valence(instrument, min + i));
  };

  it('feeling: 1–2 negative, 3 neutral, 4–5 positive', () => {
    expect(along('feeling')).toEqual(['negative', 'negative', 'neutral', 'positive', 'positive']);
  });

  it('satisfaction: 1–2 negative, 3 neutral, 4–5 positive', () => {
    expect(along('satisfaction')).toEqual(['negative', 'negative', 'neutral', 'positive', 'positive']);
  });

  it('effort: 1–3 negative, 4 neutral, 5–7 positive', () => {
    expect(along('effort')).toEqual([
      'negative',
      'negative',
      'negative',
      'neutral',
      'positive',
      'positive',
      'positive',
    ]);
  });

  it('recommend (NPS): detractors 0–6 negative, passives 7–8 neutral, promoters 9–10 positive', () => {
    expect(along('recommend')).toEqual([...Array(7).fill('negative'), 'neutral', 'neutral', 'positive', 'positive']);
  });
});
