import type { ComponentChild } from 'preact';
import { emotionLabel } from '../i18n/emotion-label.js';
import type { Strings } from '../i18n/en.js';
import { LIMITS } from '../shared/answer.js';
import type { Instrument } from '../shared/instruments.js';
import { CharactersLeft, LOW_CHARACTERS } from './CharactersLeft.js';
import { chips, followUp, hint } from './follow-up.css.js';
import type { PromptParts } from './prompt-parts.js';
import type { UiState } from './state.js';

/** The comment's limit: the most an answer may carry. */
export const COMMENT_MAX_LENGTH = LIMITS.comment;

export interface FollowUpProps {
  state: UiState;
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
  onToggleEmotion(key: string): void;
  onComment(text: string): void;
}

/** The follow-up as the prompt draws it, once its file is here: for the props and the chosen rating. */
export type FollowUpView = (props: FollowUpProps, rating: number) => ComponentChild;

/**
 * What follows a rating: the optional emotion words that fit it, the comment box with its hint
 * (and the privacy link) and, near the limit, the characters left. Pure: props in, callbacks out
 * (drawn with the prompt's `h` and its `Choices`).
 */
export function FollowUp(parts: PromptParts, props: FollowUpProps, rating: number): ComponentChild {
  const { h, Fragment, Choices } = parts;
  const { state, strings, privacyUrl, lang = 'en' } = props;
  const left = COMMENT_MAX_LENGTH - state.comment.length;
  return h(
    'div',
    // Drawn above the scale in a corner or sheet (follow-up.css.ts): the card grows up, the chosen face stays.
    { class: followUp },
    props.emotions &&
      h(Choices, {
        legend: strings.emotionsLegend,
        class: chips,
        type: 'checkbox',
        name: 'emotions',
        options: parts
          .emotionsFor(props.instrument, rating)
          .map((key): [string, ComponentChild] => [key, h('span', null, emotionLabel(strings, key))]),
        checked: (key) => state.emotions.includes(key),
        onPick: props.onToggleEmotion,
      }),
    props.comment &&
      h(
        Fragment,
        null,
        h('label', { for: 'fb-c' }, strings.commentLabel),
        h(
          'span',
          { class: hint, id: 'fb-h' },
          strings.commentHint,
          // Checked where it becomes a link too: only ever a web page, never `javascript:`.
          privacyUrl &&
            /^https?:\/\//i.test(privacyUrl) &&
            h(
              Fragment,
              null,
              ' ',
              h('a', { href: privacyUrl, target: '_blank', rel: 'noopener' }, strings.privacyLink),
            ),
        ),
        h('textarea', {
          id: 'fb-c',
          name: 'comment',
          maxLength: COMMENT_MAX_LENGTH,
          'aria-describedby': left > LOW_CHARACTERS ? 'fb-h' : 'fb-h fb-n',
          value: state.comment,
          onInput: (event: Event) => props.onComment((event.currentTarget as HTMLTextAreaElement).value),
        }),
        left <= LOW_CHARACTERS && CharactersLeft(parts, { id: 'fb-n', left, strings, lang }),
      ),
    props.extra,
  );
}
