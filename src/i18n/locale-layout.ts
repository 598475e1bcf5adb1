import { EMOTIONS } from './emotions.js';
import type { LocaleStrings } from './en.js';
import { LOCALE_PARTS, type LocalePart, type PackedTexts } from './locale-files.js';
import type { StringOverrides } from './merge-strings.js';

/*
 * A language file (see locale-files.ts) lists its texts' values in English's order, without their
 * names (they would be a fifth of its bytes); texts by name are listed in the order of their
 * names (see `slotsOf`), "" for a plural form the language does not have.
 */

/** `Intl.PluralRules` categories, in CLDR's order. */
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The part a text ships in: a part's own texts are named after it (`effortLabels`, `helpLink`), the rest are `texts`. */
export const partOf = (key: string): LocalePart =>
  LOCALE_PARTS.find((part) => part !== 'texts' && key.startsWith(part)) ?? 'texts';

/**
 * A site's replacement texts of those parts (the prompt's and its scale's, or the help's): each
 * is merged where its texts are, and one of a scale the prompt does not ask on is no mistake.
 */
export const overridesOf = (overrides: StringOverrides | undefined, parts: readonly LocalePart[]): StringOverrides =>
  Object.fromEntries(Object.entries(overrides ?? {}).filter(([key]) => parts.includes(partOf(key))));

/** The names, in listing order, of texts that are kept by name: emotion labels and plural forms. */
export const slotsOf = (key: string): readonly string[] | undefined =>
  key === 'emotions' ? Object.values(EMOTIONS).flat() : key === 'charactersLeft' ? PLURAL_CATEGORIES : undefined;

/**
 * One part of a language's texts as its file lists them (at build time, and by the npm loader),
 * copied: nothing downstream can change the module's own lists. Follows the source's order,
 * which tests/unit/i18n keeps equal to English's.
 */
export const packLocale = (strings: Partial<LocaleStrings>, part: LocalePart): PackedTexts =>
  Object.entries(strings)
    .filter(([key]) => partOf(key) === part)
    .map(([key, value]) => {
      if (typeof value === 'string') return value;
      if (Array.isArray(value)) return [...value];
      const named: Partial<Record<string, string>> = value;
      return (slotsOf(key) ?? []).map((slot) => named[slot] ?? '');
    });
