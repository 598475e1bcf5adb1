/**
 * The public theming contract. Each token is a stable CSS variable, `--feelback-<kebab-name>`
 * (`onBrand` → `--feelback-on-brand`), which a site may set on the `feelback-widget` element
 * (host rules beat our `:host` defaults) or pass as `theme` config. `buttonStyle` is a choice,
 * not a CSS value: it is set in `theme` only.
 */
export const THEME_TOKENS = [
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
] as const;

export type ThemeToken = (typeof THEME_TOKENS)[number];

/**
 * The shape and type tokens, which apply in both colour schemes; every other token (the colours
 * and the shadow) is one scheme's palette: the top-level ones are the light palette, `dark`'s the
 * dark one. A pattern rather than a list, so the prompt's file carries no list of tokens.
 */
export const SHARED_TOKEN = /^(radius|button|chip|font|space|width|zIndex)/;

/**
 * The CSS property a token's value is checked against: `color` for the colours, and for the rest
 * the property they set (`radius` → `border-radius`, `space` → `padding`, `fontSize` → `font-size`).
 */
export const tokenProperty = (token: ThemeToken): string =>
  token === 'shadow'
    ? 'box-shadow'
    : !SHARED_TOKEN.test(token)
      ? 'color'
      : /adius$/.test(token)
        ? 'border-radius'
        : token === 'space'
          ? 'padding'
          : cssName(token);

/**
 * What the browser must accept for a value to be kept: `width` and `fontWeight` go into `max()`
 * in the widget's CSS (bounds, and Send never lighter than semibold), so a keyword such as `auto`
 * or `bold`, valid on its own, would void the rule there.
 */
export const tokenCss = (token: ThemeToken, value: string): string =>
  token === 'width' ? `max(${value},1px)` : token === 'fontWeight' ? `max(${value},1)` : value;

/** The longest theme value, in characters. */
export const THEME_VALUE_MAX = 200;

/** The words `buttonStyle` takes. */
export const BUTTON_STYLES = ['filled', 'outline'] as const;

export const cssName = (token: string) => token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
