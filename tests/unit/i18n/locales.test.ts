// @vitest-environment node
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMOTIONS, en, type LocaleStrings } from '../../../src/i18n/en.ts';
import { enHelp } from '../../../src/i18n/en-help.ts';
import { enScales } from '../../../src/i18n/en-scales.ts';
import { UI_LOCALES } from '../../../src/i18n/ui-locale.ts';

const CODES = UI_LOCALES.filter((code) => code !== 'en');
const locales = await Promise.all(
  CODES.map(
    async (code) =>
      [code, ((await import(`../../../src/i18n/locales/${code}.ts`)) as { default: LocaleStrings }).default] as const,
  ),
);

/** English: the prompt's texts, then the scales' and the help's. */
const english: LocaleStrings = { ...en, ...enScales, ...enHelp };

/** Every text of a set, by path (`ratings.2`, `charactersLeft.one`), in a fixed order. */
function texts(strings: LocaleStrings): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out[path] = value;
    else for (const [key, item] of Object.entries(value as object)) walk(item, path ? `${path}.${key}` : key);
  };
  walk(strings, '');
  return out;
}
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('locale files', () => {
  it('exist for every language but English, and only for those', () => {
    const files = readdirSync(new URL('../../../src/i18n/locales/', import.meta.url)).map((f) => f.replace('.ts', ''));
    expect(files.sort()).toEqual([...CODES].sort());
  });

  describe.each(locales)('%s', (code, strings) => {
    it('has exactly the keys of English, in its order (the files list values only, in that order)', () => {
      expect(Object.keys(strings)).toEqual(Object.keys(english));
    });

    it('has as many face, effort, satisfaction and recommend labels as English', () => {
      for (const key of ['ratings', 'effortLabels', 'satisfactionLabels', 'recommendLabels'] as const) {
        expect(strings[key], key).toHaveLength(english[key].length);
      }
    });

    it('labels every emotion word', () => {
      expect(Object.keys(strings.emotions).sort()).toEqual(Object.values(EMOTIONS).flat().sort());
    });

    it('has no empty or untrimmed text', () => {
      for (const [path, text] of Object.entries(texts(strings))) expect(text, path).toMatch(/^\S(.*\S)?$/s);
    });

    it('keeps the placeholders of English', () => {
      const own = texts(strings);
      for (const [path, text] of Object.entries(texts(english))) {
        if (path.startsWith('charactersLeft.')) continue;
        expect(placeholders(own[path] ?? ''), path).toEqual(placeholders(text));
      }
      // Plural forms: the general form has the number; one or two may say it in words.
      expect(placeholders(strings.charactersLeft.other)).toEqual(['{count}']);
      for (const form of Object.values(strings.charactersLeft)) {
        expect(
          placeholders(form).every((name) => name === '{count}'),
          form,
        ).toBe(true);
      }
    });

    it('has a plural form for every count the comment counter shows', () => {
      const rules = new Intl.PluralRules(code);
      const needed = new Set(Array.from({ length: 51 }, (_, n) => rules.select(n)));
      for (const category of needed) expect(strings.charactersLeft, category).toHaveProperty(category);
    });

    it('is translated, not copied: most texts differ from English', () => {
      const own = texts(english);
      const same = Object.entries(texts(strings)).filter(([path, text]) => own[path] === text);
      // A few words are the same in some languages ("Feedback", "Send", "Patience").
      expect(same.length, JSON.stringify(same)).toBeLessThanOrEqual(3);
    });
  });
});
