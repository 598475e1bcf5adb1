import { EMOTIONS, type EmotionKey } from '../i18n/en.js';

/** What the shopper sends. */
export interface PromptAnswer {
  rating: number;
  emotions: string[];
  comment: string;
}

export type View = 'prompt' | 'thanks' | 'saved-offline';

/** Everything the widget shows. Components render it; the runtime changes it. */
export interface UiState {
  view: View;
  rating?: number;
  emotions: string[];
  comment: string;
  busy: boolean;
}

export const initialUiState: UiState = { view: 'prompt', emotions: [], comment: '', busy: false };

/** The emotion words that fit a rating: negative for 1–2, neutral for 3, positive for 4–5. */
export function emotionsFor(rating: number): readonly EmotionKey[] {
  return EMOTIONS[rating < 3 ? 'negative' : rating > 3 ? 'positive' : 'neutral'];
}

export function chooseRating(state: UiState, rating: number): UiState {
  // Words of another valence no longer fit the answer.
  const fitting: readonly string[] = emotionsFor(rating);
  return { ...state, rating, emotions: state.emotions.filter((key) => fitting.includes(key)) };
}

export function toggleEmotion(state: UiState, key: string): UiState {
  const emotions = state.emotions.includes(key) ? state.emotions.filter((k) => k !== key) : [...state.emotions, key];
  return { ...state, emotions };
}
