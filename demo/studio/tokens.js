/**
 * The theme tokens as the studio shows them, and the widget's own rules for their values
 * (src/config/theme-tokens.ts and check-theme.ts, mirrored; tests/unit/demo/tokens.test.ts keeps
 * the two in step): which are one scheme's palette, which CSS property each is checked against,
 * and the fix a field message suggests.
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
  fontWeight: 'a number, 100–900 (Send is 600 at least)',
  width: 'kept from 20em and 300 px to 32em',
};

export const isColour = (token) => PALETTE_TOKENS.includes(token) && token !== 'shadow';

const kebab = (token) => token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The CSS property a token's value is checked against, as the widget does. */
export const property = (token) =>
  token === 'shadow'
    ? 'box-shadow'
    : isColour(token)
      ? 'color'
      : /adius$/.test(token)
        ? 'border-radius'
        : token === 'space'
          ? 'padding'
          : kebab(token);

/** `width` and `fontWeight` go into max() in the widget's CSS: a keyword alone would void it. */
const css = (token, value) =>
  token === 'width' ? `max(${value},1px)` : token === 'fontWeight' ? `max(${value},1)` : value;

/** Anything that could fetch or read another value, which the widget refuses. */
const UNSAFE = /\\|(?:url|var|env|attr|src|element|paint|cross-fade|image|image-set)\(/i;

/** The longest theme value the widget takes (THEME_VALUE_MAX in src/config/theme-tokens.ts). */
export const VALUE_MAX = 200;

/**
 * Why the widget would refuse this value for the token, in the order src/config/check-theme.ts
 * checks: 'cssText' (not 1 to 200 characters), 'unsafe', 'css'; undefined when it keeps it.
 */
export function problemOf(token, value) {
  if (token === 'buttonStyle') return BUTTON_STYLES.includes(value) ? undefined : 'css';
  if (value.length < 1 || value.length > VALUE_MAX) return 'cssText';
  if (UNSAFE.test(value)) return 'unsafe';
  return CSS.supports(property(token), css(token, value)) ? undefined : 'css';
}

/** Whether the widget would keep this value for the token. */
export const isValid = (token, value) => problemOf(token, value) === undefined;

/**
 * The field message for a refused value: the widget's own case (src/config/messages.ts), and
 * the fix when a `#` or a `px` would do.
 */
export function messageFor(token, value) {
  const problem = problemOf(token, value);
  const fixed = problem === 'css' ? suggestion(token, value) : undefined;
  const what = {
    cssText: `Expected a CSS value as text of 1 to ${VALUE_MAX} characters (this one has ${value.length}).`,
    unsafe: 'Uses url(), var() or a function like them, which a theme may not.',
    css: `Not ${token === 'buttonStyle' ? '“filled” or “outline”' : `a valid CSS ${property(token)}`}${
      fixed ? `: did you mean ${fixed}?` : '.'
    }`,
  }[problem];
  return what && `${what} The widget would warn and keep the default.`;
}

/** The value with a `#` or a `px` that would be valid, as the widget's warning suggests; or undefined. */
export const suggestion = (token, value) =>
  token === 'buttonStyle' || UNSAFE.test(value)
    ? undefined
    : [`#${value}`, `${value}px`].find((fix) => isValid(token, fix));
