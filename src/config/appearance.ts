import * as z from 'zod/mini';
import { THEME_TOKENS, type ThemeToken, TOKEN_PROPERTY } from '../styles/tokens.js';
import { isText } from './checks.js';
import type { ThemeOverrides } from './schema.js';

/** Where the prompt shows: a corner card, a bottom sheet, or in flow inside a page element. */
export type Placement = 'bottom-right' | 'bottom-left' | 'sheet' | { inline: string };

export const PLACEMENTS = ['bottom-right', 'bottom-left', 'sheet'] as const;

export const isPlacement = (value: unknown): value is Placement =>
  PLACEMENTS.includes(value as 'sheet') ||
  (typeof value === 'object' &&
    value !== null &&
    Object.keys(value).join() === 'inline' &&
    typeof (value as { inline: unknown }).inline === 'string' &&
    (value as { inline: string }).inline.length > 0);

export const placementSchema = () =>
  z.custom<Placement>(isPlacement, 'expected "bottom-right", "bottom-left", "sheet" or { inline: "<CSS selector>" }');

export const colorSchemeSchema = () =>
  z.custom<'auto' | 'light' | 'dark'>(
    (value) => value === 'auto' || value === 'light' || value === 'dark',
    'expected "auto", "light" or "dark"',
  );

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
      warn(`${where}: not a theme token (${THEME_TOKENS.join(', ')}); ignored.`);
    } else if (!isText(value, 200)) {
      warn(`${where}: expected a CSS value as text of 1 to 200 characters; the default is kept.`);
    } else if (supports && !supports(property, value)) {
      warn(`${where}: "${value}" is not a valid CSS ${property}; the default is kept.`);
    } else kept[token as ThemeToken] = value;
  }
  return kept;
}
