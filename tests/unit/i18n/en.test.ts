// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMOTIONS, en } from '../../../src/i18n/en.ts';

describe('EMOTIONS', () => {
  const keys = Object.values(EMOTIONS).flat();

  it('has every key once across valences', () => {
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has keys that fit the payload: lowercase words of at most 40 characters', () => {
    for (const key of keys) expect(key).toMatch(/^[a-z]{1,40}$/);
  });

  it('offers at most 10 words per valence, the most an answer may carry', () => {
    for (const words of Object.values(EMOTIONS)) expect(words.length).toBeLessThanOrEqual(10);
  });
});

describe('en', () => {
  it('names the five faces, most negative first', () => {
    expect(en.ratings).toEqual(['Very unhappy', 'Unhappy', 'Neither happy nor unhappy', 'Happy', 'Very happy']);
  });

  it('puts the question into the prompt announcement', () => {
    expect(en.promptAvailable).toContain('{question}');
  });
});
