import { Fragment, h } from 'preact';
import { emotionLabel, type Strings } from '../i18n/en.js';
import { CharactersLeft, LOW_CHARACTERS } from './CharactersLeft.js';
import { Choices } from './Choices.js';
import { CloseIcon, Face } from './icons.js';
import { chips, close, faces, hint, row, send } from './prompt.css.js';
import { emotionsFor, type UiState } from './state.js';

export const COMMENT_MAX_LENGTH = 1000;

export interface PromptProps {
  state: UiState;
  question: string;
  strings: Strings;
  /** The texts' language, for plural forms and numbers. */
  lang?: string;
  onRate(rating: number): void;
  onToggleEmotion(key: string): void;
  onComment(text: string): void;
  onSubmit(): void;
  onClose(): void;
}

/** The question and the faces; once a face is chosen, the optional words, comment and Send. */
export function Prompt({
  state,
  question,
  strings,
  lang = 'en',
  onRate,
  onToggleEmotion,
  onComment,
  onSubmit,
  onClose,
}: PromptProps) {
  const { rating } = state;
  const left = COMMENT_MAX_LENGTH - state.comment.length;
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
        <Choices
          legend={question}
          legendId="fb-q"
          class={faces}
          type="radio"
          name="rating"
          options={strings.ratings.map((label, index) => [`${index + 1}`, <Face rating={index + 1} />, label])}
          checked={(value) => rating === +value}
          onPick={(value) => onRate(+value)}
        />
        <button type="button" class={close} aria-label={strings.close} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      {rating && (
        <>
          <Choices
            legend={strings.emotionsLegend}
            class={chips}
            type="checkbox"
            name="emotions"
            options={emotionsFor(rating).map((key) => [key, <span>{emotionLabel(strings, key)}</span>])}
            checked={(key) => state.emotions.includes(key)}
            onPick={onToggleEmotion}
          />
          <label for="fb-c">{strings.commentLabel}</label>
          <span class={hint} id="fb-h">
            {strings.commentHint}
          </span>
          <textarea
            id="fb-c"
            name="comment"
            maxLength={COMMENT_MAX_LENGTH}
            aria-describedby={left > LOW_CHARACTERS ? 'fb-h' : 'fb-h fb-n'}
            value={state.comment}
            onInput={(event) => onComment(event.currentTarget.value)}
          />
          {left <= LOW_CHARACTERS && <CharactersLeft id="fb-n" left={left} strings={strings} lang={lang} />}
          <button type="submit" class={send}>
            {strings.send}
          </button>
        </>
      )}
    </form>
  );
}
