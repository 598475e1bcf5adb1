// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { UI_LOCALES, uiLocale } from '../../../src/i18n/ui-locale.ts';

describe('uiLocale', () => {
  it.each([
    ['de', 'de', 'de'],
    ['de-AT', 'de', 'de-AT'],
    ['pt-BR', 'pt', 'pt-BR'],
    ['nb-NO', 'nb', 'nb-NO'],
    ['no', 'nb', 'nb'],
    ['nn-NO', 'nb', 'nb'],
    ['iw', 'he', 'he'],
    ['he-IL', 'he', 'he-IL'],
    ['ar-EG', 'ar', 'ar-EG'],
    ['zh-Hant-TW', 'en', 'en'],
    ['fa', 'en', 'en'],
    ['en-GB', 'en', 'en-GB'],
    ['not a tag!', 'en', 'en'],
    ['', 'en', 'en'],
  ])('shows %s in %s, with lang=%s on the widget', (tag, code, lang) => {
    expect(uiLocale(tag)).toMatchObject({ code, lang });
  });

  it('reads Arabic and Hebrew right to left, and every other language left to right', () => {
    const rtl = UI_LOCALES.filter((code) => uiLocale(code).dir === 'rtl');
    expect(rtl).toEqual(['ar', 'he']);
    expect(uiLocale('ar-SA').dir).toBe('rtl');
    // An unsupported right-to-left language shows English, which reads left to right.
    expect(uiLocale('fa-IR')).toEqual({ code: 'en', lang: 'en', dir: 'ltr' });
  });

  it('reads only its own aliases, never a polluted Object.prototype', () => {
    Object.assign(Object.prototype, { en: 'xx', fr: 'he' });
    try {
      expect([uiLocale('en-GB'), uiLocale('fr')]).toEqual([
        { code: 'en', lang: 'en-GB', dir: 'ltr' },
        { code: 'fr', lang: 'fr', dir: 'ltr' },
      ]);
    } finally {
      Reflect.deleteProperty(Object.prototype, 'en');
      Reflect.deleteProperty(Object.prototype, 'fr');
    }
  });

  it('ships every language the issue lists', () => {
    expect([...UI_LOCALES].sort()).toEqual(
      ['ar', 'da', 'de', 'en', 'es', 'fr', 'he', 'it', 'nb', 'nl', 'pl', 'pt', 'sv'].sort(),
    );
  });
});
