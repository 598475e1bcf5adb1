import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '../styles/theme.css.js';

/** The help card: its sentence, then its action (beside the close button, as the thanks is). */
export const card = style({ flex: 1, margin: 0 }, 'card');
globalStyle(`${card} > p`, { margin: 0 });

/** The help's one action (a link, a phone link or a button), drawn as the card's main button. */
export const action = style(
  {
    display: 'inline-flex',
    alignItems: 'center',
    minBlockSize: 'max(44px, 2.75em)',
    marginBlockStart: '.75em',
    paddingInline: '1.25em',
    // A button to the shopper, so shaped as the site's buttons are (Send, the comment box).
    borderRadius: vars.buttonRadius,
    background: vars.brand,
    color: vars.onBrand,
    fontWeight: 600,
    textDecoration: 'none',
  },
  'action',
);

/** "May we contact you about this?": a plain checkbox (24 px) beside its words. */
export const consent = style(
  { display: 'flex', alignItems: 'center', gap: '.5em', marginBlock: '1em .5em', cursor: 'pointer' },
  'consent',
);
// An input does not inherit the font: 1.5em of its own 13.33 px default would be 20 px.
globalStyle(`${consent} input`, { flex: 'none', font: 'inherit', inlineSize: '1.5em', blockSize: '1.5em', margin: 0 });

globalStyle('input[type=email]', {
  display: 'block',
  inlineSize: '100%',
  minBlockSize: 'max(44px, 2.75em)',
  font: 'inherit',
  color: 'inherit',
  background: 'inherit',
  border: `1px solid ${vars.border}`,
  borderRadius: vars.buttonRadius,
  paddingInline: '.5em',
});

/** How the address is used, under its label when there is no comment box whose hint says it. */
export const note = style({ display: 'block', fontSize: '.875em', color: vars.muted, marginBlockEnd: '.5em' }, 'note');

/** Said under the address when Send found it unusable; the field refers to it. */
export const problem = style({ display: 'block', marginBlockStart: '.25em', fontWeight: 600 }, 'problem');
