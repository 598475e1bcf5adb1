import { type ComponentChild, Fragment, h } from 'preact';
import { emotionLabel, type Strings } from '../i18n/en.js';
import type { Instrument } from '../shared/instruments.js';
import { CharactersLeft, LOW_CHARACTERS } from './CharactersLeft.js';
import { Choices } from './Choices.js';
import { CloseIcon } from './icons.js';
import { actions, chips, close, followUp, hint, row, send } from './prompt.css.js';
import { Rating } from './Rating.js';
import { quiet } from './scale.css.js';
import { emotionsFor, type UiState } from './state.js';

export const COMMENT_MAX_LENGTH = 1000;

export interface PromptProps {
  state: UiState;
  question: string;
  strings: Strings;
  instrument: Instrument;
  /** Offer the emotion words after a rating. */
  emotions: boolean;
  /** Offer the comment box after a rating. */
  comment: boolean;
  /** Linked beside the comment box as "How we use your answer". */
  privacyUrl?: string | undefined;
  /** The texts' language, for plural forms and numbers. */
  lang?: string;
  /** Shown after the comment once a rating is chosen: the contact question after a low one. */
  extra?: ComponentChild;
  onRate(rating: number): void;
  onToggleEmotion(key: string): void;
  onComment(text: string): void;
  onSubmit(): void;
  onClose(): void;
  onDontAsk(): void;
}

/** The question and the faces; once a face is chosen, the optional words, comment and Send. */
export function Prompt(props: PromptProps) {
  const { state, strings, instrument, privacyUrl, lang = 'en', onToggleEmotion, onComment, onSubmit, onClose } = props;
  const { rating } = state;
  const left = COMMENT_MAX_LENGTH - state.comment.length;
  return (
    // Sent from Send's click, which Enter in the form fires too: a sandboxed iframe without
    // `allow-forms` blocks form submission before any `submit` event.
    <form aria-labelledby="fb-q" noValidate onSubmit={(event) => event.preventDefault()}>
      <div class={row}>
        <Rating
          instrument={instrument}
          question={props.question}
          strings={strings}
          rating={rating}
          onRate={props.onRate}
        />
        <button type="button" class={close} aria-label={strings.close} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      {/* 0 is a rating too (recommend). */}
      {rating !== undefined ? (
        <>
          {/* Drawn above the scale in a corner or sheet (prompt.css.ts): the card grows up, the chosen face stays. */}
          <div class={followUp}>
            {props.emotions && (
              <Choices
                legend={strings.emotionsLegend}
                class={chips}
                type="checkbox"
                name="emotions"
                options={emotionsFor(instrument, rating).map((key) => [key, <span>{emotionLabel(strings, key)}</span>])}
                checked={(key) => state.emotions.includes(key)}
                onPick={onToggleEmotion}
              />
            )}
            {props.comment && (
              <>
                <label for="fb-c">{strings.commentLabel}</label>
                <span class={hint} id="fb-h">
                  {strings.commentHint}
                  {/* Checked where it becomes a link too: only ever a web page, never `javascript:`. */}
                  {privacyUrl && /^https?:\/\//i.test(privacyUrl) && (
                    <>
                      {' '}
                      <a href={privacyUrl} target="_blank" rel="noopener">
                        {strings.privacyLink}
                      </a>
                    </>
                  )}
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
              </>
            )}
            {props.extra}
          </div>
          {/* Where "Don't ask me again" was, at its height: nothing under the scale moves. */}
          <div class={actions}>
            <button
              type="submit"
              class={send}
              onClick={(event) => {
                event.preventDefault();
                onSubmit();
              }}
            >
              {strings.send}
            </button>
          </div>
        </>
      ) : (
        <div class={actions}>
          <button type="button" class={quiet} onClick={props.onDontAsk}>
            {strings.dontAsk}
          </button>
        </div>
      )}
    </form>
  );
}
