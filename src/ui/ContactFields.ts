import type { ComponentChild } from 'preact';
import type { HelpStrings } from '../i18n/en-help.js';
import { LIMITS } from '../shared/answer.js';
import { consent, note, problem } from './help.css.js';
import type { PromptParts } from './prompt-parts.js';

export interface ContactFieldsProps {
  strings: HelpStrings;
  checked: boolean;
  email: string;
  /** Send found no usable address: say so under the field. */
  invalid: boolean;
  /** No comment box above whose hint says how the address is used: show it here. */
  ownHint: boolean;
  /** "en" when these texts are English in a prompt of another language. */
  lang?: string | undefined;
  onTick(checked: boolean): void;
  onEmail(email: string): void;
}

/**
 * "May we contact you about this?", unticked, and once ticked the address: a labelled email
 * field the browser may offer to fill (`autocomplete=email`), never filled from the page. Its
 * description says how the address is used (`fb-h`, the comment's hint when there is one), and
 * a problem Send found is in it too. Pure: props in, callbacks out (drawn with the prompt's `h`).
 */
export function ContactFields({ h, Fragment }: PromptParts, props: ContactFieldsProps): ComponentChild {
  const { strings, checked, invalid } = props;
  return h(
    'div',
    { lang: props.lang },
    h(
      'label',
      { class: consent },
      h('input', {
        type: 'checkbox',
        name: 'contact',
        checked,
        onChange: (event: Event) => props.onTick((event.currentTarget as HTMLInputElement).checked),
      }),
      strings.helpContact,
    ),
    checked &&
      h(
        Fragment,
        null,
        h('label', { for: 'fb-m' }, strings.helpEmail),
        props.ownHint && h('span', { class: note, id: 'fb-h' }, strings.helpEmailHint),
        h('input', {
          id: 'fb-m',
          type: 'email',
          name: 'email',
          autocomplete: 'email',
          maxLength: LIMITS.email,
          value: props.email,
          'aria-invalid': invalid || undefined,
          'aria-describedby': invalid ? 'fb-h fb-e' : 'fb-h',
          onInput: (event: Event) => props.onEmail((event.currentTarget as HTMLInputElement).value),
        }),
        invalid && h('span', { class: problem, id: 'fb-e' }, strings.helpEmailInvalid),
      ),
  );
}
