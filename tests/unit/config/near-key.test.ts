import { describe, expect, it } from 'vitest';
import { didYouMean, nearKey } from '../../../src/config/near-key.ts';

const OPTIONS = ['endpoint', 'site', 'locale', 'question', 'steps', 'theme', 'debug', 'batchSize'];

describe('nearKey', () => {
  it.each([
    ['endpont', 'endpoint'], // a letter left out
    ['enddpoint', 'endpoint'], // one added
    ['endpoimt', 'endpoint'], // one changed
    ['qeustion', 'question'], // two swapped
    ['batchsize', 'batchSize'], // case
    ['stie', 'site'],
  ])('%s → %s', (given, near) => {
    expect(nearKey(given, OPTIONS)).toBe(near);
  });

  it.each(['colour', 'x', 'endpointUrl', 'sitename', ''])('%s → nothing near', (given) => {
    expect(nearKey(given, OPTIONS)).toBeUndefined();
  });

  it('counts letters, not their order: a swap is free, two letters apart is the most', () => {
    expect(nearKey('petsp', ['steps'])).toBe('steps');
    expect(nearKey('stepsxx', ['steps'])).toBe('steps');
    expect(nearKey('stepsxxx', ['steps'])).toBeUndefined();
    expect(nearKey('ab', ['xy'])).toBeUndefined();
  });

  it('phrases the hint, or says nothing', () => {
    expect(didYouMean('sampel', ['sample', 'comment'])).toBe(' (did you mean "sample"?)');
    expect(didYouMean('zzz', ['sample'])).toBe('');
  });
});
