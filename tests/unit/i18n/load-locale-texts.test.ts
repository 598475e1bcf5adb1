// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { loadBundledLocale } from '../../../src/i18n/load-bundled-locale.ts';
import { loadLocaleTexts } from '../../../src/i18n/load-locale-texts.ts';
import { localeFile, partsFor } from '../../../src/i18n/locale-files.ts';
import { packLocale } from '../../../src/i18n/locale-layout.ts';
import de from '../../../src/i18n/locales/de.ts';

describe('localeFile', () => {
  it('names the texts after the language and a scale’s own file after both', () => {
    expect([
      localeFile('de', 'texts'),
      localeFile('de', 'effort'),
      localeFile('ar', 'satisfaction'),
      localeFile('he', 'recommend'),
      localeFile('pl', 'help'),
    ]).toEqual(['de', 'de-effort', 'ar-satisfaction', 'he-recommend', 'pl-help']);
  });
});

describe('loadLocaleTexts', () => {
  it('loads only the texts file for the feeling scale', async () => {
    const load = vi.fn(loadBundledLocale);
    expect(await loadLocaleTexts(load, 'de', partsFor('feeling'))).toEqual([packLocale(de, 'texts')]);
    expect(load.mock.calls).toEqual([['de']]);
  });

  it('loads the texts and the scale’s own file, in that order, for every other scale', async () => {
    const load = vi.fn(loadBundledLocale);
    for (const scale of ['effort', 'satisfaction', 'recommend'] as const) {
      expect(await loadLocaleTexts(load, 'de', partsFor(scale))).toEqual([
        packLocale(de, 'texts'),
        packLocale(de, scale),
      ]);
    }
    expect(load.mock.calls).toEqual([['de'], ['de-effort'], ['de'], ['de-satisfaction'], ['de'], ['de-recommend']]);
  });

  it('loads the help part by itself, when a low answer needs it', async () => {
    const load = vi.fn(loadBundledLocale);
    expect(await loadLocaleTexts(load, 'de', ['help'])).toEqual([packLocale(de, 'help')]);
    expect(load.mock.calls).toEqual([['de-help']]);
  });

  it.each([
    ['an object', { question: 'Wie war es?' }],
    ['nothing', undefined],
    ['a number among the texts', ['Feedback', 3]],
    ['a list holding a list', [['Gut', ['Sehr gut']]]],
  ])('rejects a file whose default export is %s', async (_what, exported) => {
    const load = async (file: string) => (file === 'de' ? { default: exported } : loadBundledLocale(file));
    await expect(loadLocaleTexts(load, 'de', partsFor('effort'))).rejects.toThrow('expected a list of texts');
  });

  it('rejects when a file cannot load', async () => {
    const load = (file: string) => (file === 'de' ? loadBundledLocale(file) : Promise.reject(new Error('offline')));
    await expect(loadLocaleTexts(load, 'de', partsFor('effort'))).rejects.toThrow('offline');
  });
});
