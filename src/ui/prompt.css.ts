import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '../styles/theme.css.js';

// A column, so the follow-up can be drawn above the scale without changing the reading order.
globalStyle('form', { display: 'flex', flexDirection: 'column' });

export const row = style({ display: 'flex', alignItems: 'flex-start', gap: '.5em' }, 'row');

export const close = style({ color: vars.muted, marginBlockStart: '-.625em', marginInlineEnd: '-.625em' }, 'close');

export const faces = style({ display: 'flex', justifyContent: 'space-between' }, 'faces');

export const chips = style({ display: 'flex', flexWrap: 'wrap', gap: '.5em' }, 'chips');

/**
 * A face or an emotion word: the native radio or checkbox stays in the accessibility tree and
 * keyboard order, invisible over its picture (the next sibling), which shows its state.
 */
export const pick = style({ position: 'relative', margin: 0, cursor: 'pointer' }, 'pick');
globalStyle(`${pick} input`, { position: 'absolute', inset: 0, margin: 0, opacity: 0, cursor: 'pointer' });
globalStyle(`${pick} input+*`, { display: 'block', border: `1px solid ${vars.border}` });
globalStyle(`${pick} svg`, {
  inlineSize: '3em',
  padding: '.25em',
  borderRadius: '50%',
  color: vars.muted,
  borderColor: 'transparent',
});
// `faceFill` paints inside each face's outline.
globalStyle(`${pick} svg>circle:first-child`, { fill: vars.faceFill });
globalStyle(`${pick} input+span`, { lineHeight: '2.125em', paddingInline: '.8em', borderRadius: '1.125em' });
globalStyle(`${pick} :checked+svg`, { color: vars.brand, borderColor: 'currentColor' });
globalStyle(`${pick} :checked+span`, { background: vars.brand, color: vars.onBrand });

export const hint = style({ display: 'block', fontSize: '.875em', color: vars.muted, marginBlockEnd: '.5em' }, 'hint');

globalStyle('textarea', {
  display: 'block',
  inlineSize: '100%',
  minBlockSize: '4.5em',
  font: 'inherit',
  color: 'inherit',
  background: 'inherit',
  border: `1px solid ${vars.border}`,
  borderRadius: `calc(${vars.radius} / 2)`,
  padding: '.5em',
});

/**
 * Emotion words and the comment. In a corner or a sheet the card is anchored at the bottom of
 * the screen, so it grows upwards: drawn above the scale, they leave the face the shopper just
 * chose where it was. In a page slot the card grows down, in reading order.
 */
export const followUp = style({ marginBlockStart: '1em' }, 'follow-up');
globalStyle(`:host(:not([data-placement=inline])) ${followUp}`, { order: -1, marginBlock: '0 1em' });
globalStyle(`${followUp} > fieldset + label`, { marginBlockStart: '1em' });

/** The row under the scale: "Don't ask me again", then Send in its place, at one fixed height. */
export const actions = style({ display: 'flex', blockSize: 'max(44px, 2.75em)', marginBlockStart: '.5em' }, 'actions');

export const send = style(
  {
    marginInlineStart: 'auto',
    paddingInline: '1.25em',
    background: vars.brand,
    color: vars.onBrand,
  },
  'send',
);

globalStyle(`${send}, [data-focus]`, { fontWeight: 600 });

// Its focus ring shows like every other (after a keyboard Send, focus moves here).
export const thanks = style({ flex: 1, margin: 0 }, 'thanks');
