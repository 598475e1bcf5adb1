import { h } from 'preact';
import { sr } from '../styles/shared.css.js';
import { Face } from './icons.js';
import { faces, option } from './prompt.css.js';

export interface FaceScaleProps {
  question: string;
  /** Accessible names, most negative first. */
  labels: readonly string[];
  rating: number | undefined;
  onRate(rating: number): void;
}

/**
 * Five native radios: the APG radio group keyboard model for free (Tab in, arrows move and
 * select). Choosing a face never submits, since arrow keys select as they move (WCAG 3.2.2).
 */
export function FaceScale({ question, labels, rating, onRate }: FaceScaleProps) {
  return (
    <fieldset>
      <legend id="fb-q">{question}</legend>
      <div class={faces}>
        {labels.map((label, index) => (
          <label key={label} class={option}>
            <input
              type="radio"
              name="rating"
              value={index + 1}
              checked={rating === index + 1}
              onChange={() => onRate(index + 1)}
            />
            <Face rating={index + 1} />
            <span class={sr}>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
