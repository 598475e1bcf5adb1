/**
 * The public theming contract. Each token is a stable CSS variable, `--feelback-<kebab-name>`
 * (`onBrand` → `--feelback-on-brand`), which a site may set on the `feelback-widget` element
 * (host rules beat our `:host` defaults) or pass as `theme` config.
 */
export const THEME_TOKENS = [
  'brand',
  'onBrand',
  'background',
  'text',
  'muted',
  'border',
  'focus',
  'radius',
  'fontFamily',
  'fontSize',
  'space',
  'shadow',
  'zIndex',
  'faceFill',
] as const;

export type ThemeToken = (typeof THEME_TOKENS)[number];

/** The CSS property each non-colour token is checked against; every other token is a colour. */
export const TOKEN_PROPERTY: Partial<Record<ThemeToken, string>> = {
  radius: 'border-radius',
  fontFamily: 'font-family',
  fontSize: 'font-size',
  space: 'padding',
  shadow: 'box-shadow',
  zIndex: 'z-index',
};

export const cssName = (token: string) => token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
