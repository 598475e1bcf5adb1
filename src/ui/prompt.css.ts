import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '../styles/theme.css.js';

/**
 * Windows High Contrast: the system's colours replace backgrounds and shadows, which show a chosen
 * word or point and Send's shape, and keep the faces' own colours, which may then not contrast
 * with the system's card. System colours instead (WCAG 1.4.1, 1.4.11).
 */
const FORCED = '(forced-colors: active)';

export const row = style({ display: 'flex', alignItems: 'flex-start', gap: '.5em' }, 'row');

export const close = style({ color: vars.muted, marginBlockStart: '-.625em', marginInlineEnd: '-.625em' }, 'close');

export const faces = style({ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between' }, 'faces');
// In a slot narrower than five 44 px faces (an inline prompt in a sidebar, large text on a
// phone), they shrink rather than run out of the card (WCAG 1.4.10), to 24 px targets (2.5.8);
// narrower still, they wrap. Their padding shrinks with them, so the face stays drawn.
globalStyle(`${faces}>*`, { minInlineSize: '24px' });
globalStyle(`${faces} svg`, { maxInlineSize: '100%' });

/**
 * A face or an emotion word: the native radio or checkbox stays in the accessibility tree and
 * keyboard order, invisible over its picture (the next sibling), which shows its state.
 */
export const pick = style({ position: 'relative', margin: 0, cursor: 'pointer' }, 'pick');
globalStyle(`${pick} input`, { position: 'absolute', inset: 0, margin: 0, opacity: 0, cursor: 'pointer' });
globalStyle(`${pick} input+*`, { display: 'block', border: `1px solid ${vars.border}` });
// Every focus ring; an invisible radio or checkbox shows its on its picture (not on whatever
// follows another input, such as the e-mail field's error).
globalStyle(`:focus-visible, ${pick} input:focus-visible+*`, {
  outline: `3px solid ${vars.focus}`,
  outlineOffset: '2px',
});
globalStyle(`${pick} svg`, {
  // 44 px even where a small `fontSize` would make 3em less (WCAG 2.5.5).
  inlineSize: 'max(44px, 3em)',
  // Of the face's width where it is narrow: shrunk (see `faces`), it stays drawn.
  padding: 'min(.25em, 9%)',
  borderRadius: '50%',
  color: vars.muted,
  borderColor: 'transparent',
  '@media': { [FORCED]: { color: 'CanvasText' } },
});
// `faceFill` paints inside each face's outline.
globalStyle(`${pick} svg>circle:first-child`, { fill: vars.faceFill });
globalStyle(`${pick} :checked+svg`, {
  color: vars.brand,
  borderColor: 'currentColor',
  '@media': { [FORCED]: { color: 'Highlight' } },
});
// Not adjusted: the browser's own plate behind the text would hide HighlightText on a dark system.
globalStyle(`${pick} :checked+span`, {
  background: vars.brand,
  color: vars.onBrand,
  '@media': { [FORCED]: { forcedColorAdjust: 'none', background: 'Highlight', color: 'HighlightText' } },
});

/** The row under the scale: "Don't ask me again", then Send in its place, at one fixed height. */
export const actions = style({ display: 'flex', blockSize: 'max(44px, 2.75em)', marginBlockStart: '.5em' }, 'actions');

export const send = style(
  {
    marginInlineStart: 'auto',
    paddingInline: '1.25em',
    background: vars.brand,
    color: vars.onBrand,
    // A transparent border everywhere would stay transparent there: only in forced colours.
    '@media': { [FORCED]: { border: '1px solid' } },
  },
  'send',
);

// `buttonStyle: 'outline'` (the host's data-button): brand-coloured text in a brand outline.
globalStyle(`:host([data-button=outline]) ${send}`, {
  background: 'none',
  color: vars.brand,
  boxShadow: 'inset 0 0 0 2px',
});

// Semibold at least, and never lighter than the text (`fontWeight`).
globalStyle(`${send}, [data-focus]`, { fontWeight: `max(600, ${vars.fontWeight})` });

// Its focus ring shows like every other (after a keyboard Send, focus moves here).
export const thanks = style({ flex: 1, margin: 0 }, 'thanks');

/** "Don't ask me again": quiet, but a full-size target. */
export const quiet = style(
  { color: vars.muted, textDecoration: 'underline', fontSize: '.875em', paddingInline: 0 },
  'quiet',
);
