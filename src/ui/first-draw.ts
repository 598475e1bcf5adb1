import { h, render } from 'preact';
import { Face } from './icons.js';

/**
 * Draws the card in tasks of its own after its host's, as `draw` says, and says how it went:
 * `failed` when drawing threw (in a task of its own, a throw would reach the page as an uncaught
 * error), then `drawn`, outside the catch: a throw of the caller's, once the card is there, is no
 * failure to draw. Nothing runs once `closed()`.
 *
 * The card's first draw runs preact and our components for the first time: at 4× CPU it is a
 * long task (over 50 ms) on its own in some loads, and was in most together with the host and
 * its styles. Apart, 17–24 of 40 loads had one against 26–31. The task before it (timers of one
 * delay run in order, each a task) runs that code once on a scrap of the card (`warmUp`).
 */
export function drawLater(
  later: (task: () => void) => unknown,
  doc: Document,
  closed: () => boolean,
  draw: () => void,
  failed: (error: unknown) => void,
  drawn: () => void,
): void {
  later(() => {
    // One that fails only leaves the card's task as long as it was.
    try {
      if (!closed()) warmUp(doc);
    } catch {}
  });
  later(() => {
    if (closed()) return;
    try {
      draw();
    } catch (error) {
      return failed(error);
    }
    drawn();
  });
}

/**
 * Draws one face in a radio's label into an element that is never on the page, then takes it
 * away: the kinds of element, attribute and listener the card has. A page's first render runs
 * preact's code and ours for the first time, which V8 compiles and runs slowly as it goes. Done
 * in a task before the card's, that cost leaves the card's task, the widget's longest.
 */
export function warmUp(doc: Document, scratch = doc.createElement('div')): void {
  render(
    h(
      'label',
      { class: 'warm' },
      h('input', { type: 'radio', name: 'warm', checked: false, onChange: () => {} }),
      h(Face, { rating: 3 }),
      'warm',
    ),
    scratch,
  );
  render(null, scratch);
}
