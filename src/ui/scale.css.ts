import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '../styles/theme.css.js';

/** Numbered options of an agreement or satisfaction scale, sharing the row evenly. */
export const scale = style({ display: 'grid', gridAutoFlow: 'column', gridAutoColumns: '1fr', gap: '.25em' }, 'scale');
globalStyle(`${scale} input+span`, {
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

/** "Don't ask me again": quiet, but a full-size target. */
export const quiet = style(
  { color: vars.muted, textDecoration: 'underline', fontSize: '.875em', paddingInline: 0 },
  'quiet',
);
