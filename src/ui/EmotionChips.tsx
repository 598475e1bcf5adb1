import { h } from 'preact';
import { chip, chips } from './prompt.css.js';

export interface EmotionChipsProps {
  legend: string;
  /** Payload key and shown label of each word. */
  options: ReadonlyArray<[key: string, label: string]>;
  selected: readonly string[];
  onToggle(key: string): void;
}

/** Optional words that name the feeling; checkboxes, so any number can be picked. */
export function EmotionChips({ legend, options, selected, onToggle }: EmotionChipsProps) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div class={chips}>
        {options.map(([key, label]) => (
          <label key={key} class={chip}>
            <input
              type="checkbox"
              name="emotions"
              value={key}
              checked={selected.includes(key)}
              onChange={() => onToggle(key)}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
