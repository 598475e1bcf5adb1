import type { StringOverrides } from '../i18n/merge-strings.js';
import { UI_LOCALES, type UiLocale } from '../i18n/ui-locale.js';
import { isRecord, isText, isTexts } from '../shared/checks.js';
import type { Note } from './problems.js';

/** A replacement text: a text, a list of texts (face labels), or texts by name (plural forms, emotion words). */
const isOverride = (value: unknown) =>
  isText(value, 500) ||
  isTexts(value, 10, 200) ||
  (isRecord(value) && Object.entries(value).every(([key, item]) => /^[a-z]+$/.test(key) && isText(item, 200)));

/**
 * The site's replacement texts that have a usable shape, per language we ship. Each one that
 * does not is noted by name, and its default stays: a typo in one text must not switch
 * the widget off. Whether a text fits its key (placeholders, plural forms, the number of face
 * labels) is checked by the prompt, which knows the texts (i18n/merge-strings.ts).
 */
export function checkStrings(strings: Record<string, unknown>, note: Note): Partial<Record<UiLocale, StringOverrides>> {
  const kept: Partial<Record<UiLocale, StringOverrides>> = {};
  for (const [language, texts] of Object.entries(strings)) {
    const where = `config.strings.${language}`;
    if (!UI_LOCALES.includes(language as UiLocale) || !isRecord(texts)) note(['language', where]);
    else {
      const usable: StringOverrides = {};
      for (const [key, value] of Object.entries(texts)) {
        // Text names are plain words: never `__proto__` or another key with a meaning of its own.
        if (/^[a-zA-Z]+$/.test(key) && isOverride(value)) usable[key] = value as StringOverrides[string];
        else note(['text', `${where}.${key}`]);
      }
      kept[language as UiLocale] = usable;
    }
  }
  return kept;
}
