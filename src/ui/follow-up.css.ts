import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '../styles/theme.css.js';

/*
 * The follow-up's styles, in its own file (see follow-up.ts): the emotion words (each drawn as
 * the prompt's `pick`, as the scale's points are), the comment box, its hint and its counter.
 */

// A column, so the follow-up can be drawn above the scale without changing the reading order.
globalStyle('form', { display: 'flex', flexDirection: 'column' });

export const chips = style({ display: 'flex', flexWrap: 'wrap', gap: '.5em' }, 'chips');
// At least 24 px tall (WCAG 2.5.8) even where a small `fontSize` would make 2.125em less.
globalStyle(`${chips} input+span`, {
  lineHeight: 'max(24px, 2.125em)',
  paddingInline: '.8em',
  borderRadius: vars.chipRadius,
});

export const hint = style({ display: 'block', fontSize: '.875em', color: vars.muted, marginBlockEnd: '.5em' }, 'hint');

globalStyle('textarea', {
  display: 'block',
  inlineSize: '100%',
  minBlockSize: '4.5em',
  font: 'inherit',
  color: 'inherit',
  background: 'inherit',
  border: `1px solid ${vars.border}`,
  borderRadius: vars.buttonRadius,
  padding: '.5em',
});

/**
 * Emotion words and the comment. In a corner or a sheet the card is anchored at the bottom of
 * the screen, so it grows upwards: drawn above the scale (the form is a column), they
 * leave the face the shopper just chose where it was. In a page slot the card grows down, in
 * reading order.
 */
export const followUp = style({ marginBlockStart: '1em' }, 'follow-up');
globalStyle(`:host(:not([data-placement=inline])) ${followUp}`, { order: -1, marginBlock: '0 1em' });
globalStyle(`${followUp} > fieldset + label`, { marginBlockStart: '1em' });
