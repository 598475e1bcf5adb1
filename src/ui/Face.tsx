import { h } from 'preact';

/** Mouth shapes from most negative (1) to most positive (5). */
const MOUTHS = [
  'M8.5 17.5Q12 13.5 15.5 17.5',
  'M8.5 16.5Q12 14.5 15.5 16.5',
  'M8.5 15.5H15.5',
  'M8.5 14.5Q12 17 15.5 14.5',
  'M8 14Q12 19 16 14',
];

/** Drawn as SVG rather than emoji, so every shopper sees the same face on every platform. */
export function Face({ rating, class: className }: { rating: number; class?: string }) {
  return (
    <svg class={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="1.6" />
      <circle cx="9" cy="9.5" r="1.3" fill="currentColor" />
      <circle cx="15" cy="9.5" r="1.3" fill="currentColor" />
      <path d={MOUTHS[rating - 1]} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    </svg>
  );
}
