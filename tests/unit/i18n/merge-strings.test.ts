// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { mergeStrings } from '../../../src/i18n/merge-strings.ts';

const merge = (overrides: Record<string, unknown>) => {
  const warn = vi.fn();
  const strings = mergeStrings(en, overrides as never, warn);
  return { strings, warnings: warn.mock.calls.map(([key, problem]) => `${key} ${problem}`) };
};

describe('mergeStrings', () => {
  it('replaces the texts a site gives and keeps the rest', () => {
    const { strings, warnings } = merge({ thanks: 'Cheers!', send: 'Submit' });
    expect(strings).toEqual({ ...en, thanks: 'Cheers!', send: 'Submit' });
    expect(warnings).toEqual([]);
  });

  it('takes an inherited name such as constructor for what it is: not a text of the widget', () => {
    const { strings, warnings } = merge({ constructor: 'x', toString: 'y' });
    expect(strings).toEqual(en);
    expect(warnings).toEqual([
      'constructor is not a text of the widget; ignored',
      'toString is not a text of the widget; ignored',
    ]);
  });

  it('never changes the texts it was given', () => {
    merge({ thanks: 'Cheers!', emotions: { happy: 'Glad' } });
    expect(en.thanks).toBe('Thank you! Your answer helps us improve.');
    expect(en.emotions).toEqual({});
  });

  it('uses the default text when a replacement lacks its placeholder, and names the key', () => {
    const { strings, warnings } = merge({ promptAvailable: 'Survey below', thanks: 'Cheers!' });
    expect(strings.promptAvailable).toBe(en.promptAvailable);
    expect(strings.thanks).toBe('Cheers!');
    expect(warnings).toEqual(['promptAvailable expected the placeholder {question}; the default is used']);
  });

  it('takes plural forms whose other form keeps {count}', () => {
    const forms = { one: 'Just one character to go', other: '{count} to go' };
    expect(merge({ charactersLeft: forms }).strings.charactersLeft).toEqual(forms);
  });

  it('uses the default plural forms when other lacks {count} or is missing', () => {
    const lacking = merge({ charactersLeft: { one: '{count} left', other: 'a few left' } });
    expect(lacking.strings.charactersLeft).toBe(en.charactersLeft);
    expect(lacking.warnings).toEqual(['charactersLeft expected the placeholder {count}; the default is used']);
    const missing = merge({ charactersLeft: { one: '{count} left' } });
    expect(missing.strings.charactersLeft).toBe(en.charactersLeft);
    expect(missing.warnings).toEqual(['charactersLeft expected an "other" form; the default is used']);
  });

  it('merges emotion words one by one', () => {
    expect(merge({ emotions: { happy: 'Chuffed' } }).strings.emotions).toEqual({ happy: 'Chuffed' });
  });

  it('names a misspelt emotion word or a plural form the language does not use, and keeps the default', () => {
    const words = merge({ emotions: { frustrted: 'Fed up', happy: 'Chuffed' } });
    expect(words.strings.emotions).toBe(en.emotions);
    expect(words.warnings).toEqual(['emotions has no frustrted; the default is used']);
    const forms = merge({ charactersLeft: { one: '1 left', few: '{count} left', other: '{count} left' } });
    expect(forms.strings.charactersLeft).toBe(en.charactersLeft);
    expect(forms.warnings).toEqual(['charactersLeft has no few; the default is used']);
  });

  it('keeps the face labels unless exactly five are given', () => {
    const five = ['Awful', 'Bad', 'Okay', 'Good', 'Great'];
    expect(merge({ ratings: five }).strings.ratings).toEqual(five);
    const { strings, warnings } = merge({ ratings: ['Bad', 'Good'] });
    expect(strings.ratings).toBe(en.ratings);
    expect(warnings).toEqual(['ratings expected 5 texts; the default is used']);
  });

  it('keeps the default when the shape is wrong, and ignores names it does not know', () => {
    const { strings, warnings } = merge({ ratings: 'Good', thanks: ['Cheers'], thankz: 'Cheers!' });
    expect(strings).toEqual(en);
    expect(warnings).toEqual([
      'ratings has the wrong shape; the default is used',
      'thanks has the wrong shape; the default is used',
      'thankz is not a text of the widget; ignored',
    ]);
  });
});
