// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../../src/i18n/en.ts';
import { chooseRating, emotionsFor, initialUiState, toggleEmotion } from '../../../src/ui/state.ts';

describe('emotionsFor', () => {
  it.each([
    [1, EMOTIONS.negative],
    [2, EMOTIONS.negative],
    [3, EMOTIONS.neutral],
    [4, EMOTIONS.positive],
    [5, EMOTIONS.positive],
  ])('offers rating %i its valence', (rating, words) => {
    expect(emotionsFor('feeling', rating)).toEqual(words);
  });
});

describe('initialUiState', () => {
  it('has every field as its own, so none is read from a polluted Object.prototype', () => {
    const polluted = { minimized: true, rating: 1, contact: true, email: 'x@evil.example', emailInvalid: true };
    Object.assign(Object.prototype, polluted);
    try {
      const { minimized, rating, contact, email, emailInvalid } = initialUiState;
      expect([minimized, rating, contact, email, emailInvalid]).toEqual([false, undefined, false, undefined, false]);
    } finally {
      for (const key of Object.keys(polluted)) Reflect.deleteProperty(Object.prototype, key);
    }
  });
});

describe('chooseRating', () => {
  it('sets the rating', () => {
    expect(chooseRating(initialUiState, 4).rating).toBe(4);
  });

  it('drops words of another valence and keeps the fitting ones', () => {
    const state = { ...initialUiState, rating: 4, emotions: ['relieved', 'happy'] };
    expect(chooseRating({ ...state, emotions: ['relieved', 'frustrated', 'happy'] }, 5).emotions).toEqual([
      'relieved',
      'happy',
    ]);
    expect(chooseRating(state, 1).emotions).toEqual([]);
  });

  it('keeps the comment and view', () => {
    const state = { ...initialUiState, comment: 'hi' };
    expect(chooseRating(state, 2)).toMatchObject({ comment: 'hi', view: 'prompt', busy: false });
  });

  it('does not change the state it was given', () => {
    const state = { ...initialUiState, rating: 4, emotions: ['relieved'] };
    chooseRating(state, 1);
    expect(state).toEqual({ ...initialUiState, rating: 4, emotions: ['relieved'] });
  });
});

describe('toggleEmotion', () => {
  it('adds a word that is not chosen', () => {
    expect(toggleEmotion({ ...initialUiState, emotions: ['happy'] }, 'relieved').emotions).toEqual([
      'happy',
      'relieved',
    ]);
  });

  it('removes a word that is chosen', () => {
    expect(toggleEmotion({ ...initialUiState, emotions: ['happy', 'relieved'] }, 'happy').emotions).toEqual([
      'relieved',
    ]);
  });

  it('does not change the state it was given', () => {
    const state = { ...initialUiState, emotions: ['happy'] };
    toggleEmotion(state, 'relieved');
    expect(state.emotions).toEqual(['happy']);
  });
});
