import { h } from 'preact';
import type { Strings } from '../i18n/en.js';
import { INSTRUMENTS, type Instrument } from '../shared/instruments.js';
import { Choices } from './Choices.js';
import { Face } from './icons.js';
import { faces } from './prompt.css.js';
import { ends, scale, wide } from './scale.css.js';

export interface RatingProps {
  instrument: Instrument;
  question: string;
  strings: Strings;
  rating: number | undefined;
  onRate(rating: number): void;
}

/** Recommend's eleven points are named by their number, its two ends also by their words. */
const recommendLabels = ([least, most]: readonly string[]) =>
  Array.from({ length: 11 }, (_, n) => (n % 10 ? `${n}` : `${n} – ${n ? most : least}`));

/** The accessible name of each point of an instrument's scale, lowest first. */
const labelsOf = (instrument: Instrument, strings: Strings) =>
  instrument === 'effort'
    ? strings.effortLabels
    : instrument === 'satisfaction'
      ? strings.satisfactionLabels
      : instrument === 'recommend'
        ? recommendLabels(strings.recommendLabels)
        : strings.ratings;

/**
 * The question and its scale: five faces for feeling, numbered points with named ends for
 * effort (7), satisfaction (5) and recommend (0–10, in two rows where one would be too tight).
 * Native radios either way, so arrows move and never submit.
 */
export function Rating({ instrument, question, strings, rating, onRate }: RatingProps) {
  const labels = labelsOf(instrument, strings);
  const { min } = INSTRUMENTS[instrument];
  const isFeeling = instrument === 'feeling';
  const isRecommend = instrument === 'recommend';
  const [least, most] = isRecommend ? strings.recommendLabels : [labels[0], labels[labels.length - 1]];
  return (
    <Choices
      legend={question}
      legendId="fb-q"
      class={isFeeling ? faces : isRecommend ? `${scale} ${wide}` : scale}
      type="radio"
      name="rating"
      options={labels.map((label, index) => {
        const value = index + min;
        return [`${value}`, isFeeling ? <Face rating={value} /> : <span>{value}</span>, label];
      })}
      checked={(value) => rating === +value}
      onPick={(value) => onRate(+value)}
      focusValue={`${rating ?? min}`}
    >
      {!isFeeling && (
        // Each point has its own name; these words only show sighted shoppers which end is which.
        <div class={ends} aria-hidden="true">
          <span>{least}</span>
          <span>{most}</span>
        </div>
      )}
    </Choices>
  );
}
