// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../../src/i18n/resolve-locale.ts';

describe('resolveLocale', () => {
  it.each<[string, Array<string | null | undefined>, string]>([
    ['canonicalises the first candidate', ['de-de', 'fr'], 'de-DE'],
    ['keeps a canonical tag', ['en-GB'], 'en-GB'],
    ['skips an invalid tag', ['not a locale!', 'fr-ca'], 'fr-CA'],
    // As servers often write it (Java, PHP, WordPress's get_locale()).
    ['reads an underscore tag as BCP 47', ['pt_BR', 'nl'], 'pt-BR'],
    ['skips an empty candidate', ['', 'es-mx'], 'es-MX'],
    ['skips null and undefined', [null, undefined, 'it'], 'it'],
    ['falls back to en when nothing is valid', ['', 'x!', null], 'en'],
    ['falls back to en without candidates', [], 'en'],
    ['drops a Unicode extension', ['de-DE-u-ca-gregory-co-phonebk-nu-latn'], 'de-DE'],
    ['drops private use', ['en-GB-x-shop-internal'], 'en-GB'],
    ['keeps script and variants', ['sr-Latn-RS', 'de-CH-1996'], 'sr-Latn-RS'],
    // 42 characters; an answer carries at most 35: whole subtags go, from the end.
    [
      'shortens a tag longer than an answer may carry',
      ['sl-Latn-IT-1994-alalc97-biske-fonipa-rozaj'],
      'sl-Latn-IT-1994-alalc97-biske',
    ],
  ])('%s', (_name, candidates, expected) => {
    expect(resolveLocale(...candidates)).toBe(expected);
  });
});
