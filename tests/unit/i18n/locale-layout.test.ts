// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMOTIONS, en, type Strings } from '../../../src/i18n/en.ts';
import { enHelp } from '../../../src/i18n/en-help.ts';
import { enScales } from '../../../src/i18n/en-scales.ts';
import { LOCALE_PARTS, partsFor } from '../../../src/i18n/locale-files.ts';
import { overridesOf, packLocale, partOf } from '../../../src/i18n/locale-layout.ts';
import de from '../../../src/i18n/locales/de.ts';
import pl from '../../../src/i18n/locales/pl.ts';

const ALL = { ...en, ...enScales, ...enHelp };
const keysOf = (part: string) => Object.keys(ALL).filter((key) => partOf(key) === part);

describe('the parts a language ships in', () => {
  it('put each scale’s own texts in its file, the help’s in its own, and everything else in the texts file', () => {
    expect(keysOf('effort')).toEqual(['effortQuestion', 'effortLabels']);
    expect(keysOf('satisfaction')).toEqual(['satisfactionQuestion', 'satisfactionLabels']);
    expect(keysOf('recommend')).toEqual(['recommendQuestion', 'recommendLabels']);
    expect(keysOf('help')).toEqual(Object.keys(enHelp));
    expect(keysOf('texts')).toEqual(Object.keys(en));
    // Feeling asks with the question and faces of the texts file.
    expect(keysOf('texts')).toEqual(expect.arrayContaining(['question', 'ratings']));
    expect(LOCALE_PARTS.flatMap(keysOf).sort()).toEqual(Object.keys(ALL).sort());
  });

  it('are loaded by what the step asks on: the texts, plus a scale’s own', () => {
    expect(partsFor('feeling')).toEqual(['texts']);
    expect(partsFor('effort')).toEqual(['texts', 'effort']);
    expect(partsFor('satisfaction')).toEqual(['texts', 'satisfaction']);
    expect(partsFor('recommend')).toEqual(['texts', 'recommend']);
  });

  it('keep a site’s replacements for each part apart, each merged where its texts are', () => {
    const overrides = { thanks: 'Cheers!', effortQuestion: 'Easy?', helpLink: 'Help me', helpPhone: 'Ring {phone}' };
    expect(overridesOf(overrides, ['texts'])).toEqual({ thanks: 'Cheers!' });
    expect(overridesOf(overrides, ['texts', 'effort'])).toEqual({ thanks: 'Cheers!', effortQuestion: 'Easy?' });
    expect(overridesOf(overrides, ['help'])).toEqual({ helpLink: 'Help me', helpPhone: 'Ring {phone}' });
    expect(overridesOf(undefined, ['help'])).toEqual({});
  });
});

describe('packLocale', () => {
  it('lists the values of a part in English’s order, without names', () => {
    expect(packLocale(de, 'effort')).toEqual([de.effortQuestion, de.effortLabels]);
    const texts = packLocale(de, 'texts');
    expect(texts).toHaveLength(keysOf('texts').length);
    expect(texts.slice(0, 3)).toEqual([de.region, de.question, de.ratings]);
    expect(JSON.stringify(texts)).not.toContain('"question"');
  });

  it('lists emotion labels in the order of EMOTIONS', () => {
    const emotions = packLocale(de, 'texts')[keysOf('texts').indexOf('emotions')];
    expect(emotions).toEqual(
      Object.values(EMOTIONS)
        .flat()
        .map((word) => de.emotions[word]),
    );
    expect(emotions).toHaveLength(15);
  });

  it('lists plural forms by category (zero one two few many other), "" for a form the language lacks', () => {
    const forms = (strings: Strings) => packLocale(strings, 'texts').at(-1);
    expect(forms(pl)).toEqual([
      '',
      pl.charactersLeft.one,
      '',
      pl.charactersLeft.few,
      pl.charactersLeft.many,
      pl.charactersLeft.other,
    ]);
    expect(forms(en)).toEqual(['', en.charactersLeft.one, '', '', '', en.charactersLeft.other]);
  });
});
