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
  /** Likelihood to recommend (the NPS question): 0 = not at all likely to 10 = extremely likely. */
  recommend: { min: 0, max: 10 },
} as const;

export type Instrument = keyof typeof INSTRUMENTS;

export const INSTRUMENT_NAMES = Object.keys(INSTRUMENTS) as Instrument[];

/**
 * The highest rating that counts as low on each scale: the two lowest faces, the two hardest
 * (effort) or least satisfied points, and NPS's detractors (0–6). Low answers are the ones help
 * and contact are offered after, and what the collector's insights call negative.
 */
export const LOW_RATING_MAX: Readonly<Record<Instrument, number>> = {
  feeling: 2,
  effort: 2,
  satisfaction: 2,
  recommend: 6,
};

/**
 * Negative below the middle of the scale, positive above it: picks the follow-up words. NPS reads
 * its own way: detractors (0–6) negative, passives (7–8) neutral, promoters (9–10) positive.
 */
export function valence(instrument: Instrument, rating: number): 'negative' | 'neutral' | 'positive' {
  const { min, max } = INSTRUMENTS[instrument];
  const middle = (min + max) / 2;
  const [below, above] = instrument === 'recommend' ? [7, 8] : [middle, middle];
  return rating < below ? 'negative' : rating > above ? 'positive' : 'neutral';
}
