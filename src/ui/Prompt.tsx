import { Fragment, h } from 'preact';
import type { FollowUpProps, FollowUpView } from './FollowUp.js';
import { CloseIcon } from './icons.js';
import { actions, close, quiet, row, send } from './prompt.css.js';
import { Rating, type ScaleView } from './Rating.js';

export interface PromptProps extends FollowUpProps {
  question: string;
  /** Draws the follow-up once its file is here (see follow-up.ts); until then a rating shows Send alone. */
  followUp?: FollowUpView | undefined;
  /** Draws a scale other than feeling's faces (see scale.ts). */
  scale?: ScaleView | undefined;
  onRate(rating: number): void;
  onSubmit(): void;
  onClose(): void;
  onDontAsk(): void;
}

/**
 * The question and the scale; once a point is chosen, Send and, when its file is here, the
 * follow-up (words, comment) in front of it.
 */
export function Prompt(props: PromptProps) {
  const { state, strings, onSubmit, onClose } = props;
  const { rating } = state;
  return (
    // Sent from Send's click, which Enter in the form fires too: a sandboxed iframe without
    // `allow-forms` blocks form submission before any `submit` event.
    <form aria-labelledby="fb-q" noValidate onSubmit={(event) => event.preventDefault()}>
      <div class={row}>
        <Rating
          instrument={props.instrument}
          question={props.question}
          strings={strings}
          rating={rating}
          onRate={props.onRate}
          scale={props.scale}
        />
        <button type="button" class={close} aria-label={strings.close} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      {/* 0 is a rating too (recommend). */}
      {rating !== undefined ? (
        <>
          {/* Before Send in the reading order; where it is drawn, follow-up.css.ts says. */}
          {props.followUp?.(props, rating)}
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
