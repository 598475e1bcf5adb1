// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { INSTRUMENT_NAMES, INSTRUMENTS, valence } from '../../../src/shared/instruments.ts';

describe('INSTRUMENTS', () => {
  it('are the three scales with their bounds', () => {
    expect(INSTRUMENT_NAMES).toEqual(['feeling', 'effort', 'satisfaction']);
    expect(INSTRUMENTS).toEqual({
      feeling: { min: 1, max: 5 },
      effort: { min: 1, max: 7 },
      satisfaction: { min: 1, max: 5 },
    });
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
});
