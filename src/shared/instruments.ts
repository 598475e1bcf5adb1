/**
 * The scales a step can ask on. Each answer carries its instrument and bounds, so answers from
 * different scales are never averaged together by mistake.
 */
export const INSTRUMENTS = {
  /** Five faces, very unhappy to very happy. */
  feeling: { min: 1, max: 5 },
  /** Customer Effort Score: a statement on a 7-point disagree–agree scale. */
  effort: { min: 1, max: 7 },
  /** CSAT: very dissatisfied to very satisfied. */
  satisfaction: { min: 1, max: 5 },
} as const;

export type Instrument = keyof typeof INSTRUMENTS;

export const INSTRUMENT_NAMES = Object.keys(INSTRUMENTS) as Instrument[];

/** Negative below the middle of the scale, positive above it: picks the follow-up words. */
export function valence(instrument: Instrument, rating: number): 'negative' | 'neutral' | 'positive' {
  const { min, max } = INSTRUMENTS[instrument];
  const middle = (min + max) / 2;
  return rating < middle ? 'negative' : rating > middle ? 'positive' : 'neutral';
}
