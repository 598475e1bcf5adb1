/**
 * The theme tokens as the studio shows them (src/config/theme-tokens.ts lists them;
 * tests/unit/config/theme-tokens.test.ts keeps the two in step): which are one scheme's palette,
 * and what each control is called. Whether a value is kept is the widget's own check's to say
 * (widget-check.js).
 */

/** One scheme's palette: the light values at the top of `theme`, the dark ones in `theme.dark`. */
export const PALETTE_TOKENS = [
  'brand',
  'onBrand',
  'background',
  'text',
  'muted',
  'border',
  'focus',
  'hover',
  'faceFill',
  'shadow',
];
/** Shape and type: the same in both schemes. */
export const SHARED_TOKENS = [
  'radius',
  'buttonRadius',
  'chipRadius',
  'buttonStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'space',
  'width',
  'zIndex',
];
export const TOKENS = [...PALETTE_TOKENS, ...SHARED_TOKENS];
export const BUTTON_STYLES = ['filled', 'outline'];

/** The controls' names; the contrast rows use the same ones. */
export const LABELS = {
  brand: 'Brand colour',
  onBrand: 'Button text',
  background: 'Background',
  text: 'Text',
  muted: 'Muted',
  border: 'Border',
  focus: 'Focus ring',
  hover: 'Hover',
  faceFill: 'Face fill',
  shadow: 'Shadow',
  radius: 'Card radius',
  buttonRadius: 'Button radius',
  chipRadius: 'Chip radius',
  buttonStyle: 'Button style',
  fontFamily: 'Font family',
  fontSize: 'Font size',
  fontWeight: 'Font weight',
  space: 'Spacing (padding)',
  width: 'Card width',
  zIndex: 'Stacking order (z-index)',
};

/** What each control changes, said under its name. */
export const HINTS = {
  onBrand: 'on the Send button and chosen words',
  muted: 'faces, hint, close, “Don’t ask me again”',
  hover: 'under the pointer: close, faces and words not chosen',
  faceFill: 'inside each face',
  buttonRadius: 'buttons and the comment box',
  chipRadius: 'the emotion words',
  fontWeight: 'a number, 1–1000 (Send is 600 at least)',
  width: 'kept from 20em and 300 px to 32em',
};

export const isColour = (token) => PALETTE_TOKENS.includes(token) && token !== 'shadow';
