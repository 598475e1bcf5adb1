import { plain } from '../shared/plain.js';
import { watchLocation } from './page-views.js';
import { scrollDepth } from './scroll-depth.js';
import type { StepContext, TriggerHost } from './trigger-host.js';
import { parseTriggers, type Trigger } from './trigger-rules.js';
import { EXIT_INTENT_AFTER_MS, PER_PAGE_VIEW, SHORT_PAGE_AFTER_MS } from './trigger-timing.js';

/** Checks `config.triggers` rule by rule (each bad one is reported and skipped), then watches for the rest. */
export const watchRules = (rules: unknown, host: TriggerHost) =>
  startTriggers(parseTriggers(rules, host.log.warn, host.window.document), host);

/**
 * Watches the page for the triggers' conditions and asks each trigger's step at most once per
 * page view. Listeners are passive and never cancel anything; returns the function that removes
 * every listener, timer and animation frame again.
 */
export function startTriggers(triggers: Trigger[], { window: win, onStep, readContext, log }: TriggerHost): () => void {
  if (!triggers.length) return () => {};
  const doc = win.document;
  // The same window; TypeScript's Window type just lacks its constructors (Element, MouseEvent…).
  const realm = win as Window & typeof globalThis;
  const now = () => win.performance.now();
  const stops: Array<() => void> = [];
  const fired = new Set<Trigger>();
  let stopped = false;
  let pageKey: string | undefined;
  const of = <K extends Trigger['kind']>(kind: K) =>
    triggers.filter((trigger): trigger is Extract<Trigger, { kind: K }> => trigger.kind === kind);

  /** Our handlers run inside the host's event dispatch: a bug of ours must not become its error. */
  const guard =
    <A extends unknown[]>(run: (...args: A) => void) =>
    (...args: A) => {
      try {
        if (!stopped) run(...args);
      } catch (error) {
        log.warn('a trigger failed; the others keep working.', error);
      }
    };
  const listen = (target: EventTarget, type: string, run: (event: Event) => void, capture = false) => {
    const listener = guard(run);
    const options = plain({ capture, passive: true });
    target.addEventListener(type, listener, options);
    stops.push(() => target.removeEventListener(type, listener, options));
  };
  const fire = (trigger: Trigger, why: string, context?: StepContext) => {
    if (fired.has(trigger) || (trigger.page && !trigger.page(win.location))) return;
    fired.add(trigger);
    log.debug(`trigger: ${why}; asking step "${trigger.step}".`);
    onStep(trigger.step, context);
  };

  // Time on page: visible time only, so a tab left in the background does not count.
  const timed = of('timeOnPage');
  let shownMs = 0;
  let shownSince: number | undefined;
  let timeTimer: number | undefined;
  const shown = () => shownMs + (shownSince === undefined ? 0 : now() - shownSince);
  const scheduleTime = () => {
    win.clearTimeout(timeTimer);
    const elapsed = shown();
    const waits = timed.filter((t) => !fired.has(t) && t.value > elapsed).map((t) => t.value - elapsed);
    if (shownSince !== undefined && waits.length) timeTimer = win.setTimeout(onTime, Math.min(...waits));
  };
  const onTime = guard(() => {
    for (const trigger of timed) if (trigger.value <= shown()) fire(trigger, `${trigger.value} ms visible on the page`);
    scheduleTime();
  });
  if (timed.length) {
    listen(doc, 'visibilitychange', () => {
      shownMs = shown();
      shownSince = doc.hidden ? undefined : now();
      scheduleTime();
    });
  }

  // Scroll depth: how far down the page's content the shopper scrolled (the document, or a pane as
  // tall as half the window that holds it in an app), checked once per frame at most.
  const deep = of('scrollDepth');
  let frame: number | undefined;
  let shortPageTimer: number | undefined;
  /** The page view has been open long enough for a page too short to scroll to count as read. */
  let settled = false;
  const checkDepth = (scrolled: boolean, box?: Element) => {
    frame = undefined;
    const percent = scrollDepth(win, { scrolled, settled, box });
    for (const trigger of deep) if (percent >= trigger.value) fire(trigger, `scrolled ${Math.round(percent)}%`);
  };
  if (deep.length) {
    // Capturing on the document: a pane's scroll events do not bubble.
    listen(
      doc,
      'scroll',
      (event) => {
        const { target } = event;
        const box = target instanceof realm.Element && target.clientHeight >= win.innerHeight / 2 ? target : undefined;
        if ((box || target === doc) && frame === undefined)
          frame = win.requestAnimationFrame(guard(() => checkDepth(true, box)));
      },
      true,
    );
  }

  const clicks = of('click');
  if (clicks.length) {
    // One delegated listener; composedPath() also sees elements inside the host's open shadow roots.
    listen(
      doc,
      'click',
      (event) => {
        const path = event.composedPath();
        // Clicks in our own prompt are not the shopper's journey (the tag is ui/mount.ts's HOST_TAG).
        if (path.some((target) => target instanceof realm.Element && target.localName === 'feelback-widget')) return;
        for (const target of path) {
          if (!(target instanceof realm.Element)) continue;
          for (const trigger of clicks) if (target.matches(trigger.value)) fire(trigger, `a click on ${trigger.value}`);
        }
      },
      true,
    );
  }

  // Capturing on window sees the event wherever it is dispatched: window, document or an element.
  for (const trigger of of('event')) {
    listen(
      win,
      trigger.value,
      (event) => {
        fire(
          trigger,
          `the "${trigger.value}" event`,
          readContext(event instanceof realm.CustomEvent ? event.detail : undefined),
        );
      },
      true,
    );
  }

  const exits = of('exitIntent');
  // Touch screens have no pointer that can leave the window; only a mouse or trackpad does.
  if (exits.length && !win.matchMedia?.('(pointer: fine)').matches)
    log.debug('trigger: exitIntent needs a mouse; skipped.');
  else if (exits.length) {
    const startedAt = now();
    listen(doc, 'mouseout', (event) => {
      const left = event instanceof realm.MouseEvent && !event.relatedTarget && event.clientY <= 0;
      if (left && now() - startedAt >= EXIT_INTENT_AFTER_MS) for (const trigger of exits) fire(trigger, 'exit intent');
    });
  }

  const pageView = guard(() => {
    const { pathname, search } = win.location;
    if (pathname + search !== pageKey) {
      pageKey = pathname + search;
      for (const trigger of fired) if (PER_PAGE_VIEW.has(trigger.kind)) fired.delete(trigger);
      shownMs = 0;
      shownSince = doc.hidden ? undefined : now();
      if (timed.length) scheduleTime();
      win.clearTimeout(shortPageTimer);
      settled = false;
      if (deep.length)
        shortPageTimer = win.setTimeout(
          guard(() => {
            settled = true;
            checkDepth(false);
          }),
          SHORT_PAGE_AFTER_MS,
        );
    }
    for (const trigger of of('url')) fire(trigger, `the URL ${win.location.pathname} matches`);
    // A hash change is no new page view, yet a rule limited to the URL it leads to may apply now.
    for (const trigger of timed) if (trigger.value <= shown()) fire(trigger, `${trigger.value} ms visible on the page`);
    if (settled) checkDepth(false);
  });
  stops.push(watchLocation(win, pageView));
  pageView();

  return () => {
    stopped = true;
    for (const stop of stops.splice(0)) stop();
    win.clearTimeout(timeTimer);
    win.clearTimeout(shortPageTimer);
    if (frame !== undefined) win.cancelAnimationFrame(frame);
  };
}
