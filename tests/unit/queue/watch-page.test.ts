import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Sync } from '../../../src/queue/sync.ts';
import { watchPage } from '../../../src/queue/watch-page.ts';

let stop: (() => void) | undefined;

afterEach(() => {
  stop?.();
  Reflect.deleteProperty(document, 'visibilityState');
});

/** Wired to happy-dom's window, with a sync that records what it was asked. */
function setup() {
  const sync = { deliverPending: vi.fn(async () => {}), leave: vi.fn() };
  stop = watchPage(sync as unknown as Sync, window);
  return sync;
}

const hide = () => {
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
};

describe('watchPage', () => {
  it('hidden: sends what would be lost; left (pagehide, on window): also what is in flight', () => {
    const sync = setup();
    hide();
    window.dispatchEvent(new Event('pagehide'));
    // pagehide is never dispatched to document (analytics-next PR#714).
    document.dispatchEvent(new Event('pagehide'));
    expect(sync.leave.mock.calls).toEqual([[false], [true]]);
  });

  it('does nothing when the page becomes visible', () => {
    const sync = setup();
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(sync.leave).not.toHaveBeenCalled();
  });

  it('stops listening, to both', () => {
    const sync = setup();
    stop?.();
    stop = undefined;
    hide();
    window.dispatchEvent(new Event('pagehide'));
    expect(sync.leave).not.toHaveBeenCalled();
  });
});
