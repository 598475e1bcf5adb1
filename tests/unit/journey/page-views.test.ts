// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLocation } from '../../../src/journey/page-views.ts';

/**
 * Just what watchLocation uses of a window: events, location.href, intervals (on the fake clock)
 * and, when `withNavigation`, a Navigation API stand-in.
 */
function fakeWindow(withNavigation: boolean) {
  const location = { href: 'https://shop.example/' };
  const navigation = withNavigation ? new EventTarget() : undefined;
  const win = Object.assign(new EventTarget(), {
    location,
    navigation,
    setInterval: (handler: () => void, ms: number) => setInterval(handler, ms),
    clearInterval: (id: ReturnType<typeof setInterval> | undefined) => clearInterval(id),
  });
  return {
    win: win as unknown as Window,
    navigation,
    /** The URL changes the way pushState or a link in a single-page app changes it: no event by itself. */
    go: (path: string) => {
      location.href = `https://shop.example${path}`;
    },
    fire: (target: EventTarget, type: string) => target.dispatchEvent(new Event(type)),
  };
}

let onChange: ReturnType<typeof vi.fn<() => void>>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
  onChange = vi.fn<() => void>();
});

describe('watchLocation with the Navigation API', () => {
  it('reports a URL change on currententrychange', () => {
    const page = fakeWindow(true);
    const stop = watchLocation(page.win, onChange);
    page.go('/basket');
    expect(onChange).not.toHaveBeenCalled();
    page.fire(page.navigation as EventTarget, 'currententrychange');
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not report an entry change that kept the URL (replaceState with the same URL)', () => {
    const page = fakeWindow(true);
    const stop = watchLocation(page.win, onChange);
    page.fire(page.navigation as EventTarget, 'currententrychange');
    expect(onChange).not.toHaveBeenCalled();
    stop();
  });

  it('does not poll: no interval, and a change without an event stays unseen', () => {
    const page = fakeWindow(true);
    const stop = watchLocation(page.win, onChange);
    expect(vi.getTimerCount()).toBe(0);
    page.go('/basket');
    vi.advanceTimersByTime(10_000);
    expect(onChange).not.toHaveBeenCalled();
    stop();
  });

  it('reports one change once, whichever events announce it', () => {
    const page = fakeWindow(true);
    const stop = watchLocation(page.win, onChange);
    page.go('/product#reviews');
    page.fire(page.navigation as EventTarget, 'currententrychange');
    page.fire(page.win, 'hashchange');
    page.fire(page.win, 'popstate');
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stops listening once stopped', () => {
    const page = fakeWindow(true);
    const stop = watchLocation(page.win, onChange);
    stop();
    page.go('/basket');
    page.fire(page.navigation as EventTarget, 'currententrychange');
    page.fire(page.win, 'popstate');
    page.fire(page.win, 'hashchange');
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('watchLocation without the Navigation API', () => {
  it.each(['popstate', 'hashchange'])('reports a URL change on %s at once', (type) => {
    const page = fakeWindow(false);
    const stop = watchLocation(page.win, onChange);
    page.go('/basket#top');
    page.fire(page.win, type);
    expect(onChange).toHaveBeenCalledTimes(1);
    // The next look at the URL finds nothing new.
    vi.advanceTimersByTime(1_000);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it.each(['popstate', 'hashchange'])('does not report %s when the URL is unchanged', (type) => {
    const page = fakeWindow(false);
    const stop = watchLocation(page.win, onChange);
    page.fire(page.win, type);
    expect(onChange).not.toHaveBeenCalled();
    stop();
  });

  it('notices a change without an event within a second', () => {
    const page = fakeWindow(false);
    const stop = watchLocation(page.win, onChange);
    page.go('/basket');
    vi.advanceTimersByTime(999);
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    page.go('/checkout');
    vi.advanceTimersByTime(1_000);
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
  });

  it('clears its interval and listeners once stopped', () => {
    const page = fakeWindow(false);
    const stop = watchLocation(page.win, onChange);
    expect(vi.getTimerCount()).toBe(1);
    stop();
    expect(vi.getTimerCount()).toBe(0);
    page.go('/basket');
    page.fire(page.win, 'popstate');
    page.fire(page.win, 'hashchange');
    vi.advanceTimersByTime(10_000);
    expect(onChange).not.toHaveBeenCalled();
  });
});
