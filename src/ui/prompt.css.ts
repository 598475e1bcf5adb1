import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '../styles/theme.css.js';

export const row = style({ display: 'flex', alignItems: 'flex-start', gap: '.5em' }, 'row');

export const close = style({ color: vars.muted, marginBlockStart: '-10px', marginInlineEnd: '-10px' }, 'close');

export const faces = style({ display: 'flex', justifyContent: 'space-between' }, 'faces');

export const chips = style({ display: 'flex', flexWrap: 'wrap', gap: '8px' }, 'chips');

/**
 * A face or an emotion word: the native radio or checkbox stays in the accessibility tree and
 * keyboard order, invisible over its picture (the next sibling), which shows its state.
 */
export const pick = style({ position: 'relative', margin: 0, cursor: 'pointer' }, 'pick');
globalStyle(`${pick} input`, { position: 'absolute', inset: 0, margin: 0, opacity: 0, cursor: 'pointer' });
globalStyle(`${pick} input+*`, { display: 'block', border: `1px solid ${vars.border}` });
globalStyle(`${pick} svg`, {
  inlineSize: '48px',
  padding: '4px',
  borderRadius: '50%',
  color: vars.muted,
  borderColor: 'transparent',
});
// `faceFill` paints inside each face's outline.
globalStyle(`${pick} svg>circle:first-child`, { fill: vars.faceFill });
globalStyle(`${pick} input+span`, { lineHeight: '34px', paddingInline: '.8em', borderRadius: '18px' });
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

export const send = style(
  {
    display: 'block',
    marginBlockStart: '1em',
    marginInlineStart: 'auto',
    paddingInline: '1.25em',
    background: vars.brand,
    color: vars.onBrand,
  },
  'send',
);

globalStyle(`${send}, [data-focus]`, { fontWeight: 600 });

export const thanks = style({ flex: 1, margin: 0, outline: 'none' }, 'thanks');
