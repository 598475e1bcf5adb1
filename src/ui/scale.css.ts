import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '../styles/theme.css.js';

/* The styles of the scales other than feeling's faces, in the scale's own file (see scale.ts). */

/**
 * Numbered options of an agreement or satisfaction scale, sharing the row evenly. `minmax(0, 1fr)`
 * and no side padding keep seven points inside the question's column at 320 px (31 px each);
 * with `1fr` they overflowed under the close button, away from the end words below them.
 */
export const scale = style(
  { display: 'grid', gridAutoFlow: 'column', gridAutoColumns: 'minmax(0, 1fr)', gap: '.25em' },
  'scale',
);
globalStyle(`${scale} label input+span`, {
  textAlign: 'center',
  lineHeight: '2.625em',
  borderRadius: `calc(${vars.radius} / 3)`,
});

/**
 * Recommend's eleven points: one row where each can be 2em wide, else rows of six (0–5, 6–10),
 * so every target stays well above 24 px at 320 px (WCAG 2.5.8). The group is its container.
 */
export const wide = style(
  {
    gridAutoFlow: 'row',
    gridTemplateColumns: 'repeat(11, 1fr)',
    '@container': { '(max-width: 24.5em)': { gridTemplateColumns: 'repeat(6, 1fr)' } },
  },
  'wide',
);
globalStyle(`fieldset:has(> ${wide})`, { containerType: 'inline-size' });

/** The words at both ends of a scale, under its first and last option. */
export const ends = style(
  {
    display: 'flex',
    justifyContent: 'space-between',
    gap: '1em',
    fontSize: '.8125em',
    color: vars.muted,
    marginBlockStart: '.25em',
  },
  'ends',
);
// Wrapped words of the last end stay against that end; starting mid-row they read as the middle's.
globalStyle(`${ends} > :last-child`, { textAlign: 'end' });
