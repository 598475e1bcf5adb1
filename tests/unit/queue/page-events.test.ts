import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LEFTOVER_DELAY_MS, startDelivery } from '../../../src/queue/page-events.ts';
import type { Sync } from '../../../src/queue/sync.ts';

let stop: (() => void) | undefined;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  stop?.();
  Reflect.deleteProperty(document, 'visibilityState');
});

/** Wired to happy-dom's window, with a sync that records what it was asked. */
function setup() {
  const sync = { deliverPending: vi.fn(async () => {}), leave: vi.fn() };
  stop = startDelivery(sync as unknown as Sync, window);
  return sync;
}

const hide = () => {
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
};

describe('startDelivery', () => {
  it('looks for answers left from an earlier visit once the page has settled, not before', async () => {
    const sync = setup();
    await vi.advanceTimersByTimeAsync(LEFTOVER_DELAY_MS - 1);
    expect(sync.deliverPending).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(sync.deliverPending.mock.calls).toEqual([[]]);
  });

  it('tries everything, backoffs included, when the browser comes back online', () => {
    const sync = setup();
    window.dispatchEvent(new Event('online'));
    expect(sync.deliverPending.mock.calls).toEqual([[true]]);
  });

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

  it('stops listening and cancels the look for leftovers', async () => {
    const sync = setup();
    stop?.();
    stop = undefined;
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(LEFTOVER_DELAY_MS);
    expect(sync.deliverPending).not.toHaveBeenCalled();
    expect(sync.leave).not.toHaveBeenCalled();
  });
});
