// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkStrings } from '../../../src/config/check-strings.ts';
import { noted } from '../support/noted.ts';

const LANGUAGES = 'en, de, fr, es, it, nl, pt, sv, da, nb, pl, ar, he';

function check(strings: Record<string, unknown>) {
  const { note, warnings } = noted();
  return { kept: checkStrings(strings, note), warnings: warnings() };
}

describe('checkStrings', () => {
  it('keeps texts, lists of texts and texts by name, per language', () => {
    const strings = {
      en: { thanks: 'Cheers!', ratings: ['Awful', 'Bad', 'Okay', 'Good', 'Great'] },
      de: {
        charactersLeft: { one: 'Noch ein Zeichen', other: 'Noch {count} Zeichen' },
        emotions: { happy: 'Fröhlich' },
      },
    };
    expect(check(strings)).toEqual({ kept: strings, warnings: [] });
  });

  it.each([
    ['a region instead of the language', 'de-DE'],
    ['a language we do not ship', 'fa'],
    ['a text name instead of a language', 'thanks'],
  ])('ignores %s with a warning naming it and listing the languages; the others apply', (_name, key) => {
    expect(check({ [key]: { thanks: 'x' }, de: { thanks: 'Danke!' } })).toEqual({
      kept: { de: { thanks: 'Danke!' } },
      warnings: [
        `config.strings.${key}: expected one of the widget's languages (${LANGUAGES}) mapped to texts by name; ignored.`,
      ],
    });
  });

  it('ignores a language whose texts are not named', () => {
    expect(check({ de: 'Danke!' })).toEqual({
      kept: {},
      warnings: [
        `config.strings.de: expected one of the widget's languages (${LANGUAGES}) mapped to texts by name; ignored.`,
      ],
    });
  });

  it.each([
    ['an empty text', ''],
    ['a number', 3],
    ['a text over 500 characters', 'x'.repeat(501)],
    ['a list over 10 texts', Array(11).fill('x')],
    ['a list with an empty text', ['a', '']],
    ['texts by name with a number', { one: 1 }],
    ['texts by name with a capitalised name', { One: 'x' }],
    ['null', null],
  ])('keeps the default for %s, with a warning naming the text; the other texts apply', (_name, value) => {
    expect(check({ fr: { thanks: value, question: 'Alors ?' } })).toEqual({
      kept: { fr: { question: 'Alors ?' } },
      warnings: ['config.strings.fr.thanks: expected a text, a list of texts, or texts by name; the default is used.'],
    });
  });

  it('never takes a key with a meaning of its own as a text name', () => {
    const { kept, warnings } = check(JSON.parse('{"en": {"__proto__": {"polluted": "x"}, "thank-you": "x"}}'));
    expect(kept).toEqual({ en: {} });
    expect(Object.getPrototypeOf(kept.en)).toBe(Object.prototype);
    expect(warnings).toHaveLength(2);
  });
});
