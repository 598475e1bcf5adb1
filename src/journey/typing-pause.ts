/** Fields where a keystroke means the shopper is writing something of their own. */
const TEXT_FIELD =
  'textarea,select,[contenteditable]:not([contenteditable=false]),input:not([type=button],[type=submit],[type=reset],[type=checkbox],[type=radio],[type=range],[type=color],[type=image],[type=file])';

export interface TypingWatch {
  /** Resolves true once the shopper has not typed into a page field for `pauseMs`; false after `maxWaitMs`. */
  pause(pauseMs: number, maxWaitMs?: number): Promise<boolean>;
  stop(): void;
}

/**
 * Remembers when the shopper last pressed a key in one of the page's text fields, so a prompt
 * never pops up mid-sentence (it would steal attention, and on touch screens cover the field).
 */
export function watchTyping(doc: Document, now: () => number): TypingWatch {
  let lastKeyAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onKey = (event: KeyboardEvent) => {
    const target = event.composedPath()[0];
    if (target instanceof Element && target.matches(TEXT_FIELD)) lastKeyAt = now();
  };
  doc.addEventListener('keydown', onKey, { capture: true, passive: true });
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
      doc.removeEventListener('keydown', onKey, { capture: true });
    },
  };
}
