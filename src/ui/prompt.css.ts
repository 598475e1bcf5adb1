import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '../styles/theme.css.js';

export const row = style({ display: 'flex', alignItems: 'flex-start', gap: '.5em' });

export const close = style({ color: vars.muted, marginBlockStart: '-10px', marginInlineEnd: '-10px' });

export const faces = style({ display: 'flex', justifyContent: 'space-between' });

/** A native radio or checkbox stays in the accessibility tree and keyboard order; its sibling is the picture. */
export const option = style({ position: 'relative', margin: 0, cursor: 'pointer' });
export const chip = style({ position: 'relative', margin: 0, cursor: 'pointer' });
globalStyle(`${option} input, ${chip} input`, {
  position: 'absolute',
  inset: 0,
  margin: 0,
  opacity: 0,
  cursor: 'pointer',
});

globalStyle(`${option} svg`, {
  display: 'block',
  inlineSize: '48px',
  blockSize: '48px',
  padding: '4px',
  borderRadius: '50%',
  color: vars.muted,
  border: '2px solid transparent',
});
globalStyle(`${option}:hover svg`, { color: vars.text });
globalStyle(`${option} :checked+svg`, { color: vars.brand, borderColor: vars.brand });

export const chips = style({ display: 'flex', flexWrap: 'wrap', gap: '8px' });
globalStyle(`${chip} span`, {
  display: 'block',
  lineHeight: '34px',
  paddingInline: '.8em',
  borderRadius: '18px',
  border: `1px solid ${vars.border}`,
});
globalStyle(`${chip} :checked+span`, { background: vars.brand, color: vars.onBrand, borderColor: vars.brand });

export const hint = style({ display: 'block', fontSize: '.875em', color: vars.muted, marginBlockEnd: '.5em' });

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

export const actions = style({ display: 'flex', alignItems: 'center', gap: '.75em', marginBlockStart: '1em' });
globalStyle(`${actions} p`, { flex: 1, margin: 0, fontWeight: 600 });

export const send = style({
  marginInlineStart: 'auto',
  paddingInline: '1.25em',
  background: vars.brand,
  color: vars.onBrand,
  fontWeight: 600,
});

export const thanks = style({ flex: 1, margin: 0, fontWeight: 600, outline: 'none' });
