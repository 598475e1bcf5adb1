import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { enScales } from '../../../src/i18n/en-scales.ts';
import type { Instrument } from '../../../src/shared/instruments.ts';
import { PARTS } from '../../../src/ui/prompt-parts.ts';
import { Rating } from '../../../src/ui/Rating.tsx';
import { createScale } from '../../../src/ui/scale.ts';

/** The scales other than feeling's are drawn by their own file, as the prompt draws them once it is here. */
const scale = createScale(null, PARTS);

let container: HTMLElement | undefined;

afterEach(() => {
  if (container) render(null, container);
  container = undefined;
});

function show(instrument: Instrument, rating?: number) {
  container = document.body.appendChild(document.createElement('div'));
  const onRate = vi.fn();
  render(
    <Rating
      instrument={instrument}
      question="How was it?"
      strings={en}
      rating={rating}
      onRate={onRate}
      scale={instrument === 'feeling' ? undefined : scale}
    />,
    container,
  );
  const root = container;
  const radios = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
  return { root, radios, onRate };
}

describe('Rating', () => {
  it('feeling: five face radios named by the feeling words, no end labels', () => {
    const { root, radios } = show('feeling');
    expect(radios.map((r) => [r.value, r.getAttribute('aria-label')])).toEqual(
      en.ratings.map((label, i) => [`${i + 1}`, label]),
    );
    expect(root.querySelector('[aria-hidden="true"] span')).toBeNull();
  });

  it('effort: seven radios 1–7, each named by the number it shows and its words, Strongly disagree to Strongly agree', () => {
    const { radios } = show('effort');
    expect(radios.map((r) => [r.name, r.value, r.getAttribute('aria-label')])).toEqual(
      enScales.effortLabels.map((label, i) => ['rating', `${i + 1}`, `${i + 1} – ${label}`]),
    );
    expect(radios).toHaveLength(7);
    expect(radios[0]?.getAttribute('aria-label')).toBe('1 – Strongly disagree');
    expect(radios[6]?.getAttribute('aria-label')).toBe('7 – Strongly agree');
  });

  it('effort: each point shows its number', () => {
    const { radios } = show('effort');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('effort: the end words are shown but hidden from assistive technology', () => {
    const { root } = show('effort');
    const ends = root.querySelector('[aria-hidden="true"]');
    expect(Array.from(ends?.querySelectorAll('span') ?? [], (s) => s.textContent)).toEqual([
      'Strongly disagree',
      'Strongly agree',
    ]);
    expect(ends?.querySelector('input')).toBeNull();
  });

  it('satisfaction: five radios named 1 – Very dissatisfied to 5 – Very satisfied, ends hidden', () => {
    const { root, radios } = show('satisfaction');
    expect(radios.map((r) => [r.value, r.getAttribute('aria-label')])).toEqual(
      enScales.satisfactionLabels.map((label, i) => [`${i + 1}`, `${i + 1} – ${label}`]),
    );
    expect(Array.from(root.querySelectorAll('[aria-hidden="true"] span'), (s) => s.textContent)).toEqual([
      'Very dissatisfied',
      'Very satisfied',
    ]);
  });

  it('recommend: eleven radios 0–10 in one group, each showing its number, the ends also named by their words', () => {
    const { root, radios } = show('recommend');
    expect(radios.map((r) => [r.name, r.value])).toEqual(Array.from({ length: 11 }, (_, n) => ['rating', `${n}`]));
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(Array.from({ length: 11 }, (_, n) => `${n}`));
    expect(radios.map((r) => r.getAttribute('aria-label'))).toEqual([
      '0 – Not at all likely',
      ...Array.from({ length: 9 }, (_, n) => `${n + 1}`),
      '10 – Extremely likely',
    ]);
    expect(Array.from(root.querySelectorAll('[aria-hidden="true"] span'), (s) => s.textContent)).toEqual([
      'Not at all likely',
      'Extremely likely',
    ]);
  });

  it('recommend: 0 is a rating like any other, chosen and reported', () => {
    const { radios, onRate } = show('recommend', 0);
    expect(radios.filter((r) => r.checked).map((r) => r.value)).toEqual(['0']);
    radios[10]?.click();
    expect(onRate).toHaveBeenCalledWith(10);
  });

  it('the question is the group’s legend', () => {
    const { root } = show('effort');
    expect(root.querySelector('fieldset > legend')?.textContent).toBe('How was it?');
    expect(root.querySelector('legend')?.id).toBe('fb-q');
  });

  it('checks the chosen point and reports a pick as a number', () => {
    const { radios, onRate } = show('effort', 6);
    expect(radios.filter((r) => r.checked).map((r) => r.value)).toEqual(['6']);
    radios[1]?.click();
    expect(onRate).toHaveBeenCalledWith(2);
  });
});
