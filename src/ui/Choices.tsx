import { type ComponentChild, h } from 'preact';
import { pick } from './prompt.css.js';

export interface ChoicesProps {
  legend: string;
  legendId?: string;
  class: string;
  type: 'radio' | 'checkbox';
  name: string;
  /** Each option's value, what shows it, and its accessible name when the picture has none. */
  options: ReadonlyArray<[value: string, picture: ComponentChild, label?: string]>;
  checked(value: string): boolean;
  onPick(value: string): void;
  /** The option a keyboard user's focus moves to when the control they were on is replaced. */
  focusValue?: string | undefined;
  /** Shown under the options, inside the group. */
  children?: ComponentChild;
}

/**
 * A group of native radios or checkboxes, each invisible over its picture. Native inputs give
 * the APG keyboard model for free (Tab in; arrows move and select radios; Space toggles), and
 * picking never submits: arrow keys select as they move (WCAG 3.2.2).
 */
export function Choices(props: ChoicesProps) {
  return (
    <fieldset>
      <legend id={props.legendId}>{props.legend}</legend>
      <div class={props.class}>
        {props.options.map(([value, picture, label]) => (
          <label key={value} class={pick}>
            <input
              type={props.type}
              name={props.name}
              value={value}
              aria-label={label}
              checked={props.checked(value)}
              data-focus={value === props.focusValue || undefined}
              onChange={() => props.onPick(value)}
            />
            {picture}
          </label>
        ))}
      </div>
      {props.children}
    </fieldset>
  );
}
