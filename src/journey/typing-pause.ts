import { plain } from '../shared/plain.js';

export interface TypingWatch {
  /** Resolves true once the shopper has not written in a page field for `pauseMs`; false after `maxWaitMs`. */
  pause(pauseMs: number, maxWaitMs?: number): Promise<boolean>;
  stop(): void;
}

/**
 * Remembers when the shopper last wrote something of their own, so a prompt never pops up
 * mid-sentence (it would steal attention, and on touch screens cover the field). Writing is what
 * fires `beforeinput`: a key, a paste, dictation or an input method editing a text field or an
 * editable element; not Tab, arrows, or Space on a checkbox. It is composed, so fields inside
 * any shadow root count, with no list of field types to keep up to date.
 */
export function watchTyping(doc: Document, now: () => number): TypingWatch {
  let lastKeyAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onInput = () => {
    lastKeyAt = now();
  };
  // Without a prototype: the browser reads `signal` and the rest through it (see shared/plain.ts).
  const options = plain({ capture: true, passive: true });
  doc.addEventListener('beforeinput', onInput, options);
  return {
    pause(pauseMs, maxWaitMs = 30_000) {
      const giveUpAt = now() + maxWaitMs;
      return new Promise((resolve) => {
        const check = () => {
          const quietFor = now() - lastKeyAt;
          if (quietFor >= pauseMs) return resolve(true);
          if (now() >= giveUpAt) return resolve(false);
          timer = setTimeout(check, pauseMs - quietFor);
        };
        check();
      });
    },
    stop() {
      clearTimeout(timer);
      doc.removeEventListener('beforeinput', onInput, options);
    },
  };
}
