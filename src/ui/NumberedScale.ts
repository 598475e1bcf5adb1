import type { ComponentChild } from 'preact';
import { enScales, type ScaleStrings } from '../i18n/en-scales.js';
import { INSTRUMENTS } from '../shared/instruments.js';
import type { PromptParts } from './prompt-parts.js';
import type { RatingProps } from './Rating.js';
import { ends, scale, wide } from './scale.css.js';

/** Recommend's eleven points are named by their number, its two ends also by their words. */
const recommendLabels = ([least, most]: readonly string[]) =>
  Array.from({ length: 11 }, (_, n) => (n % 10 ? `${n}` : `${n} – ${n ? most : least}`));

/**
 * Numbered points with named ends: effort (7), satisfaction (5) and recommend (0–10, in two rows
 * where one would be too tight). Pure: props in, callbacks out (drawn with the prompt's `h` and
 * its `Choices`, as native radios: arrows move and never submit).
 */
export function NumberedScale({ h, Choices }: PromptParts, props: RatingProps): ComponentChild {
  const { instrument, rating, onRate } = props;
  const strings: ScaleStrings = { ...enScales, ...props.strings };
  const { min } = INSTRUMENTS[instrument];
  const isRecommend = instrument === 'recommend';
  const words =
    instrument === 'effort'
      ? strings.effortLabels
      : instrument === 'satisfaction'
        ? strings.satisfactionLabels
        : strings.recommendLabels;
  // Each point's name starts with the number it shows (WCAG 2.5.3: "choose 4" finds it by voice).
  const labels = isRecommend ? recommendLabels(words) : words.map((word, n) => `${n + min} – ${word}`);
  const [least, most] = [words[0], words[words.length - 1]];
  return h(
    Choices,
    {
      legend: props.question,
      legendId: 'fb-q',
      class: isRecommend ? `${scale} ${wide}` : scale,
      type: 'radio',
      name: 'rating',
      options: labels.map((label, index): [string, ComponentChild, string] => {
        const value = `${index + min}`;
        return [value, h('span', null, value), label];
      }),
      checked: (value) => rating === +value,
      onPick: (value) => onRate(+value),
      focusValue: `${rating ?? min}`,
    },
    // Each point has its own name; these words only show sighted shoppers which end is which.
    h('div', { class: ends, 'aria-hidden': 'true' }, h('span', null, least), h('span', null, most)),
  );
}
