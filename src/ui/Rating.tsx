import { type ComponentChild, h } from 'preact';
import type { Strings } from '../i18n/en.js';
import type { ScaleStrings } from '../i18n/en-scales.js';
import type { Instrument } from '../shared/instruments.js';
import { Choices } from './Choices.js';
import { Face } from './icons.js';
import { faces } from './prompt.css.js';

export interface RatingProps {
  instrument: Instrument;
  question: string;
  /** The prompt's texts; a scale's own are there once its file is (see scale.ts). */
  strings: Strings & Partial<ScaleStrings>;
  rating: number | undefined;
  onRate(rating: number): void;
}

/** How a scale other than feeling's faces is drawn, by its own file (see scale.ts). */
export type ScaleView = (props: RatingProps) => ComponentChild;

/**
 * The question and its scale: five faces for feeling; the numbered points of effort,
 * satisfaction and recommend are drawn by `scale`, from the file only steps that ask on them
 * fetch. Native radios either way, so arrows move and never submit.
 */
export function Rating(props: RatingProps & { scale?: ScaleView | undefined }) {
  const { rating, onRate } = props;
  return props.scale ? (
    props.scale(props)
  ) : (
    <Choices
      legend={props.question}
      legendId="fb-q"
      class={faces}
      type="radio"
      name="rating"
      options={props.strings.ratings.map((label, index) => [`${index + 1}`, <Face rating={index + 1} />, label])}
      checked={(value) => rating === +value}
      onPick={(value) => onRate(+value)}
      focusValue={`${rating ?? 1}`}
    />
  );
}
