// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { en, type LocaleStrings } from '../../../src/i18n/en.ts';
import { enHelp } from '../../../src/i18n/en-help.ts';
import { enScales } from '../../../src/i18n/en-scales.ts';
import { packLocale } from '../../../src/i18n/locale-layout.ts';
import ar from '../../../src/i18n/locales/ar.ts';
import de from '../../../src/i18n/locales/de.ts';
import { UI_LOCALES } from '../../../src/i18n/ui-locale.ts';
import { unpackLocale, unpackPart } from '../../../src/i18n/unpack-locale.ts';

const CODES = UI_LOCALES.filter((code) => code !== 'en');
const sources = await Promise.all(
  CODES.map(
    async (code) => ((await import(`../../../src/i18n/locales/${code}.ts`)) as { default: LocaleStrings }).default,
  ),
);
const pick = (strings: LocaleStrings, keys: string[]) =>
  Object.fromEntries(Object.entries(strings).filter(([key]) => keys.includes(key)));
/** What the prompt checks a language's files against: its English texts, and the scales' (from their file). */
const ENGLISH = { ...en, ...enScales };
const TEXT_KEYS = Object.keys(en);

describe('unpackLocale', () => {
  it.each(CODES.map((code, i) => [code, sources[i] as LocaleStrings]))('gives back %s as written', (_code, strings) => {
    expect(unpackLocale([packLocale(strings, 'texts')], 'feeling', ENGLISH)).toEqual(pick(strings, TEXT_KEYS));
    expect(unpackLocale([packLocale(strings, 'texts'), packLocale(strings, 'effort')], 'effort', ENGLISH)).toEqual(
      pick(strings, [...TEXT_KEYS, 'effortQuestion', 'effortLabels']),
    );
    expect(
      unpackLocale([packLocale(strings, 'texts'), packLocale(strings, 'satisfaction')], 'satisfaction', ENGLISH),
    ).toEqual(pick(strings, [...TEXT_KEYS, 'satisfactionQuestion', 'satisfactionLabels']));
    expect(
      unpackLocale([packLocale(strings, 'texts'), packLocale(strings, 'recommend')], 'recommend', ENGLISH),
    ).toEqual(pick(strings, [...TEXT_KEYS, 'recommendQuestion', 'recommendLabels']));
    // The help's file is read by the help, against English's help texts.
    expect(unpackPart(packLocale(strings, 'help'), enHelp)).toEqual(pick(strings, Object.keys(enHelp)));
  });

  it('a help file without its {phone}, or one text short, does not fit', () => {
    const help = packLocale(de, 'help');
    expect(() => unpackPart(help.slice(1), enHelp)).toThrow(`expected ${Object.keys(enHelp).length} texts`);
    const noPhone = help.map((text) => (text === de.helpPhone ? 'Rufen Sie uns an' : text));
    expect(() => unpackPart(noPhone, enHelp)).toThrow('helpPhone expected the placeholder {phone}');
  });

  it('keeps only the plural forms a language has', () => {
    expect(unpackLocale([packLocale(de, 'texts')], 'feeling', ENGLISH).charactersLeft).toEqual(de.charactersLeft);
    expect(Object.keys(unpackLocale([packLocale(ar, 'texts')], 'feeling', ENGLISH).charactersLeft ?? {})).toHaveLength(
      6,
    );
  });

  describe('rejects a file that does not fit, so the prompt shows in English', () => {
    const texts = () => packLocale(de, 'texts');
    const at = (key: string) => TEXT_KEYS.indexOf(key);
    const broken = (change: (values: ReturnType<typeof texts>) => void) => {
      const values = texts();
      change(values);
      return () => unpackLocale([values], 'feeling', ENGLISH);
    };

    it('with a text too few or too many (another version’s file)', () => {
      expect(broken((values) => values.pop())).toThrow(`expected ${TEXT_KEYS.length} texts`);
      expect(broken((values) => values.push('extra'))).toThrow(`expected ${TEXT_KEYS.length} texts`);
    });

    it('with a list where a text belongs, or a text where a list belongs', () => {
      expect(broken((values) => values.splice(at('send'), 1, ['Senden']))).toThrow('send has the wrong shape');
      expect(broken((values) => values.splice(at('ratings'), 1, 'Gut'))).toThrow('ratings has the wrong shape');
    });

    it('with a list of the wrong length', () => {
      expect(broken((values) => (values[at('ratings')] as string[]).pop())).toThrow('ratings expected 5 texts');
      expect(broken((values) => (values[at('emotions')] as string[]).pop())).toThrow('emotions expected 15 texts');
      expect(broken((values) => (values[at('charactersLeft')] as string[]).pop())).toThrow(
        'charactersLeft expected 6 texts',
      );
    });

    it('with a placeholder missing, or no general plural form', () => {
      expect(broken((values) => values.splice(at('promptAvailable'), 1, 'Umfrage unten'))).toThrow(
        'promptAvailable expected the placeholder {question}',
      );
      expect(broken((values) => ((values[at('charactersLeft')] as string[])[5] = ''))).toThrow(
        'charactersLeft expected an "other" form',
      );
    });

    it('with the scale’s file missing or of another scale', () => {
      expect(() => unpackLocale([texts()], 'effort', ENGLISH)).toThrow('expected 2 texts');
      expect(() => unpackLocale([texts(), packLocale(de, 'satisfaction')], 'effort', ENGLISH)).toThrow(
        'effortLabels expected 7 texts',
      );
    });
  });
});
