import type { Emitter, EventName, FeelbackEvents } from './emitter.js';

const EVENTS: EventName[] = ['shown', 'answered', 'dismissed', 'recovery', 'delivered', 'error'];

/** What a tag manager gets: never the comment or the full event, which may hold personal words. */
const summary = <E extends EventName>(name: E, payload: FeelbackEvents[E]) => {
  if (name !== 'answered') return payload;
  const { id, step, rating, event } = payload as FeelbackEvents['answered'];
  return { id, step, rating, instrument: event.data.instrument };
};

/**
 * With `dataLayer: true`, every widget event is also pushed to `window.dataLayer` as
 * `{ event: 'feelback.<name>', feelback: {…} }`, the shape Google Tag Manager and similar expect.
 */
export function forwardToDataLayer(emitter: Emitter, win: Window): () => void {
  const page = win as Window & { dataLayer?: unknown[] };
  const listeners = EVENTS.map((name) => {
    const listener = (payload: FeelbackEvents[typeof name]) => {
      // The site asked for this, so creating the array it reads from is expected (as GTM's snippet does).
      page.dataLayer ??= [];
      page.dataLayer.push({ event: `feelback.${name}`, feelback: summary(name, payload) });
    };
    emitter.on(name, listener);
    return () => emitter.off(name, listener);
  });
  return () => {
    for (const off of listeners) off();
  };
}
