import { EMOTIONS, type EmotionKey } from '../i18n/en.js';
import type { RecoveryAction } from '../shared/answer.js';
import { type Instrument, valence } from '../shared/instruments.js';

/** What the shopper sends. */
export interface PromptAnswer {
  rating: number;
  emotions: string[];
  comment: string;
  /** The address given with "May we contact you about this?" ticked; absent otherwise. */
  contact?: string | undefined;
}

/** Help a step offers after a low answer: one action, and the highest rating it follows. */
export interface HelpOffer {
  action: RecoveryAction;
  /** The link's URL, or the phone number as the site wrote it. */
  to?: string | undefined;
  /** The site's own text for the action, in the shopper's language. */
  label?: string | undefined;
  threshold: number;
}

export type View = 'prompt' | 'thanks' | 'saved-offline';

/** Close button, Escape, "don't ask me again", or nobody touched it (`idleCloseMs`, off by default). */
export type CloseReason = 'close' | 'escape' | 'dont-ask' | 'idle';

/** Everything the widget shows. Components render it; the runtime changes it. */
export interface UiState {
  view: View;
  /** Shrunk to the slim bar (idle, or the page's focus went under the card); reopened on demand. */
  minimized?: boolean;
  rating?: number;
  emotions: string[];
  comment: string;
  /** "May we contact you about this?" is ticked, and the address typed (kept if it is unticked again). */
  contact?: boolean;
  email?: string;
  /** Send was pressed with consent ticked and no usable address. */
  emailInvalid?: boolean;
  busy: boolean;
}

/** Every field its own, set or not: one left out would be read from a polluted Object.prototype. */
export const initialUiState: UiState = {
  view: 'prompt',
  minimized: false,
  rating: undefined,
  emotions: [],
  comment: '',
  contact: false,
  email: undefined,
  emailInvalid: false,
  busy: false,
};

/** The emotion words that fit a rating: negative below the middle of the scale, positive above. */
export function emotionsFor(instrument: Instrument, rating: number): readonly EmotionKey[] {
  return EMOTIONS[valence(instrument, rating)];
}

export function chooseRating(state: UiState, rating: number, instrument: Instrument = 'feeling'): UiState {
  // Words of another valence no longer fit the answer.
  const fitting: readonly string[] = emotionsFor(instrument, rating);
  return { ...state, rating, emotions: state.emotions.filter((key) => fitting.includes(key)) };
}

export function toggleEmotion(state: UiState, key: string): UiState {
  const emotions = state.emotions.includes(key) ? state.emotions.filter((k) => k !== key) : [...state.emotions, key];
  return { ...state, emotions };
}
