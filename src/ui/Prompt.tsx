import { Fragment, h } from 'preact';
import type { Strings } from '../i18n/en.js';
import { EmotionChips } from './EmotionChips.js';
import { FaceScale } from './FaceScale.js';
import { CloseIcon } from './icons.js';
import { actions, close, hint, row, send } from './prompt.css.js';
import { emotionsFor, type UiState } from './state.js';

export const COMMENT_MAX_LENGTH = 1000;

export interface PromptProps {
  state: UiState;
  question: string;
  strings: Strings;
  onRate(rating: number): void;
  onToggleEmotion(key: string): void;
  onComment(text: string): void;
  onSubmit(): void;
  onClose(): void;
}

/** The question and the faces; once a face is chosen, the optional words and comment. */
export function Prompt({
  state,
  question,
  strings,
  onRate,
  onToggleEmotion,
  onComment,
  onSubmit,
  onClose,
}: PromptProps) {
  const { rating } = state;
  return (
    <form
      aria-labelledby="fb-q"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <div class={row}>
        <FaceScale question={question} labels={strings.ratings} rating={rating} onRate={onRate} />
        <button type="button" class={close} aria-label={strings.close} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      {rating && (
        <>
          <EmotionChips
            legend={strings.emotionsLegend}
            options={emotionsFor(rating).map((key) => [key, strings.emotions[key as keyof Strings['emotions']] ?? key])}
            selected={state.emotions}
            onToggle={onToggleEmotion}
          />
          <label for="fb-c">{strings.commentLabel}</label>
          <span class={hint} id="fb-h">
            {strings.commentHint}
          </span>
          <textarea
            id="fb-c"
            name="comment"
            maxLength={COMMENT_MAX_LENGTH}
            aria-describedby="fb-h"
            value={state.comment}
            onInput={(event) => onComment(event.currentTarget.value)}
          />
        </>
      )}
      <div class={actions}>
        {state.missingRating && <p role="alert">{strings.pickRating}</p>}
        <button type="submit" class={send} aria-busy={state.busy ? 'true' : undefined}>
          {state.busy ? strings.sending : strings.send}
        </button>
      </div>
    </form>
  );
}
