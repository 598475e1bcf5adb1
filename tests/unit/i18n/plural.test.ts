// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/i18n/plural.ts';

/** One form per category, each naming itself, so a test can see which one was picked. */
const forms = {
  zero: 'zero {count}',
  one: 'one {count}',
  two: 'two {count}',
  few: 'few {count}',
  many: 'many {count}',
  other: 'other {count}',
};
const category = (count: number, locale: string) => plural(forms, count, locale).split(' ')[0];

describe('plural', () => {
  it('uses one and other in English', () => {
    expect([0, 1, 2, 50].map((n) => category(n, 'en'))).toEqual(['other', 'one', 'other', 'other']);
  });

  it('uses all six Arabic categories', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => category(n, 'ar'))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'few',
      'many',
      'many',
      'other',
      'other',
    ]);
  });

  it('uses one, few and many in Polish', () => {
    expect([1, 2, 4, 5, 12, 21, 22, 25].map((n) => category(n, 'pl'))).toEqual([
      'one',
      'few',
      'few',
      'many',
      'many',
      'many',
      'few',
      'many',
    ]);
  });

  it('uses one, two and other in Hebrew', () => {
    expect([1, 2, 3, 20].map((n) => category(n, 'he'))).toEqual(['one', 'two', 'other', 'other']);
  });

  it('falls back to other when a category has no form', () => {
    expect(plural({ one: '{count} Zeichen', other: 'noch {count}' }, 3, 'pl')).toBe('noch 3');
  });

  it('writes the number the locale way', () => {
    expect(plural({ other: '{count} left' }, 1000, 'de')).toBe('1.000 left');
    expect(plural(forms, 5, 'ar')).toBe(`few ${(5).toLocaleString('ar')}`);
  });
});
