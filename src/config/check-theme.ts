import { isText } from '../shared/checks.js';
import type { ColorScheme, Placement, ThemeOverrides } from './config.js';
import { didYouMean } from './near-key.js';
import { THEME_TOKENS, type ThemeToken, TOKEN_PROPERTY } from './theme-tokens.js';

export const PLACEMENTS = ['bottom-right', 'bottom-left', 'sheet'] as const;

export const isPlacement = (value: unknown): value is Placement =>
  PLACEMENTS.includes(value as 'sheet') ||
  (typeof value === 'object' &&
    value !== null &&
    Object.keys(value).join() === 'inline' &&
    isText((value as { inline: unknown }).inline, 500));

export const isColorScheme = (value: unknown): value is ColorScheme =>
  value === 'auto' || value === 'light' || value === 'dark';

/**
 * CSS that could make the widget fetch something or read another value: `url()`, `image-set()`
 * and the like fetch; `var()` passes `CSS.supports` for any property whatever it holds (even
 * `var(--x, url(…))`); a backslash can spell any of them in an escape (`u\72l(`).
 */
const UNSAFE_CSS = /\\|(?:url|var|env|attr|src|element|paint|cross-fade|image|image-set)\(/i;

/**
 * Keeps the theme values the browser accepts for their token's kind of CSS property; each other
 * one gets a warning naming it and the default stays, as does an unknown token's. `supports` is
 * `CSS.supports`, absent on servers.
 */
export function checkTheme(
  theme: Record<string, unknown>,
  supports: ((property: string, value: string) => boolean) | undefined,
  warn: (message: string) => void,
): ThemeOverrides {
  const kept: ThemeOverrides = {};
  for (const [token, value] of Object.entries(theme)) {
    const where = `config.theme.${token}`;
    const property = TOKEN_PROPERTY[token as ThemeToken] ?? 'color';
    if (!THEME_TOKENS.includes(token as ThemeToken)) {
      warn(`${where}: not a theme token${didYouMean(token, THEME_TOKENS)} (${THEME_TOKENS.join(', ')}); ignored.`);
    } else if (!isText(value, 200)) {
      warn(`${where}: expected a CSS value as text of 1 to 200 characters; the default is kept.`);
    } else if (UNSAFE_CSS.test(value)) {
      warn(
        `${where}: "${value}" uses url(), var() or a function like them, which a theme may not; the default is kept.`,
      );
    } else if (supports && !supports(property, value)) {
      warn(`${where}: "${value}" is not a valid CSS ${property}; the default is kept.`);
    } else kept[token as ThemeToken] = value;
  }
  return kept;
}
