import { h } from 'preact';

const line = { fill: 'none', stroke: 'currentColor', 'stroke-width': 1.6, 'stroke-linecap': 'round' } as const;

/** Drawn as SVG rather than emoji, so every shopper sees the same face on every platform. */
export function Face({ rating }: { rating: number }) {
  // The mouth bends from a frown (1) through a straight line (3) to a smile (5).
  const bend = rating - 3;
  const corner = 15.5 - bend / 2;
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="12" cy="12" r="10" {...line} />
      <circle cx="9" cy="9.5" r="1.3" fill="currentColor" />
      <circle cx="15" cy="9.5" r="1.3" fill="currentColor" />
      <path d={`M8 ${corner}Q12 ${corner + bend * 2.5} 16 ${corner}`} {...line} />
    </svg>
  );
}

export function CloseIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path d="M5 5l10 10M15 5L5 15" {...line} stroke-width="2" />
    </svg>
  );
}

/** A chevron pointing up: the slim bar opens into the whole prompt. */
export function OpenIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path d="M5 12.5l5-5 5 5" {...line} stroke-width="2" />
    </svg>
  );
}
