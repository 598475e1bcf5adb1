import { h } from 'preact';
import type { Strings } from '../i18n/en.js';
import { INSTRUMENTS, type Instrument } from '../shared/instruments.js';
import { Choices } from './Choices.js';
import { Face } from './icons.js';
import { faces } from './prompt.css.js';
import { ends, scale } from './scale.css.js';

export interface RatingProps {
  instrument: Instrument;
  question: string;
  strings: Strings;
  rating: number | undefined;
  onRate(rating: number): void;
}

/** The accessible name of each point of an instrument's scale, lowest first. */
const labelsOf = (instrument: Instrument, strings: Strings) =>
  instrument === 'effort'
    ? strings.effortLabels
    : instrument === 'satisfaction'
      ? strings.satisfactionLabels
      : strings.ratings;

/**
 * The question and its scale: five faces for feeling, numbered points with named ends for
 * effort (7) and satisfaction (5). Native radios either way, so arrows move and never submit.
 */
export function Rating({ instrument, question, strings, rating, onRate }: RatingProps) {
  const labels = labelsOf(instrument, strings);
  const { min } = INSTRUMENTS[instrument];
  const isFeeling = instrument === 'feeling';
  return (
    <Choices
      legend={question}
      legendId="fb-q"
      class={isFeeling ? faces : scale}
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
          <span>{labels[0]}</span>
          <span>{labels[labels.length - 1]}</span>
        </div>
      )}
    </Choices>
  );
}
