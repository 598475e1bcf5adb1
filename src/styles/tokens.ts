/**
 * The public theming contract: every token is a stable `--feelback-*` CSS variable. A site sets
 * them on the `feelback-widget` element (host rules beat `:host` defaults) or through `theme`.
 */
export const themeTokens = {
  brand: 'brand',
  onBrand: 'on-brand',
  background: 'background',
  text: 'text',
  muted: 'muted',
  border: 'border',
  focus: 'focus',
  radius: 'radius',
  fontFamily: 'font-family',
  fontSize: 'font-size',
  space: 'space',
  shadow: 'shadow',
  zIndex: 'z-index',
} as const;
