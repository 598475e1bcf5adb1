import { EMOTIONS } from './emotions.js';

/** A site's replacement texts for one language, by name: a text, a list of texts, or texts by key. */
export type StringOverrides = Record<string, string | string[] | Record<string, string>>;

/** The `{placeholders}` a text needs; for plural forms, those of `other` (the form with a number). */
const placeholders = (value: unknown): string[] =>
  String(typeof value === 'object' && value && 'other' in value ? value.other : value).match(/\{\w+\}/g) ?? [];

/** What is wrong with `value` as a replacement for the `fallback` text, if anything. */
export function problem(fallback: unknown, value: unknown): string | undefined {
  if (fallback === undefined) return 'is not a text of the widget; ignored';
  const list = Array.isArray(fallback);
  if (typeof value !== typeof fallback || Array.isArray(value) !== list)
    return 'has the wrong shape; the default is used';
  if (list && (value as unknown[]).length !== fallback.length) {
    return `expected ${fallback.length} texts; the default is used`;
  }
  if (typeof value === 'object' && 'other' in (fallback as object) && !('other' in (value as object))) {
    return 'expected an "other" form; the default is used';
  }
  const needed = placeholders(fallback).filter((name) => !placeholders(value).includes(name));
  if (needed.length) return `expected the placeholder ${needed.join(', ')}; the default is used`;
}

/**
 * The site's replacement texts over a language's own. A replacement that would break the
 * widget (a missing `{count}`, a wrong number of face labels) gives way to the default, with one
 * warning naming the key. Emotion labels are merged word by word; everything else is replaced.
 */
export function mergeStrings<T extends object>(
  base: T,
  overrides: StringOverrides | undefined,
  warn: (key: string, problem: string) => void,
): T {
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    // Own texts only: `constructor` is not a text of the widget.
    const fallback = Object.hasOwn(merged, key) ? merged[key] : undefined;
    // A name the text does not have (a misspelt emotion word, a plural form this language does
    // not use) would be ignored without a word. The emotion words' defaults come with their own
    // file, so their names are checked against the words there are.
    const names = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
    const known = key === 'emotions' ? Object.values(EMOTIONS).flat() : Object.keys(Object(fallback));
    const unknown = names.filter((name) => !known.includes(name as never));
    const wrong =
      problem(fallback, value) ?? (unknown.length ? `has no ${unknown.join(', ')}; the default is used` : undefined);
    if (wrong) warn(key, wrong);
    else merged[key] = key === 'emotions' ? { ...(fallback as object), ...(value as object) } : value;
  }
  return merged as T;
}
