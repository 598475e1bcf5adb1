import type { ThemeOverrides } from '../config/schema.js';
import { themeTokens } from './tokens.js';

/** A property whose syntax each token must satisfy, so a typo is caught instead of silently ignored. */
const SYNTAX: Record<keyof typeof themeTokens, string> = {
  brand: 'color',
  onBrand: 'color',
  background: 'color',
  text: 'color',
  muted: 'color',
  border: 'color',
  focus: 'color',
  radius: 'border-radius',
  fontFamily: 'font-family',
  fontSize: 'font-size',
  space: 'padding',
  shadow: 'box-shadow',
  zIndex: 'z-index',
};

/**
 * Sets the site's theme overrides as `--feelback-*` variables on the host element. A value that
 * is not valid CSS for its token is skipped (its default stays) and reported through `warn`.
 */
export function applyTheme(host: HTMLElement, theme: ThemeOverrides, warn: (message: string) => void): void {
  const supports = globalThis.CSS?.supports?.bind(globalThis.CSS);
  for (const [token, value] of Object.entries(theme) as Array<[keyof typeof themeTokens, string | undefined]>) {
    if (value === undefined || !(token in themeTokens)) continue;
    if (supports && !supports(SYNTAX[token], value)) {
      warn(
        `config.theme.${token}: ${JSON.stringify(value)} is not a valid ${SYNTAX[token]} value; the default is kept.`,
      );
      continue;
    }
    host.style.setProperty(`--feelback-${themeTokens[token]}`, value);
  }
}
