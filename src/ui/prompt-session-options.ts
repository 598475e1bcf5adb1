import type { Strings } from '../i18n/en.js';
import type { ScaleStrings } from '../i18n/en-scales.js';
import type { StringOverrides } from '../i18n/merge-strings.js';
import type { Instrument } from '../shared/instruments.js';
import type { HelpKitOptions } from './help-kit.js';
import type { MountOptions } from './mount.js';
import type { CloseReason, PromptAnswer, UiState, View } from './state.js';

/** What a prompt on screen is told, and what it tells back (see prompt-session.ts). */
export interface PromptSessionOptions
  extends MountOptions,
    Pick<HelpKitOptions, 'help' | 'contactUpTo' | 'loadTexts' | 'onRecover'> {
  doc: Document;
  /** The site's question; the locale's default when absent. */
  question?: string | undefined;
  /** The widget's texts in its language; English when absent (or for a text a file lacks). */
  strings?: Partial<Strings & ScaleStrings> | undefined;
  /** The site's replacement texts for this language (config `strings`). */
  overrides?: StringOverrides | undefined;
  /** A replacement was unusable (e.g. it lacks `{count}`), so the default text is shown. */
  onBadOverride?(key: string, problem: string): void;
  /** The scale to ask on; feeling (five faces) when absent. */
  instrument?: Instrument;
  /** The file of the scales other than feeling's (scale.ts): needed to ask on one of them. */
  scale?: typeof import('./scale.js') | undefined;
  /** Offer emotion words / a comment after the rating (both by default). */
  emotions?: boolean;
  comment?: boolean;
  privacyUrl?: string | undefined;
  /** Shrink to the slim bar after this long without the shopper. 0: never. */
  minimizeAfterMs?: number;
  /** Close, as dismissed with reason "idle", when nobody touched the prompt for this long. 0: never. */
  idleCloseMs?: number;
  /** Starts in this state instead of the bare question (a preview of follow-up, thanks…). */
  initial?: Partial<UiState> | undefined;
  /** The shopper chose a point of the scale, or words (an answer is on its way). */
  onChoose?(answer: Pick<PromptAnswer, 'rating' | 'emotions'>): void;
  /** The prompt shrank to its slim bar (idle, or the page's focus went under it). */
  onMinimize?(): void;
  /** The card is drawn (a task after the prompt opened, see prompt-session.ts). */
  onDrawn?(): void;
  /** The card could not be drawn: the prompt is gone, and nothing was thrown into the page. */
  onFailed?(error: unknown): void;
  /** Stores the answer; resolves to the view to show next, or undefined if it could not be kept. */
  save(answer: PromptAnswer): Promise<Exclude<View, 'prompt'> | undefined>;
  /** The prompt closed; `answered` tells whether the shopper had sent an answer first. */
  onClose(reason: CloseReason, answered: boolean): void;
}
