import { h } from 'preact';
import { CloseIcon } from './icons.js';
import { close, row, thanks } from './prompt.css.js';

export interface ThanksProps {
  message: string;
  closeLabel: string;
  onClose(): void;
}

export function Thanks({ message, closeLabel, onClose }: ThanksProps) {
  return (
    <div class={row}>
      {/* Focus lands here when the form it replaces had focus. */}
      <p class={thanks} tabIndex={-1} data-focus>
        {message}
      </p>
      <button type="button" class={close} aria-label={closeLabel} onClick={onClose}>
        <CloseIcon />
      </button>
    </div>
  );
}
