import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from './theme.css.js';

// Element selectors are safe here: these sheets only ever apply inside our shadow root.
globalStyle('*', { boxSizing: 'border-box' });

globalStyle('fieldset', { border: 0, margin: 0, padding: 0, minInlineSize: 0, flex: 1 });

globalStyle('legend, label', { display: 'block', padding: 0, marginBlockEnd: '.5em' });

globalStyle('button', {
  font: 'inherit',
  color: 'inherit',
  background: 'none',
  cursor: 'pointer',
  border: 0,
  borderRadius: vars.buttonRadius,
  // A 44 px target at least, growing with the shopper's text size.
  minBlockSize: 'max(44px, 2.75em)',
  minInlineSize: 'max(44px, 2.75em)',
});

/** Present for screen readers, invisible on screen. */
export const sr = style(
  {
    position: 'absolute',
    inlineSize: '1px',
    blockSize: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  'sr',
);
