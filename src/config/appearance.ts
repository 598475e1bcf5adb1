import * as z from 'zod/mini';
import { type ThemeToken, TOKEN_PROPERTY } from '../styles/tokens.js';

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
 * one gets a warning and the default stays. `supports` is `CSS.supports`, absent on servers.
 */
export function checkTheme<T extends Partial<Record<ThemeToken, string>>>(
  theme: T,
  supports: ((property: string, value: string) => boolean) | undefined,
  warn: (message: string) => void,
): T {
  if (!supports) return theme;
  const kept: Record<string, string> = {};
  for (const [token, value] of Object.entries(theme) as Array<[ThemeToken, string]>) {
    const property = TOKEN_PROPERTY[token] ?? 'color';
    if (supports(property, value)) kept[token] = value;
    else warn(`config.theme.${token}: "${value}" is not a valid CSS ${property}; the default is kept.`);
  }
  return kept as T;
}
