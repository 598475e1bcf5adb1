// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../../src/i18n/resolve-locale.ts';

describe('resolveLocale', () => {
  it.each<[string, Array<string | null | undefined>, string]>([
    ['canonicalises the first candidate', ['de-de', 'fr'], 'de-DE'],
    ['keeps a canonical tag', ['en-GB'], 'en-GB'],
    ['skips an invalid tag', ['not a locale!', 'fr-ca'], 'fr-CA'],
    ['skips an underscore tag', ['en_US', 'nl'], 'nl'],
    ['skips an empty candidate', ['', 'es-mx'], 'es-MX'],
    ['skips null and undefined', [null, undefined, 'it'], 'it'],
    ['falls back to en when nothing is valid', ['', 'x!', null], 'en'],
    ['falls back to en without candidates', [], 'en'],
  ])('%s', (_name, candidates, expected) => {
    expect(resolveLocale(...candidates)).toBe(expected);
  });
});
