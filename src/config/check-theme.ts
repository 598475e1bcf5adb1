import { isRecord, isText } from '../shared/checks.js';
import { COLOR_SCHEMES, type ColorScheme, PLACEMENTS, type Placement, type ThemeOverrides } from './config.js';
import type { Note } from './problems.js';
import {
  BUTTON_STYLES,
  THEME_TOKENS,
  THEME_VALUE_MAX,
  type ThemeToken,
  tokenCss,
  tokenProperty,
} from './theme-tokens.js';

export const isPlacement = (value: unknown): value is Placement =>
  PLACEMENTS.includes(value as 'sheet') ||
  (isRecord(value) && Object.keys(value).join() === 'inline' && isText(value.inline, 500));

export const isColorScheme = (value: unknown): value is ColorScheme => COLOR_SCHEMES.includes(value as 'auto');

/**
 * CSS that could make the widget fetch something or read another value: `url()`, `image-set()`
 * and the like fetch; `var()` passes `CSS.supports` for any property whatever it holds (even
 * `var(--x, url(…))`); a backslash can spell any of them in an escape (`u\72l(`).
 */
const UNSAFE_CSS = /\\|(?:url|var|env|attr|src|element|paint|cross-fade|image|image-set)\(/i;

type Supports = ((property: string, value: string) => boolean) | undefined;

/**
 * Keeps the theme values the browser accepts for their token's kind of CSS property, in the
 * light palette and in `dark`; each other one is noted (its warning suggests the fix when a `#`
 * or a `px` would do: `1F6F4A` → `#1F6F4A`, `18` → `18px`) and the default stays, as does an
 * unknown token's. `supports` is `CSS.supports`, absent on servers.
 */
export function checkTheme(
  theme: Record<string, unknown>,
  supports: Supports,
  note: Note,
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
        : !supports ||
          // As written too: a weight over 1000 passes inside max() only. Not a CSS-wide keyword
          // (`inherit`, `initial`…: all `all` takes), valid anywhere, it voids the rules using it.
          // `radius` is halved and repeated in the widget's CSS: one length only, as padding-top takes.
          (supports(property, text) &&
            supports(property, tokenCss(token, text)) &&
            !supports('all', text) &&
            (token !== 'radius' || supports('padding-top', text)));
    // The dark palette is checked like the top level, once.
    if (key === 'dark' && at === 'config.theme') {
      if (isRecord(value)) kept.dark = checkTheme(value, supports, note, where);
      else note(['dark', where]);
    } else if (!THEME_TOKENS.includes(token)) note(['token', where, key]);
    else if (!isText(value, THEME_VALUE_MAX)) note(['cssText', where]);
    else if (UNSAFE_CSS.test(value)) note(['unsafe', where, value]);
    else if (!valid(value)) note(['css', where, value, token, valid]);
    else kept[key] = value;
  }
  return kept;
}
