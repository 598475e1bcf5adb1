import { isRecord, isText } from '../shared/checks.js';
import type { ColorScheme, Placement, ThemeOverrides } from './config.js';
import { didYouMean } from './near-key.js';
import { BUTTON_STYLES, THEME_TOKENS, type ThemeToken, tokenCss, tokenProperty } from './theme-tokens.js';

export const PLACEMENTS = ['bottom-right', 'bottom-left', 'sheet'] as const;

export const isPlacement = (value: unknown): value is Placement =>
  PLACEMENTS.includes(value as 'sheet') ||
  (isRecord(value) && Object.keys(value).join() === 'inline' && isText(value.inline, 500));

export const isColorScheme = (value: unknown): value is ColorScheme =>
  value === 'auto' || value === 'light' || value === 'dark';

/**
 * CSS that could make the widget fetch something or read another value: `url()`, `image-set()`
 * and the like fetch; `var()` passes `CSS.supports` for any property whatever it holds (even
 * `var(--x, url(…))`); a backslash can spell any of them in an escape (`u\72l(`).
 */
const UNSAFE_CSS = /\\|(?:url|var|env|attr|src|element|paint|cross-fade|image|image-set)\(/i;

type Supports = ((property: string, value: string) => boolean) | undefined;

/**
 * Keeps the theme values the browser accepts for their token's kind of CSS property, in the
 * light palette and in `dark`; each other one gets a warning naming it (with the fix when a `#`
 * or a `px` would do: `1F6F4A` → `#1F6F4A`, `18` → `18px`) and the default stays, as does an
 * unknown token's. `supports` is `CSS.supports`, absent on servers.
 */
export function checkTheme(
  theme: Record<string, unknown>,
  supports: Supports,
  warn: (message: string) => void,
  at = 'config.theme',
): ThemeOverrides {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(theme)) {
    const where = `${at}.${key}`;
    const token = key as ThemeToken;
    const property = tokenProperty(token);
    const valid = (text: string) =>
      token === 'buttonStyle'
        ? BUTTON_STYLES.includes(text as 'filled')
        : !supports || supports(property, tokenCss(token, text));
    // The dark palette is checked like the top level, once.
    if (key === 'dark' && at === 'config.theme') {
      if (isRecord(value)) kept.dark = checkTheme(value, supports, warn, where);
      else warn(`${where}: expected an object of theme tokens; ignored.`);
    } else if (!THEME_TOKENS.includes(token)) {
      warn(`${where}: not a theme token${didYouMean(key, THEME_TOKENS)} (${THEME_TOKENS.join(', ')}); ignored.`);
    } else if (!isText(value, 200)) {
      warn(`${where}: expected a CSS value as text of 1 to 200 characters; the default is kept.`);
    } else if (UNSAFE_CSS.test(value)) {
      warn(
        `${where}: "${value}" uses url(), var() or a function like them, which a theme may not; the default is kept.`,
      );
    } else if (!valid(value)) {
      const fix = token !== 'buttonStyle' && [`#${value}`, `${value}px`].find(valid);
      const expected = token === 'buttonStyle' ? '"filled" or "outline"' : `a valid CSS ${property}`;
      warn(`${where}: "${value}" is not ${expected}${fix ? ` (did you mean "${fix}"?)` : ''}; the default is kept.`);
    } else kept[key] = value;
  }
  return kept;
}
