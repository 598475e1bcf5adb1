import { Fragment, h } from 'preact';
import type { HelpStrings } from '../i18n/en-help.js';
import { LIMITS } from '../shared/answer.js';
import { consent, problem } from './help.css.js';
import { hint } from './prompt.css.js';

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
 * a problem Send found is in it too. Pure: props in, callbacks out.
 */
export function ContactFields(props: ContactFieldsProps) {
  const { strings, checked, invalid } = props;
  return (
    <div lang={props.lang}>
      <label class={consent}>
        <input
          type="checkbox"
          name="contact"
          checked={checked}
          onChange={(e) => props.onTick(e.currentTarget.checked)}
        />
        {strings.helpContact}
      </label>
      {checked && (
        <>
          <label for="fb-m">{strings.helpEmail}</label>
          {props.ownHint && (
            <span class={hint} id="fb-h">
              {strings.helpEmailHint}
            </span>
          )}
          <input
            id="fb-m"
            type="email"
            name="email"
            autocomplete="email"
            maxLength={LIMITS.email}
            value={props.email}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? 'fb-h fb-e' : 'fb-h'}
            onInput={(e) => props.onEmail(e.currentTarget.value)}
          />
          {invalid && (
            <span class={problem} id="fb-e">
              {strings.helpEmailInvalid}
            </span>
          )}
        </>
      )}
    </div>
  );
}
