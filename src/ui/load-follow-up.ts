import type { FollowUpView } from './follow-up.js';
import { PARTS } from './prompt-parts.js';

/**
 * The follow-up (emotion words, comment) is a file of its own, fetched once at the first sign
 * that the shopper means to answer: the pointer over the card (a touch starts with it), focus
 * entering it, or at the latest a rating (call what this returns). A prompt nobody touches never
 * downloads or runs it. Here, it adds its styles to the host's shadow root and goes to `ready`;
 * offline or blocked, nothing happens, and a rating can be sent without it.
 */
export function followUpLoader(host: HTMLElement, ready: (view: FollowUpView) => void) {
  let asked = false;
  const load = () => {
    if (asked) return;
    asked = true;
    import('./follow-up.js')
      .then(({ createFollowUp }) => ready(createFollowUp(host.shadowRoot, PARTS)))
      .catch(() => {});
  };
  for (const intent of ['pointerover', 'focusin']) host.addEventListener(intent, load, { once: true });
  return load;
}
