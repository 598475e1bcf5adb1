/** Runs `task` when the browser is idle (or after a moment where it cannot say), never during a frame. */
export function whenIdle(win: Window, task: () => void): void {
  const idle = (win as Window & { requestIdleCallback?: (callback: () => void, options: object) => void })
    .requestIdleCallback;
  // Safari has no requestIdleCallback: a short timeout lets the prompt's own work go first.
  if (idle) idle.call(win, task, { timeout: 2_000 });
  else win.setTimeout(task, 200);
}
