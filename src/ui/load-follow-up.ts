import { plain } from '../shared/plain.js';
import type { FollowUpView } from './follow-up.js';
import { PARTS } from './prompt-parts.js';

/**
 * The follow-up (emotion words, comment) is a file of its own, fetched once at the first sign
 * that the shopper means to answer: the pointer over the card (a touch starts with it), focus
 * entering it, or at the latest a rating (`load`). A prompt nobody touches never downloads or
 * runs it. Once here, it is set up (its styles join the host's shadow root) and `drawn` is told,
 * but only when `mayDraw` says the prompt may change: not while an answer is being stored, whose
 * write comes first (a quick Send after the face), and never for an answered prompt; `draw` tries
 * again. Offline or blocked, nothing happens, and a rating can be sent without it; the next
 * choice tries again.
 */
export function followUpLoader(
  host: HTMLElement,
  mayDraw: () => boolean,
  drawn: () => void,
  importFile: () => Promise<Pick<typeof import('./follow-up.js'), 'createFollowUp'>> = () => import('./follow-up.js'),
) {
  let asked = false;
  let view: FollowUpView | undefined;
  let make: (() => FollowUpView) | undefined;
  const draw = () => {
    if (view || !make || !mayDraw()) return;
    // Once: a file that fails to set up (the caller catches) leaves the prompt as it is.
    const setUp = make;
    make = undefined;
    view = setUp();
    drawn();
  };
  const load = () => {
    if (asked) return;
    asked = true;
    importFile()
      .catch((error) => {
        // Not fetched (a network blip): the next choice fetches it again.
        asked = false;
        throw error;
      })
      .then(({ createFollowUp }) => {
        make = () => createFollowUp(host.shadowRoot, PARTS);
        draw();
      })
      .catch(() => {});
  };
  for (const intent of ['pointerover', 'focusin']) host.addEventListener(intent, load, plain({ once: true }));
  return { load, draw, view: () => view };
}
