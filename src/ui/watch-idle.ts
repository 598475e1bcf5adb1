/**
 * Calls `onIdle` once the widget has gone `ms` without the shopper: a pointer resting on it or
 * focus inside it never counts as idle (WCAG 2.2.1: nothing changes under a shopper who is
 * reading it), and `touch()` restarts the wait. `ms` 0 never calls. Returns `touch` and `stop`.
 */
export function watchIdle(host: HTMLElement, hasFocus: () => boolean, ms: number, onIdle: () => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  // A watcher started under a resting pointer (the thanks, after a click on Send) knows it. Not
  // after a tap: a touch screen keeps :hover on what was tapped, with no finger resting there.
  let over = host.matches(':hover') && !!host.ownerDocument.defaultView?.matchMedia?.('(hover: hover)').matches;
  const touch = () => {
    clearTimeout(timer);
    // Stopped: a last touch (a reopen, a save that failed) must not start it again.
    timer = ms && !stopped && !over && !hasFocus() ? setTimeout(onIdle, ms) : undefined;
  };
  const enter = () => {
    over = true;
    touch();
  };
  const leave = () => {
    over = false;
    touch();
  };
  // Focus leaving is known only after the event: look once it has moved. The look is `timer` too,
  // so stop() cancels it.
  const moved = () => {
    clearTimeout(timer);
    timer = setTimeout(touch);
  };
  const events = { pointerenter: enter, pointerleave: leave, focusin: touch, focusout: moved } as const;
  for (const [name, listener] of Object.entries(events)) host.addEventListener(name, listener);
  touch();
  return {
    touch,
    stop() {
      stopped = true;
      clearTimeout(timer);
      for (const [name, listener] of Object.entries(events)) host.removeEventListener(name, listener);
    },
  };
}
